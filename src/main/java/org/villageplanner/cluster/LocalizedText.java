package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.villageplanner.domain.Messages;

/**
 * A message kept as key + arguments so that it can be shown in Chinese or English later. A {@link List}
 * argument (village names, resource tags) is joined with 、 in Chinese and ", " in English; a LocalizedText
 * argument is itself put in the same language.
 */
public record LocalizedText(String key, List<Object> args) {
    public LocalizedText {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(key, List.of(args));
    }

    public String text() {
        return text(Messages.locale());
    }

    public String text(Locale locale) {
        Object[] filled = new Object[args.size()];
        for (int i = 0; i < filled.length; i++) {
            Object a = args.get(i);
            filled[i] = a instanceof List<?> list ? Problem.join(list, locale)
                    : a instanceof LocalizedText t ? t.text(locale) : a;
        }
        return Messages.get(locale, key, filled);
    }
}
