package org.villageplanner.ui.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenarios of a project GeoPackage chosen for import, offered as a checklist: every scenario found, ticked by
 * default; an unticked one is left out of the import and listed in its summary as not taken over.
 */
public final class ScenarioOffer {
    /** One scenario of the file and whether it is taken over. */
    public record Choice(String name, BooleanProperty taken) {
    }

    public final ObservableList<Choice> choices = FXCollections.observableArrayList();

    /**
     * Offers {@code names} (the previewed file's scenarios; empty for any other file). A scenario offered already
     * keeps its tick, so reading the file again (another CRS or encoding) does not undo the user's choice.
     */
    void offer(List<String> names) {
        if (choices.stream().map(Choice::name).toList().equals(names)) {
            return;
        }
        choices.setAll(names.stream().map(n -> new Choice(n, new SimpleBooleanProperty(true))).toList());
    }

    /** The scenarios the user unticked. */
    public Set<String> skipped() {
        Set<String> out = new LinkedHashSet<>();
        choices.stream().filter(c -> !c.taken().get()).forEach(c -> out.add(c.name()));
        return out;
    }
}
