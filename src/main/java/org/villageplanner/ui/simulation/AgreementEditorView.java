package org.villageplanner.ui.simulation;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.DistributionBasis;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.ui.common.Controls;
import org.villageplanner.ui.common.Forms;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.AgreementEdits.Ratio;
import org.villageplanner.ui.simulation.Cells.Unit;

/**
 * "Shares & dividends" (股份与分红): the agreement of one cluster — rule, basis, ratios, guarantee, floor — its
 * parties' contributions, fixed shares and savings, and its projects, beside the live results (shares, waterfall,
 * dividends). Binds to {@link AgreementEditorModel}, which makes every change one undoable edit.
 */
public final class AgreementEditorView extends SplitPane {
    private final AgreementEditorModel model;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final GridPane form = new GridPane();
    private final PartyTable parties;
    private final InvestmentProjectTable projects;
    private final AgreementResultsPane results;
    private boolean refreshing;
    private final LazyRefresh lazy = new LazyRefresh(this::refresh);
    /** A new result only redraws the results: the editable tables must not lose a cell being typed in. */
    private final LazyRefresh lazyResults;
    private InvalidationListener onResult;
    private InvalidationListener onPlan;
    /** What the form shows, so that an unrelated edit does not rebuild it under the planner's cursor. */
    private Cluster shownFor;

