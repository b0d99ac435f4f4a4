package org.villageplanner.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The village fields of CLI.md "Village fields", with the column names that are recognised for each: the
 * canonical name, the Chinese headers, and the short names our own Shapefile export uses (DBF names are at most
 * 10 bytes). Money fields may be given in 万元 (see {@link ColumnHeader}).
 */
enum VillageColumn {
    CODE("code", Kind.TEXT, "代码", "区划代码", "统计用区划代码", "行政区划代码", "村代码"),
    NAME("name", Kind.TEXT, "村名", "名称", "村庄名称", "行政村", "村名称"),
    TOWN("town", Kind.TEXT, "乡镇", "镇街", "乡镇街道", "所属乡镇"),
    // 汇总人口数 / 汇总农户数: the 农村经济基本情况 form (农经统计报表 表一), reported per village.
    POPULATION("population", Kind.INTEGER, "人口", "户籍人口", "总人口", "人口数", "户籍人口数", "总人口数",
            "汇总人口数", "汇总人口", "乡村人口"),
    HOUSEHOLDS("households", Kind.INTEGER, "户数", "总户数", "户籍户数", "农户数", "汇总农户数", "乡村户数"),
    // Total income: the headers of county statistics tables and of the 农村集体经济 annual report forms (村集体经济组织
    // 收益分配 form: 总收入, of which 经营收入; 资产负债 form: 资产总计), see StatisticsHeaderTest for the sources.
    TOTAL_INCOME("total_income", Kind.MONEY, "集体经济总收入", "total_inc", "总收入", "村集体经济收入",
            "村级集体经济总收入", "村集体经济总收入", "村级集体经济收入", "集体经济收入", "集体总收入", "村集体总收入"),
    OPERATING_INCOME("operating_income", Kind.MONEY, "经营性收入", "oper_inc", "经营收入", "集体经营性收入",
            "村集体经营性收入", "村级集体经营性收入", "经营性总收入", "集体经营收入"),
    ASSETS("assets", Kind.MONEY, "集体资产", "资产", "资产总额", "集体资产总额", "村集体资产", "资产总计"),
    IDLE_LAND_MU("idle_land_mu", Kind.NUMBER, "闲置土地", "idle_land", "闲置耕地", "闲置建设用地", "闲置土地面积",
            "闲置用地"),
    IDLE_HOUSES("idle_houses", Kind.INTEGER, "闲置农房", "idle_house"),
    RESOURCES("resources", Kind.TAGS, "特色资源"),
    MOUNTAIN("mountain", Kind.BOOLEAN, "山区");

    /** How a field's values are read. */
    enum Kind { TEXT, INTEGER, NUMBER, MONEY, TAGS, BOOLEAN }

    final String canonical;
    final Kind kind;
    final List<String> aliases;

    VillageColumn(String canonical, Kind kind, String... aliases) {
        this.canonical = canonical;
        this.kind = kind;
        this.aliases = List.of(aliases);
    }

    /** True when the normalised column base name is one of this field's names. */
    boolean matches(String normalisedBase) {
        if (normalise(canonical).equals(normalisedBase)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normalise(a).equals(normalisedBase));
    }

    /**
     * True when {@code normalisedBase} looks like one of this field's names cut short, as DBF files cut column
     * names to 10 bytes ({@code operating_}, {@code 集体经济总}). Only used when no column matches exactly.
     */
    boolean matchesTruncated(String normalisedBase) {
        // Four letters at least; three Chinese characters are all a 10-byte UTF-8 name can keep (经营性, 集体资).
        if (normalisedBase.length() < (normalisedBase.chars().allMatch(c -> c < 128) ? 4 : 3)) {
            return false;
        }
        if (normalise(canonical).startsWith(normalisedBase)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> normalise(a).startsWith(normalisedBase));
    }

    static VillageColumn byName(String name) {
        String n = normalise(name);
        for (VillageColumn f : values()) {
            if (f.matches(n)) {
                return f;
            }
        }
        return null;
    }

    /** NFKC (full-width → ASCII), lower case, spaces removed. */
    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    static String canonicalNames() {
        StringBuilder sb = new StringBuilder();
        for (VillageColumn f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.canonical);
        }
        return sb.toString();
    }
}
