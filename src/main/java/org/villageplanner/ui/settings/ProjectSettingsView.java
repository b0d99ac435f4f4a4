package org.villageplanner.ui.settings;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.villageplanner.domain.PlanLevel;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;

/** The project settings dialog; its choices and what applying them means are {@link ProjectSettingsViewModel}'s. */
public final class ProjectSettingsView extends Dialog<ButtonType> {
    private final ProjectSettingsViewModel model;

    public ProjectSettingsView(ProjectSettingsViewModel model) {
        this.model = model;
        setTitle(I18n.t("ui.projectSettings.title"));
        getDialogPane().setId("projectSettingsDialog");
        ComboBox<PlanLevel> level = new ComboBox<>();
        level.setId("planLevelChoice");
        level.getItems().setAll(model.levels());
        level.setConverter(Controls.text(model::label));
        level.valueProperty().bindBidirectional(model.level);
        Label key = Forms.label(I18n.t("ui.projectSettings.level"));
        Label hint = new Label(I18n.t("ui.projectSettings.levelHint"));
        hint.setWrapText(true);
        hint.setPrefWidth(380);
        hint.getStyleClass().add("hint");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(12));
        g.addRow(0, key, level);
        g.add(hint, 0, 1, 2, 1);
        getDialogPane().setContent(g);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                model.apply();
            }
            return b;
        });
    }

    public ProjectSettingsViewModel viewModel() {
        return model;
    }

    /** File › Project settings…, disabled without a project. */
    public static MenuItem menuItem(MainViewModel vm) {
        MenuItem item = new MenuItem(I18n.t("ui.projectSettings.menu"));
        item.setId("projectSettingsItem");
        item.disableProperty().bind(vm.session.project.isNull());
        item.setOnAction(e -> {
            ProjectSettingsView dialog = new ProjectSettingsView(new ProjectSettingsViewModel(vm));
            Window owner = item.getParentPopup() == null ? null : item.getParentPopup().getOwnerWindow();
            if (owner != null && owner.isShowing()) {
                dialog.initOwner(owner);
            }
            dialog.show();
        });
        return item;
    }
}
