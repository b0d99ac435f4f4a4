package org.villageplanner.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.villageplanner.domain.PlannerException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Sets the {@code <dimension ref="…"/>} of the first worksheet of an XLSX written in memory to the range it really
 * spans. fastexcel streams rows and declares {@code A1} before it knows them; readers that trust the declaration
 * (some GDAL and pandas versions, Excel's "used range") then see one cell.
 */
final class XlsxDimension {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    private XlsxDimension() {
    }

    /** The A1-style name of column {@code c} (0-based): A, …, Z, AA, … */
    static String column(int c) {
        StringBuilder sb = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    static byte[] declare(byte[] xlsx, int rows, int columns) {
        String ref = rows <= 1 && columns <= 1 ? "A1" : "A1:" + column(columns - 1) + rows;
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 64);
        Path tmp = null;
        // fastexcel's streamed entries carry their sizes only in the central directory, which ZipFile reads.
        try {
            tmp = Files.createTempFile("planner-xlsx", ".zip");
            Files.write(tmp, xlsx);
            copy(tmp, ref, out);
        } catch (IOException e) {
            throw new PlannerException(e, "importer.export.xlsxFailed", e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
        return out.toByteArray();
    }

    private static void copy(Path xlsx, String ref, ByteArrayOutputStream out) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (var stream = in.getInputStream(e)) {
                    data = stream.readAllBytes();
                }
                if (e.getName().equals(SHEET)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    String fixed = xml.replaceFirst("<dimension ref=\"[^\"]*\"\\s*/>", "<dimension ref=\"" + ref + "\"/>");
                    if (fixed.equals(xml) && !xml.contains("<dimension ")) {
                        fixed = xml.replaceFirst("<sheetViews>|<sheetData", "<dimension ref=\"" + ref + "\"/>$0");
                    }
                    data = fixed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
    }
}
