package org.villageplanner.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.ui.common.I18n;

/**
 * Paint mode (like Districtr's brush): a stroke adds every village the pointer passes to the chosen cluster,
 * or takes them out when erasing. The map shows each change at once; the whole stroke is one undoable edit.
 * Choosing {@link #NEW_CLUSTER} makes a fresh cluster on the first village of the stroke.
 */
public final class PaintBrush {
    public static final String NEW_CLUSTER = "\u0000new";
    private final ProjectSession session;
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(NEW_CLUSTER);
    private Scenario strokeBefore;

    PaintBrush(ProjectSession session) {
        this.session = session;
    }

    /** The cluster id the brush paints into, or {@link #NEW_CLUSTER}. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    /** Paints (or erases) one village; the first call of a stroke remembers the state for undo. */
    public void paint(String villageCode, boolean erase) {
        Scenario s = session.scenario();
        if (s == null || villageCode == null) {
            return;
        }
        if (strokeBefore == null) {
            strokeBefore = s;
        }
        if (erase) {
            session.preview(ClusterEdits.unassign(s, villageCode));
            return;
        }
        if (NEW_CLUSTER.equals(target.get())) {
            if (s.clusterOf(villageCode).filter(c -> c.locked()).isPresent()) {
                return;
            }
            String id = ClusterEdits.freshId(s);
            s = ClusterEdits.create(s, I18n.t("ui.cluster.newName", s.clusters().size() + 1),
                    ClusterType.STRONG_HELPS_WEAK);
            session.preview(s);
            target.set(id);
        }
        Scenario after = ClusterEdits.assign(session.scenario(), target.get(), villageCode);
        if (after != session.scenario()) {
            session.preview(after);
        }
    }

    /** Ends the stroke: everything painted since the press becomes one edit. */
    public void endStroke() {
        if (strokeBefore != null) {
            session.commit(strokeBefore, I18n.t("ui.edit.paint"));
            strokeBefore = null;
        }
    }
}
