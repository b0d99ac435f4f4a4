package org.villageplanner.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How figures are printed in the plan: money in 万元 with thousands separators and two decimals (the code keeps
 * yuan), shares as percentages to 0.01%, ratios to two or three decimals. A missing value prints as "—".
 */
final class Formats {
    static final String NONE = "—";

    private Formats() {
    }

    /** Yuan shown in 万元: 1234567.8 → "123.46". */
    static String wan(double yuan) {
        return pattern("#,##0.00").format(yuan / 10_000.0 + 0.0);
    }

    /** A fraction as a percentage: 0.123456 → "12.35%". */
    static String percent(double fraction) {
        return pattern("0.00").format(fraction * 100 + 0.0) + "%";
    }

    static String percentOrNone(Double fraction) {
        return fraction == null ? NONE : percent(fraction);
    }

    static String decimal(double value, int digits) {
        return pattern(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits)).format(value + 0.0);
    }

    static String decimalOrNone(Double value, int digits) {
        return value == null ? NONE : decimal(value, digits);
    }

    static String integer(long value) {
        return pattern("#,##0").format(value);
    }

    /** A change with its sign: +1.20, −0.05, 0.00. */
    static String delta(double value, int digits) {
        String abs = decimal(Math.abs(value), digits);
        double shown = Double.parseDouble(abs.replace(",", ""));
        if (shown == 0) {
            return abs;
        }
        return (value > 0 ? "+" : "\u2212") + abs;
    }

    /**
     * Parsed patterns, one set per thread (DecimalFormat is not thread-safe): a county plan formats tens of
     * thousands of figures, and parsing the pattern each time showed in the report's profile.
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> PATTERNS = ThreadLocal.withInitial(HashMap::new);

    private static DecimalFormat pattern(String p) {
        // Separators are the same in both report languages, so a locale-independent symbol set keeps the tables
        // identical whatever the machine's locale.
        return PATTERNS.get().computeIfAbsent(p,
                k -> new DecimalFormat(k, DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }

    /** 全镇 / 全县 ("the township" / "the county"): the level the plan speaks for. */
    static String level(org.villageplanner.service.PlanReport report) {
        return report.language().text("report.level." + report.checks().level().name());
    }
}
