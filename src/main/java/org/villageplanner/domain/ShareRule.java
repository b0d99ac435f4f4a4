package org.villageplanner.domain;

/** How a joint entity's shares are set (MODEL.md §1). */
public enum ShareRule {
    BY_CONTRIBUTION, EQUAL, FIXED, GUARANTEED_PLUS_FLOATING, WEAK_VILLAGE_FLOOR;

    public String label() {
        return Messages.get("core.shareRule." + name());
    }
}
