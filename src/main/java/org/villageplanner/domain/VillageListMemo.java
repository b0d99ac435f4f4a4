package org.villageplanner.domain;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;

/**
 * The last few immutable village lists whose codes were checked unique, with their by-code map. An edit of the
 * plan makes a new {@link PlanProject} around the same village list; without this, each edit of a province
 * re-checked 20,000 codes and rebuilt the 20,000-entry map for every view that asked. Found by identity, held
 * weakly, so a list no project uses any more is not kept.
 */
final class VillageListMemo {
    private static final int KEPT = 4;
    private static final VillageListMemo[] RECENT = new VillageListMemo[KEPT];
    private static int next;
    private final WeakReference<List<Village>> list;
    private volatile Map<String, Village> byCode;

    private VillageListMemo(List<Village> list) {
        this.list = new WeakReference<>(list);
    }

    /** The memo of {@code villages} when its codes were checked, else null. */
    static VillageListMemo checked(List<Village> villages) {
        synchronized (RECENT) {
            for (VillageListMemo m : RECENT) {
                if (m != null && m.list.get() == villages) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Records that {@code villages} (an immutable list) has unique codes. */
    static void remember(List<Village> villages) {
        synchronized (RECENT) {
            RECENT[next] = new VillageListMemo(villages);
            next = (next + 1) % KEPT;
        }
    }

    /** Villages by code in list order, built on first use. */
    Map<String, Village> byCode() {
        Map<String, Village> m = byCode;
        if (m == null) {
            List<Village> vs = list.get();
            m = Village.index(vs == null ? List.of() : vs);
            byCode = m;
        }
        return m;
    }
}
