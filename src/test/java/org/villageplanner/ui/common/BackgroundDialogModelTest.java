package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.CancelledException;
import org.villageplanner.ui.task.PlannerTask;
import org.villageplanner.ui.task.TaskRunner;

/** Every dialog's job ends one way: the status line says cancelled or failed, the error dialog gets the text. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class BackgroundDialogModelTest {
    private static final String CANCELLED = "uiexport.status.cancelled";
    private static final String FAILED = "uiexport.status.failed";

    /** The smallest dialog model: one job, whose errors end in {@link #failed}. */
    static final class Model extends BackgroundDialogModel {
        private final TaskRunner runner = new TaskRunner();

        Model() {
            super("uiexport.status.");
        }

        Task<String> run(Tasks.Builder<String> job) {
            status.set("working");
            return start(runner, job.onError(this::failed));
        }
    }

    private final Model model = new Model();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private Task<String> run(FxRobot robot, Tasks.Builder<String> job) {
        AtomicReference<Task<String>> task = new AtomicReference<>();
        robot.interact(() -> task.set(model.run(job)));
        return task.get();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFailedJobSaysSoAndHandsItsMessageToTheErrorDialog() throws Exception {
        PlannerException thrown = new PlannerException("uisuggest.error.count", "abc");
        Task<String> task = run(new FxRobot(), Tasks.create(p -> {
            throw thrown;
        }));
        assertEquals("working", ((PlannerTask<String>) task).label, "the job is titled with the status line it started with");
        waitIdle();
        assertEquals(I18n.t(FAILED), model.status.get());
        assertEquals(thrown.getMessage(), model.error.get());
    }

    @Test
    void aCancelledJobSaysCancelledAndShowsNoError() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Task<String> task = run(new FxRobot(), Tasks.create(p -> {
            started.countDown();
            while (!p.isCancelled()) {
                // parked, not spinning: on a loaded two-core machine a spinning worker starves the FX thread
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            throw new CancelledException();
        }));
        assertTrue(started.await(60, TimeUnit.SECONDS));
        new FxRobot().interact(() -> DialogWork.cancel(model.running));
        waitIdle();
        assertTrue(task.isCancelled());
        assertEquals(I18n.t(CANCELLED), model.status.get());
        assertNull(model.error.get());
    }

    @Test
    void aJobThatSucceedsLeavesTheDialogIdleWithoutError() throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        run(new FxRobot(), Tasks.<String>create(p -> "done").onSuccess(result::set));
        waitIdle();
        assertEquals("done", result.get());
        assertEquals("working", model.status.get());
        assertNull(model.error.get());
    }
}
