package org.villageplanner.ui.simulation;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.task.PlannerTask;

/**
 * The live simulation of the scenario being edited, shared by the agreement editor, the results view and the
 * map overlay. Every edit restarts a short debounce (300 ms); then the scenario is simulated off the UI thread
 * and any older run still going is cancelled, so the figures follow the plan within a moment. Runs with Monte
 * Carlo show their progress and cancel button in the status bar. One instance per window model, kept across
 * language switches (the views are rebuilt, this stays).
 */
public final class SimulationModel {
    private static final Map<MainViewModel, SimulationModel> MODELS = new WeakHashMap<>();

    private final MainViewModel vm;
    private final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Scenario> resultScenario = new SimpleObjectProperty<>();
    private final ObjectProperty<java.util.List<String>> compareRequest = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** The cluster the agreement editor and the results view focus on (follows the selection). */
    private final StringProperty focusCluster = new SimpleStringProperty();
    /** Year whose below-target villages are highlighted on the map; highlighting is on while {@link #highlight}. */
    private final IntegerProperty highlightYear = new SimpleIntegerProperty(10);
    private final BooleanProperty highlight = new SimpleBooleanProperty(true);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    /** Non-empty while the agreement editor holds input the plan does not take yet (e.g. shares adding to 89%). */
    private final StringProperty pendingInput = new SimpleStringProperty("");
    private final javafx.beans.binding.StringBinding staleNote;
    private Task<SimulationResult> current;
    /** The villages the shown result was computed against. */
    private java.util.List<org.villageplanner.domain.Village> resultVillages;
    private long generation;
    private boolean heldForStart;

    private SimulationModel(MainViewModel vm) {
        this.vm = vm;
        // At the app's start the first run waits until the map has been drawn (StartupGate).
        debounce.setOnFinished(e -> {
            if (!heldForStart) {
                heldForStart = true;
                org.villageplanner.ui.common.StartupGate.whenOpen(() -> {
                    heldForStart = false;
                    runNow();
                });
            }
        });
        vm.session().projectProperty().addListener(o -> schedule());
        vm.session().scenarioNameProperty().addListener(o -> schedule());
        vm.selection().addListener((javafx.collections.SetChangeListener<String>) c -> followSelection());
        staleNote = javafx.beans.binding.Bindings.createStringBinding(this::computeStaleNote, result, resultScenario,
                vm.session().projectProperty(), vm.session().scenarioNameProperty(), pendingInput, error);
        schedule();
    }

    /**
     * Why the figures on screen do not match the plan, or "" when they do: the plan changed since (and is being
     * recomputed, or could not be computed), or input is pending that the plan does not take yet.
     */
    public javafx.beans.binding.StringBinding staleNoteProperty() {
        return staleNote;
    }

    /** Input the agreement editor holds but the plan does not take yet, in words; "" when none. */
    public StringProperty pendingInputProperty() {
        return pendingInput;
    }

    private String computeStaleNote() {
        if (result.get() == null) {
            return "";
        }
        if (!pendingInput.get().isEmpty()) {
            return I18n.t("uisim.stale.pending", pendingInput.get());
        }
        if (resultScenario.get() != vm.session().scenario()) {
            return error.get().isEmpty() ? I18n.t("uisim.stale.recomputing") : I18n.t("uisim.stale.failed");
        }
        return "";
    }

    /** The model of {@code vm}'s window, created on first use. */
    public static synchronized SimulationModel of(MainViewModel vm) {
        return MODELS.computeIfAbsent(vm, SimulationModel::new);
    }

    public MainViewModel window() {
        return vm;
    }

    public ObjectProperty<SimulationResult> resultProperty() {
        return result;
    }

    /**
     * Scenarios some panel asks the comparison to show, base first (goal seeking's saved answer against the
     * scenario it was found on); the comparison view takes the request and runs it.
     */
    public ObjectProperty<java.util.List<String>> compareRequestProperty() {
        return compareRequest;
    }

    /** The scenario the current result was computed for (its assumptions hold the targets). */
    public ObjectProperty<Scenario> resultScenarioProperty() {
        return resultScenario;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty focusClusterProperty() {
        return focusCluster;
    }

    public IntegerProperty highlightYearProperty() {
        return highlightYear;
    }

    public BooleanProperty highlightProperty() {
        return highlight;
    }

    /** Restarts the debounce; the run starts 300 ms after the last call. */
    public void schedule() {
        debounce.playFromStart();
    }

    /** Simulates the current scenario now, cancelling any older run. */
    public void runNow() {
        debounce.stop();
        if (current != null) {
            current.cancel();
            current = null;
        }
        PlanProject p = vm.session().project();
        Scenario s = vm.session().scenario();
        if (p == null || s == null) {
            result.set(null);
            resultScenario.set(null);
            return;
        }
        long mine = ++generation;
        boolean monteCarlo = s.assumptions().monteCarlo().runs() > 0;
        running.set(true);
        // After an edit only the clusters it touched run again, from the result shown (same villages only).
        Scenario before = resultVillages == p.villages() ? resultScenario.get() : null;
        SimulationResult previous = result.get();
        Tasks.Builder<SimulationResult> builder = Tasks.<SimulationResult>create(pr -> vm.services().whatIf()
                .simulateAfter(before, previous, s, p.villages(), pr))
                // A result for an older plan (the scenario switched or edited meanwhile) is dropped: a newer run
                // is already scheduled for the plan shown.
                .basedOn(vm::planState)
                .onSuccess(r -> {
                    error.set("");
                    resultVillages = p.villages();
                    resultScenario.set(s);
                    result.set(r);
                    if (monteCarlo) {
                        vm.statusProperty().set(I18n.t("uisim.status.done", s.name()));
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        error.set(I18n.t("uisim.error.simulate", PlannerTask.message(e)));
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        running.set(false);
                    }
                });
        if (monteCarlo) {
            builder.titled(I18n.t("uisim.status.simulating", s.name()));
        } else {
            builder.quiet();
        }
        current = builder.run(vm.tasks());
    }

    private void followSelection() {
        Scenario s = vm.session().scenario();
        if (s != null && vm.selection().size() == 1) {
            s.clusterOf(vm.selection().iterator().next()).ifPresent(c -> focusCluster.set(c.id()));
        }
    }
}
