package org.villageplanner.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The unit of a bare number in a public API, stated in its type where the name alone does not say it: money in
 * yuan or fen, fractions (0..1), ratios and scores. They change nothing at run time; a test checks that every
 * money or fraction figure of the finance and service records says its unit, by one of these or by its name
 * ({@code contributionYuan}, {@code widthMm}).
 */
public final class Units {
    private Units() {
    }

    /** Money in yuan (元); the UI and the PDF show it in 万元 (÷ 10,000). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Yuan {
    }

    /** Money in fen (分, 1/100 yuan), a whole number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Fen {
    }

    /** A fraction from 0 to 1 (a share, a rate, a probability); shown as a percentage. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Fraction {
    }

    /** A dimensionless ratio or index (Gini, coefficient of variation, max/min, a factor). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Ratio {
    }

    /** A score from 0 to 100. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Score {
    }

    /** In a unit that another part of the value states; {@link #value()} says which (e.g. the lever's kind). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
    public @interface Given {
        String value();
    }
}
