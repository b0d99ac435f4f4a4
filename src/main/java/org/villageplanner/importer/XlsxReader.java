package org.villageplanner.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.FeatureLayer;
import org.villageplanner.service.FeatureReader;
import org.villageplanner.service.ReadOptions;

/**
 * Reads one sheet of an Excel workbook (.xlsx, via fastexcel-reader): the first sheet, or the one named by
 * {@code --layer}. The first row names the columns; numbers come as Long (whole) or Double, text as String,
 * booleans as Boolean, formulas as their cached text. Row numbers in messages count data rows (1 = the row after
 * the header). Geometry columns: see {@link TableLayer}. Thread-safe.
 */
public final class XlsxReader implements FeatureReader {
    @Override
    public boolean accepts(Path file) {
        return FeatureReader.hasExtension(file, ".xlsx");
    }

    @Override
    public List<String> layers(Path file) {
        try (ReadableWorkbook wb = open(file)) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (IOException e) {
            throw bad(file, e);
        }
    }

    @Override
    public FeatureLayer read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        try (ReadableWorkbook wb = open(file)) {
            XlsxBounds.check(file, name);
            Sheet sheet = options.layer() == null ? wb.getFirstSheet()
                    : wb.findSheet(options.layer()).orElseThrow(() -> new PlannerException("importer.xlsx.noSheet",
                            name, options.layer(), String.join(", ", wb.getSheets().map(Sheet::getName).toList())));
            List<String> header = null;
            List<TableLayer.Row> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    if (row.getCellCount() > TableLayer.MAX_COLUMNS) {
                        // Beyond column XFD: a damaged sheet, refused before its cells are copied (bench fuzz).
                        throw new PlannerException("importer.table.tooManyColumns", name, row.getCellCount(),
                                TableLayer.MAX_COLUMNS);
                    }
                    List<Object> cells = cells(row);
                    if (header == null) {
                        if (cells.stream().allMatch(c -> c == null)) {
                            continue;
                        }
                        header = cells.stream().map(c -> c == null ? "" : FieldValues.text(c)).toList();
                        continue;
                    }
                    if (cells.stream().allMatch(c -> c == null)) {
                        continue;
                    }
                    rows.add(new TableLayer.Row(rows.size() + 1, cells));
                }
            } catch (OutOfMemoryError tooBig) {
                // A cell reference far beyond column XFD makes the Excel library allocate a row of that width: a
                // single impossible allocation, refused as a malformed workbook (found by bench fuzz).
                throw new PlannerException("importer.xlsx.bad", name, "a row or cell reference too large to read"
                        + " (after row " + (rows.size() + 1) + ")");
            }
            if (header == null) {
                throw new PlannerException("importer.table.empty", name);
            }
            return TableLayer.build(file.toString(), name, sheet.getName(), header, rows, options);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlannerException pe) {
                throw pe;
            }
            throw bad(file, e);
        }
    }

    private static ReadableWorkbook open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new PlannerException("importer.file.notFound", file.toString());
        }
        return new ReadableWorkbook(file.toFile());
    }

    private static PlannerException bad(Path file, Exception e) {
        return new PlannerException(e, "importer.xlsx.bad", file.getFileName().toString(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** The row's values by column index; missing cells and empty text are null. */
    private static List<Object> cells(Row row) {
        List<Object> out = new ArrayList<>();
        for (Cell c : row) {
            if (c == null) {
                out.add(null);
                continue;
            }
            while (out.size() < c.getColumnIndex()) {
                out.add(null);
            }
            out.add(value(c));
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Object value(Cell c) {
        Object v = c.getValue();
        switch (c.getType()) {
            case NUMBER: {
                BigDecimal d = (BigDecimal) v;
                if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(
                        Long.MAX_VALUE)) < 0) {
                    return d.longValue();
                }
                return d.doubleValue();
            }
            case BOOLEAN:
                return v;
            case STRING: {
                String s = v == null ? "" : v.toString().strip();
                return s.isEmpty() ? null : s;
            }
            default: {
                String raw = c.getRawValue();
                return raw == null || raw.isBlank() ? null : raw.strip();
            }
        }
    }
}
