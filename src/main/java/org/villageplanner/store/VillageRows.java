package org.villageplanner.store;

import java.util.List;
import java.util.function.Function;
import org.villageplanner.domain.Village;

/**
 * The village rows of the last save, encoded geometry included, reused when the next save writes the very same
 * (immutable) village list: an edit of clusters, the usual autosave, leaves the villages as they were, and
 * encoding 20,000 polygons again was a fifth of an autosave of a province.
 */
final class VillageRows {
    private static List<Village> villages;
    private static List<List<Object>> rows;

    private VillageRows() {
    }

    /** The rows of {@code vs}: the last save's when {@code vs} is the same list object, else {@code encode}'s. */
    static synchronized List<List<Object>> of(List<Village> vs, Function<List<Village>, List<List<Object>>> encode) {
        if (vs != villages) {
            rows = List.copyOf(encode.apply(vs));
            villages = vs;
        }
        return rows;
    }

    /** Forgets the kept rows (tests). */
    static synchronized void clear() {
        villages = null;
        rows = null;
    }
}
