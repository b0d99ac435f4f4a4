package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.Feature;
import org.villageplanner.service.FeatureLayer;

/**
 * What an import leaves out or changes, for the summary the user reads after it: the columns not read, the village
 * fields left empty, every conversion made (万元 → 元, a DBF short name read back as its field), warnings for money
 * fields that are missing or all zero, and the refusal of money columns that look like 万元 ({@link WanHeuristic}).
 */
final class MappingSummary {
    /** The column names of our own exports that carry a village's cluster (GeoPackage/CSV and DBF spellings). */
    static final Set<String> CLUSTER_ID = Set.of("cluster", "片区", "组团");
    static final Set<String> CLUSTER_NAME = Set.of("cluster_name", "clus_name", "片区名称", "组团名称");
    static final Set<String> CLUSTER_TYPE = Set.of("cluster_type", "clus_type");
    static final Set<String> CLUSTER_LEADER = Set.of("cluster_leader", "clus_lead");
    /** Columns our exports derive from the figures (strength); read back they would be redundant, not lost. */
    static final Set<String> DERIVED = Set.of("strength");

    final List<String> unusedColumns = new ArrayList<>();
    final List<String> emptyFields = new ArrayList<>();
    final List<String> conversions = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** Money fields no column provides (warned about when the file adds villages, which then have 0). */
    final List<VillageColumn> missingMoney = new ArrayList<>();

    private MappingSummary() {
    }

    /** Longest column name a DBF holds; GDAL and QGIS cut longer names to it ({@code cluster_name → cluster_na}). */
    static final int DBF_NAME = 10;

    /** The column named one of {@code names}, else one named a longer one of them cut to {@value #DBF_NAME}. */
    static String clusterColumn(List<String> columns, Set<String> names) {
        for (String c : columns) {
            if (names.contains(VillageColumn.normalise(c))) {
                return c;
            }
        }
        for (String c : columns) {
            String n = VillageColumn.normalise(c);
            if (n.length() == DBF_NAME && names.stream().anyMatch(x -> x.length() > DBF_NAME && x.startsWith(n))) {
                return c;
            }
        }
        return null;
    }

    /** Lists a cluster column read by its cut name ({@code cluster_na}) among the conversions, as its full name. */
    void noteShortClusterColumn(String column, Set<String> names) {
        if (column != null && !names.contains(VillageColumn.normalise(column))) {
            String full = names.stream().filter(x -> x.startsWith(VillageColumn.normalise(column))).findFirst()
                    .orElse(column);
            conversions.add(Messages.get("importer.summary.shortName", column, full));
        }
    }

    /** Money fields mapped without a stated unit whose values look like 万元: field → column. */
    static Map<VillageColumn, String> suspectWan(FeatureLayer layer, ColumnMapping mapping) {
        Map<VillageColumn, String> out = new LinkedHashMap<>();
        mapping.fields().forEach((field, src) -> {
            if (field.kind == VillageColumn.Kind.MONEY && !src.unitStated()
                    && WanHeuristic.judge(layer.features(), src.column()).looksWan()) {
                out.put(field, src.column());
            }
        });
        return out;
    }

    /** Throws naming the first money column that looks like 万元, with both fixes; nothing when there is none. */
    static void refuseWan(FeatureLayer layer, ColumnMapping mapping, String file) {
        for (Map.Entry<VillageColumn, String> e : suspectWan(layer, mapping).entrySet()) {
            WanHeuristic.Verdict v = WanHeuristic.judge(layer.features(), e.getValue());
            throw new PlannerException("importer.money.looksWan", file, e.getValue(), e.getKey().canonical,
                    FieldValues.text(v.median()), String.join(", ", v.examples()));
        }
    }

    static MappingSummary of(FeatureLayer layer, ColumnMapping mapping, String file, Set<String> consumed,
            boolean moneyAsYuan) {
        MappingSummary s = new MappingSummary();
        Set<String> used = new java.util.HashSet<>(consumed);
        mapping.fields().values().forEach(src -> used.add(src.column()));
        for (String c : layer.columns()) {
            if (!used.contains(c)) {
                s.unusedColumns.add(c);
            }
        }
        Map<VillageColumn, String> suspects = moneyAsYuan ? suspectWan(layer, mapping) : Map.of();
        for (VillageColumn f : VillageColumn.values()) {
            ColumnMapping.Source src = mapping.source(f);
            if (src == null) {
                s.emptyFields.add(f.canonical);
                if (f.kind == VillageColumn.Kind.MONEY) {
                    s.missingMoney.add(f);
                }
                continue;
            }
            boolean blank = layer.features().stream().allMatch(x -> isBlank(x, src.column()));
            if (blank) {
                s.emptyFields.add(f.canonical);
            }
            if (src.wan()) {
                s.conversions.add(Messages.get("importer.summary.wan", src.column(), f.canonical));
            }
            if (src.shortName()) {
                s.conversions.add(Messages.get("importer.summary.shortName", src.column(), f.canonical));
            }
            if (suspects.containsKey(f)) {
                s.conversions.add(Messages.get("importer.summary.keptYuan", src.column(), f.canonical));
            }
            if (f.kind == VillageColumn.Kind.MONEY && !layer.features().isEmpty()
                    && layer.features().stream().allMatch(x -> isZero(x, src.column()))) {
                s.warnings.add(Messages.get("importer.summary.moneyZero", file, src.column(), f.canonical));
            }
        }
        return s;
    }

    private static boolean isBlank(Feature f, String column) {
        Object v = f.attributes().get(column);
        return v == null || v.toString().isBlank();
    }

    private static boolean isZero(Feature f, String column) {
        Object v = f.attributes().get(column);
        if (v == null || v.toString().isBlank()) {
            return true;
        }
        try {
            return Double.parseDouble(VillageColumn.normalise(v.toString()).replace(",", "")) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
