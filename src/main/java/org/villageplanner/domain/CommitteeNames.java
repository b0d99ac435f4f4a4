package org.villageplanner.domain;

/**
 * Short display names: official names often carry the committee's title (徐福村村民委员会, 徐福村委会); the plan
 * shows the village (徐福村). The code is kept unchanged, so nothing is lost. One rule for the importer's name column
 * and the bundled samples' division list.
 */
public final class CommitteeNames {
    private CommitteeNames() {
    }

    /** 徐福村村民委员会 and 徐福村委会 → 徐福村; 曙光社区居民委员会 → 曙光社区; any other name stripped, unchanged. */
    public static String shortName(String name) {
        String n = name.strip();
        for (String suffix : new String[] {"村民委员会", "村委会"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                String base = n.substring(0, n.length() - suffix.length());
                return base.endsWith("村") ? base : base + "村";
            }
        }
        for (String suffix : new String[] {"社区居民委员会", "居民委员会", "社区居委会", "居委会"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length()) + "社区";
            }
        }
        return n;
    }
}
