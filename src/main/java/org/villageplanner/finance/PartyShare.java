package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/**
 * One party's share of a cluster (MODEL.md §1).
 *
 * @param party       village code or outside party id
 * @param name        display name (village name, or the outside party's name, else its id)
 * @param member      true for member villages
 * @param value       valued contribution in yuan
 * @param fraction    exact share used for money, 0..1
 * @param basisPoints share shown in hundredths of a percent; the cluster's add up to exactly 10000
 */
public record PartyShare(String party, String name, boolean member, @Units.Yuan double value, @Units.Fraction double fraction,
        long basisPoints) {
    /** The shown percentage, e.g. 33.34. */
    public double percent() {
        return basisPoints / 100.0;
    }
}
