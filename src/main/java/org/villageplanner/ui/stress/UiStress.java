package org.villageplanner.ui.stress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.Village;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.PaintBrush;
import org.villageplanner.ui.simulation.SimulationModel;
import org.villageplanner.ui.task.PlannerTask;

/**
 * A seeded sequence of random planner actions on a window's model: paint, lasso (select a patch, then paint it),
 * undo, redo, rename a cluster, add a project, run and cancel a simulation, switch scenario, save. After every
 * save the file is read back and must equal the plan in memory. Used by the TestFX stress test (300 actions) and by
 * {@code planner bench ui-stress} (1,000 by default). Call from any thread but the JavaFX one.
 */
public final class UiStress {
    /** The kinds of action, drawn with equal weight. */
    public enum Action { PAINT, LASSO, UNDO, REDO, RENAME, ADD_PROJECT, SIMULATE_CANCEL, SWITCH_SCENARIO, SAVE }

    /** What a run did: action counts, saves checked, the slowest cancel (ms from cancel to the worker's end). */
    public record Report(Map<Action, Integer> counts, int savesChecked, double maxCancelMillis,
            double maxSaveMillis, List<String> mismatches) {
    }

    private final MainViewModel vm;
    private final Path file;
    private final Random random;
    private final Map<Action, Integer> counts = new EnumMap<>(Action.class);
    private final List<String> mismatches = new ArrayList<>();
    private int saves;
    private double maxCancel;
    private double maxSave;

    public UiStress(MainViewModel vm, Path file, long seed) {
        this.vm = vm;
        this.file = file;
        this.random = new Random(seed);
    }

    /** Runs {@code actions} random actions on the project already shown, then saves once more and checks. */
    public Report run(int actions) throws Exception {
        Action[] all = Action.values();
        for (int i = 0; i < actions; i++) {
            Action a = all[random.nextInt(all.length)];
            counts.merge(a, 1, Integer::sum);
            perform(a);
        }
        perform(Action.SAVE);
        return new Report(Map.copyOf(counts), saves, maxCancel, maxSave, List.copyOf(mismatches));
    }

    private void perform(Action a) throws Exception {
        switch (a) {
            case PAINT -> fx(() -> paint(randomVillages(1 + random.nextInt(3))));
            case LASSO -> fx(() -> {
                List<Village> patch = randomVillages(2 + random.nextInt(4));
                vm.selectAll(patch, false);
                paint(patch);
            });
            case UNDO -> fx(() -> {
                if (vm.session.undo.canUndoProperty().get()) {
                    vm.session.undo.undo();
                }
            });
            case REDO -> fx(() -> {
                if (vm.session.undo.canRedoProperty().get()) {
                    vm.session.undo.redo();
                }
            });
            case RENAME -> fx(() -> withCluster(c -> vm.session.edit(
                    vm.session.scenario().withCluster(c.withName(c.name() + random.nextInt(10))), "rename")));
            case ADD_PROJECT -> fx(() -> withCluster(c -> {
                List<InvestmentProject> projects = new ArrayList<>(c.projects());
                projects.add(InvestmentProject.operated("项目" + random.nextInt(1000), 1_000_000 + random.nextInt(9) * 100_000,
                        400_000, 150_000));
                vm.session.edit(vm.session.scenario().withCluster(c.withProjects(projects)), "project");
            }));
            case SIMULATE_CANCEL -> simulateAndCancel();
            case SWITCH_SCENARIO -> fx(this::switchScenario);
            case SAVE -> save();
            default -> throw new IllegalStateException(a.toString());
        }
    }

    private void paint(List<Village> villages) {
        PaintBrush brush = vm.brush;
        Scenario s = vm.session.scenario();
        if (s == null || villages.isEmpty()) {
            return;
        }
        boolean intoNew = s.clusters().isEmpty() || random.nextInt(4) == 0;
        brush.targetProperty().set(intoNew ? PaintBrush.NEW_CLUSTER
                : s.clusters().get(random.nextInt(s.clusters().size())).id());
        boolean erase = random.nextInt(6) == 0;
        villages.forEach(v -> brush.paint(v.code(), erase));
        brush.endStroke();
    }

