package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every dialog's stage: modal over its owner with the owner's style sheets, and a close action its content can use. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DialogWorkTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        Scene scene = new Scene(new StackPane(), 200, 100);
        scene.getStylesheets().add("data:text/css,.root{-fx-font-size:13px;}");
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDialogStageIsModalOverItsOwnerAndClosesFromItsContent(FxRobot robot) throws Exception {
        AtomicReference<Stage> dialog = new AtomicReference<>();
        AtomicReference<Button> close = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(DialogWork.stage(owner, "uiexport.pdfTitle", c -> {
                Button b = new Button("close");
                b.setOnAction(e -> c.run());
                close.set(b);
                return new StackPane(b);
            }, 300, 200));
            dialog.get().show();
        });
        Stage s = dialog.get();
        assertEquals(I18n.t("uiexport.pdfTitle"), s.getTitle());
        assertSame(owner, s.getOwner());
        assertEquals(Modality.WINDOW_MODAL, s.getModality());
        assertEquals(List.of("data:text/css,.root{-fx-font-size:13px;}"), s.getScene().getStylesheets());
        assertEquals(300, s.getScene().getWidth(), 0.5);
        robot.interact(close.get()::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !s.isShowing());
        assertFalse(s.isShowing());
    }

    @Test
    void withoutAnOwnerTheDialogIsAWindowOfItsOwn(FxRobot robot) {
        AtomicReference<Stage> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(DialogWork.stage(null, "uiexport.pdfTitle", c -> new StackPane(), 300, 200)));
        assertNull(dialog.get().getOwner());
        assertEquals(Modality.NONE, dialog.get().getModality());
        assertTrue(dialog.get().getScene().getStylesheets().isEmpty());
    }

    /** A job that waits until the test lets it go (or it is cancelled). */
    private static Tasks.Builder<String> held(java.util.concurrent.CountDownLatch go) {
        return Tasks.create(p -> {
            go.await(60, TimeUnit.SECONDS);
            return "done";
        });
    }

    @Test
    void aDialogOfABackgroundJobHasTheMarginAndClosingItCancelsTheJob(FxRobot robot) throws Exception {
        BackgroundDialogModelTest.Model model = new BackgroundDialogModelTest.Model();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        AtomicReference<Stage> dialog = new AtomicReference<>();
        AtomicReference<StackPane> content = new AtomicReference<>();
        AtomicReference<javafx.concurrent.Task<String>> job = new AtomicReference<>();
        try {
            robot.interact(() -> {
                dialog.set(DialogWork.stage(owner, "uiexport.layersTitle", model, c -> {
                    content.set(new StackPane());
                    return content.get();
                }, 300, 200));
                dialog.get().show();
                job.set(model.run(held(go)));
            });
            assertEquals(new javafx.geometry.Insets(12), content.get().getPadding());
            robot.interact(() -> dialog.get().close());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.running.get() == null);
            assertTrue(job.get().isCancelled(), "closing the dialog cancelled its job");
        } finally {
            go.countDown();
        }
    }
}
