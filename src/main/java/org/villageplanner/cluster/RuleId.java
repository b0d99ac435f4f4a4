package org.villageplanner.cluster;

import java.util.Locale;

/** The cluster rules, with the ids the CLI prints ({@code "contiguity"}, {@code "size"}, ...). */
public enum RuleId {
    CONTIGUITY, SIZE, DUPLICATE_MEMBER, TYPE, LEADER, UNKNOWN_MEMBER, COVERAGE, AGREEMENT;

    /** Lower-case id for JSON, e.g. {@code duplicate_member}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
