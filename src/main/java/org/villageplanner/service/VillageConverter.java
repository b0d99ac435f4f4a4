package org.villageplanner.service;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Village;

/**
 * Port: turns a layer as read into villages (field recognition, units, value checks, reprojection to EPSG:4326,
 * geometry repair) and merges them into the villages a project already has. Implemented in {@code importer}.
 *
 * <p>Rows whose code is already in the project update that village: the fields the layer provides replace the
 * old values, the others are kept (so an attribute table can be joined onto imported outlines). A layer without a
 * code column is joined by village name. Throws {@link org.villageplanner.domain.PlannerException} naming the file,
 * the row or feature and the field on the first bad value; nothing is merged then.
 */
public interface VillageConverter {
    /**
     * The merged village list, how many villages were added and updated, and warnings (already localized).
     *
     * @param unusedColumns the layer's columns that were not read into any village field
     * @param emptyFields   village fields (canonical names) the layer left empty: no column, or a blank column
     * @param conversions   every conversion made while reading, one sentence each (万元 → 元, a DBF short name read
     *                      as its field), already localized
     * @param clusterTags   village code → the cluster named in the layer's {@code cluster}/{@code cluster_name}
     *                      columns (our own exports write them); empty when the layer has none
     */
    record Merge(List<Village> villages, int added, int updated, List<String> warnings, List<String> unusedColumns,
                 List<String> emptyFields, List<String> conversions, Map<String, ClusterTag> clusterTags) {
        public Merge {
            villages = List.copyOf(villages);
            warnings = List.copyOf(warnings);
            unusedColumns = List.copyOf(unusedColumns);
            emptyFields = List.copyOf(emptyFields);
            conversions = List.copyOf(conversions);
            clusterTags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clusterTags));
        }
    }

    /**
     * A village's cluster as a layer names it: its id, display name, type as written ({@code cluster_type}, may be
     * empty) and whether the layer marks this village as the cluster's leader ({@code cluster_leader}).
     */
    record ClusterTag(String id, String name, String type, boolean leader) {
    }

    /** A village field (canonical name, CLI.md) read from {@code column}; {@code wan}: the column is in 万元. */
    record FieldColumn(String field, String column, boolean wan) {
    }

    /**
     * Which column each village field would be read from, for an import dialog to show and let the user change
     * before importing; fields the columns do not provide are absent. Errors as for {@link #merge} on a bad
     * {@code fieldMap}.
     */
    List<FieldColumn> recognise(String file, List<String> columns, Map<String, String> fieldMap);

    /**
     * @param fieldMap  village field → column, overriding recognition (see {@link ImportOptions#fieldMap()})
     * @param crs       the CRS to assume ("EPSG:4549"), overriding the layer's; null to use the layer's
     * @param existing  the project's villages before this layer
     */
    default Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing) {
        return merge(layer, fieldMap, crs, existing, false);
    }

    /**
     * As above; {@code moneyAsYuan} accepts money columns without a unit in their header as yuan even when their
     * values look like 万元. Without it such a column is refused with a message naming it and both fixes.
     */
    Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing,
            boolean moneyAsYuan);

    /** As above for background work: stops with {@link CancelledException} soon after {@code progress} is cancelled. */
    default Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing,
            boolean moneyAsYuan, Progress progress) {
        progress.checkCancelled();
        return merge(layer, fieldMap, crs, existing, moneyAsYuan);
    }

    /**
     * Money columns of {@code layer}, under {@code fieldMap}, whose header gives no unit but whose values look like
     * 万元 (the import would refuse them): field → column. The import dialog flags them.
     */
    default Map<String, String> suspectWan(FeatureLayer layer, Map<String, String> fieldMap) {
        return Map.of();
    }
}
