package org.villageplanner.ui.simulation;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.AgreementEdits.ProjectField;
import org.villageplanner.ui.simulation.Cells.Unit;

/** The cluster's projects, every figure editable in place; money in 万元, rates in %. */
final class InvestmentProjectTable extends TableView<InvestmentProject> {
    private final AgreementEditorModel model;

    InvestmentProjectTable(AgreementEditorModel model) {
        this.model = model;
        Cells.editableTable(this, "projectTable", "uisim.projects.title", "uisim.projects.none");
        Runnable invalid = model::notANumber;
        getColumns().add(textColumn("projectName", "name", true));
        getColumns().add(textColumn("projectKind", "kind", false));
        TableColumn<InvestmentProject, InvestmentMode> mode = new TableColumn<>(I18n.t("uisim.project.mode"));
        mode.setId("projectMode");
        mode.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().mode()));
        mode.setCellFactory(ComboBoxTableCell.forTableColumn(
                Controls.labels(m -> I18n.t("uisim.mode." + m.name())), InvestmentMode.values()));
        mode.setOnEditCommit(e -> change(e.getTablePosition().getRow(), () -> AgreementEdits.mode(e.getRowValue(),
                e.getNewValue())));
        mode.setSortable(false);
        getColumns().add(mode);
        getColumns().add(num("projectCapex", "capex", Unit.WAN, ProjectField.CAPEX, InvestmentProject::capex, invalid));
        getColumns().add(num("projectRevenue", "revenue", Unit.WAN, ProjectField.REVENUE, InvestmentProject::annualRevenue,
                invalid));
        getColumns().add(num("projectOpex", "opex", Unit.WAN, ProjectField.OPEX, InvestmentProject::annualOpex, invalid));
        getColumns().add(num("projectRent", "rent", Unit.WAN, ProjectField.RENT, InvestmentProject::annualRent, invalid));
        getColumns().add(num("projectShareRate", "shareRate", Unit.PERCENT, ProjectField.SHARE_RATE,
                InvestmentProject::revenueShareRate, invalid));
        getColumns().add(num("projectTurnover", "turnover", Unit.WAN, ProjectField.TURNOVER,
                InvestmentProject::operatorTurnover, invalid));
        getColumns().add(num("projectRamp", "ramp", Unit.INTEGER, ProjectField.RAMP, p -> (double) p.rampYears(),
                invalid));
        getColumns().add(num("projectGrowth", "growth", Unit.PERCENT, ProjectField.GROWTH, InvestmentProject::growth, invalid));
        getColumns().add(num("projectLife", "life", Unit.INTEGER, ProjectField.LIFE, p -> (double) p.lifeYears(),
                invalid));
        getColumns().add(num("projectVolatility", "volatility", Unit.PERCENT, ProjectField.VOLATILITY,
                InvestmentProject::volatility, invalid));
    }

    private TableColumn<InvestmentProject, String> textColumn(String id, String key, boolean name) {
        TableColumn<InvestmentProject, String> col = Cells.text(id, I18n.t("uisim.project." + key),
                p -> name ? p.name() : p.kind());
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        col.setEditable(true);
        col.setOnEditCommit(e -> change(e.getTablePosition().getRow(), () -> AgreementEdits.text(e.getRowValue(), name,
                e.getNewValue())));
        return col;
    }

    private TableColumn<InvestmentProject, Double> num(String id, String key, Unit unit, ProjectField field,
            java.util.function.Function<InvestmentProject, Double> get, Runnable invalid) {
        TableColumn<InvestmentProject, Double> col = Cells.editable(id, I18n.t("uisim.project." + key), unit, get,
                (p, v) -> change(getItems().indexOf(p), () -> AgreementEdits.number(p, field, v)), invalid);
        col.setPrefWidth(78);
        return col;
    }

    /** Applies a changed project; building it may already have thrown (the model reports that). */
    private void change(int index, java.util.function.Supplier<InvestmentProject> p) {
        model.edit(c -> AgreementEdits.project(c, index, p.get()), "uisim.edit.project");
        refresh();
    }

    void addProject() {
        Cluster c = model.cluster();
        if (c != null) {
            InvestmentProject p = InvestmentProject.operated(I18n.t("uisim.project.newName", c.projects().size() + 1), 0, 0, 0);
            model.edit(x -> AgreementEdits.project(x, -1, p), "uisim.edit.addProject");
        }
    }

    void removeSelected() {
        int i = getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            model.edit(c -> AgreementEdits.removeProject(c, i), "uisim.edit.removeProject");
        }
    }

    @Override
    public void refresh() {
        Cluster c = model.cluster();
        getItems().setAll(c == null ? java.util.List.of() : c.projects());
        super.refresh();
    }
}
