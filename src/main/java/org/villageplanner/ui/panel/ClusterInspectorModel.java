package org.villageplanner.ui.panel;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.service.ClusterEdits;
import org.villageplanner.service.ClusterFigures;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * The cluster inspector's view model: which cluster is shown (kept across edits, following a single selected
 * village and the paint brush's target, else the scenario's first), its base-year figures as the planner reads
 * them, the clusters it can merge with, and every edit the inspector offers, each one undoable step. The
 * {@link ClusterInspectorView} only lays out {@link #shownProperty()} and forwards the planner's input.
 */
public final class ClusterInspectorModel {
    /** One line of the figures grid: its label key ({@code ui.inspector.*}), the shown value and a node id. */
    public record Figure(String key, String value, String id) {
    }

    /**
     * What the inspector shows; a new value after every change of the plan, the scenario or the chosen cluster.
     *
     * @param clusterIds the scenario's clusters, in order (the chooser's items)
     * @param cluster    the chosen cluster, or null when the scenario has none
     * @param figures    its base-year figures; empty without a cluster
     * @param mergeWith  the other clusters it can be merged with
     * @param ratios     the agreement's reserve, welfare and payout ratios as one line
     * @param clusterNames the names of {@code clusterIds}, which the choosers show
     */
    public record Shown(List<String> clusterIds, Cluster cluster, List<Figure> figures, List<String> mergeWith,
                        String ratios, List<String> clusterNames) {
        static final Shown NONE = new Shown(List.of(), null, List.of(), List.of(), "", List.of());
    }

    private final MainViewModel vm;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(Shown.NONE);
    private String chosen;
    /** The project's villages and barriers when {@link #shown} was last offered (the view reads them too). */
    private List<?> shownVillages;
    private List<?> shownBarriers;

    public ClusterInspectorModel(MainViewModel vm) {
        this.vm = vm;
        vm.session.project.addListener(o -> refresh());
        vm.session.scenarioName.addListener(o -> refresh());
        vm.selection.addListener((SetChangeListener<String>) c -> followSelection());
        vm.brush.targetProperty().addListener(o -> choose(vm.brush.targetProperty().get(), false));
        refresh();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The chosen cluster, or null. */
    public Cluster cluster() {
        return shown.get().cluster();
    }

    /** Shows cluster {@code id} (the planner picked it); an id the scenario lacks is ignored. */
    public void choose(String id) {
        choose(id, true);
    }

    private void choose(String id, boolean always) {
        Scenario s = vm.session.scenario();
        if (s != null && id != null && s.cluster(id).isPresent() && (always || !id.equals(chosen))) {
            chosen = id;
            refresh();
        }
    }

    /** A cluster's name for the choosers; its id when the scenario lacks it. */
    public String nameOf(String id) {
        Scenario s = vm.session.scenario();
        return id == null || s == null ? "" : s.cluster(id).map(Cluster::name).orElse(id);
    }

    /** A single selected village brings its cluster into view; several, or a village in no cluster, do not. */
    private void followSelection() {
        Scenario s = vm.session.scenario();
        if (s != null && vm.selection.size() == 1) {
            s.clusterOf(vm.selection.iterator().next()).ifPresent(c -> choose(c.id(), false));
        }
    }

    private void refresh() {
        Scenario s = vm.session.scenario();
        List<String> ids = s == null ? List.of() : s.clusters().stream().map(Cluster::id).toList();
        List<String> names = s == null ? List.of() : s.clusters().stream().map(Cluster::name).toList();
        if (chosen == null || !ids.contains(chosen)) {
            chosen = ids.isEmpty() ? null : ids.get(0);
        }
        Cluster c = chosen == null ? null : s.cluster(chosen).orElse(null);
        if (c == null) {
            show(new Shown(ids, null, List.of(), List.of(), "", names));
            return;
        }
        Agreement a = c.agreement();
        show(new Shown(ids, c, figures(s, c), ids.stream().filter(id -> !id.equals(c.id())).toList(),
                I18n.t("ui.inspector.ratiosValue", Format.percent(a.reserveRatio()),
                        Format.percent(a.welfareRatio()), Format.percent(a.payoutRatio())), names));
    }

    /**
     * Offers {@code next} unless it shows the same as what is shown (an edit of another cluster): the view then
     * keeps its controls instead of building them again. The villages and barriers the view also reads must be
     * the same too.
     */
    private void show(Shown next) {
        org.villageplanner.domain.PlanProject p = vm.session.project();
        List<?> villages = p == null ? null : p.villages();
        List<?> barriers = p == null ? null : p.barriers();
        if (villages == shownVillages && barriers == shownBarriers && next.equals(shown.get())) {
            return;
        }
        shownVillages = villages;
        shownBarriers = barriers;
        shown.set(next);
    }

    private List<Figure> figures(Scenario s, Cluster c) {
        ClusterFigures f = ClusterFigures.of(vm.session.project(), s, c);
        return List.of(new Figure("villages", Format.count(f.villages()), "figVillages"),
                new Figure("population", Format.count(f.population()), "figPopulation"),
                new Figure("totalIncome", Format.wan(f.totalIncome()), "figTotal"),
                new Figure("operatingIncome", Format.wan(f.operatingIncome()), "figOperating"),
                new Figure("strong", names(f.strongMembers()), "figStrong"),
                new Figure("weak", names(f.weakMembers()), "figWeak"));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join("、", names);
    }

    /** Renames the cluster; the same name (e.g. on leaving the field unchanged) is no edit. */
    public boolean rename(String name) {
        Cluster c = cluster();
        return c != null && !name.equals(c.name()) && change(x -> x.withName(name), "rename");
    }

    public boolean setType(ClusterType type) {
        Cluster c = cluster();
        return c != null && type != null && type != c.type() && change(x -> x.withType(type), "type");
    }

    public boolean setLeader(String code) {
        Cluster c = cluster();
        return c != null && code != null && !code.equals(c.leader()) && change(x -> x.withLeader(code), "leader");
    }

    public boolean setEntityName(String name) {
        Cluster c = cluster();
        return c != null && !name.equals(c.entity().name()) && change(x -> withEntity(x, name), "entity");
    }

    public boolean setRule(ShareRule rule) {
        Cluster c = cluster();
        return c != null && rule != null && rule != c.agreement().rule()
                && change(x -> x.withAgreement(withRule(x.agreement(), rule)), "rule");
    }

    public boolean setLocked(boolean locked) {
        Cluster c = cluster();
        return c != null && locked != c.locked() && change(x -> x.withLocked(locked), "lock");
    }

    /** Merges {@code otherId} into the shown cluster. */
    public boolean merge(String otherId) {
        Cluster c = cluster();
        return c != null && otherId != null && apply(s -> ClusterEdits.merge(s, c.id(), otherId), "merge");
    }

    /** Splits the selected villages off the shown cluster into a new one named for the UI language. */
    public boolean split() {
        Cluster c = cluster();
        return c != null && apply(s -> ClusterEdits.split(s, c.id(), List.copyOf(vm.selection),
                I18n.t("ui.cluster.newName", s.clusters().size() + 1)), "split");
    }

    public boolean delete() {
        Cluster c = cluster();
        return c != null && apply(s -> ClusterEdits.delete(s, c.id()), "delete");
    }

    private boolean change(UnaryOperator<Cluster> f, String what) {
        return apply(s -> s.withCluster(f.apply(s.cluster(chosen).orElseThrow())), what);
    }

    /** One undoable edit; a refused one (read-only project, bad value) says why in the status bar. */
    private boolean apply(UnaryOperator<Scenario> edit, String what) {
        Scenario s = vm.session.scenario();
        Scenario after;
        try {
            after = edit.apply(s);
        } catch (PlannerException e) {
            vm.status.set(e.getMessage());
            return false;
        }
        if (!vm.session.edit(after, I18n.t("ui.edit." + what))) {
            vm.status.set(I18n.t("ui.edit.refused"));
            return false;
        }
        return true;
    }

    private static Cluster withEntity(Cluster c, String name) {
        JointEntity e = c.entity();
        return new Cluster(c.id(), c.name(), c.type(), c.leader(), c.members(),
                new JointEntity(name, e.form(), e.incomeTaxRate()), c.agreement(), c.contributions(), c.projects(),
                c.savings(), c.locked());
    }

    private static Agreement withRule(Agreement a, ShareRule rule) {
        return new Agreement(rule, a.basis(), a.fixedShares(), a.guaranteedYield(), a.guarantor(), a.floor(),
                a.reserveRatio(), a.welfareRatio(), a.payoutRatio());
    }
}
