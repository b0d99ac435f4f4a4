package org.villageplanner.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column header split into its base name and its unit: {@code 经营性收入(万元)}, {@code 经营性收入（万元）},
 * {@code operating_income_wan} and {@code 经营性收入万元} are the base {@code 经营性收入}/{@code operating_income}
 * in 万元; {@code 人口(人)} is {@code 人口} with a unit that needs no conversion.
 */
record ColumnHeader(String base, boolean wan) {
    private static final Pattern UNIT = Pattern.compile("^(.*?)[(\\[]([^)\\]]*)[)\\]]$");

    static ColumnHeader parse(String column) {
        String n = VillageField.normalise(column);
        boolean wan = false;
        Matcher m = UNIT.matcher(n);
        if (m.matches() && !m.group(1).isEmpty()) {
            wan = m.group(2).contains("万");
            n = m.group(1);
        }
        for (String suffix : new String[] {"_wan", "万元", "_万元", "(万)"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                n = n.substring(0, n.length() - suffix.length());
                wan = true;
            }
        }
        if (n.endsWith("_yuan") && n.length() > 5) {
            n = n.substring(0, n.length() - 5);
        }
        return new ColumnHeader(n, wan);
    }
}
