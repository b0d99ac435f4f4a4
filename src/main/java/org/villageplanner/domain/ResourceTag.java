package org.villageplanner.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A village resource tag ({@code tea}, {@code tidal_flat} ...) as it appears in messages: its name in the
 * planner's language, or the tag itself when we have no name for it (users may bring their own tags).
 */
public record ResourceTag(String tag) {
    public String label(Locale locale) {
        // Tags typed by hand vary in case and separators ("Tidal flat", "tidal-flat"): one name for all.
        String key = "core.resource." + tag.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String text = Messages.get(locale, key);
        return text.equals(key) ? tag : text;
    }

    public static String label(String tag) {
        return new ResourceTag(tag).label(Messages.locale());
    }

    /** The tags, kept as tags so that a message renders them in whatever language it is shown in. */
    public static List<ResourceTag> of(Collection<String> tags) {
        return tags.stream().map(ResourceTag::new).toList();
    }

    @Override
    public String toString() {
        return label(tag);
    }
}
