package org.villageplanner.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How this process takes project write locks: the name it records as holder (the app, or the command such as
 * {@code planner scenario import}) and how long a writer waits for a busy lock before giving up ({@code --wait},
 * default 10 s). One process has one identity, so these are process-wide settings, set once at start.
 */
public final class WriteLockPolicy {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static volatile String holderName = "planner";
    private static volatile Duration wait = DEFAULT_WAIT;

    private WriteLockPolicy() {
    }

    public static String holderName() {
        return holderName;
    }

    public static void setHolderName(String name) {
        holderName = Objects.requireNonNull(name);
    }

    public static Duration waitTime() {
        return wait;
    }

    public static void setWait(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative wait");
        }
        wait = d;
    }
}
