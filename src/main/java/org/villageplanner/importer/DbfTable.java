package org.villageplanner.importer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.villageplanner.domain.PlannerException;

/**
 * Reads a dBASE III table ({@code .dbf}) as Shapefiles carry it: character (C), numeric (N, F), logical (L) and
 * date (D) fields; other types are read as text. Column names and text are decoded with the given charset, strictly:
 * bytes that are not valid in it are an error naming the row and field (so a GBK file read as UTF-8 is noticed,
 * not turned into garbage). Numbers without decimals become Long, others Double; blank values are null. Deleted
 * records are skipped but keep their row number.
 */
final class DbfTable {
    /** A column: its decoded name, type letter, width and decimal count. */
    record Column(String name, char type, int offset, int length, int decimals) {
    }

    /** The table: columns and rows in file order; {@code rows.get(i)} is null for a deleted record. */
    record Table(List<Column> columns, List<Map<String, Object>> rows) {
    }

    private DbfTable() {
    }

    static Table read(ByteBuffer dbf, Charset charset, String file) {
        ByteBuffer b = dbf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (b.limit() < 32) {
            throw new PlannerException("importer.dbf.notDbf", file);
        }
        int records = b.getInt(4);
        int headerLength = Short.toUnsignedInt(b.getShort(8));
        int recordLength = Short.toUnsignedInt(b.getShort(10));
        if (records < 0 || headerLength < 33 || recordLength < 1 || headerLength > b.limit()) {
            throw new PlannerException("importer.dbf.notDbf", file);
        }
        List<Column> columns = new ArrayList<>();
        int offset = 1;
        for (int at = 32; at + 32 <= headerLength && b.get(at) != 0x0D; at += 32) {
            int end = 0;
            while (end < 11 && b.get(at + end) != 0) {
                end++;
            }
            String name = headerName(b, at, end, charset, file);
            char type = (char) (b.get(at + 11) & 0xFF);
            int length = Byte.toUnsignedInt(b.get(at + 16));
            int decimals = Byte.toUnsignedInt(b.get(at + 17));
            columns.add(new Column(uniqueName(name, columns), type, offset, length, decimals));
            offset += length;
        }
        if (offset > recordLength) {
            throw new PlannerException("importer.dbf.notDbf", file);
        }
        // A record count the file cannot hold is refused before anything is allocated for it.
        if ((long) headerLength + (long) records * recordLength > b.limit()) {
            throw new PlannerException("importer.dbf.truncated", file, (b.limit() - headerLength) / recordLength + 1,
                    records);
        }
        List<Map<String, Object>> rows = new ArrayList<>(records);
        for (int r = 0; r < records; r++) {
            int start = headerLength + r * recordLength;
            if (start + recordLength > b.limit()) {
                throw new PlannerException("importer.dbf.truncated", file, r + 1, records);
            }
            if (b.get(start) == '*') {
                rows.add(null);
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column c : columns) {
                row.put(c.name(), value(b, start + c.offset(), c, charset, file, r + 1));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    private static String uniqueName(String name, List<Column> before) {
        String candidate = name;
        for (int i = 2; taken(candidate, before); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    private static boolean taken(String name, List<Column> before) {
        return before.stream().anyMatch(c -> c.name().equals(name));
    }

    private static Object value(ByteBuffer b, int at, Column c, Charset charset, String file, int row) {
        String text = decode(b, at, c.length(), charset, file, row, c.name());
        String t = text.strip();
        switch (c.type()) {
            case 'N', 'F': {
                if (t.isEmpty() || t.chars().allMatch(ch -> ch == '*')) {
                    return null;
                }
                try {
                    if (c.decimals() == 0 && t.matches("[-+]?\\d{1,18}")) {
                        return Long.parseLong(t);
                    }
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new PlannerException(e, "importer.dbf.badNumber", file, row, c.name(), t);
                }
            }
            case 'L':
                return switch (t.isEmpty() ? '?' : Character.toUpperCase(t.charAt(0))) {
                    case 'T', 'Y' -> Boolean.TRUE;
                    case 'F', 'N' -> Boolean.FALSE;
                    default -> null;
                };
            default:
                // Text keeps leading spaces off too: DBF pads on the right, and stray spaces break code joins.
                return t.isEmpty() ? null : t;
        }
    }

    /**
     * A column name: DBF names are at most 10 bytes, and GDAL and QGIS cut a longer name at 10 bytes even inside a
     * character ({@code 经营性收入} in UTF-8 becomes {@code 经营性} and one byte of {@code 收}). A name that decodes only
     * without its last one to three bytes is read so; any other undecodable name is an error.
     */
    private static String headerName(ByteBuffer b, int at, int length, Charset charset, String file) {
        int maxCut = length >= 10 ? 3 : 0;
        PlannerException first = null;
        for (int cut = 0; cut <= maxCut; cut++) {
            try {
                return decode(b, at, length - cut, charset, file, 0, "(header)").strip();
            } catch (PlannerException e) {
                first = first == null ? e : first;
            }
        }
        throw first;
    }

    private static String decode(ByteBuffer b, int at, int length, Charset charset, String file, int row,
            String field) {
        int end = length;
        while (end > 0 && b.get(at + end - 1) == 0) {
            end--;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(b.slice(at, end));
            return chars.toString();
        } catch (CharacterCodingException e) {
            if (row == 0) {
                throw new PlannerException(e, "importer.dbf.badHeaderText", file, charset.name());
            }
            throw new PlannerException(e, "importer.dbf.badText", file, row, field, charset.name());
        }
    }
}
