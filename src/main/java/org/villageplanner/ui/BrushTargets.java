package org.villageplanner.ui;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.map.MapStyles;

/**
 * The paint-target list's cells: every cluster of the shown scenario with its name and the colour the map
 * gives it (taken from the map's own cluster style, so the two always agree), and "new cluster" first.
 */
final class BrushTargets {
    private BrushTargets() {
    }

    static void decorate(ComboBox<String> brush, MainViewModel vm) {
        brush.setCellFactory(l -> new Cell(vm));
        brush.setButtonCell(new Cell(vm));
    }

    /** The map colour of cluster {@code id} in {@code s}, or null for "new cluster" or an unknown id. */
    static Color colour(Scenario s, List<Village> villages, String id) {
        if (s == null || id == null || PaintBrush.NEW_CLUSTER.equals(id)) {
            return null;
        }
        MapStyles.Style style = MapStyles.byCluster(s, null);
        List<Cluster> clusters = s.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            if (!c.id().equals(id)) {
                continue;
            }
            for (Village v : villages) {
                if (c.members().contains(v.code())) {
                    return style.fill().apply(v);
                }
            }
            return i < style.legend().size() ? style.legend().get(i).colour() : null;
        }
        return null;
    }

    private static final class Cell extends ListCell<String> {
        private final MainViewModel vm;

        Cell(MainViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Scenario s = vm.session.scenario();
            if (PaintBrush.NEW_CLUSTER.equals(id)) {
                setText(I18n.t("ui.tool.newCluster"));
                setGraphic(null);
                return;
            }
            String name = s == null ? id : s.cluster(id).map(c -> c.name() + (c.locked() ? " \uD83D\uDD12" : ""))
                    .orElse(id);
            setText(name);
            Color c = colour(s, vm.session.project() == null ? List.of() : vm.session.project().villages(), id);
            Rectangle swatch = new Rectangle(12, 12, c == null ? Color.TRANSPARENT : c);
            swatch.setStroke(Color.web("#555555"));
            setGraphic(swatch);
        }
    }
}
