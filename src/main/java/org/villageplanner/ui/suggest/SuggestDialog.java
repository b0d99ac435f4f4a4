package org.villageplanner.ui.suggest;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.DialogWork;

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
        Stage stage = DialogWork.stage(owner, "uisuggest.title", vm, close -> new SuggestView(vm, close), WIDTH,
                HEIGHT);
        if (owner != null) {
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - WIDTH - 24));
            stage.setY(owner.getY() + Math.max(0, owner.getHeight() - HEIGHT - 48));
        }
        stage.show();
        return stage;
    }
}
