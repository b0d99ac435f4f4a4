package org.villageplanner.ui.simulation;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The notice above simulation figures that no longer match the plan (SimulationModel#staleNote): shown
 * in amber while stale, and the figures it covers are faded until the recomputed result arrives.
 */
final class StaleNotice {
    private StaleNotice() {
    }

    static Label label(SimulationModel sim, String id, Node... covered) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-background-color: #fff3cd; -fx-text-fill: #7a4b00; -fx-padding: 3 6 3 6;");
        l.textProperty().bind(sim.staleNote);
        l.visibleProperty().bind(sim.staleNote.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        for (Node n : covered) {
            n.opacityProperty().bind(javafx.beans.binding.Bindings.when(l.visibleProperty()).then(0.45).otherwise(1.0));
        }
        return l;
    }
}
