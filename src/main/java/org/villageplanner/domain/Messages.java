package org.villageplanner.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text in Chinese or English.
 *
 * <p>Keys are dotted; the first segment names the bundle, so {@code cluster.contiguity.broken} is read
 * from {@code org/villageplanner/i18n/cluster_zh_CN.properties} or {@code cluster_en.properties}. Each
 * area of the code owns its bundle, which keeps translations next to the code that needs them.
 * Arguments use {@link MessageFormat} syntax ({@code {0}}); a single quote must be written twice.
 *
 * <p>The current locale is process-wide: the CLI sets it from {@code --lang}, the app from its menu.
 * A missing key never throws: the key itself is returned so that a gap is visible, and the
 * i18n consistency test fails on it.
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BASE = "org.villageplanner.i18n.";

    private static volatile Locale current = systemDefault();

    private Messages() {
    }

    /** Chinese when the system locale is Chinese, else English. */
    public static Locale systemDefault() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Parses {@code zh} or {@code en} (case-insensitive); anything else is rejected. */
    public static Locale parse(String lang) {
        if (lang == null) {
            return systemDefault();
        }
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "zh", "zh_cn", "zh-cn", "cn" -> CHINESE;
            case "en", "en_us", "en-us", "en_gb" -> ENGLISH;
            default -> throw new IllegalArgumentException("language must be zh or en, not '" + lang + "'");
        };
    }

    public static Locale locale() {
        return current;
    }

    public static void setLocale(Locale locale) {
        current = locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /** The text for {@code key} in the current locale, with {@code args} filled in. */
    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(key, locale).getString(key);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
        }
        return args.length == 0 ? pattern : format(pattern, locale, args);
    }

    /**
     * Formats with a {@link MessageFormat} kept per thread for each pattern and locale: parsing the pattern anew for
     * each of the thousands of figures of a plan PDF was a noticeable share of an export. Same text as a new one.
     */
    private static String format(String pattern, Locale locale, Object[] args) {
        java.util.Map<String, MessageFormat> formats = FORMATS.get();
        String key = locale.toLanguageTag() + '\u0000' + pattern;
        MessageFormat f = formats.get(key);
        if (f == null) {
            if (formats.size() > 2_000) {
                formats.clear();
            }
            f = new MessageFormat(pattern, locale);
            formats.put(key, f);
        }
        return f.format(args);
    }

    private static final ThreadLocal<java.util.Map<String, MessageFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** The bundle that holds {@code key}, for callers (and tests) that need to list keys. */
    public static ResourceBundle bundle(String key, Locale locale) {
        int dot = key.indexOf('.');
        String area = dot < 0 ? key : key.substring(0, dot);
        return ResourceBundle.getBundle(BASE + area, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
