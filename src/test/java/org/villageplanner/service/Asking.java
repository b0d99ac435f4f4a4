package org.villageplanner.service;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test's progress: counts the questions "cancelled?" and answers yes from the {@code cancelAt}-th on (0: never),
 * so a test can cancel work at a chosen point without clocks.
 */
final class Asking implements Progress {
    final AtomicInteger asked = new AtomicInteger();
    final int cancelAt;

    Asking(int cancelAt) {
        this.cancelAt = cancelAt;
    }

    @Override
    public void update(double done, double total, String message) {
    }

    @Override
    public boolean isCancelled() {
        int n = asked.incrementAndGet();
        return cancelAt > 0 && n >= cancelAt;
    }
}
