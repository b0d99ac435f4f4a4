package org.villageplanner.ui.common;

import java.text.NumberFormat;
import java.util.Locale;
import org.villageplanner.domain.Messages;

/** Number formatting for display: money in 万元 with separators, counts with separators. */
public final class Format {
    private Format() {
    }

    /** {@code 1234567.0} yuan → "123.46 万元" (unit label from the bundle). */
    public static String wan(double yuan) {
        return I18n.t("ui.unit.wan", number(yuan / 10_000, 2));
    }

    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public static String percent(double fraction) {
        return number(fraction * 100, 1) + "%";
    }

    private static Locale locale() {
        return Messages.locale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
