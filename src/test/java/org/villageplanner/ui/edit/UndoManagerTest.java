package org.villageplanner.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo replay the edits in the right order and name the state, so "unsaved" can be judged. */
class UndoManagerTest {
    /** A plan of one list; each edit appends a word. */
    private final List<String> plan = new ArrayList<>();
    private final UndoManager undo = new UndoManager();

    private Command append(String word) {
        return new Command() {
            @Override
            public void execute() {
                plan.add(word);
            }

            @Override
            public void undo() {
                assertEquals(word, plan.remove(plan.size() - 1), "the newest edit is undone first");
            }

            @Override
            public String description() {
                return "add " + word;
            }
        };
    }

    @Test
    void undoAndRedoWalkTheEditsBackAndForth() {
        undo.execute(append("a"));
        undo.execute(append("b"));
        assertEquals(List.of("a", "b"), plan);
        assertEquals("add b", undo.undoDescription());

        undo.undo();
        assertEquals(List.of("a"), plan);
        assertEquals("add b", undo.redoDescription());
        assertEquals("add a", undo.undoDescription());
        undo.undo();
        assertEquals(List.of(), plan);
        assertFalse(undo.canUndoProperty().get());
        assertTrue(undo.canRedoProperty().get());
        undo.undo(); // nothing left: no effect
        assertEquals(List.of(), plan);

        undo.redo();
        undo.redo();
        assertEquals(List.of("a", "b"), plan, "redo executes again, oldest undone first");
        assertTrue(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        undo.redo(); // nothing left: no effect
        assertEquals(List.of("a", "b"), plan);
    }

    @Test
    void theStateReturnsWhenUndoingBackToIt() {
        long start = undo.state();
        undo.execute(append("a"));
        long afterA = undo.state();
        assertNotEquals(start, afterA);
        undo.execute(append("b"));
        long afterB = undo.state();
        assertNotEquals(afterA, afterB);

        undo.undo();
        assertEquals(afterA, undo.state());
        undo.undo();
        assertEquals(start, undo.state());
        undo.redo();
        assertEquals(afterA, undo.state());
        undo.redo();
        assertEquals(afterB, undo.state());
    }

    @Test
    void aNewEditDropsWhatCouldBeRedoneAndGetsAStateOfItsOwn() {
        undo.execute(append("a"));
        undo.execute(append("b"));
        long afterB = undo.state();
        undo.undo();
        undo.execute(append("c"));
        assertEquals(List.of("a", "c"), plan);
        assertFalse(undo.canRedoProperty().get());
        assertNotEquals(afterB, undo.state(), "a different plan never shares the saved state's name");
        undo.redo();
        assertEquals(List.of("a", "c"), plan);
    }
}
