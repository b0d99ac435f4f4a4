package org.villageplanner.domain;

/**
 * What one party puts into a cluster's joint entity in year 0 (入股/出资). {@code party} is a member
 * village's code or an outside party's id ("town", a state company, a villagers' pool); {@code name} is the
 * outside party's display name (may be empty for villages). Cash, assets and resources in yuan; land in mu,
 * valued at the scenario's {@code landYuanPerMu}.
 */
public record Contribution(String party, String name, double cash, double landMu, double assets, double resources) {
    public Contribution {
        party = Check.text(party, "contribution", "party");
        name = name == null ? "" : name.strip();
        Check.nonNegative(cash, party, "cash");
        Check.nonNegative(landMu, party, "landMu");
        Check.nonNegative(assets, party, "assets");
        Check.nonNegative(resources, party, "resources");
    }

    public static Contribution cash(String party, double yuan) {
        return new Contribution(party, "", yuan, 0, 0, 0);
    }

    /** value = cash + landMu × landYuanPerMu + assets + resources (MODEL.md §1), in yuan. */
    public double value(double landYuanPerMu) {
        return cash + landMu * landYuanPerMu + assets + resources;
    }
}
