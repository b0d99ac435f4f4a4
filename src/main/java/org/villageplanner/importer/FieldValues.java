package org.villageplanner.importer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.villageplanner.domain.PlannerException;

/**
 * Converts raw attribute values (String, Long, Double, Boolean or null, as the readers give them) to village
 * field values. Empty and null mean "not known": 0 for numbers, "" for text, false for flags. Every error names
 * {@code where} (file and row/feature), the field, the column and the value found.
 */
final class FieldValues {
    private FieldValues() {
    }

    /** Where a value came from, for messages: "v.shp, feature 3", the field and its column. */
    record At(String where, VillageColumn field, String column) {
    }

    static String text(Object raw) {
        if (raw == null) {
            return "";
        }
        if (raw instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            // DBF and XLSX store codes such as 330282123215 as numbers; keep them as digits.
            return Long.toString(d.longValue());
        }
        return raw.toString().strip();
    }

    static double number(Object raw, At at) {
        double v = parse(raw, at, "importer.field.notNumber");
        if (v < 0) {
            throw new PlannerException("importer.field.negative", at.where(), at.field().canonical, at.column(),
                    text(raw));
        }
        return v;
    }

    /** A money figure in yuan, rounded to the fen; {@code wan} values are multiplied by 10 000 first. */
    static double money(Object raw, boolean wan, At at) {
        double v = number(raw, at);
        BigDecimal yuan = BigDecimal.valueOf(v).multiply(wan ? BigDecimal.valueOf(10_000) : BigDecimal.ONE);
        return yuan.setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    static int integer(Object raw, At at) {
        double v = number(raw, at);
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new PlannerException("importer.field.notInteger", at.where(), at.field().canonical, at.column(),
                    text(raw));
        }
        return (int) v;
    }

    static boolean bool(Object raw, At at) {
        if (raw == null) {
            return false;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d == 0 || d == 1) {
                return d == 1;
            }
        } else {
            String s = raw.toString().strip().toLowerCase(Locale.ROOT);
            if (Set.of("", "0", "false", "no", "n", "f", "否", "非山区").contains(s)) {
                return false;
            }
            if (Set.of("1", "true", "yes", "y", "t", "是", "山区").contains(s)) {
                return true;
            }
        }
        throw new PlannerException("importer.field.notBoolean", at.where(), at.field().canonical, at.column(),
                text(raw));
    }

    static Set<String> tags(Object raw) {
        return VillageJson.parseTags(text(raw));
    }

    private static double parse(Object raw, At at, String key) {
        if (raw == null) {
            return 0;
        }
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new PlannerException(key, at.where(), at.field().canonical, at.column(), text(raw));
            }
            return d;
        }
        if (raw instanceof Boolean) {
            throw new PlannerException(key, at.where(), at.field().canonical, at.column(), raw.toString());
        }
        // Spreadsheets write thousands separators and full-width digits; both are harmless to accept.
        String s = VillageColumn.normalise(raw.toString()).replace(",", "");
        if (s.isEmpty()) {
            return 0;
        }
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the value as found
        }
        throw new PlannerException(key, at.where(), at.field().canonical, at.column(), raw.toString());
    }
}
