package org.villageplanner.ui.common;

import org.villageplanner.domain.Messages;

/** Short names for the UI's text lookups; the text lives in the {@code ui} bundles. */
public final class I18n {
    private I18n() {
    }

    public static String t(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** A resource tag ("tidal_flat") in the user's language; unknown tags are shown as they are. */
    public static String resource(String tag) {
        String key = "ui.resource." + tag;
        String text = Messages.get(key);
        return text.equals(key) ? tag : text;
    }

    /** Resource tags joined for display: 茶叶、杨梅 / tea, bayberry. */
    public static String resources(java.util.Collection<String> tags) {
        return String.join(chinese() ? "、" : ", ", tags.stream().map(I18n::resource).toList());
    }

    public static boolean chinese() {
        return Messages.locale().getLanguage().equals("zh");
    }
}
