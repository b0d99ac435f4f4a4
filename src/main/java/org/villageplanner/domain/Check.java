package org.villageplanner.domain;

/**
 * Guards used by the domain records. Each failure names the thing (e.g. the village), the field and
 * what is allowed, in the planner's language.
 */
final class Check {
    private Check() {
    }

    static String text(String value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new PlannerException("core.value.blank", owner, field);
        }
        return value.strip();
    }

    static double finite(double value, String owner, String field) {
        if (!Double.isFinite(value)) {
            throw new PlannerException("core.value.notFinite", owner, field, String.valueOf(value));
        }
        return value;
    }

    static double nonNegative(double value, String owner, String field) {
        finite(value, owner, field);
        if (value < 0) {
            throw new PlannerException("core.value.negative", owner, field, value);
        }
        return value;
    }

    static int nonNegative(int value, String owner, String field) {
        if (value < 0) {
            throw new PlannerException("core.value.negative", owner, field, value);
        }
        return value;
    }

    static double fraction(double value, String owner, String field) {
        finite(value, owner, field);
        if (value < 0 || value > 1) {
            throw new PlannerException("core.value.notFraction", owner, field, value);
        }
        return value;
    }

    static <T> T present(T value, String owner, String field) {
        if (value == null) {
            throw new PlannerException("core.value.missing", owner, field);
        }
        return value;
    }
}
