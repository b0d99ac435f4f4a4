package org.villageplanner.ui.goalseek;

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
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.villageplanner.finance.GoalSeek;
import org.villageplanner.service.SolveService;
import org.villageplanner.ui.MainViewModel;
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

    public GoalSeekView(MainViewModel vm) {
        setId("goalSeekView");
        setSpacing(6);
        setPadding(new Insets(8));
        model = new GoalSeekModel(vm);
        ComboBox<String> cluster = new ComboBox<>();
        cluster.setId("goalCluster");
        cluster.setConverter(converter(model::clusterLabel));
        cluster.setOnShowing(e -> cluster.getItems().setAll(model.clusters()));
        cluster.getItems().setAll(model.clusters());
        cluster.valueProperty().bindBidirectional(model.clusterProperty());
        ComboBox<String> lever = new ComboBox<>();
        lever.setId("goalLever");
        lever.getItems().setAll(GoalSeekModel.LEVERS);
        lever.setConverter(converter(k -> I18n.t("uigoal.lever." + k)));
        lever.valueProperty().bindBidirectional(model.leverProperty());
        ComboBox<String> goal = new ComboBox<>();
        goal.setId("goalGoal");
        goal.getItems().setAll(GoalSeekModel.GOALS);
        goal.setConverter(converter(k -> I18n.t("uigoal.goal." + k.replace(":", "_").replace(".", "_"))));
        goal.valueProperty().bindBidirectional(model.goalProperty());
        Spinner<Integer> year = new Spinner<>(0, 100, model.yearProperty().get());
        year.setId("goalYear");
        year.setEditable(true);
        year.valueProperty().addListener((o, a, b) -> model.yearProperty().set(b));
        Spinner<Double> confidence = new Spinner<>(0.05, 1.0, model.confidenceProperty().get(), 0.05);
        confidence.setId("goalConfidence");
        confidence.setEditable(true);
        confidence.valueProperty().addListener((o, a, b) -> model.confidenceProperty().set(b));
        TextField party = new TextField();
        party.setId("goalParty");
        party.textProperty().bindBidirectional(model.partyProperty());
        TextField project = new TextField();
        project.setId("goalProject");
        project.textProperty().bindBidirectional(model.projectProperty());
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        int row = 0;
        form.addRow(row++, new Label(I18n.t("uigoal.cluster")), cluster);
        form.addRow(row++, new Label(I18n.t("uigoal.lever")), lever);
        form.addRow(row++, new Label(I18n.t("uigoal.goal")), goal);
        form.addRow(row++, new Label(I18n.t("uigoal.year")), year);
        form.addRow(row++, new Label(I18n.t("uigoal.confidence")), confidence);
        form.addRow(row++, new Label(I18n.t("uigoal.party")), party);
        form.addRow(row, new Label(I18n.t("uigoal.project")), project);
        Button run = new Button(I18n.t("uigoal.run"));
        run.setId("goalRun");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.start());
        Button cancel = new Button(I18n.t("uigoal.cancel"));
        cancel.setId("goalCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar bar = new ProgressBar();
        bar.setId("goalProgress");
        bar.progressProperty().bind(model.progressProperty());
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
        curve.setMinHeight(200);
        TextField name = new TextField();
        name.setId("goalSaveName");
        name.setPromptText(I18n.t("uigoal.saveName"));
        Button save = new Button(I18n.t("uigoal.save"));
        save.setId("goalSave");
        save.disableProperty().bind(model.resultProperty().isNull());
        save.setOnAction(e -> {
            if (!model.saveAs(name.getText())) {
                answer.setText(I18n.t("uigoal.saveRefused", name.getText()));
            }
        });
        getChildren().addAll(form, new HBox(6, run, cancel, bar), answer, curve, new HBox(6, name, save));
        model.resultProperty().addListener(o -> show());
        model.errorProperty().addListener(o -> show());
    }

    public GoalSeekModel model() {
        return model;
    }

    private void show() {
        SolveService.Result r = model.resultProperty().get();
        curve.getData().clear();
        if (r == null) {
            answer.setText(model.errorProperty().get());
            return;
        }
        GoalSeek.Answer a = r.answer();
        answer.setText(a.reachable()
                ? I18n.t("uigoal.answer", number(a.value()), percent(a.probabilityAtValue()),
                        a.valueBelow() == null ? "—" : number(a.valueBelow()),
                        a.probabilityBelow() == null ? "—" : percent(a.probabilityBelow()))
                : I18n.t("uigoal.unreachable", number(r.min()), number(r.max()), r.failing().size(),
                        String.join("、", r.failing())));
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

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p * 100);
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return label.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
