package org.villageplanner.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header split into its base name and its unit, as statistics tables write them: {@code 经营性收入(万元)},
 * {@code 经营性收入（万元）}, {@code 经营性收入【万元】}, {@code 经营性收入/万元}, {@code operating_income_wan} and
 * {@code 经营性收入万元} are the base {@code 经营性收入}/{@code operating_income} in 万元; {@code 人口(人)},
 * {@code 户数（户）}, {@code 闲置土地(亩)} and {@code 总收入(元)} are their base with a unit that needs no conversion.
 * A leading reporting year ({@code 2023年总收入}, {@code 2023年度经营性收入}) and a leading "of which"
 * ({@code 其中：经营性收入}) and a form's item number ({@code 一、总收入}, {@code 1.经营收入}) are not part of the
 * name.
 *
 * @param unit the unit as written ("万元", "元", "亩", "") — shown in the import summary
 */
record ColumnHeader(String base, boolean wan, String unit) {
    private static final Pattern UNIT = Pattern.compile("^(.*?)[(\\[]([^)\\]]*)[)\\]]$");
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d年度?");
    /** The item number a form puts before its rows' names: 一、总收入, 1.经营收入, (2)户数. */
    private static final Pattern ITEM = Pattern.compile("^([一二三四五六七八九十]+、|\\d{1,2}[.、](?!\\d)|\\(\\d{1,2}\\))");
    /** "其中:" (of which) before a sub-item of the column before it, as in {@code 其中：经营性收入（万元）}. */
    private static final String OF_WHICH = "其中:";

    ColumnHeader(String base, boolean wan) {
        this(base, wan, wan ? "万元" : "");
    }

    static ColumnHeader parse(String column) {
        String n = VillageColumn.normalise(column).replace('【', '[').replace('】', ']');
        boolean wan = false;
        String unit = "";
        Matcher m = UNIT.matcher(n);
        if (m.matches() && !m.group(1).isEmpty()) {
            unit = m.group(2).replaceFirst("^单位[:：]", "");
            wan = unit.contains("万");
            n = m.group(1);
        }
        for (String suffix : new String[] {"_wan", "/万元", "_万元", "万元", "(万)"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                wan = true;
                unit = "万元";
            }
        }
        for (String suffix : new String[] {"_yuan", "/元"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                unit = "元";
            }
        }
        Matcher item = ITEM.matcher(n);
        if (item.find() && item.end() < n.length()) {
            n = n.substring(item.end());
        }
        if (n.startsWith(OF_WHICH) && n.length() > OF_WHICH.length()) {
            n = n.substring(OF_WHICH.length());
        }
        Matcher year = YEAR.matcher(n);
        if (year.find() && year.end() < n.length()) {
            n = n.substring(year.end());
        }
        return new ColumnHeader(n, wan, unit);
    }
}
