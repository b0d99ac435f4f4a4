package org.villageplanner.ui.simulation;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.villageplanner.domain.Contribution;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.simulation.AgreementEdits.Amount;
import org.villageplanner.ui.simulation.AgreementEditorModel.PartyRow;
import org.villageplanner.ui.simulation.Cells.Unit;

/** The cluster's parties: contributions (cash, land, assets, resources), FIXED shares and savings, editable. */
final class PartyTable extends TableView<PartyRow> {
    private final AgreementEditorModel model;

    PartyTable(AgreementEditorModel model) {
        this.model = model;
        Cells.editableTable(this, "partyTable", "uisim.parties.title", "uisim.results.noCluster");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        Runnable invalid = model::notANumber;
        getColumns().add(Cells.text("partyName", I18n.t("uisim.parties.name"),
                r -> r.name() + (r.member() ? "" : " · " + I18n.t("uisim.parties.outside"))));
        getColumns().add(amount("partyCash", "cash", Unit.WAN, Amount.CASH, Contribution::cash, invalid));
        getColumns().add(amount("partyLand", "landMu", Unit.PLAIN, Amount.LAND_MU, Contribution::landMu, invalid));
        getColumns().add(amount("partyAssets", "assets", Unit.WAN, Amount.ASSETS, Contribution::assets, invalid));
        getColumns().add(amount("partyResources", "resources", Unit.WAN, Amount.RESOURCES, Contribution::resources,
                invalid));
        getColumns().add(Cells.editable("partyFixed", I18n.t("uisim.parties.fixedShare"), Unit.PERCENT,
                PartyRow::fixedShare, (r, v) -> model.setFixedShare(r.party(), v), invalid));
        getColumns().add(Cells.editable("partySaving", I18n.t("uisim.parties.saving"), Unit.WAN,
                PartyRow::saving, (r, v) -> {
                    if (!r.member()) {
                        model.message.set(I18n.t("uisim.msg.savingMembersOnly"));
                        refresh();
                        return;
                    }
                    model.edit(c -> AgreementEdits.amount(c, r.party(), Amount.SAVING, v), "uisim.edit.saving");
                }, invalid));
    }

    private javafx.scene.control.TableColumn<PartyRow, Double> amount(String id, String key, Unit unit, Amount field,
            Function<Contribution, Double> get, Runnable invalid) {
        return Cells.editable(id, I18n.t("uisim.parties." + key), unit,
                r -> r.contribution() == null ? 0.0 : get.apply(r.contribution()),
                (r, v) -> model.edit(c -> AgreementEdits.amount(c, r.party(), field, v), "uisim.edit.contribution"),
                invalid);
    }

    @Override
    public void refresh() {
        getItems().setAll(model.parties());
        super.refresh();
    }

    /** Fields and buttons to add an outside party and to remove the selected one. */
    HBox addBar() {
        TextField id = new TextField();
        id.setId("newPartyId");
        id.setPromptText(I18n.t("uisim.parties.newId"));
        id.setAccessibleText(I18n.t("uisim.parties.newId"));
        id.setPrefColumnCount(8);
        TextField name = new TextField();
        name.setId("newPartyName");
        name.setPromptText(I18n.t("uisim.parties.newName"));
        name.setAccessibleText(I18n.t("uisim.parties.newName"));
        name.setPrefColumnCount(10);
        Button add = new Button(I18n.t("uisim.parties.add"));
        add.setId("addPartyButton");
        add.setOnAction(e -> {
            String party = id.getText().strip();
            if (party.isEmpty() || model.parties().stream().anyMatch(r -> r.party().equals(party))) {
                model.message.set(I18n.t("uisim.msg.partyId"));
                return;
            }
            if (model.edit(c -> AgreementEdits.addParty(c, party, name.getText()), "uisim.edit.addParty")) {
                id.clear();
                name.clear();
            }
        });
        Button remove = new Button(I18n.t("uisim.parties.remove"));
        remove.setId("removePartyButton");
        remove.setOnAction(e -> {
            PartyRow r = getSelectionModel().getSelectedItem();
            if (r == null || r.member()) {
                model.message.set(I18n.t("uisim.msg.removeOutsideOnly"));
                return;
            }
            model.edit(c -> AgreementEdits.removeParty(c, r.party()), "uisim.edit.removeParty");
        });
        return new HBox(6, id, name, add, remove);
    }
}
