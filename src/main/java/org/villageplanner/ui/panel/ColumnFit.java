package org.villageplanner.ui.panel;

import javafx.scene.control.TableView;
import org.villageplanner.ui.common.Headers;

/** Sizes the village table's columns to their content ({@link Headers#fit}). */
final class ColumnFit {
    private ColumnFit() {
    }

    static <S> void fit(TableView<S> table) {
        Headers.fit(table);
    }
}
