package org.villageplanner.ui.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.WhatIfService;
import org.villageplanner.service.WhatIfService.ScenarioComparison;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;

/**
 * The compare view's state: the 2–4 scenarios chosen (the first is the base of every delta), the comparison
 * computed off the UI thread with progress and cancel in the status bar, and its export to XLSX.
 */
final class CompareModel {
    final MainViewModel window;
    final ObservableList<String> chosen = FXCollections.observableArrayList();
    final ObjectProperty<ScenarioComparison> comparison = new SimpleObjectProperty<>();
    final StringProperty message = new SimpleStringProperty("");

    CompareModel(MainViewModel vm) {
        this.window = vm;
    }

    List<String> names() {
        PlanProject p = window.session.project();
        return p == null ? List.of() : p.scenarios().stream().map(Scenario::name).toList();
    }

    /** Adds or removes {@code name}; at most {@link WhatIfService#MAX_COMPARED}. */
    boolean toggle(String name, boolean on) {
        if (on && !chosen.contains(name)) {
            if (chosen.size() >= WhatIfService.MAX_COMPARED) {
                message.set(I18n.t("uiscen.compare.max", WhatIfService.MAX_COMPARED));
                return false;
            }
            chosen.add(name);
        } else if (!on) {
            chosen.remove(name);
        }
        message.set("");
        return true;
    }

    /** Runs the comparison of the chosen scenarios (in the order chosen) in the background. */
    Task<ScenarioComparison> compare() {
        PlanProject p = window.session.project();
        chosen.retainAll(names());
        if (p == null || chosen.size() < 2) {
            message.set(I18n.t("uiscen.compare.tooFew"));
            return null;
        }
        List<Scenario> scenarios = new ArrayList<>();
        chosen.forEach(n -> scenarios.add(p.scenario(n).orElseThrow()));
        message.set(I18n.t("uiscen.compare.running"));
        return start(Tasks.<ScenarioComparison>create(pr -> window.services.whatIf().compare(scenarios,
                p.villages(), pr)).onSuccess(c -> {
                    comparison.set(c);
                    message.set("");
                }).onError(e -> message.set(I18n.t("uiscen.compare.failed", org.villageplanner.ui.task.PlannerTask.message(e)))));
    }

    /** Writes the shown comparison to {@code file} in the background. */
    Task<Void> export(Path file) {
        ScenarioComparison c = comparison.get();
        if (c == null) {
            message.set(I18n.t("uiscen.compare.nothing"));
            return null;
        }
        // The planner's language when the export starts, passed on: the worker never reads the session's.
        org.villageplanner.domain.Language language = org.villageplanner.domain.Language.current();
        return start(Tasks.<Void>create(pr -> {
            window.services.comparisonExport().export(c, language, file);
            return null;
        }).onSuccess(v -> message.set(I18n.t("uiscen.compare.exported", file.getFileName())))
                .onError(e -> message.set(e.getMessage())));
    }

    private <T> Task<T> start(Tasks.Builder<T> builder) {
        return builder.titled(message.get()).run(window.tasks);
    }
}