    private void withCluster(java.util.function.Consumer<Cluster> edit) {
        Scenario s = vm.session.scenario();
        if (s != null && !s.clusters().isEmpty()) {
            edit.accept(s.clusters().get(random.nextInt(s.clusters().size())));
        }
    }

    private void switchScenario() {
        PlanProject p = vm.session.project();
        if (p.scenarios().size() < 2) {
            vm.duplicateScenario("方案" + (char) ('A' + random.nextInt(26)) + random.nextInt(100));
            return;
        }
        vm.session.scenarioName.set(p.scenarios().get(random.nextInt(p.scenarios().size())).name());
    }

    /**
     * Starts the window's live simulation of the shown scenario and a Monte Carlo run (5,000 draws) of it on the
     * task runner, cancels both after a few ms and waits until the work has ended on its thread.
     */
    private void simulateAndCancel() throws Exception {
        PlannerTask<?>[] started = new PlannerTask<?>[1];
        fx(() -> {
            SimulationModel.of(vm).runNow();
            Scenario s = vm.session.scenario();
            Scenario mc = s.withAssumptions(s.assumptions().withMonteCarlo(
                    s.assumptions().monteCarlo().withRuns(5_000)));
            List<Village> villages = vm.session.project().villages();
            started[0] = org.villageplanner.ui.common.Tasks.create(p -> vm.services.whatIf()
                    .simulate(mc, villages, p)).titled("Monte Carlo " + s.name()).basedOn(vm::planState)
                    .run(vm.tasks);
        });
        Thread.sleep(random.nextInt(15));
        long[] cancelledAt = new long[1];
        fx(() -> {
            cancelledAt[0] = System.nanoTime();
            vm.tasks.cancelAll();
        });
        PlannerTask<?> t = started[0];
        if (t != null && t.workStarted()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (t.workEndedNanos() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (t.workEndedNanos() == 0) {
                mismatches.add("a cancelled simulation still ran after 10 s");
            } else if (t.workEndedNanos() > cancelledAt[0]) {
                maxCancel = Math.max(maxCancel, (t.workEndedNanos() - cancelledAt[0]) / 1e6);
            }
        }
        boolean busy = fx(() -> vm.tasks.busy());
        if (busy && !waitIdle()) {
            mismatches.add("busy state left after a cancelled simulation");
        }
    }

    private boolean waitIdle() throws Exception {
        for (int i = 0; i < 1000; i++) {
            if (!fx(() -> vm.tasks.busy())) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private void save() throws Exception {
        PlanProject[] snapshot = new PlanProject[1];
        long start = System.nanoTime();
        var done = fx(() -> {
            snapshot[0] = vm.session.project();
            return vm.saveAs(file);
        });
        if (!done.get(60, TimeUnit.SECONDS)) {
            mismatches.add("save " + (saves + 1) + " failed");
            return;
        }
        maxSave = Math.max(maxSave, (System.nanoTime() - start) / 1e6);
        saves++;
        PlanProject reopened = vm.services.projects().open(file);
        String expected = PlanFingerprint.of(snapshot[0]);
        String actual = PlanFingerprint.of(reopened);
        if (!expected.equals(actual)) {
            mismatches.add("save " + saves + ": reopened file differs from memory\n  memory: " + expected
                    + "\n  file:   " + actual);
        }
        if (fx(() -> vm.session.isDirty())) {
            mismatches.add("save " + saves + ": still marked unsaved");
        }
    }

    private List<Village> randomVillages(int n) {
        List<Village> all = vm.session.project().villages();
        List<Village> out = new ArrayList<>();
        int start = random.nextInt(all.size());
        for (int i = 0; i < n && i < all.size(); i++) {
            out.add(all.get((start + i) % all.size()));
        }
        return out;
    }

    private static void fx(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
