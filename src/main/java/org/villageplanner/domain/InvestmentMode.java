package org.villageplanner.domain;

/** OPERATED by the joint entity itself, or LEASED to an outside operator for rent and/or a turnover share. */
public enum InvestmentMode {
    OPERATED, LEASED
}
