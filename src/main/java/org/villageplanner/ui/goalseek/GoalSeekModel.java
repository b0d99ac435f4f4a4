package org.villageplanner.ui.goalseek;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.SolveService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.task.PlannerTask;

/**
 * The 目标倒推 / Goal seeking panel's state: the question (cluster or whole plan, lever, goal, year, confidence,
 * runs), the running search (progress, cancel), the answer, and the actions on it (highlight the villages still
 * missing the goal on the map, save the answer as a new scenario — undoable, like every project edit).
 */
public final class GoalSeekModel {
    /** The levers offered, by their CLI names. */
    public static final List<String> LEVERS = List.of("floor", "guaranteedYield", "payoutRatio", "outsideCash",
            "revenueFactor");
    public static final List<String> GOALS = List.of("operating", "total", "share:0.9", "share:0.8", "share:0.7");
    /** The outside party offered when a cluster has none yet (the township; {@code outsideCash} creates it). */
    public static final String TOWN = "town";

    private final MainViewModel vm;
    private final SolveService service;
    public final StringProperty cluster = new SimpleStringProperty();
    public final StringProperty lever = new SimpleStringProperty("payoutRatio");
    public final StringProperty goal = new SimpleStringProperty("operating");
    public final StringProperty party = new SimpleStringProperty(TOWN);
    public final StringProperty project = new SimpleStringProperty();
    public final IntegerProperty year = new SimpleIntegerProperty(5);
    public final DoubleProperty confidence = new SimpleDoubleProperty(0.8);
    public final IntegerProperty runs = new SimpleIntegerProperty(SolveService.DEFAULT_RUNS);
    public final ObjectProperty<SolveService.Result> result = new SimpleObjectProperty<>();
    public final StringProperty error = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty();
    private PlannerTask<SolveService.Result> task;
    private Scenario solvedOn;
    /** The villages the last unreachable answer selected on the map. */
    private java.util.Set<String> highlighted = java.util.Set.of();

    public GoalSeekModel(MainViewModel vm) {
        this.vm = vm;
        this.service = new SolveService(vm.services.simulation(), vm.services.projects());
        cluster.addListener(o -> refreshChoices());
    }

    /** Cluster ids of the shown scenario; null in the list stands for the whole plan. */
    public List<String> clusters() {
        List<String> out = new ArrayList<>();
        out.add(null);
        Scenario s = vm.session.scenario();
        if (s != null) {
            s.clusters().forEach(c -> out.add(c.id()));
        }
        return out;
    }

    /**
     * The outside parties the {@code outsideCash} lever can act on in the chosen cluster (every cluster for the
     * whole plan): contributors that are not villages and the agreement's guarantor; the township when there are
     * none (the lever creates a party that is missing).
     */
    public List<String> parties() {
        PlanProject p = vm.session.project();
        java.util.Set<String> villages = new java.util.HashSet<>();
        if (p != null) {
            p.villages().forEach(v -> villages.add(v.code()));
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Cluster c : chosenClusters()) {
            c.contributions().stream().map(org.villageplanner.domain.Contribution::party)
                    .filter(x -> x != null && !x.isBlank() && !villages.contains(x)).forEach(out::add);
            String g = c.agreement().guarantor();
            if (g != null && !g.isBlank() && !villages.contains(g)) {
                out.add(g);
            }
        }
        if (out.isEmpty()) {
            out.add(TOWN);
        }
        return List.copyOf(out);
    }

    /** A party as the planner knows it: its name from the contributions, with the id when they differ. */
    public String partyLabel(String id) {
        if (id == null) {
            return "";
        }
        Scenario s = vm.session.scenario();
        String name = s == null ? null : s.clusters().stream().flatMap(c -> c.contributions().stream())
                .filter(c -> id.equals(c.party()) && c.name() != null && !c.name().isBlank()).map(c -> c.name())
                .findFirst().orElse(null);
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** The party a label or a typed text stands for (a typed new party is taken as it is). */
    public String partyOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return parties().stream().filter(id -> t.equals(partyLabel(id)) || t.equals(id)).findFirst().orElse(t);
    }

    /** The projects the {@code revenueFactor} lever can scale in the chosen cluster (every cluster's for the plan). */
    public List<String> projects() {
        return chosenClusters().stream().flatMap(c -> c.projects().stream()).map(pr -> pr.name()).distinct()
                .toList();
    }

    /** Keeps the party and project choices within what the chosen cluster has (called when the cluster changes). */
    public void refreshChoices() {
        List<String> ps = projects();
        if (project.get() == null || !ps.contains(project.get())) {
            project.set(ps.isEmpty() ? null : ps.get(0));
        }
        List<String> parties = parties();
        if (party.get() == null || !parties.contains(party.get())) {
            party.set(parties.get(0));
        }
    }

    private List<Cluster> chosenClusters() {
        Scenario s = vm.session.scenario();
        if (s == null) {
            return List.of();
        }
        return s.clusters().stream().filter(c -> cluster.get() == null || c.id().equals(cluster.get())).toList();
    }

