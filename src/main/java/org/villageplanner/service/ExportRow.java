package org.villageplanner.service;

import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;

/**
 * One village as exported: its base-year figures and geometry (EPSG:4326), the cluster it belongs to in the chosen
 * scenario (id and name, or null when unassigned or when there is no scenario) and its strength class under that
 * scenario's thresholds; the cluster's type and whether this village leads it, so that an export read back gives
 * the same clusters.
 */
public record ExportRow(Village village, String clusterId, String clusterName, Strength strength,
                        String clusterType, boolean leader) {
    public ExportRow(Village village, String clusterId, String clusterName, Strength strength) {
        this(village, clusterId, clusterName, strength, null, false);
    }
}
