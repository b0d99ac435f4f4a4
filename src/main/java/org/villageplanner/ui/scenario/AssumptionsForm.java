package org.villageplanner.ui.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.MonteCarloSettings;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.Cells.Unit;

/**
 * The current scenario's assumptions (MODEL.md §8): years, growth, discount rate, targets, strength thresholds,
 * land value and Monte Carlo settings. "Apply" checks every field and the record's own rules, then makes one
 * undoable edit; "Defaults" fills in MODEL.md's defaults (to be applied like any other change).
 */
final class AssumptionsForm extends VBox {
    private enum Field {
        YEARS(Unit.INTEGER), BASELINE_GROWTH(Unit.PERCENT), DISCOUNT_RATE(Unit.PERCENT), TOTAL_TARGET(Unit.WAN),
        OPERATING_TARGET(Unit.WAN), STRONG(Unit.WAN), WEAK(Unit.WAN), LAND(Unit.PLAIN), RUNS(Unit.INTEGER),
        SEED(Unit.INTEGER), CORRELATION(Unit.PLAIN);

        final Unit unit;

        Field(Unit unit) {
            this.unit = unit;
        }

        String id() {
            return "assume" + name().charAt(0) + name().substring(1).toLowerCase().replace("_", "");
        }
    }

    private final ScenarioManagerModel model;
    private final Map<Field, TextField> fields = new LinkedHashMap<>();
    private final Label message = Controls.errorMessage("assumptionsMessage");

    AssumptionsForm(ScenarioManagerModel model) {
        this.model = model;
        setId("assumptionsForm");
        setSpacing(6);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int i = 0;
        for (Field f : Field.values()) {
            String label = I18n.t("uiscen.assume." + f.name());
            TextField t = new TextField();
            t.setId(f.id());
            t.setAccessibleText(label);
            t.setPrefColumnCount(8);
            fields.put(f, t);
            grid.add(Forms.key(label), (i % 2) * 2, i / 2);
            grid.add(t, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        Button apply = new Button(I18n.t("uiscen.assume.apply"));
        apply.setId("applyAssumptions");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> apply());
        Button defaults = new Button(I18n.t("uiscen.assume.defaults"));
        defaults.setId("defaultAssumptions");
        defaults.setOnAction(e -> show(Assumptions.DEFAULTS));
        Label title = new Label(I18n.t("uiscen.assume.title"));
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, grid, new HBox(8, apply, defaults), message);
    }

    void show(Assumptions a) {
        if (a == null) {
            fields.values().forEach(TextField::clear);
            return;
        }
        set(Field.YEARS, a.years());
        set(Field.BASELINE_GROWTH, a.baselineGrowth());
        set(Field.DISCOUNT_RATE, a.discountRate());
        set(Field.TOTAL_TARGET, a.totalIncomeTarget());
        set(Field.OPERATING_TARGET, a.operatingIncomeTarget());
        set(Field.STRONG, a.strongThreshold());
        set(Field.WEAK, a.weakThreshold());
        set(Field.LAND, a.landYuanPerMu());
        set(Field.RUNS, a.monteCarlo().runs());
        set(Field.SEED, a.monteCarlo().seed());
        set(Field.CORRELATION, a.monteCarlo().correlation());
        message.setText("");
    }

    private void set(Field f, double plan) {
        fields.get(f).setText(f.unit.show(plan).replace(",", "").replace("，", ""));
    }

    /** Reads every field; on any problem shows it and changes nothing. */
    void apply() {
        Map<Field, Double> v = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            Double d = f.unit.parse(fields.get(f).getText());
            if (d == null || !Double.isFinite(d)) {
                message.setText(I18n.t("uiscen.msg.notNumber", I18n.t("uiscen.assume." + f.name()),
                        fields.get(f).getText()));
                return;
            }
            if ((f.unit == Unit.INTEGER) && d != Math.rint(d)) {
                message.setText(I18n.t("uiscen.msg.notWhole", I18n.t("uiscen.assume." + f.name())));
                return;
            }
            v.put(f, d);
        }
        try {
            Assumptions a = new Assumptions(v.get(Field.YEARS).intValue(), v.get(Field.BASELINE_GROWTH),
                    v.get(Field.DISCOUNT_RATE), v.get(Field.TOTAL_TARGET), v.get(Field.OPERATING_TARGET),
                    v.get(Field.STRONG), v.get(Field.WEAK), v.get(Field.LAND),
                    new MonteCarloSettings(v.get(Field.RUNS).intValue(), v.get(Field.SEED).longValue(),
                            v.get(Field.CORRELATION)));
            message.setText("");
            model.setAssumptions(a);
        } catch (PlannerException e) {
            message.setText(e.getMessage());
        }
    }
}
