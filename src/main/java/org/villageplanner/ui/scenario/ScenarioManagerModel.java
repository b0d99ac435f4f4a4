package org.villageplanner.ui.scenario;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.WhatIfService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.ProjectSession;
import org.villageplanner.ui.common.I18n;

/**
 * The scenario manager's decisions: create (empty or a duplicate of the current one), rename, delete, notes
 * and assumptions, each one undoable edit. Refusals (a name in use, deleting the last scenario, invalid
 * assumptions) come back as a message and change nothing.
 */
final class ScenarioManagerModel {
    private final MainViewModel vm;
    final StringProperty message = new SimpleStringProperty("");

    ScenarioManagerModel(MainViewModel vm) {
        this.vm = vm;
    }

    ProjectSession session() {
        return vm.session;
    }

    List<String> names() {
        PlanProject p = vm.session.project();
        return p == null ? List.of() : p.scenarios().stream().map(Scenario::name).toList();
    }

    /** Shows scenario {@code name} (navigation, not an edit). */
    void show(String name) {
        if (name != null && vm.session.project() != null && vm.session.project().scenario(name).isPresent()) {
            vm.session.scenarioName.set(name);
        }
    }

    /** Adds a scenario with no clusters and the default assumptions, and shows it. */
    String createEmpty() {
        PlanProject p = vm.session.project();
        if (p == null) {
            return null;
        }
        String name = WhatIfService.freshScenarioName(p, I18n.t("uiscen.new.emptyName"));
        apply(p.withScenario(Scenario.empty(name)), name, "uiscen.edit.create", name);
        return name;
    }

    /** Adds a copy of the current scenario (clusters, agreements, assumptions, notes) and shows it. */
    String duplicate() {
        PlanProject p = vm.session.project();
        Scenario s = vm.session.scenario();
        if (p == null || s == null) {
            return null;
        }
        String name = WhatIfService.freshScenarioName(p, I18n.t("uiscen.new.copyName", s.name()));
        apply(p.withScenario(s.withName(name)), name, "uiscen.edit.duplicate", s.name());
        return name;
    }

    boolean rename(String newName) {
        PlanProject p = vm.session.project();
        Scenario s = vm.session.scenario();
        String name = newName == null ? "" : newName.strip();
        if (p == null || s == null || name.equals(s.name())) {
            return false;
        }
        if (name.isEmpty() || p.scenario(name).isPresent()) {
            message.set(I18n.t("uiscen.msg.nameTaken", name));
            return false;
        }
        List<Scenario> renamed = p.scenarios().stream().map(x -> x.name().equals(s.name()) ? x.withName(name) : x)
                .toList();
        return apply(p.withScenarios(renamed), name, "uiscen.edit.rename", s.name());
    }

    boolean delete() {
        PlanProject p = vm.session.project();
        Scenario s = vm.session.scenario();
        if (p == null || s == null) {
            return false;
        }
        if (p.scenarios().size() < 2) {
            message.set(I18n.t("uiscen.msg.lastScenario"));
            return false;
        }
        int i = names().indexOf(s.name());
        PlanProject after = p.withoutScenario(s.name());
        String next = after.scenarios().get(Math.min(i, after.scenarios().size() - 1)).name();
        return apply(after, next, "uiscen.edit.delete", s.name());
    }

    void setNotes(String notes) {
        Scenario s = vm.session.scenario();
        if (s != null && !s.notes().equals(notes)) {
            vm.session.edit(s.withNotes(notes), I18n.t("uiscen.edit.notes", s.name()));
        }
    }

    boolean setAssumptions(Assumptions a) {
        Scenario s = vm.session.scenario();
        if (s == null || a.equals(s.assumptions())) {
            return false;
        }
        message.set("");
        return vm.session.edit(s.withAssumptions(a), I18n.t("uiscen.edit.assumptions", s.name()));
    }

    private boolean apply(PlanProject after, String afterName, String key, Object arg) {
        try {
            vm.session.undo.execute(new ScenarioListEdit(vm.session, vm.session.project(),
                    vm.session.scenarioName.get(), after, afterName, I18n.t(key, arg)));
            message.set("");
            return true;
        } catch (PlannerException e) {
            message.set(e.getMessage());
            return false;
        }
    }
}
