package org.villageplanner.domain;

/** How a joint entity's shares are set (MODEL.md §1). */
public enum ShareRule {
    BY_CONTRIBUTION, EQUAL, FIXED, GUARANTEED_PLUS_FLOATING, WEAK_VILLAGE_FLOOR;

    public String label() {
        return Messages.get("core.shareRule." + name());
    }

    /** The label in {@code language} (a plan exported in another language than the session's). */
    public String label(Language language) {
        return language.text("core.shareRule." + name());
    }
}
