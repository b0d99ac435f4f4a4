package org.villageplanner.ui.goalseek;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.villageplanner.finance.GoalSeek;
import org.villageplanner.service.SolveService;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;

/**
 * 目标倒推 / Goal seeking: pick a cluster (or the whole plan), a lever, a goal, a year and a confidence; run in the
 * background with progress and cancel; see the answer, the probability curve with the confidence marked, and the
 * villages still missing the goal (selected on the map); save the answer as a new scenario. Binds to
 * {@link GoalSeekModel}, which decides.
 */
public final class GoalSeekView extends VBox {
    private final GoalSeekModel model;
    private final Label answer = new Label();
    private final LineChart<Number, Number> curve;
    /** Held so that the weak listener on the session lives as long as the view. */
    private final javafx.beans.InvalidationListener onPlan;

    public GoalSeekView(MainViewModel vm) {
        setId("goalSeekView");
        setSpacing(6);
        setPadding(new Insets(8));
        model = new GoalSeekModel(vm);
        ComboBox<String> cluster = new ComboBox<>();
        cluster.setId("goalCluster");
        cluster.setConverter(Controls.text(model::clusterLabel));
        cluster.setOnShowing(e -> cluster.getItems().setAll(model.clusters()));
        cluster.getItems().setAll(model.clusters());
        cluster.valueProperty().bindBidirectional(model.cluster);
        ComboBox<String> lever = new ComboBox<>();
        lever.setId("goalLever");
        lever.getItems().setAll(GoalSeekModel.LEVERS);
        lever.setConverter(Controls.text(k -> I18n.t("uigoal.lever." + k)));
        lever.valueProperty().bindBidirectional(model.lever);
        ComboBox<String> goal = new ComboBox<>();
        goal.setId("goalGoal");
        goal.getItems().setAll(GoalSeekModel.GOALS);
        goal.setConverter(Controls.text(GoalSeekView::goalLabel));
        goal.valueProperty().bindBidirectional(model.goal);
        Spinner<Integer> year = new Spinner<>(0, 100, model.year.get());
        year.setId("goalYear");
        year.setEditable(true);
        year.valueProperty().addListener((o, a, b) -> model.year.set(b));
        Spinner<Double> confidence = new Spinner<>(0.05, 1.0, model.confidence.get(), 0.05);
        confidence.setId("goalConfidence");
        confidence.setEditable(true);
        confidence.valueProperty().addListener((o, a, b) -> model.confidence.set(b));
        // Chosen from the cluster's outside parties (a new investor may be typed: the lever adds it) and projects.
        ComboBox<String> party = new ComboBox<>();
        party.setId("goalParty");
        party.setEditable(true);
        party.setConverter(Controls.converter(model::partyLabel, model::partyOf));
        party.getItems().setAll(model.parties());
        party.valueProperty().bindBidirectional(model.party);
        party.disableProperty().bind(model.lever.isNotEqualTo("outsideCash"));
        ComboBox<String> project = new ComboBox<>();
        project.setId("goalProject");
        project.getItems().setAll(model.projects());
        project.valueProperty().bindBidirectional(model.project);
        project.disableProperty().bind(model.lever.isNotEqualTo("revenueFactor"));
        Runnable fill = () -> {
            String keepParty = model.party.get();
            String keepProject = model.project.get();
            party.getItems().setAll(model.parties());
            project.getItems().setAll(model.projects());
            model.party.set(keepParty);
            model.project.set(keepProject);
        };
        model.cluster.addListener(o -> fill.run());
        // Another project or scenario: the clusters, parties and projects offered are that plan's.
        onPlan = org.villageplanner.ui.simulation.Listeners.weakly(o -> {
            String keep = model.cluster.get();
            cluster.getItems().setAll(model.clusters());
            model.cluster.set(cluster.getItems().contains(keep) ? keep : null);
            fill.run();
        }, vm.session.project, vm.session.scenarioName);
        party.setOnShowing(e -> fill.run());
        project.setOnShowing(e -> fill.run());
        for (ComboBox<String> box : List.of(cluster, lever, goal, party, project)) {
            box.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(box, Priority.ALWAYS);
        }
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        Forms.rows(form, 0, Forms.labels("uigoal.cluster", "uigoal.lever", "uigoal.goal", "uigoal.year",
                "uigoal.confidence", "uigoal.party", "uigoal.project"), cluster, lever, goal, year, confidence, party,
                project);
        Button run = new Button(I18n.t("uigoal.run"));
        run.setId("goalRun");
        run.disableProperty().bind(model.running);
        run.setOnAction(e -> model.start());
        Button cancel = new Button(I18n.t("uigoal.cancel"));
        cancel.setId("goalCancel");
        cancel.disableProperty().bind(model.running.not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("goalProgress");
        bar.progressProperty().bind(model.progress);
        answer.setId("goalAnswer");
        answer.setWrapText(true);
        NumberAxis x = new NumberAxis();
        x.setLabel(I18n.t("uigoal.curve.x"));
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel(I18n.t("uigoal.curve.y"));
        curve = new LineChart<>(x, y);
        curve.setId("goalCurve");
        curve.setAnimated(false);
        curve.setCreateSymbols(true);
        curve.setMinHeight(180);
        curve.setPrefHeight(230);
        // The asked confidence in grey against the probability in the plan's blue (the default palette draws the
        // two in nearly the same orange); set on the chart so that the legend follows.
        curve.setStyle("CHART_COLOR_1: #1f4e79; CHART_COLOR_2: #8c8c8c;");
        TextField name = new TextField();
        name.setId("goalSaveName");
        name.setPromptText(I18n.t("uigoal.saveName"));
        Button save = new Button(I18n.t("uigoal.save"));
        save.setId("goalSave");
        save.disableProperty().bind(model.result.isNull());
        save.setOnAction(e -> {
            if (!model.saveAs(name.getText())) {
                answer.setText(I18n.t("uigoal.saveRefused", name.getText()));
            }
        });
        // The answer and its save come before the curve, so that both are in sight on a 768-pixel screen.
        getChildren().addAll(form, new HBox(6, run, cancel, bar), answer, new HBox(6, name, save), curve);
        model.result.addListener(o -> show());
        model.error.addListener(o -> show());
    }

    public GoalSeekModel model() {
        return model;
    }

    private void show() {
        SolveService.Result r = model.result.get();
        curve.getData().clear();
        if (r == null) {
            answer.setText(model.error.get());
            return;
        }
        GoalSeek.Answer a = r.answer();
        boolean money = r.lever().tolerance >= 1;
        curve.getXAxis().setLabel(I18n.t("uigoal.lever." + r.lever().cliName));
        answer.setText(a.reachable()
                ? I18n.t("uigoal.answer", number(a.value(), money), percent(a.probabilityAtValue()),
                        a.valueBelow() == null ? "—" : number(a.valueBelow(), money),
                        a.probabilityBelow() == null ? "—" : percent(a.probabilityBelow()))
                : I18n.t("uigoal.unreachable", number(r.min(), money), number(r.max(), money), r.failing().size(),
                        String.join("、", model.failingNames()))
                        + outside(model.failingOutsideLever()));
        XYChart.Series<Number, Number> p = new XYChart.Series<>();
        p.setName(I18n.t("uigoal.curve.probability"));
        for (GoalSeek.Point pt : a.curve()) {
            p.getData().add(new XYChart.Data<>(pt.value(), pt.probability() * 100));
        }
        XYChart.Series<Number, Number> c = new XYChart.Series<>();
        c.setName(I18n.t("uigoal.curve.confidence"));
        c.getData().add(new XYChart.Data<>(r.min(), r.request().probability() * 100));
        c.getData().add(new XYChart.Data<>(r.max(), r.request().probability() * 100));
        curve.getData().add(p);
        curve.getData().add(c);
    }

    /** Why some villages cannot be helped by this lever at all, or nothing. */
    private static String outside(List<String> names) {
        return names.isEmpty() ? "" : I18n.t("uigoal.unreachable.outside", names.size(), String.join("、", names));
    }

    /** "Every village meets …", or for {@code share:F} "F% of villages meet both targets". */
    static String goalLabel(String goal) {
        if (goal != null && goal.startsWith("share:")) {
            return I18n.t("uigoal.goal.share", Math.round(Double.parseDouble(goal.substring(6)) * 100));
        }
        return goal == null ? "" : I18n.t("uigoal.goal." + goal);
    }

    /** Yuan to the yuan (the tolerance is 1,000 yuan); ratios and factors to the 0.001 they are solved to. */
    static String number(double v, boolean money) {
        return money ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p * 100);
    }
}
