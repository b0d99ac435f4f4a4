package org.villageplanner.importer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.VillageExporter;

/**
 * Writes the villages as an RFC 7946 GeoJSON FeatureCollection (EPSG:4326, no {@code crs} member), properties named
 * as in CLI.md "Village fields" plus cluster and strength, so that the file imports again unchanged.
 */
public final class GeoJsonExporter implements VillageExporter {
    @Override
    public boolean supports(ExportFormat format) {
        return format == ExportFormat.GEOJSON;
    }

    @Override
    public void write(List<ExportRow> rows, ExportFormat format, Path out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectMapper mapper = GeoJsonReader.mapper();
        try (JsonGenerator g = mapper.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeStringField("name", GeoJsonReader.layerName(out));
            g.writeArrayFieldStart("features");
            for (ExportRow r : rows) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                for (ExportColumns.Column c : ExportColumns.ALL) {
                    Object v = c.value().apply(r);
                    g.writeFieldName(c.name());
                    if (v instanceof Number n && c.type() == ExportColumns.Type.INTEGER) {
                        g.writeNumber(n.longValue());
                    } else if (v instanceof Double d) {
                        g.writeNumber(d);
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else if (v == null) {
                        g.writeNull();
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
                g.writeFieldName("geometry");
                mapper.writeTree(g, GeoJsonGeometry.write(r.village().geometry()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        TextFiles.writeAtomically(out, bytes.toByteArray());
    }
}
