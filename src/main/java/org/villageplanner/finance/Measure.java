package org.villageplanner.finance;

/**
 * What a figure of the results measures, so that every view shows it in the right unit without guessing from its
 * name: money is held in yuan (shown in 万元), fractions as 0..1 (shown as %), counts of villages as whole numbers.
 */
public enum Measure {
    /** A number of villages. */
    VILLAGES,
    /** A dimensionless ratio or index (Gini, CV, max/min). */
    RATIO,
    /** Money in yuan. */
    YUAN,
    /** A fraction 0..1 (a probability, a share). */
    FRACTION
}
