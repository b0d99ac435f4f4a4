package org.villageplanner.ui.edit;

import java.util.function.Consumer;
import org.villageplanner.domain.Scenario;

/**
 * The general plan edit: scenario {@code before} becomes {@code after}. Scenarios are immutable values, so
 * every cluster edit (paint stroke, rename, merge, ...) is this command with a different pair.
 */
public record ReplaceScenario(Consumer<Scenario> apply, Scenario before, Scenario after, String description)
        implements Command {
    @Override
    public void execute() {
        apply.accept(after);
    }

    @Override
    public void undo() {
        apply.accept(before);
    }
}
