package org.villageplanner.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** What the screenshot tours share: run on the FX thread, wait for a condition, write a scene as a PNG. */
public final class ScreenshotSupport {
    private ScreenshotSupport() {
    }

    /** Writes {@code scene} to {@code png} after letting the last layout and drawing settle. */
    public static void shot(Scene scene, Path png) throws InterruptedException {
        Thread.sleep(1500);
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", png.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("wrote " + png);
    }

    /** Runs {@code r} on the FX thread and waits (up to a minute) for it to finish. */
    public static void fx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread every 100 ms for up to a minute. */
    public static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            boolean[] ok = new boolean[1];
            fx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }
}
