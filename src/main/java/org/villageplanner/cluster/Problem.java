package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.villageplanner.domain.ResourceTag;
import org.villageplanner.domain.Messages;

/**
 * One rule problem of a plan.
 *
 * @param clusterId the cluster concerned, or null for plan-wide problems (coverage)
 * @param villages  the village codes involved, so that the UI can zoom to them (may be empty)
 * @param key       message key in the {@code cluster} bundle; {@code args} are its arguments, where a
 *                  {@link List} argument (e.g. village names) is joined in the reader's language
 */
public record Problem(String clusterId, RuleId rule, Severity severity, List<String> villages, String key,
                      List<Object> args) {
    public Problem {
        villages = List.copyOf(villages);
        args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
    }

    static Problem of(String clusterId, RuleId rule, Severity severity, List<String> villages, String key,
                      Object... args) {
        return new Problem(clusterId, rule, severity, villages, key, List.of(args));
    }

    /** The message in the current language. */
    public String message() {
        return message(Messages.locale());
    }

    public String message(Locale locale) {
        Object[] filled = new Object[args.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = args.get(i) instanceof List<?> list ? join(list, locale) : args.get(i);
        }
        return Messages.get(locale, key, filled);
    }

    /** Joins names with 、 in Chinese and ", " in English. */
    public static String join(List<?> items, Locale locale) {
        String sep = "zh".equals(locale.getLanguage()) ? "、" : ", ";
        StringBuilder sb = new StringBuilder();
        for (Object o : items) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(o instanceof ResourceTag t ? t.label(locale) : o);
        }
        return sb.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
