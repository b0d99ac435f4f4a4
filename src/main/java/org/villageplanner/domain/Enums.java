package org.villageplanner.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses enum names from files with a message that lists what is allowed. */
public final class Enums {
    private Enums() {
    }

    /**
     * @param where the file and path of the value, e.g. {@code plan.json: clusters[0].type}
     * @param field the field name, for the message
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String where, String field) {
        return parse(Arrays.asList(type.getEnumConstants()), text, where, field);
    }

    /** As {@link #parse(Class, String, String, String)}, accepting and listing only {@code allowed}. */
    public static <E extends Enum<E>> E parse(List<E> allowed, String text, String where, String field) {
        if (text != null) {
            String wanted = text.trim().toUpperCase(Locale.ROOT);
            for (E e : allowed) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        throw new PlannerException("core.enum.unknown", where, field, String.valueOf(text), names);
    }
}
