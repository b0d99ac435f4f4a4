package org.villageplanner.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.Progress;
import org.villageplanner.service.ReadOptions;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature), RFC 7946 and the legacy {@code crs} member that GDAL
 * writes for non-WGS84 data ({@code urn:ogc:def:crs:EPSG::4549}). Without a {@code crs} member the layer is
 * EPSG:4326, as RFC 7946 says.
 *
 * <p>The file is streamed: one feature's tree is in memory at a time, so large files read in bounded extra memory.
 * Properties may be of any JSON type: strings, whole numbers (Long), other numbers (Double), booleans and null
 * are kept as such, nested objects and arrays as their JSON text. Text is UTF-8 unless
 * {@link ReadOptions#encoding()} says otherwise. Thread-safe.
 */
public final class GeoJsonReader implements FeatureReader {
    /** Built at first use: building a mapper loads several hundred Jackson classes the desktop start does not need. */
    private static final class Lazy {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The plain mapper GeoJSON is read and written with (also {@link GeoJsonExporter}'s), built at first use. */
    static ObjectMapper mapper() {
        return Lazy.MAPPER;
    }
    private final GeoJsonGeometry geometry = new GeoJsonGeometry(new GeometryFactory());

    @Override
    public boolean accepts(Path file) {
        return FeatureReader.hasExtension(file, ".geojson", ".json");
    }

    @Override
    public List<String> layers(Path file) {
        return List.of(layerName(file));
    }

    static String layerName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public FeatureLayer read(Path file, ReadOptions options) {
        return read(file, options, Progress.NONE);
    }

    /** As above; looks for a cancel every 16 features. */
    @Override
    public FeatureLayer read(Path file, ReadOptions options, Progress progress) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = options.encoding() == null ? Lazy.MAPPER.createParser(in)
                     : Lazy.MAPPER.createParser(new InputStreamReader(in, options.encoding()))) {
            return parse(p, file, name, options, progress);
        } catch (NoSuchFileException e) {
            throw new PlannerException(e, "importer.file.notFound", file.toString());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new PlannerException(e, "importer.json.syntax", name, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new PlannerException(e, "importer.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    private FeatureLayer parse(JsonParser p, Path file, String name, ReadOptions options, Progress progress)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new PlannerException("importer.geojson.notGeoJson", name);
        }
        String type = null;
        String crs = null;
        List<Feature> features = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        Map<String, JsonNode> single = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("features") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (features.size() % 16 == 0) {
                        progress.checkCancelled();
                    }
                    JsonNode f = p.readValueAsTree();
                    features.add(feature(f, name, features.size() + 1, columns, options.lines()));
                }
            } else if (key.equals("type") && value == JsonToken.VALUE_STRING) {
                type = p.getText();
            } else if (key.equals("crs")) {
                crs = crsName(p.readValueAsTree(), name);
            } else if (key.equals("geometry") || key.equals("properties")) {
                single.put(key, p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
        if ("Feature".equals(type)) {
            features.add(feature(Lazy.MAPPER.valueToTree(single), name, 1, columns, options.lines()));
        } else if (!"FeatureCollection".equals(type)) {
            throw new PlannerException("importer.geojson.notGeoJson", name);
        }
        String layerCrs = options.crs() != null ? options.crs() : crs != null ? crs : "EPSG:4326";
        return new FeatureLayer(file.toString(), layerName(file), layerCrs, List.copyOf(columns), features);
    }

    private Feature feature(JsonNode f, String file, int row, Set<String> columns, boolean lines) {
        if (!f.isObject()) {
            throw new PlannerException("importer.geojson.badFeature", file, row, JsonObjectReader.describe(f));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        JsonNode props = f.get("properties");
        if (props != null && props.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                attributes.put(e.getKey(), value(e.getValue()));
                columns.add(e.getKey());
            }
        } else if (props != null && !props.isNull()) {
            throw new PlannerException("importer.geojson.badProperties", file, row, JsonObjectReader.describe(props));
        }
        return new Feature(row, geometry.read(f.get("geometry"), file, row, lines), attributes);
    }

    /** String, Long, Double, Boolean or null; objects and arrays as their JSON text. */
    static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.toString();
    }

    /** "EPSG:4549" from the legacy crs member; CRS84 is EPSG:4326. Anything else is returned as written. */
    static String crsName(JsonNode crs, String file) {
        JsonNode name = crs.path("properties").path("name");
        if (!name.isTextual()) {
            return null;
        }
        String text = name.textValue().trim();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84")) {
            return "EPSG:4326";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("EPSG:(?:[0-9.]*:)?(\\d+)$").matcher(upper);
        return m.find() ? "EPSG:" + m.group(1) : text;
    }
}