    public AgreementEditorView(SimulationModel sim) {
        setId("agreementEditor");
        model = new AgreementEditorModel(sim);
        parties = new PartyTable(model);
        projects = new InvestmentProjectTable(model);
        results = new AgreementResultsPane(model);
        chooser.setId("agreementCluster");
        chooser.setPrefWidth(220); // fixed: measuring every cluster's name stalls a province
        chooser.setAccessibleText(I18n.t("uisim.agreement.cluster"));
        chooser.setConverter(Controls.labels(id -> {
            Scenario s = model.scenario();
            return s == null ? "" : s.cluster(id).map(Cluster::name).orElse(id);
        }));
        chooser.valueProperty().addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                sim.focusCluster.set(b);
            }
        });
        Label message = Controls.errorMessage("agreementMessage");
        message.textProperty().bind(model.message);
        form.setHgap(8);
        form.setVgap(5);
        Label title = new Label(I18n.t("uisim.agreement.title"));
        title.getStyleClass().add("section-title");
        Button addProject = new Button(I18n.t("uisim.project.add"));
        addProject.setId("addProjectButton");
        addProject.setOnAction(e -> projects.addProject());
        Button removeProject = new Button(I18n.t("uisim.project.remove"));
        removeProject.setId("removeProjectButton");
        removeProject.setOnAction(e -> projects.removeSelected());
        VBox left = new VBox(8, new HBox(8, title, chooser), form, message,
                new Label(I18n.t("uisim.parties.title")), parties, parties.addBar(),
                new HBox(8, new Label(I18n.t("uisim.projects.title")), addProject, removeProject), projects);
        left.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        getItems().addAll(scroll, results);
        setDividerPositions(0.55);
        lazyResults = new LazyRefresh(results::refresh);
        onPlan = Listeners.weakly(o -> lazy.request(), sim.window.session.project,
                sim.window.session.scenarioName, sim.focusCluster);
        onResult = Listeners.weakly(o -> lazyResults.request(), sim.result);
        refresh();
    }

    /** Refresh only while {@code shown} (the tab is selected); catch up when it becomes true. */
    public void showWhen(javafx.beans.value.ObservableBooleanValue shown) {
        lazy.showWhen(shown);
        lazyResults.showWhen(shown);
    }

    private void refresh() {
        refreshing = true;
        Scenario s = model.scenario();
        Cluster c = model.cluster();
        List<String> ids = s == null ? List.of() : s.clusters().stream().map(Cluster::id).toList();
        chooser.getItems().setAll(ids);
        chooser.setValue(c == null ? null : c.id());
        refreshing = false;
        boolean same = c != null && shownFor != null && c.id().equals(shownFor.id())
                && c.agreement().equals(shownFor.agreement());
        if (!same) {
            form.getChildren().clear();
            if (c != null) {
                fillForm(c.agreement());
            }
        }
        shownFor = c;
        parties.refresh();
        projects.refresh();
        results.refresh();
    }

    private void fillForm(Agreement a) {
        ComboBox<ShareRule> rule = new ComboBox<>();
        rule.setId("agreementRule");
        rule.setAccessibleText(I18n.t("uisim.agreement.rule"));
        rule.getItems().setAll(ShareRule.values());
        rule.setConverter(Controls.labels(ShareRule::label));
        rule.setValue(a.rule());
        rule.setOnAction(e -> {
            if (rule.getValue() != null && rule.getValue() != a.rule() && !model.setRule(rule.getValue())) {
                rule.setValue(a.rule());
            }
        });
        ComboBox<DistributionBasis> basis = new ComboBox<>();
        basis.setId("agreementBasis");
        basis.setAccessibleText(I18n.t("uisim.agreement.basis"));
        basis.getItems().setAll(DistributionBasis.values());
        basis.setConverter(Controls.labels(b -> I18n.t("uisim.basis." + b.name())));
        basis.setValue(a.basis());
        basis.setOnAction(e -> model.edit(x -> x.withAgreement(AgreementEdits.basis(x.agreement(), basis.getValue())),
                "uisim.edit.basis"));
        form.addRow(0, Forms.key(I18n.t("uisim.agreement.rule")), rule, Forms.key(I18n.t("uisim.agreement.basis")),
                basis);
        form.addRow(1, Forms.key(I18n.t("uisim.agreement.reserve")), ratio("agreementReserve", Ratio.RESERVE,
                a.reserveRatio()), Forms.key(I18n.t("uisim.agreement.welfare")),
                ratio("agreementWelfare", Ratio.WELFARE, a.welfareRatio()));
        form.addRow(2, Forms.key(I18n.t("uisim.agreement.payout")), ratio("agreementPayout", Ratio.PAYOUT,
                a.payoutRatio()), Forms.key(I18n.t("uisim.agreement.guaranteed")),
                ratio("agreementGuaranteed", Ratio.GUARANTEED_YIELD, a.guaranteedYield()));
        TextField floor = Cells.field("agreementFloor", I18n.t("uisim.agreement.floor"),
                a.floor() == null ? "" : Unit.WAN.show(a.floor()), text -> {
                    Double v = Unit.WAN.parse(text);
                    if (v == null && !text.isBlank()) {
                        model.message.set(I18n.t("uisim.msg.notNumber", text));
                        return;
                    }
                    model.edit(x -> x.withAgreement(AgreementEdits.ratio(x.agreement(), Ratio.FLOOR, v)),
                            "uisim.edit.agreement");
                });
        floor.setPromptText(I18n.t("uisim.agreement.floorPrompt"));
        ComboBox<String> guarantor = new ComboBox<>();
        guarantor.setId("agreementGuarantor");
        guarantor.setAccessibleText(I18n.t("uisim.agreement.guarantor"));
        guarantor.getItems().add("");
        model.parties().forEach(r -> guarantor.getItems().add(r.party()));
        guarantor.setConverter(Controls.labels(id -> id.isEmpty() ? I18n.t("uisim.agreement.noGuarantor")
                : model.parties().stream().filter(r -> r.party().equals(id)).map(r -> r.name()).findFirst()
                        .orElse(id)));
        guarantor.setValue(a.guarantor() == null ? "" : a.guarantor());
        guarantor.setOnAction(e -> model.edit(x -> x.withAgreement(AgreementEdits.guarantor(x.agreement(),
                guarantor.getValue())), "uisim.edit.agreement"));
        form.addRow(3, Forms.key(I18n.t("uisim.agreement.floor")), floor,
                Forms.key(I18n.t("uisim.agreement.guarantor")), guarantor);
    }

    private TextField ratio(String id, Ratio field, double value) {
        return Cells.field(id, I18n.t("uisim.agreement." + id.substring("agreement".length()).toLowerCase()),
                Unit.PERCENT.show(value), text -> {
                    Double v = Unit.PERCENT.parse(text);
                    if (v == null) {
                        model.message.set(I18n.t("uisim.msg.notNumber", text));
                        return;
                    }
                    model.edit(x -> x.withAgreement(AgreementEdits.ratio(x.agreement(), field, v)),
                            "uisim.edit.agreement");
                });
    }
}
