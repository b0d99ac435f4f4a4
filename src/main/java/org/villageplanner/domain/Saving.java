package org.villageplanner.domain;

/** A pooled-service saving for one village, in yuan per year, counted as operating income (MODEL.md §4). */
public record Saving(String village, double annual) {
    public Saving {
        village = Check.text(village, "savings", "village");
        Check.finite(annual, village, "annual");
    }
}
