package org.villageplanner.ui.suggest;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;

/**
 * Cluster › Suggest clusters…: a window-modal dialog placed at the right edge of the main window so the map
 * behind it shows the previewed suggestion. Closing it without accepting restores the plan.
 */
public final class SuggestDialog {
    private static final double WIDTH = 900;
    private static final double HEIGHT = 620;

    private SuggestDialog() {
    }

    public static Stage show(MainViewModel main, Window owner) {
        SuggestViewModel vm = new SuggestViewModel(main);
        Stage stage = new Stage();
        stage.setTitle(I18n.t("uisuggest.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - WIDTH - 24));
            stage.setY(owner.getY() + Math.max(0, owner.getHeight() - HEIGHT - 48));
        }
        Scene scene = new Scene(new SuggestView(vm, stage::close), WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
        stage.show();
        return stage;
    }
}
