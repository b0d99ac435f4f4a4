package org.villageplanner.cluster;

import java.util.List;

/**
 * The result of checking a plan: every problem (errors first, then by cluster order) and the coverage
 * (share of villages in some cluster, 0..1). {@link #ok()} is true when there is no ERROR.
 */
public record ValidationReport(List<Problem> problems, double coverage) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
