package org.villageplanner.service;

import java.math.BigDecimal;

/**
 * How every CSV file we write spells a cell: RFC 4180 quoting, numbers at full precision without exponent, and
 * text defused against formula injection as OWASP recommends ("CSV Injection"): a text cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that Excel or LibreOffice shows it as
 * text instead of evaluating it. Numbers are never altered (a negative number is a number, not a formula).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** A cell for {@code value}: numbers as numbers, anything else as defused, quoted text; null is empty. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? number(d) : d.toString();
        }
        if (value instanceof Float f) {
            return cell(f.doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(defuse(value.toString()));
    }

    /** The shortest decimal that reads back as {@code d}, without exponent: 16.375, 4500000, 0.1. */
    public static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code s} with a leading apostrophe when a spreadsheet would take it for a formula. */
    public static String defuse(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    /** {@code s} quoted when it holds a comma, quote, line break or leading/trailing space (RFC 4180). */
    public static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || !s.equals(s.strip());
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
