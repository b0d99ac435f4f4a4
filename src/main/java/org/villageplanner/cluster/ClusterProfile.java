package org.villageplanner.cluster;

/**
 * Per-cluster figures for explaining a plan: member count, population, base-year incomes (yuan), weak
 * members under the scenario's thresholds, and the border shared inside the cluster (km).
 */
public record ClusterProfile(String id, String name, int villages, long population, double totalIncome,
                             double operatingIncome, int weakMembers, double sharedBorderKm) {
}
