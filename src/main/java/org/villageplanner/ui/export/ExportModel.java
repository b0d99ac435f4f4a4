package org.villageplanner.ui.export;

import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * What both export dialogs' view models offer their view's output field and action row (plan PDF, layers and
 * tables): the output text, the file it means, whether it can run, the run itself, and its status and error.
 */
interface ExportModel {
    StringProperty outputProperty();

    /** The file the export will write (the dialog asks before replacing an existing one). */
    Path target();

    BooleanBinding canExport();

    Task<?> export();

    StringProperty statusProperty();

    /** A message for an error dialog, or null. */
    StringProperty errorProperty();

    ObjectProperty<Task<?>> runningProperty();
}
