package org.villageplanner.ui.importing;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.villageplanner.ui.common.I18n;

/** The import dialog's checklist of a project GeoPackage's scenarios; shown only when the file has some. */
final class ScenarioChecklist {
    private ScenarioChecklist() {
    }

    static VBox create(ScenarioOffer offer) {
        FlowPane boxes = new FlowPane(12, 4);
        VBox box = new VBox(4, new Label(I18n.t("uiimport.scenarios")), boxes);
        box.setId("importScenarios");
        Runnable fill = () -> {
            boxes.getChildren().clear();
            for (ScenarioOffer.Choice c : offer.choices) {
                CheckBox b = new CheckBox(c.name());
                b.setId("importScenario-" + c.name());
                b.setAccessibleText(c.name());
                b.selectedProperty().bindBidirectional(c.taken());
                boxes.getChildren().add(b);
            }
            box.setVisible(!offer.choices.isEmpty());
            box.setManaged(box.isVisible());
        };
        offer.choices.addListener((ListChangeListener<ScenarioOffer.Choice>) ch -> fill.run());
        fill.run();
        return box;
    }
}
