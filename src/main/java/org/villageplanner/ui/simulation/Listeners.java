package org.villageplanner.ui.simulation;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;

/**
 * Weak registration for views that listen to longer-lived models: the window rebuilds its views on a language
 * switch, and the old ones must not keep reacting. The caller keeps the returned listener in a field, so it
 * lives exactly as long as the view.
 */
public final class Listeners {
    private Listeners() {
    }

    public static InvalidationListener weakly(InvalidationListener listener, Observable... on) {
        WeakInvalidationListener weak = new WeakInvalidationListener(listener);
        for (Observable o : on) {
            o.addListener(weak);
        }
        return listener;
    }
}
