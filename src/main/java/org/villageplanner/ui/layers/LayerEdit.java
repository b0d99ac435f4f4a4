package org.villageplanner.ui.layers;

import java.util.List;
import org.villageplanner.service.ReferenceLayer;
import org.villageplanner.ui.edit.Command;

/**
 * Undoable edits of reference layers. Executing or undoing one shows the layers' new state on the map at once and
 * queues the write of that state to the project file on the saver thread ({@link LayersModel}).
 */
final class LayerEdit {
    private LayerEdit() {
    }

    /** Layers' look or place changed: {@code before} and {@code after} hold the same layers, by name. */
    record Change(LayersModel model, List<ReferenceLayer> before, List<ReferenceLayer> after, String description)
            implements Command {
        Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public void execute() {
            model.apply(after);
        }

        @Override
        public void undo() {
            model.apply(before);
        }
    }

    /** A layer removed; undo puts its table, features and style back. */
    record Remove(LayersModel model, ReferenceLayer layer, String description) implements Command {
        @Override
        public void execute() {
            model.removeNow(layer);
        }

        @Override
        public void undo() {
            model.restoreNow(layer);
        }
    }
}
