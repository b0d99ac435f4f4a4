package org.villageplanner.cluster;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where a suggestion run says how far it is, and learns that it was cancelled. Units are the phases of each
 * start (merging, fixing undersized clusters, improving — fractional by improvement pass —, fixing types,
 * the final improvement) plus writing the clusters out; {@code phase} names what runs now. Called on the
 * suggesting thread; implementations hand it on to the UI or the CLI.
 */
public interface SuggestProgress {
    SuggestProgress NONE = of((done, total, phase) -> {
    }, () -> false);

    /** What the run reports: {@code done} of {@code total} units, now doing {@code phase}. */
    @FunctionalInterface
    interface Listener {
        void update(double done, double total, LocalizedText phase);
    }

    void update(double done, double total, LocalizedText phase);

    boolean isCancelled();

    static SuggestProgress of(Listener listener, BooleanSupplier cancelled) {
        return new SuggestProgress() {
            @Override
            public void update(double done, double total, LocalizedText phase) {
                listener.update(done, total, phase);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** Throws {@link CancellationException} if the run was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException();
        }
    }
}
