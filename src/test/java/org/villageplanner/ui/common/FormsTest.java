package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Form labels are never cut; rows put each label beside its own field and say where the next row goes. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FormsTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void labelsKeepTheirWidthAndKeysTakeTheMutedStyle(FxRobot robot) {
        AtomicReference<Label> label = new AtomicReference<>();
        AtomicReference<Label> key = new AtomicReference<>();
        robot.interact(() -> {
            label.set(Forms.label("收入（万元）"));
            key.set(Forms.key("人口"));
        });
        assertEquals("收入（万元）", label.get().getText());
        assertEquals(Region.USE_PREF_SIZE, label.get().getMinWidth());
        assertEquals(Region.USE_PREF_SIZE, key.get().getMinWidth());
        assertTrue(key.get().getStyleClass().contains("detail-key"));
        assertTrue(!label.get().getStyleClass().contains("detail-key"));
    }

    @Test
    void rowsPairEachLabelWithItsFieldFromTheGivenRow(FxRobot robot) {
        AtomicReference<GridPane> grid = new AtomicReference<>();
        AtomicReference<List<Label>> labels = new AtomicReference<>();
        TextField[] fields = new TextField[2];
        int[] next = new int[1];
        robot.interact(() -> {
            grid.set(new GridPane());
            labels.set(Forms.labels("uiexport.scenario", "uiexport.output"));
            fields[0] = new TextField();
            fields[1] = new TextField();
            next[0] = Forms.rows(grid.get(), 2, labels.get(), fields[0], fields[1]);
        });
        assertEquals(4, next[0], "the row after the last one added");
        assertEquals(I18n.t("uiexport.scenario"), labels.get().get(0).getText());
        for (int i = 0; i < 2; i++) {
            Label l = labels.get().get(i);
            assertSame(grid.get(), l.getParent());
            assertEquals(2 + i, GridPane.getRowIndex(l));
            assertEquals(0, GridPane.getColumnIndex(l));
            assertEquals(2 + i, GridPane.getRowIndex(fields[i]));
            assertEquals(1, GridPane.getColumnIndex(fields[i]));
        }
    }

    @Test
    void aLabelWithoutItsFieldIsRefused(FxRobot robot) {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        robot.interact(() -> thrown.set(assertThrows(IllegalArgumentException.class,
                () -> Forms.rows(new GridPane(), 0, Forms.labels("uiexport.scenario", "uiexport.output"),
                        new TextField()))));
        assertTrue(thrown.get().getMessage().contains("2 labels for 1 fields"));
    }
}
