package org.villageplanner.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.villageplanner.service.ExportRow;

/**
 * Writes the export columns as a dBASE III table in UTF-8 (declared by the {@code .cpg} the Shapefile writer adds):
 * text as C fields sized to the longest value (at most 254 bytes, cut at a character boundary, which
 * {@link #losses} reports), integers as N(10), money and areas as N(w,d) with as many decimals as the values have
 * (at least 2, at most {@value #MAX_DECIMALS}: 16.375 is written 16.375, not 16.38), flags as L.
 */
final class DbfWriter {
    static final int MAX_DECIMALS = 15;

    private DbfWriter() {
    }

    /** One sentence (localized) per value these columns cannot hold as they are: text over 254 bytes. */
    static List<String> losses(List<ExportRow> rows) {
        List<String> out = new java.util.ArrayList<>();
        for (ExportColumns.Column c : ExportColumns.ALL) {
            for (ExportRow r : rows) {
                Object v = c.value().apply(r);
                if (c.type() == ExportColumns.Type.TEXT && v != null
                        && v.toString().getBytes(StandardCharsets.UTF_8).length > 254) {
                    out.add(org.villageplanner.domain.Messages.get("importer.export.textCut", r.village().code(),
                            c.dbfName(), v.toString().getBytes(StandardCharsets.UTF_8).length));
                } else if (v instanceof Double d && scale(d) > MAX_DECIMALS) {
                    out.add(org.villageplanner.domain.Messages.get("importer.export.numberCut", r.village().code(),
                            c.dbfName(), d.toString(), MAX_DECIMALS));
                }
            }
        }
        return out;
    }

    private static int scale(double d) {
        return Double.isFinite(d) ? Math.max(0, BigDecimal.valueOf(d).stripTrailingZeros().scale()) : 0;
    }

    private record Field(ExportColumns.Column column, char type, int length, int decimals) {
    }

    static byte[] write(List<ExportRow> rows) {
        List<Field> fields = ExportColumns.ALL.stream().map(c -> field(c, rows)).toList();
        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * rows.size() + 1)
                .order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        b.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        b.putInt(rows.size()).putShort((short) headerLength).putShort((short) recordLength);
        b.position(32);
        for (Field f : fields) {
            byte[] name = Arrays.copyOf(f.column().dbfName().getBytes(StandardCharsets.US_ASCII), 11);
            b.put(name).put((byte) f.type()).putInt(0).put((byte) f.length()).put((byte) f.decimals());
            b.put(new byte[14]);
        }
        b.put((byte) 0x0D);
        for (ExportRow r : rows) {
            b.put((byte) ' ');
            for (Field f : fields) {
                b.put(cell(f, f.column().value().apply(r)));
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }

    private static Field field(ExportColumns.Column c, List<ExportRow> rows) {
        return switch (c.type()) {
            case INTEGER -> new Field(c, 'N', 10, 0);
            case MONEY, NUMBER -> numeric(c, rows);
            case BOOLEAN -> new Field(c, 'L', 1, 0);
            case TEXT -> new Field(c, 'C', Math.max(1, rows.stream()
                    .mapToInt(r -> utf8(r, c).length).max().orElse(1)), 0);
        };
    }

    private static Field numeric(ExportColumns.Column c, List<ExportRow> rows) {
        int decimals = 2;
        long largest = 0;
        for (ExportRow r : rows) {
            if (c.value().apply(r) instanceof Number n) {
                decimals = Math.max(decimals, Math.min(MAX_DECIMALS, scale(n.doubleValue())));
                largest = Math.max(largest, Math.abs((long) n.doubleValue()));
            }
        }
        int width = Math.max(20, Long.toString(largest).length() + 2 + decimals);
        return new Field(c, 'N', width, decimals);
    }

    private static byte[] utf8(ExportRow r, ExportColumns.Column c) {
        Object v = c.value().apply(r);
        return cut(v == null ? "" : v.toString());
    }

    /** UTF-8 bytes of {@code s}, at most 254, never splitting a character. */
    static byte[] cut(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 254) {
            return bytes;
        }
        int end = 254;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    private static byte[] cell(Field f, Object v) {
        byte[] out = new byte[f.length()];
        Arrays.fill(out, (byte) ' ');
        String text;
        switch (f.type()) {
            case 'L':
                out[0] = (byte) (Boolean.TRUE.equals(v) ? 'T' : 'F');
                return out;
            case 'N':
                if (v == null) {
                    return out;
                }
                text = f.decimals() == 0 ? Long.toString(((Number) v).longValue())
                        : BigDecimal.valueOf(((Number) v).doubleValue()).setScale(f.decimals(), RoundingMode.HALF_UP)
                                .toPlainString();
                byte[] digits = text.getBytes(StandardCharsets.US_ASCII);
                // Numbers are right-aligned; one too wide for the field is written as stars, as dBASE does.
                if (digits.length > out.length) {
                    Arrays.fill(out, (byte) '*');
                } else {
                    System.arraycopy(digits, 0, out, out.length - digits.length, digits.length);
                }
                return out;
            default:
                byte[] bytes = cut(v == null ? "" : v.toString());
                System.arraycopy(bytes, 0, out, 0, bytes.length);
                return out;
        }
    }
}
