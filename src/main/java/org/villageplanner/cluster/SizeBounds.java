package org.villageplanner.cluster;

import org.villageplanner.domain.PlannerException;

/**
 * Allowed number of member villages per cluster, inclusive (default 2–5). {@code min} may be 1, a cluster
 * of one village (for comparisons with regionalization tools). Rejects min < 1 or max < min with a
 * {@link PlannerException} naming both values.
 */
public record SizeBounds(int min, int max) {
    public static final SizeBounds DEFAULT = new SizeBounds(2, 5);

    public SizeBounds {
        if (min < 1 || max < min) {
            throw new PlannerException("cluster.bounds.invalid", min, max);
        }
    }

    public boolean allows(int size) {
        return size >= min && size <= max;
    }
}
