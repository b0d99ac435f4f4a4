package org.villageplanner.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.villageplanner.service.CsvCells;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.VillageExporter;

/**
 * Writes the villages as a table: CSV (UTF-8 with a byte-order mark, so that Excel on a Chinese Windows opens it
 * correctly; RFC 4180 quoting) or XLSX (fastexcel). Numbers at full precision (16.375 stays 16.375), money in yuan;
 * geometry is not written. Text is safe to open: in CSV a cell a spreadsheet would take for a formula gets a leading
 * apostrophe ({@link CsvCells}); in XLSX text is always a string cell, never a formula. The XLSX sheet declares the
 * range it really spans ({@code <dimension ref="A1:Q29"/>}).
 */
public final class TableExporter implements VillageExporter {
    /** Most characters an XLSX cell holds (Excel's limit; Excel refuses a workbook with a longer one). */
    static final int XLSX_CELL_CHARS = 32_767;

    @Override
    public boolean supports(ExportFormat format) {
        return format == ExportFormat.CSV || format == ExportFormat.XLSX;
    }

    @Override
    public void write(List<ExportRow> rows, ExportFormat format, Path out) {
        byte[] bytes = format == ExportFormat.CSV ? csv(rows) : xlsx(rows);
        TextFiles.writeAtomically(out, bytes);
    }

    /** For XLSX, one sentence (localized) per text longer than a cell holds, which is cut to fit; CSV keeps all. */
    @Override
    public List<String> losses(List<ExportRow> rows, ExportFormat format) {
        List<String> out = new java.util.ArrayList<>();
        if (format != ExportFormat.XLSX) {
            return out;
        }
        for (ExportColumns.Column c : ExportColumns.ALL) {
            for (ExportRow r : rows) {
                if (c.value().apply(r) instanceof String t && t.length() > XLSX_CELL_CHARS) {
                    out.add(org.villageplanner.domain.Messages.get("importer.export.xlsxCut", r.village().code(),
                            c.name(), t.length(), XLSX_CELL_CHARS));
                }
            }
        }
        return out;
    }

    /** {@code text} cut to what an XLSX cell holds, never splitting a surrogate pair. */
    static String xlsxCell(String text) {
        if (text.length() <= XLSX_CELL_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(XLSX_CELL_CHARS - 1)) ? XLSX_CELL_CHARS - 1 : XLSX_CELL_CHARS;
        return text.substring(0, end);
    }

    static byte[] csv(List<ExportRow> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", ExportColumns.ALL.stream().map(ExportColumns.Column::name).toList()))
                .append("\r\n");
        for (ExportRow r : rows) {
            for (int i = 0; i < ExportColumns.ALL.size(); i++) {
                ExportColumns.Column c = ExportColumns.ALL.get(i);
                sb.append(i == 0 ? "" : ",").append(CsvCells.cell(c.value().apply(r)));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<ExportRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(bytes, "Village Cluster Planner", "1.0");
            Worksheet ws = wb.newWorksheet("villages");
            for (int c = 0; c < ExportColumns.ALL.size(); c++) {
                ws.value(0, c, ExportColumns.ALL.get(c).name());
            }
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < ExportColumns.ALL.size(); c++) {
                    ExportColumns.Column col = ExportColumns.ALL.get(c);
                    Object v = col.value().apply(rows.get(i));
                    if (v instanceof Number n) {
                        ws.value(i + 1, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(i + 1, c, b);
                    } else if (v != null) {
                        ws.value(i + 1, c, xlsxCell(v.toString()));
                    }
                }
                if (i % 64 == 63) {
                    // Serialise rows as we go rather than all in finish(): the work then happens between reads of
                    // the rows, where a cancellable row list (ExportService) can stop it.
                    ws.flush();
                }
            }
            wb.finish();
        } catch (IOException e) {
            // Writing into memory cannot fail for I/O reasons.
            throw new IllegalStateException(e);
        }
        return XlsxDimension.declare(bytes.toByteArray(), rows.size() + 1, ExportColumns.ALL.size());
    }
}