    /** The names of the villages still missing the goal (the answer's codes), in the answer's order. */
    public List<String> failingNames() {
        SolveService.Result r = result.get();
        PlanProject p = vm.session.project();
        if (r == null) {
            return List.of();
        }
        java.util.Map<String, Village> byCode = p == null ? java.util.Map.of() : p.villagesByCode();
        return r.failing().stream().map(code -> byCode.containsKey(code) ? byCode.get(code).name() : code).toList();
    }

    /**
     * The names of the villages still missing the goal that are in none of the clusters the lever acts on: no value
     * of this lever acts on them directly (a village in no cluster, or in another cluster).
     */
    public List<String> failingOutsideLever() {
        SolveService.Result r = result.get();
        PlanProject p = vm.session.project();
        if (r == null || p == null || solvedOn == null) {
            return List.of();
        }
        java.util.Set<String> reached = new java.util.HashSet<>();
        solvedOn.clusters().stream().filter(c -> r.clusters().contains(c.id())).forEach(c -> reached.addAll(c.members()));
        java.util.Map<String, Village> byCode = p.villagesByCode();
        return r.failing().stream().filter(code -> !reached.contains(code))
                .map(code -> byCode.containsKey(code) ? byCode.get(code).name() : code).toList();
    }

    public String clusterLabel(String id) {
        if (id == null) {
            return I18n.t("uigoal.wholePlan");
        }
        Scenario s = vm.session.scenario();
        return s == null ? id : s.clusters().stream().filter(c -> c.id().equals(id)).map(Cluster::name).findFirst()
                .orElse(id);
    }

    /** Starts the search on the shown scenario; the answer arrives in {@link #result}. */
    public PlannerTask<SolveService.Result> start() {
        cancel();
        Scenario s = vm.session.scenario();
        PlanProject p = vm.session.project();
        result.set(null);
        error.set("");
        if (s == null || p == null) {
            return null;
        }
        String projectName = project.get();
        if ("revenueFactor".equals(lever.get()) && (projectName == null || projectName.isBlank()) && cluster.get() != null) {
            projectName = s.clusters().stream().filter(c -> c.id().equals(cluster.get())).findFirst()
                    .flatMap(c -> c.projects().stream().findFirst()).map(pr -> pr.name()).orElse(null);
        }
        SolveService.Request r = new SolveService.Request(s.name(), lever.get(), cluster.get(), party.get(),
                projectName, goal.get(), year.get(), confidence.get(), null, null, runs.get(), null, null);
        List<Village> villages = p.villages();
        // One way to run background work: the window's task runner (status bar, cancel, busy state).
        java.util.concurrent.atomic.AtomicReference<PlannerTask<SolveService.Result>> self =
                new java.util.concurrent.atomic.AtomicReference<>();
        PlannerTask<SolveService.Result> t = Tasks.<SolveService.Result>create(pr -> service.solve(s, villages, r, pr))
                .titled(I18n.t("uigoal.tab"))
                .onSuccess(res -> finish(self.get(), res, ""))
                .onError(e -> finish(self.get(), null, e instanceof PlannerException pe ? pe.getMessage()
                        : I18n.t("uigoal.failed", String.valueOf(e))))
                .onCancelled(() -> finish(self.get(), null, I18n.t("uigoal.cancelled")))
                .build();
        self.set(t);
        solvedOn = s;
        task = t;
        running.set(true);
        progress.bind(t.progressProperty());
        vm.tasks.run(t);
        return t;
    }

    private void finish(PlannerTask<SolveService.Result> t, SolveService.Result r, String message) {
        if (t != task) {
            return;
        }
        progress.unbind();
        progress.set(r == null ? 0 : 1);
        running.set(false);
        result.set(r);
        error.set(message);
        if (r != null && !r.failing().isEmpty()) {
            highlightFailing();
        } else if (r != null && !highlighted.isEmpty() && highlighted.equals(java.util.Set.copyOf(vm.selection))) {
            // A reached goal: the villages an earlier answer selected are no longer "still missing" it.
            vm.selectAll(List.of(), false);
            highlighted = java.util.Set.of();
        }
    }

    public void cancel() {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    /** Selects the villages still missing the goal (shown on the map). */
    public void highlightFailing() {
        SolveService.Result r = result.get();
        PlanProject p = vm.session.project();
        if (r == null || p == null) {
            return;
        }
        List<Village> failing = p.villages().stream().filter(v -> r.failing().contains(v.code())).toList();
        vm.selectAll(failing, false);
        highlighted = java.util.Set.copyOf(r.failing());
    }

    /** Saves the answer as scenario {@code name} and shows it; false when there is no answer or the name is taken. */
    public boolean saveAs(String name) {
        SolveService.Result r = result.get();
        PlanProject p = vm.session.project();
        if (r == null || !r.answer().reachable() || p == null || name == null || name.isBlank()
                || p.scenario(name.strip()).isPresent()) {
            return false;
        }
        Scenario saved = service.withLever(solvedOn, p.villages(), r.request(), r.answer().value(), name.strip());
        if (!vm.session.editProject(p.withScenario(saved), saved.name(), I18n.t("uigoal.saveEdit", saved.name()))) {
            return false;
        }
        // The answer is seen against the plan it was found on, scorecards included.
        org.villageplanner.ui.simulation.SimulationModel.of(vm).compareRequest
                .set(List.of(solvedOn.name(), saved.name()));
        return true;
    }
}
