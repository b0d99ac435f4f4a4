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
    /** The merged village list, how many villages were added and updated, and warnings (already localized). */
    record Merge(List<Village> villages, int added, int updated, List<String> warnings) {
        public Merge {
            villages = List.copyOf(villages);
            warnings = List.copyOf(warnings);
        }
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
    Merge merge(FeatureLayer layer, Map<String, String> fieldMap, String crs, List<Village> existing);
}
