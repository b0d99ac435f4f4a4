package org.villageplanner.domain;

import java.util.Locale;

/**
 * The language of one piece of output (a plan PDF, a message), passed explicitly to whatever formats it.
 *
 * <p>The app's and CLI's own language is {@link Messages#locale()}, set once from the menu or {@code --lang}; work
 * that produces text in another language (a Chinese plan exported from an English session) carries a
 * {@code Language} instead of switching that process-wide setting, so a background export can never change the
 * language of the window, nor the window the language of an export under way.
 *
 * @param locale {@link Messages#CHINESE} or {@link Messages#ENGLISH} (any Chinese locale is taken as Chinese,
 *               anything else as English)
 */
public record Language(Locale locale) {
    public static final Language CHINESE = new Language(Messages.CHINESE);
    public static final Language ENGLISH = new Language(Messages.ENGLISH);

    public Language {
        locale = locale != null && "zh".equals(locale.getLanguage()) ? Messages.CHINESE : Messages.ENGLISH;
    }

    /** The language of {@code locale}; null means the session's current language. */
    public static Language of(Locale locale) {
        return locale == null ? current() : "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The session's current language ({@link Messages#locale()}), read once by the caller. */
    public static Language current() {
        return of(Messages.locale());
    }

    /** The text for {@code key} in this language, with {@code args} filled in ({@link Messages#get}). */
    public String text(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    /** Whether {@code key} exists in this language's bundle. */
    public boolean has(String key) {
        try {
            return Messages.bundle(key, locale).containsKey(key);
        } catch (java.util.MissingResourceException e) {
            return false;
        }
    }

    public boolean isChinese() {
        return locale.equals(Messages.CHINESE);
    }
}
