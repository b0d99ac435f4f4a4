package org.villageplanner.domain;

import java.util.Locale;

/**
 * The level a plan speaks for, when the project sets it: one township (全镇, "the township") or a county of
 * several towns (全县 / 县域, "the county"). A project without the setting lets the plan derive it from the
 * villages' towns.
 */
public enum PlanLevel {
    TOWNSHIP, COUNTY;

    /** The stored and command-line spelling: {@code township} or {@code county}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level spelled {@code township} or {@code county} (any case); null for null or blank. */
    public static PlanLevel parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        for (PlanLevel l : values()) {
            if (l.key().equalsIgnoreCase(key.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
