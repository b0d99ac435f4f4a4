package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One change to the bytes of a file, for fuzzing the readers ({@link ReaderFuzz}): where ({@code at}, a fraction of
 * the length), how much ({@code length}) and with what ({@code value}, an index into the tables below). A record, so
 * that property tests can generate and shrink it and the bench can draw it from a seeded {@link Random}.
 */
public record ByteMutation(Kind kind, @Units.Fraction double at, int length, int value) {
    public enum Kind { FLIP_BIT, SET_BYTE, INTERESTING_BYTE, DELETE, DUPLICATE, INSERT_TOKEN, REPLACE_NUMBER, TRUNCATE }

    private static final byte[] INTERESTING = {0, -1, 0x7F, (byte) 0x80, '"', '{', '}', '[', ']', ',', ';', '\n', '\r',
        '-', '9', '.', 'e', ':', '\'', '=', '\t', ' '};
    private static final String[] TOKENS = {"1e309", "-1", "NaN", "99999999999999999999", "\"", "null", "[]", "{}",
        "\uFEFF", "\u0000", "中文村", "-0", "0x10", "1,5", "true", "\"\\u0000\"", "{\"a\":", "]]]]", "\\", "%s",
        "=HYPERLINK(\"x\")", "2147483648", "-9223372036854775809", "4.9e-324", "\uFFFD", "\r\n\r\n"};
    private static final String[] NUMBERS = {"0", "-1", "1e309", "NaN", "2147483647", "-2147483648",
        "99999999999999999999", "0.0000001", "-0", "1e-400", "123456789012"};

    public ByteMutation {
        at = Math.max(0, Math.min(1, at));
        length = Math.max(1, length);
        value = Math.max(0, value);
    }

    /** 1 to 4 mutations drawn from {@code random}. */
    public static List<ByteMutation> random(Random random) {
        int n = 1 + random.nextInt(4);
        List<ByteMutation> out = new ArrayList<>(n);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < n; i++) {
            int length = random.nextInt(8) == 0 ? 1 + random.nextInt(4096) : 1 + random.nextInt(16);
            out.add(new ByteMutation(kinds[random.nextInt(kinds.length)], random.nextDouble(), length,
                    random.nextInt(1 << 16)));
        }
        return out;
    }

    public static byte[] applyAll(byte[] data, List<ByteMutation> mutations) {
        byte[] out = data;
        for (ByteMutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    public byte[] apply(byte[] data) {
        int n = data.length;
        int pos = (int) Math.min(Math.max(0, n - 1), Math.floor(at * n));
        switch (kind) {
            case FLIP_BIT -> {
                if (n == 0) {
                    return data;
                }
                byte[] out = data.clone();
                out[pos] ^= (byte) (1 << (value % 8));
                return out;
            }
            case SET_BYTE -> {
                if (n == 0) {
                    return new byte[] {(byte) value};
                }
                byte[] out = data.clone();
                out[pos] = (byte) value;
                return out;
            }
            case INTERESTING_BYTE -> {
                byte[] out = data.clone();
                int len = Math.min(length, Math.max(0, n - pos));
                for (int i = 0; i < len && i < 8; i++) {
                    out[pos + i] = INTERESTING[(value + i) % INTERESTING.length];
                }
                return out;
            }
            case DELETE -> {
                int len = Math.min(length, n - pos);
                byte[] out = new byte[n - len];
                System.arraycopy(data, 0, out, 0, pos);
                System.arraycopy(data, pos + len, out, pos, n - pos - len);
                return out;
            }
            case DUPLICATE -> {
                int len = Math.min(length, n - pos);
                return insert(data, (value * 7919L % Math.max(1, n)), Arrays.copyOfRange(data, pos, pos + len));
            }
            case INSERT_TOKEN -> {
                return insert(data, pos, TOKENS[value % TOKENS.length].getBytes(StandardCharsets.UTF_8));
            }
            case REPLACE_NUMBER -> {
                return replaceNumber(data, pos, NUMBERS[value % NUMBERS.length]);
            }
            case TRUNCATE -> {
                return Arrays.copyOf(data, pos);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static byte[] insert(byte[] data, long at, byte[] piece) {
        int p = (int) Math.min(at, data.length);
        byte[] out = new byte[data.length + piece.length];
        System.arraycopy(data, 0, out, 0, p);
        System.arraycopy(piece, 0, out, p, piece.length);
        System.arraycopy(data, p, out, p + piece.length, data.length - p);
        return out;
    }

    /** Replaces the first run of digits at or after {@code from} (wrapping around) with {@code number}. */
    private static byte[] replaceNumber(byte[] data, int from, String number) {
        for (int k = 0; k < data.length; k++) {
            int i = (from + k) % data.length;
            if (data[i] >= '0' && data[i] <= '9') {
                int end = i;
                while (end < data.length && (data[end] >= '0' && data[end] <= '9' || data[end] == '.')) {
                    end++;
                }
                byte[] num = number.getBytes(StandardCharsets.US_ASCII);
                byte[] out = new byte[data.length - (end - i) + num.length];
                System.arraycopy(data, 0, out, 0, i);
                System.arraycopy(num, 0, out, i, num.length);
                System.arraycopy(data, end, out, i + num.length, data.length - end);
                return out;
            }
        }
        return data;
    }
}
