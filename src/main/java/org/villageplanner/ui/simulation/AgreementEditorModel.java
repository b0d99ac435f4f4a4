package org.villageplanner.ui.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.Saving;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.ClusterResult;
import org.villageplanner.ui.common.Format;
import org.villageplanner.ui.common.I18n;

/**
 * The agreement editor's decisions: which cluster it shows, the rows of its party table, and every edit as one
 * undoable replacement of the cluster in the scenario. Invalid input is refused with a message in
 * {@link #message}; the plan is unchanged. FIXED shares are collected in a draft until they add up to
 * 100%, since typing them one by one passes through sums that the agreement rightly rejects.
 */
final class AgreementEditorModel {
    /** One party of the cluster: a member village or an outside party with a contribution. */
    record PartyRow(String party, String name, boolean member, Contribution contribution, Double fixedShare,
            double saving) {
    }

    final SimulationModel simulation;
    final StringProperty message = new SimpleStringProperty("");
    private final Map<String, Double> draftShares = new LinkedHashMap<>();
    private String draftFor;

    AgreementEditorModel(SimulationModel sim) {
        this.simulation = sim;
        // Any change of the plan (an edit, undo, redo, another scenario) settles the editor: a warning about
        // input that was never applied goes with it, and the draft starts again from the agreement.
        planChanged = Listeners.weakly(o -> settle(), simulation.window.session.project,
                simulation.window.session.scenarioName);
    }

    @SuppressWarnings("unused") // held so that the weak listener lives as long as this model
    private final javafx.beans.InvalidationListener planChanged;

    private void settle() {
        message.set("");
        simulation.pendingInput.set("");
        draftFor = null;
    }

    /** A table cell was given text that is not a number: nothing changes, the message says so. */
    void notANumber() {
        message.set(I18n.t("uisim.msg.notNumberCell"));
    }

    Scenario scenario() {
        return simulation.window.session.scenario();
    }

    /** The focused cluster, else the scenario's first; null when the scenario has none. */
    Cluster cluster() {
        Scenario s = scenario();
        if (s == null || s.clusters().isEmpty()) {
            return null;
        }
        String id = simulation.focusCluster.get();
        return s.cluster(id == null ? "" : id).orElse(s.clusters().get(0));
    }

    /** The focused cluster's figures in the latest result, or null while none matches. */
    ClusterResult result() {
        Cluster c = cluster();
        return c == null || simulation.result.get() == null ? null
                : simulation.result.get().cluster(c.id()).orElse(null);
    }

    List<PartyRow> parties() {
        Cluster c = cluster();
        if (c == null) {
            return List.of();
        }
        syncDraft(c);
        Map<String, Village> villages = simulation.window.session.project().villagesByCode();
        List<PartyRow> rows = new ArrayList<>();
        for (String m : c.members()) {
            Village v = villages.get(m);
            rows.add(row(c, m, v == null ? m : v.name(), true));
        }
        for (Contribution k : c.contributions()) {
            if (!c.hasMember(k.party())) {
                rows.add(row(c, k.party(), k.name().isEmpty() ? k.party() : k.name(), false));
            }
        }
        return rows;
    }

    private PartyRow row(Cluster c, String party, String name, boolean member) {
        Contribution k = c.contributions().stream().filter(x -> x.party().equals(party)).findFirst().orElse(null);
        double saving = c.savings().stream().filter(s -> s.village().equals(party)).mapToDouble(Saving::annual).sum();
        return new PartyRow(party, name, member, k, draftShares.get(party), saving);
    }

    /** Sum of the fixed shares being entered, 0..1. */
    double fixedShareSum() {
        return draftShares.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * Enters one party's FIXED share; the agreement takes the draft as soon as the shares add up to 100% (and at
     * once when the rule is not FIXED, where the shares are kept for later).
     */
    void setFixedShare(String party, double fraction) {
        Cluster c = cluster();
        if (c == null) {
            return;
        }
        syncDraft(c);
        if (fraction == 0) {
            draftShares.remove(party);
        } else {
            draftShares.put(party, fraction);
        }
        double sum = fixedShareSum();
        if (c.agreement().rule() == ShareRule.FIXED && Math.abs(sum - 1) > 1e-9) {
            message.set(I18n.t("uisim.msg.fixedSum", Format.percent(sum)));
            simulation.pendingInput.set(I18n.t("uisim.msg.fixedSum", Format.percent(sum)));
            return;
        }
        if (draftShares.equals(c.agreement().fixedShares())) { // typed back to what the plan holds
            message.set("");
            simulation.pendingInput.set("");
            return;
        }
        edit(x -> x.withAgreement(AgreementEdits.fixedShares(x.agreement(), draftShares)), "uisim.edit.fixedShares");
    }

    /** Applies {@code change} to the focused cluster as one undoable edit; false when refused. */
    boolean edit(UnaryOperator<Cluster> change, String descriptionKey) {
        Cluster c = cluster();
        Scenario s = scenario();
        if (c == null || s == null) {
            return false;
        }
        try {
            Cluster after = change.apply(c);
            if (after.equals(c)) {
                message.set("");
                return false;
            }
            boolean done = simulation.window.session.edit(s.withCluster(after), I18n.t(descriptionKey, c.name()));
            message.set(done ? "" : I18n.t("uisim.msg.refused"));
            if (done) {
                draftFor = null;
            }
            return done;
        } catch (PlannerException | IllegalArgumentException e) {
            message.set(org.villageplanner.ui.task.PlannerTask.message(e));
            return false;
        }
    }

    /** Switching to FIXED needs shares that add up: refuse with the current sum rather than break the plan. */
    boolean setRule(ShareRule rule) {
        Cluster c = cluster();
        if (c != null && rule == ShareRule.FIXED) {
            syncDraft(c);
            if (Math.abs(fixedShareSum() - 1) > 1e-9) {
                message.set(I18n.t("uisim.msg.fixedFirst", Format.percent(fixedShareSum())));
                return false;
            }
            return edit(x -> x.withAgreement(AgreementEdits.rule(
                    AgreementEdits.fixedShares(x.agreement(), draftShares), rule)), "uisim.edit.rule");
        }
        return edit(x -> x.withAgreement(AgreementEdits.rule(x.agreement(), rule)), "uisim.edit.rule");
    }

    private void syncDraft(Cluster c) {
        String key = c.id() + "@" + System.identityHashCode(c.agreement());
        if (!key.equals(draftFor)) {
            draftShares.clear();
            draftShares.putAll(c.agreement().fixedShares());
            draftFor = key;
        }
    }
}
