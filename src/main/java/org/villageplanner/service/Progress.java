package org.villageplanner.service;

/**
 * How long work reports progress and learns it was cancelled, without knowing about JavaFX. The UI adapts
 * it to a {@code Task}; the CLI passes {@link #NONE}.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double done, double total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} out of {@code total} units; {@code message} is already localized. */
    void update(double done, double total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user cancelled; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
