package org.villageplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The task adapter hands progress to the task and cancellation back to the work. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TasksTest {
    @Test
    void workSeesTheCancellationOfItsTask() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        Task<Void> task = Tasks.<Void>create(p -> {
            started.countDown();
            while (!p.isCancelled()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            return null;
        }).build();
        Thread worker = new Thread(task);
        worker.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        task.cancel();
        worker.join(10_000);
        assertTrue(sawCancel.get());
    }

    @Test
    void progressAndResultReachTheUiThread() throws Exception {
        AtomicReference<String> result = new AtomicReference<>();
        Task<String> task = Tasks.<String>create(p -> {
            p.update(1, 2, "half");
            return "done";
        }).onSuccess(result::set).build();
        new Thread(task).start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals("done", result.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("half", WaitForAsyncUtils.asyncFx(task::getMessage).get());
    }
}
