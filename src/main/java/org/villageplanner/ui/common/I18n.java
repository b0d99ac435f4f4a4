package org.villageplanner.ui.common;

import org.villageplanner.domain.Messages;

/** Short names for the UI's text lookups; the text lives in the {@code ui} bundles. */
public final class I18n {
    private I18n() {
    }

    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }

    public static boolean chinese() {
        return Messages.locale().getLanguage().equals("zh");
    }
}
