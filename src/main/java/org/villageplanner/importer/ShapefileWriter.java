package org.villageplanner.importer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.VillageExporter;

/**
 * Writes the villages as an ESRI Shapefile in EPSG:4326: {@code .shp}, {@code .shx}, {@code .dbf} (UTF-8), a
 * {@code .cpg} saying UTF-8 and a {@code .prj} with the ESRI WKT of WGS 84 (what GDAL writes). A layer holds one
 * shape type: Polygon when any village has an outline (villages with only a point get a Null shape), else Point.
 * Outer rings are written clockwise and holes counter-clockwise, as the format requires.
 */
public final class ShapefileWriter implements VillageExporter {
    static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
            + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final int POINT = 1;
    private static final int POLYGON = 5;

    @Override
    public boolean supports(ExportFormat format) {
        return format == ExportFormat.SHP;
    }

    @Override
    public List<String> losses(List<ExportRow> rows, ExportFormat format) {
        return DbfWriter.losses(rows);
    }

    @Override
    public void write(List<ExportRow> rows, ExportFormat format, Path out) {
        String file = out.getFileName().toString();
        String base = file.toLowerCase(Locale.ROOT).endsWith(".shp") ? file.substring(0, file.length() - 4) : file;
        Path dir = out.toAbsolutePath().getParent();
        boolean polygons = rows.stream().anyMatch(r -> r.village().geometry() instanceof Polygonal);
        int type = polygons ? POLYGON : POINT;
        List<byte[]> records = new ArrayList<>();
        Envelope box = new Envelope();
        for (ExportRow r : rows) {
            Geometry g = r.village().geometry();
            if (g != null && (polygons ? g instanceof Polygonal : g instanceof Point)) {
                box.expandToInclude(g.getEnvelopeInternal());
                records.add(polygons ? polygon(g) : point((Point) g));
            } else {
                records.add(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0).array());
            }
        }
        int shpLength = 100 + records.stream().mapToInt(c -> 8 + c.length).sum();
        ByteBuffer shp = header(shpLength, type, box);
        ByteBuffer shx = header(100 + 8 * records.size(), type, box);
        int offset = 100;
        for (int i = 0; i < records.size(); i++) {
            byte[] content = records.get(i);
            shp.order(ByteOrder.BIG_ENDIAN).putInt(i + 1).putInt(content.length / 2).put(content);
            shx.order(ByteOrder.BIG_ENDIAN).putInt(offset / 2).putInt(content.length / 2);
            offset += 8 + content.length;
        }
        // The .shp goes last: a reader that finds it finds its companions complete.
        TextFiles.writeAtomically(dir.resolve(base + ".dbf"), DbfWriter.write(rows));
        TextFiles.writeAtomically(dir.resolve(base + ".cpg"), "UTF-8".getBytes(StandardCharsets.US_ASCII));
        TextFiles.writeAtomically(dir.resolve(base + ".prj"), WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
        TextFiles.writeAtomically(dir.resolve(base + ".shx"), shx.array());
        TextFiles.writeAtomically(dir.resolve(base + ".shp"), shp.array());
    }

    private static ByteBuffer header(int lengthBytes, int type, Envelope box) {
        ByteBuffer b = ByteBuffer.allocate(lengthBytes);
        b.order(ByteOrder.BIG_ENDIAN).putInt(9994).put(new byte[20]).putInt(lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        boolean empty = box.isNull();
        b.putDouble(empty ? 0 : box.getMinX()).putDouble(empty ? 0 : box.getMinY())
                .putDouble(empty ? 0 : box.getMaxX()).putDouble(empty ? 0 : box.getMaxY());
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        return b;
    }

    private static byte[] point(Point p) {
        return ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN).putInt(POINT).putDouble(p.getX())
                .putDouble(p.getY()).array();
    }

    private static byte[] polygon(Geometry g) {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            rings.add(oriented(p.getExteriorRing(), false));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(oriented(p.getInteriorRingN(h), true));
            }
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * rings.size() + 16 * points).order(ByteOrder.LITTLE_ENDIAN);
        Envelope e = g.getEnvelopeInternal();
        b.putInt(POLYGON).putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] r : rings) {
            b.putInt(start);
            start += r.length;
        }
        for (Coordinate[] r : rings) {
            for (Coordinate c : r) {
                b.putDouble(c.x).putDouble(c.y);
            }
        }
        return b.array();
    }

    /** The ring's coordinates clockwise for shells, counter-clockwise for holes. */
    private static Coordinate[] oriented(LineString ring, boolean hole) {
        Coordinate[] cs = ring.getCoordinates();
        if (Orientation.isCCW(cs) != hole) {
            cs = cs.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(cs));
        }
        return cs;
    }
}
