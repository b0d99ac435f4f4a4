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

    public final MainViewModel window;
    public final ObjectProperty<SimulationResult> result = new SimpleObjectProperty<>();
    /** The scenario the current result was computed for (its assumptions hold the targets). */
    public final ObjectProperty<Scenario> resultScenario = new SimpleObjectProperty<>();
    /**
     * Scenarios some panel asks the comparison to show, base first (goal seeking's saved answer against the
     * scenario it was found on); the comparison view takes the request and runs it.
     */
    public final ObjectProperty<java.util.List<String>> compareRequest = new SimpleObjectProperty<>();
    public final StringProperty error = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty();
    /** The cluster the agreement editor and the results view focus on (follows the selection). */
    public final StringProperty focusCluster = new SimpleStringProperty();
    /** Year whose below-target villages are highlighted on the map; highlighting is on while {@link #highlight}. */
    public final IntegerProperty highlightYear = new SimpleIntegerProperty(10);
    public final BooleanProperty highlight = new SimpleBooleanProperty(true);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(300));
    /** Input the agreement editor holds but the plan does not take yet (shares adding to 89%); "" when none. */
    public final StringProperty pendingInput = new SimpleStringProperty("");
    /**
     * Why the figures on screen do not match the plan, or "" when they do: the plan changed since (and is being
     * recomputed, or could not be computed), or input is pending that the plan does not take yet.
     */
    public final javafx.beans.binding.StringBinding staleNote;
    private Task<SimulationResult> current;
    /** The villages the shown result was computed against. */
    private java.util.List<org.villageplanner.domain.Village> resultVillages;
    private long generation;
    private boolean heldForStart;

    private SimulationModel(MainViewModel vm) {
        this.window = vm;
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
        vm.session.project.addListener(o -> schedule());
        vm.session.scenarioName.addListener(o -> schedule());
        vm.selection.addListener((javafx.collections.SetChangeListener<String>) c -> followSelection());
        staleNote = javafx.beans.binding.Bindings.createStringBinding(this::computeStaleNote, result, resultScenario,
                vm.session.project, vm.session.scenarioName, pendingInput, error);
        schedule();
    }

    private String computeStaleNote() {
        if (result.get() == null) {
            return "";
        }
        if (!pendingInput.get().isEmpty()) {
            return I18n.t("uisim.stale.pending", pendingInput.get());
        }
        if (resultScenario.get() != window.session.scenario()) {
            return error.get().isEmpty() ? I18n.t("uisim.stale.recomputing") : I18n.t("uisim.stale.failed");
        }
        return "";
    }

    /** The model of {@code vm}'s window, created on first use. */
    public static synchronized SimulationModel of(MainViewModel vm) {
        return MODELS.computeIfAbsent(vm, SimulationModel::new);
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
        PlanProject p = window.session.project();
        Scenario s = window.session.scenario();
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
        Tasks.Builder<SimulationResult> builder = Tasks.<SimulationResult>create(pr -> window.services.whatIf()
                .simulateAfter(before, previous, s, p.villages(), pr))
                // A result for an older plan (the scenario switched or edited meanwhile) is dropped: a newer run
                // is already scheduled for the plan shown.
                .basedOn(window::planState)
                .onSuccess(r -> {
                    error.set("");
                    resultVillages = p.villages();
                    resultScenario.set(s);
                    result.set(r);
                    if (monteCarlo) {
                        window.status.set(I18n.t("uisim.status.done", s.name()));
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
        current = builder.run(window.tasks);
    }

    private void followSelection() {
        Scenario s = window.session.scenario();
        if (s != null && window.selection.size() == 1) {
            s.clusterOf(window.selection.iterator().next()).ifPresent(c -> focusCluster.set(c.id()));
        }
    }
}
