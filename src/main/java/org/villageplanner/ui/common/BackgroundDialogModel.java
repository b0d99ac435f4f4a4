package org.villageplanner.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * What a dialog's view model that runs one background job at a time shows its view (import, suggest, both
 * exports): a status line, an error message for an error dialog (null when none), and the task in progress
 * (null when idle; {@link DialogWork#start} sets and clears it).
 */
public abstract class BackgroundDialogModel {
    protected final StringProperty status = new SimpleStringProperty("");
    protected final StringProperty error = new SimpleStringProperty();
    protected final ObjectProperty<Task<?>> running = new SimpleObjectProperty<>();

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Task<?>> runningProperty() {
        return running;
    }
}
