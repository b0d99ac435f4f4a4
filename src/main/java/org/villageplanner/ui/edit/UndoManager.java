package org.villageplanner.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleLongProperty;

/**
 * Unlimited undo and redo within a session. {@link #state()} names the current edit state: it changes on
 * every execute, undo and redo, and returns to an earlier value when the user undoes back to it, which is how
 * the window knows whether the plan differs from what was saved.
 */
public final class UndoManager {
    private record Entry(Command command, long stateAfter, long stateBefore) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final LongProperty state = new SimpleLongProperty(0);
    private long nextState = 1;

    /** Executes {@code c} and records it. */
    public void execute(Command c) {
        c.execute();
        record(c);
    }

    /** Records a command whose effect is already applied (a paint stroke shown live while dragging). */
    public void record(Command c) {
        undo.push(new Entry(c, nextState++, state.get()));
        redo.clear();
        state.set(undo.peek().stateAfter());
        update();
    }

    public void undo() {
        step(undo, redo, false);
    }

    public void redo() {
        step(redo, undo, true);
    }

    /** Moves the newest entry of {@code from} to {@code to}, executing it again (redo) or undoing it. */
    private void step(Deque<Entry> from, Deque<Entry> to, boolean forward) {
        if (from.isEmpty()) {
            return;
        }
        Entry e = from.pop();
        if (forward) {
            e.command().execute();
        } else {
            e.command().undo();
        }
        to.push(e);
        state.set(forward ? e.stateAfter() : e.stateBefore());
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        state.set(0);
        update();
    }

    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().command().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().command().description();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public LongProperty stateProperty() {
        return state;
    }

    public long state() {
        return state.get();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
