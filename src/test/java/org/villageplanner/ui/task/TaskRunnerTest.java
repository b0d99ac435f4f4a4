package org.villageplanner.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.ui.common.Tasks;

/** The one task runner: every task ends as succeeded, failed, cancelled or stale, and never leaves a busy state. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TaskRunnerTest {
    private final TaskRunner runner = new TaskRunner();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private <T> PlannerTask<T> run(FxRobot robot, Tasks.Builder<T> builder) {
        AtomicReference<PlannerTask<T>> t = new AtomicReference<>();
        robot.interact(() -> t.set(builder
                .onSuccess(r -> events.add("success " + r))
                .onError(e -> events.add("error " + PlannerTask.message(e)))
                .onCancelled(() -> events.add("cancelled"))
                .run(runner)));
        return t.get();
    }

    /**
     * Until the task has ended and the runner has let it go (its handler runs on the FX thread after the task's).
     * A listener on the runner's list counts the release down, so the wait never polls the FX thread.
     */
    private void waitDone(FxRobot robot, PlannerTask<?> t) throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        ListChangeListener<PlannerTask<?>> watch = c -> {
            if (!runner.running().contains(t)) {
                released.countDown();
            }
        };
        robot.interact(() -> {
            runner.running().addListener(watch);
            if (!runner.running().contains(t)) {
                released.countDown();
            }
        });
        assertTrue(released.await(60, TimeUnit.SECONDS), "the runner lets the task go once it has ended");
        robot.interact(() -> runner.running().removeListener(watch));
        assertTrue(t.outcome() != PlannerTask.Outcome.RUNNING, "the task has an outcome once the runner let it go");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSucceededTaskHandsItsResultOverAndLeavesTheRunnerIdle(FxRobot robot) throws Exception {
        PlannerTask<Integer> t = run(robot, Tasks.<Integer>create(p -> 42).titled("测算 方案A"));
        waitDone(robot, t);
        assertEquals(PlannerTask.Outcome.SUCCEEDED, t.outcome());
        assertEquals(List.of("success 42"), events);
        assertFalse(runner.busy());
        assertTrue(runner.running().isEmpty());
    }

    @Test
    void aFailureShowsItsMessageAndNeverLeavesABusyState(FxRobot robot) throws Exception {
        PlannerTask<Object> plain = run(robot, Tasks.create(p -> {
            throw new IllegalStateException("disk on fire");
        }).titled("导出"));
        waitDone(robot, plain);
        PlannerTask<Object> planner = run(robot, Tasks.create(p -> {
            throw new PlannerException("service.cancelled");
        }).titled("导入"));
        waitDone(robot, planner);
        assertEquals(PlannerTask.Outcome.FAILED, plain.outcome());
        assertEquals(PlannerTask.Outcome.FAILED, planner.outcome());
        assertEquals("error disk on fire", events.get(0));
        assertTrue(events.get(1).startsWith("error "), events.toString());
        assertFalse(runner.busy(), "a failed task must not leave the window busy");
        assertNull(runner.currentProperty().get());
    }

    @Test
    void aFailingSuccessHandlerStillClearsTheBusyState(FxRobot robot) throws Exception {
        AtomicReference<PlannerTask<Integer>> t = new AtomicReference<>();
        robot.interact(() -> t.set(Tasks.<Integer>create(p -> 1).titled("x").onSuccess(r -> {
            throw new IllegalStateException("handler bug");
        }).run(runner)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> t.get().outcome() != PlannerTask.Outcome.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(runner.busy());
    }

    @Test
    void cancelStopsTheWorkAndEndsAsCancelled(FxRobot robot) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        PlannerTask<Integer> t = run(robot, Tasks.<Integer>create(p -> {
            inside.countDown();
            try {
                while (true) {
                    p.checkCancelled();
                    Thread.onSpinWait();
                }
            } finally {
                stopped.countDown();
            }
        }).titled("蒙特卡洛"));
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        robot.interact(() -> assertSame(t, runner.currentProperty().get(), "the status bar shows the running task"));
        robot.interact(() -> {
            t.cancel();
        });
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the work saw the cancellation and stopped");
        waitDone(robot, t);
        assertEquals(PlannerTask.Outcome.CANCELLED, t.outcome());
        assertEquals(List.of("cancelled"), events);
        assertFalse(runner.busy());
    }

    @Test
    void aResultForAnOlderPlanIsDroppedNotApplied(FxRobot robot) throws Exception {
        AtomicReference<Object> plan = new AtomicReference<>(new Object());
        CountDownLatch release = new CountDownLatch(1);
        PlannerTask<String> t = run(robot, Tasks.<String>create(p -> {
            release.await();
            return "现状 figures";
        }).titled("测算 现状").basedOn(plan::get));
        robot.interact(() -> plan.set(new Object())); // the planner switched to 方案A meanwhile
        release.countDown();
        waitDone(robot, t);
        assertEquals(PlannerTask.Outcome.STALE, t.outcome());
        assertEquals(List.of(), events, "the old result never reaches onSuccess, nor any other handler");
        assertFalse(runner.busy());
    }

    @Test
    void aHungTaskDoesNotHoldUpTheNextOne(FxRobot robot) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        PlannerTask<Object> hung = run(robot, Tasks.create(p -> {
            never.await();
            return null;
        }).titled("hung"));
        PlannerTask<Integer> next = run(robot, Tasks.<Integer>create(p -> 7).titled("next"));
        waitDone(robot, next);
        assertEquals(PlannerTask.Outcome.SUCCEEDED, next.outcome());
        robot.interact(() -> assertSame(hung, runner.currentProperty().get()));
        robot.interact(runner::cancelAll);
        waitDone(robot, hung);
        assertEquals(PlannerTask.Outcome.CANCELLED, hung.outcome());
        assertFalse(runner.busy());
        never.countDown();
    }
}
