package org.villageplanner.ui.simulation;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Refreshes a view only while it is shown: a request made while its tab is hidden is remembered and carried
 * out when the tab is selected. Keeps hidden charts and tables from re-laying out on every edit of the plan.
 */
public final class LazyRefresh {
    private final Runnable refresh;
    private ObservableBooleanValue shown;
    private boolean pending = true;
    private ChangeListener<Boolean> onShown;

    public LazyRefresh(Runnable refresh) {
        this.refresh = refresh;
    }

    /** From now on refresh only while {@code whenShown} is true (e.g. the tab's selected property). */
    public void showWhen(ObservableBooleanValue whenShown) {
        shown = whenShown;
        onShown = (o, was, now) -> {
            if (now && pending) {
                run();
            }
        };
        whenShown.addListener(new javafx.beans.value.WeakChangeListener<>(onShown));
        if (whenShown.get()) {
            run();
        }
    }

    public void request() {
        if (shown == null || shown.get()) {
            run();
        } else {
            pending = true;
        }
    }

    private void run() {
        pending = false;
        refresh.run();
    }
}
