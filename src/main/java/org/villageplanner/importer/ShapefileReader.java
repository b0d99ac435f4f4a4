package org.villageplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.geo.Crs;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.ReadOptions;

/**
 * Reads an ESRI Shapefile ({@code .shp} + {@code .dbf}, with optional {@code .cpg}, {@code .prj}), also from a
 * {@code .zip} holding one or more of them. Why our own reader rather than a library: docs/importers.md.
 *
 * <p>Text encoding: {@link ReadOptions#encoding()} if given, else the {@code .cpg} file, else GBK — the encoding
 * of nearly every DBF made in China. The {@code .prj} WKT is mapped to an EPSG code ({@link Crs}); when it is not
 * recognised the raw WKT is passed on, and field mapping reports it. Zip entries are read into memory, never
 * extracted, and entries whose names climb out of the archive ({@code ../}) or are absolute are refused.
 * Thread-safe.
 */
public final class ShapefileReader implements FeatureReader {
    static final Charset DEFAULT_CHARSET = Charset.forName("GBK");
    private static final long MAX_ENTRY_BYTES = 1L << 30;

    @Override
    public boolean accepts(Path file) {
        return FeatureReader.hasExtension(file, ".shp", ".zip");
    }

    @Override
    public List<String> layers(Path file) {
        if (!isZip(file)) {
            return List.of(GeoJsonReader.layerName(file));
        }
        return zipEntries(file).keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".shp"))
                .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
    }

    @Override
    public FeatureLayer read(Path file, ReadOptions options) {
        Parts parts = isZip(file) ? fromZip(file, options.layer()) : fromFiles(file);
        Charset charset = options.encoding() != null ? options.encoding() : charset(parts.cpg, parts.name + ".cpg");
        String shpName = parts.name + ".shp";
        String dbfName = parts.name + ".dbf";
        List<Geometry> geometries = ShpGeometries.read(parts.shp, shpName, new GeometryFactory(), options.lines());
        if (parts.dbf == null) {
            // Without its table a Shapefile has no codes or names: no village could be made of it.
            throw new PlannerException("importer.shp.noDbf", shpName, dbfName);
        }
        DbfTable.Table table = DbfTable.read(parts.dbf, charset, dbfName);
        if (table.rows().size() != geometries.size()) {
            throw new PlannerException("importer.shp.countMismatch", shpName, geometries.size(), table.rows().size());
        }
        List<Feature> features = new ArrayList<>(geometries.size());
        for (int i = 0; i < geometries.size(); i++) {
            Map<String, Object> row = table.rows().get(i);
            if (row != null) {
                features.add(new Feature(i + 1, geometries.get(i), row));
            }
        }
        List<String> columns = table.columns().stream().map(DbfTable.Column::name).toList();
        return new FeatureLayer(file.toString(), parts.name, crs(parts.prj, options, parts.name + ".prj"), columns,
                features);
    }

    private record Parts(String name, ByteBuffer shp, ByteBuffer dbf, String cpg, String prj) {
    }

    private static boolean isZip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static Parts fromFiles(Path shp) {
        String base = shp.getFileName().toString();
        base = base.substring(0, base.length() - 4);
        Path dir = shp.toAbsolutePath().getParent();
        return new Parts(base, ByteBuffer.wrap(TextFiles.readAll(shp)), optional(dir, base, ".dbf"),
                text(optional(dir, base, ".cpg")), text(optional(dir, base, ".prj")));
    }

    /** The sibling file with {@code extension} in any letter case, or null. */
    private static ByteBuffer optional(Path dir, String base, String extension) {
        for (String ext : new String[] {extension, extension.toUpperCase(Locale.ROOT)}) {
            Path p = dir.resolve(base + ext);
            if (Files.exists(p)) {
                return ByteBuffer.wrap(TextFiles.readAll(p));
            }
        }
        return null;
    }

    private static String text(ByteBuffer b) {
        return b == null ? null : new String(b.array(), StandardCharsets.UTF_8).strip();
    }

    private static Parts fromZip(Path zip, String layer) {
        Map<String, byte[]> entries = zipEntries(zip);
        List<String> shps = entries.keySet().stream().filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".shp"))
                .sorted().toList();
        if (shps.isEmpty()) {
            throw new PlannerException("importer.zip.noShapefile", zip.getFileName().toString());
        }
        String chosen = shps.get(0);
        if (layer != null) {
            chosen = shps.stream().filter(n -> n.substring(0, n.length() - 4).equals(layer)
                    || Path.of(n).getFileName().toString().equals(layer + ".shp")).findFirst()
                    .orElseThrow(() -> new PlannerException("importer.zip.noLayer", zip.getFileName().toString(),
                            layer, String.join(", ", shps)));
        }
        String stem = chosen.substring(0, chosen.length() - 4);
        Map<String, byte[]> byLower = new HashMap<>();
        entries.forEach((k, v) -> byLower.put(k.toLowerCase(Locale.ROOT), v));
        byte[] dbf = byLower.get(stem.toLowerCase(Locale.ROOT) + ".dbf");
        byte[] cpg = byLower.get(stem.toLowerCase(Locale.ROOT) + ".cpg");
        byte[] prj = byLower.get(stem.toLowerCase(Locale.ROOT) + ".prj");
        String name = Path.of(stem).getFileName().toString();
        return new Parts(name, ByteBuffer.wrap(entries.get(chosen)), dbf == null ? null : ByteBuffer.wrap(dbf),
                cpg == null ? null : new String(cpg, StandardCharsets.UTF_8).strip(),
                prj == null ? null : new String(prj, StandardCharsets.UTF_8).strip());
    }

    /** Entry name → content for the shapefile parts of {@code zip}; other entries are skipped unread. */
    private static Map<String, byte[]> zipEntries(Path zip) {
        String name = zip.getFileName().toString();
        Map<String, byte[]> out = new HashMap<>();
        int entries = 0;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries++;
                String entry = e.getName().replace('\\', '/');
                if (entry.startsWith("/") || entry.matches("^[A-Za-z]:.*") || ("/" + entry + "/").contains("/../")) {
                    throw new PlannerException("importer.zip.unsafeEntry", name, e.getName());
                }
                String lower = entry.toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !lower.matches(".*\\.(shp|dbf|cpg|prj)$")) {
                    continue;
                }
                byte[] content = z.readNBytes((int) Math.min(MAX_ENTRY_BYTES + 1, Integer.MAX_VALUE - 8));
                if (content.length > MAX_ENTRY_BYTES) {
                    throw new PlannerException("importer.zip.tooLarge", name, e.getName());
                }
                out.put(entry, content);
            }
        } catch (ZipException e) {
            throw new PlannerException(e, "importer.zip.bad", name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw new PlannerException(e, "importer.file.notFound", zip.toString());
            }
            throw new PlannerException(e, "importer.file.unreadable", zip.toString(), String.valueOf(e.getMessage()));
        }
        if (entries == 0) {
            throw new PlannerException("importer.zip.bad", name, "no entries");
        }
        return out;
    }

    /** The charset a {@code .cpg} names ("UTF-8", "GBK", "936", "ANSI 936", "65001"), GBK without one. */
    static Charset charset(String cpg, String where) {
        if (cpg == null || cpg.isBlank()) {
            return DEFAULT_CHARSET;
        }
        String c = cpg.strip().toUpperCase(Locale.ROOT).replaceFirst("^(ANSI|CP|OEM)\\s*", "");
        switch (c) {
            case "65001", "UTF8", "UTF-8":
                return StandardCharsets.UTF_8;
            case "936", "GB2312", "GBK", "GB18030":
                return c.equals("GB18030") ? Charset.forName("GB18030") : DEFAULT_CHARSET;
            default:
                if (c.matches("\\d+") && Charset.isSupported("CP" + c)) {
                    return Charset.forName("CP" + c);
                }
                try {
                    return Charset.forName(cpg.strip());
                } catch (IllegalArgumentException e) {
                    throw new PlannerException(e, "importer.shp.unknownEncoding", where, cpg.strip());
                }
        }
    }

    private static String crs(String prj, ReadOptions options, String where) {
        if (options.crs() != null) {
            return options.crs();
        }
        if (prj == null || prj.isBlank()) {
            return null;
        }
        try {
            return Crs.name(Crs.epsgOf(prj, where));
        } catch (PlannerException e) {
            // Not recognised: hand on the WKT; field mapping reports it with the file named.
            return prj;
        }
    }
}
