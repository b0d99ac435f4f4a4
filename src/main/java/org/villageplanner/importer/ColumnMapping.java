package org.villageplanner.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.PlannerException;

/**
 * Which column of a layer holds which village field: first the user's {@code --map field=column} entries, then
 * columns whose header names a field (canonical or Chinese, with an optional unit), then — for fields still
 * unmapped — columns whose name is a field's name cut short, as DBF files do.
 *
 * @param fields field → source column; a field not in the map is not provided by the layer
 */
record ColumnMapping(Map<VillageColumn, Source> fields) {
    /**
     * A column and whether its values are in 万元 (converted to yuan on reading).
     *
     * @param unitStated the header or the {@code --map} entry names the unit (万元 or 元); when false the unit is
     *                   assumed to be yuan and {@link WanHeuristic} checks that assumption
     * @param shortName  the column was recognised as a field name cut short (a DBF's 10-byte names)
     */
    record Source(String column, boolean wan, boolean unitStated, boolean shortName) {
        Source(String column, boolean wan) {
            this(column, wan, wan, false);
        }
    }

    static ColumnMapping resolve(List<String> columns, Map<String, String> fieldMap, String file) {
        Map<VillageColumn, Source> out = new EnumMap<>(VillageColumn.class);
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, String> e : fieldMap.entrySet()) {
            ColumnHeader key = ColumnHeader.parse(e.getKey());
            VillageColumn field = VillageColumn.byName(key.base());
            if (field == null) {
                throw new PlannerException("importer.map.unknownField", e.getKey(), VillageColumn.canonicalNames());
            }
            String column = findColumn(columns, e.getValue());
            if (column == null) {
                throw new PlannerException("importer.map.unknownColumn", file, e.getValue(), e.getKey(),
                        String.join(", ", columns));
            }
            if (out.containsKey(field)) {
                throw new PlannerException("importer.map.twice", field.canonical, out.get(field).column(), column);
            }
            ColumnHeader header = ColumnHeader.parse(column);
            boolean wan = field.kind == VillageColumn.Kind.MONEY && (key.wan() || header.wan());
            out.put(field, new Source(column, wan, key.wan() || !header.unit().isEmpty(), false));
            used.add(column);
        }
        for (String column : columns) {
            if (used.contains(column)) {
                continue;
            }
            ColumnHeader h = ColumnHeader.parse(column);
            for (VillageColumn field : VillageColumn.values()) {
                if (!out.containsKey(field) && field.matches(h.base())) {
                    out.put(field, new Source(column, field.kind == VillageColumn.Kind.MONEY && h.wan(),
                            !h.unit().isEmpty(), false));
                    used.add(column);
                    break;
                }
            }
        }
        for (String column : columns) {
            if (used.contains(column)) {
                continue;
            }
            ColumnHeader h = ColumnHeader.parse(column);
            List<VillageColumn> candidates = new ArrayList<>();
            // A cut name that could be two fields (村集体: 村集体经济收入 or 村集体经营性收入) is not guessed, even when one
            // of them is taken already.
            for (VillageColumn field : VillageColumn.values()) {
                if (field.matchesTruncated(h.base())) {
                    candidates.add(field);
                }
            }
            if (candidates.size() == 1 && !out.containsKey(candidates.get(0))) {
                VillageColumn field = candidates.get(0);
                out.put(field, new Source(column, field.kind == VillageColumn.Kind.MONEY && h.wan(),
                        !h.unit().isEmpty(), true));
                used.add(column);
            }
        }
        return new ColumnMapping(out);
    }

    private static String findColumn(List<String> columns, String wanted) {
        for (String c : columns) {
            if (c.equals(wanted)) {
                return c;
            }
        }
        for (String c : columns) {
            if (c.equalsIgnoreCase(wanted.strip())) {
                return c;
            }
        }
        return null;
    }

    boolean has(VillageColumn f) {
        return fields.containsKey(f);
    }

    Source source(VillageColumn f) {
        return fields.get(f);
    }
}
