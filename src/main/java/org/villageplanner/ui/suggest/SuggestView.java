package org.villageplanner.ui.suggest;

import static org.villageplanner.ui.common.Controls.button;
import static org.villageplanner.ui.common.Controls.labels;
import static org.villageplanner.ui.common.Controls.named;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.DialogWork;

/** The Suggest dialog's content: the request on the left, the suggested clusters with reasons on the right. */
public final class SuggestView extends BorderPane {
    private final SuggestViewModel vm;

    public SuggestView(SuggestViewModel vm, Runnable close) {
        this.vm = vm;
        setId("suggestClustersDialog");
        ComboBox<ClusterType> type = new ComboBox<>(FXCollections.observableArrayList(SuggestViewModel.TYPES));
        named(type, "suggestType", "uisuggest.type");
        type.setConverter(labels(t -> I18n.t("core.clusterType." + t.name())));
        type.valueProperty().bindBidirectional(vm.type);
        Spinner<Integer> min = new Spinner<>(1, 50, vm.min.get());
        named(min, "suggestMin", "uisuggest.min");
        min.valueProperty().addListener((o, a, b) -> vm.min.set(b));
        Spinner<Integer> max = new Spinner<>(1, 50, vm.max.get());
        named(max, "suggestMax", "uisuggest.max");
        max.valueProperty().addListener((o, a, b) -> vm.max.set(b));
        min.setPrefWidth(80);
        max.setPrefWidth(80);
        TextField count = new TextField();
        named(count, "suggestCount", "uisuggest.count");
        count.setPromptText(I18n.t("uisuggest.countAuto"));
        count.setPrefColumnCount(6);
        count.textProperty().bindBidirectional(vm.count);

        ListView<SuggestViewModel.Choice<org.villageplanner.service.VillageField>> attributes =
                new ListView<>(vm.attributes);
        named(attributes, "suggestAttributes", "uisuggest.attributes");
        attributes.setCellFactory(CheckBoxListCell.forListView(c -> c.on,
                labels(c -> I18n.t("uisuggest.attribute." + c.value.column()))));
        attributes.setPrefHeight(120);
        attributes.disableProperty().bind(vm.type.isNotEqualTo(ClusterType.RESOURCE_POOLING));

        CheckBox selectionOnly = new CheckBox(I18n.t("uisuggest.selectionOnly", vm.selectionSize()));
        named(selectionOnly, "suggestSelectionOnly", "uisuggest.scope");
        selectionOnly.selectedProperty().bindBidirectional(vm.selectionOnly);
        selectionOnly.setDisable(vm.selectionSize() == 0);

        ListView<SuggestViewModel.Choice<org.villageplanner.domain.Cluster>> locks = new ListView<>(vm.locks);
        named(locks, "suggestLocks", "uisuggest.locks");
        locks.setCellFactory(CheckBoxListCell.forListView(c -> c.on,
                labels(c -> c.value.name() + " (" + c.value.members().size() + ")")));
        locks.setPrefHeight(150);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(I18n.t("uisuggest.type")), type);
        form.addRow(1, new Label(I18n.t("uisuggest.size")), new HBox(6, min, new Label("–"), max));
        form.addRow(2, new Label(I18n.t("uisuggest.count")), count);
        form.addRow(3, new Label(I18n.t("uisuggest.scope")), selectionOnly);
        VBox request = new VBox(8, form, new Label(I18n.t("uisuggest.attributes")), attributes,
                new Label(I18n.t("uisuggest.locks")), locks);
        request.setPrefWidth(320);
        Button run = button("suggestRunButton", "uisuggest.run", vm::suggest);
        run.disableProperty().bind(vm.canSuggest().not());
        request.getChildren().add(run);
        setLeft(request);

        Label objective = new Label();
        objective.setId("suggestObjective");
        objective.setWrapText(true);
        Label unassigned = new Label();
        unassigned.setId("suggestUnassigned");
        unassigned.setWrapText(true);
        vm.result.addListener(o -> {
            objective.setText(vm.objectiveText());
            unassigned.setText(vm.unassignedText());
        });
        TableView<SuggestViewModel.Choice<Suggestion.Item>> items = itemsTable();
        VBox result = new VBox(8, objective, items, unassigned);
        VBox.setVgrow(items, Priority.ALWAYS);
        result.setPadding(new Insets(0, 0, 0, 12));
        setCenter(result);

        Label status = new Label();
        status.setId("suggestStatus");
        status.textProperty().bind(vm.status);
        status.setMaxWidth(Double.MAX_VALUE);
        Button acceptAll = button("suggestAcceptAllButton", "uisuggest.acceptAll", () -> {
            vm.acceptAll();
            close.run();
        });
        acceptAll.disableProperty().bind(vm.canAccept().not());
        Button accept = button("suggestAcceptButton", "uisuggest.acceptChecked", () -> {
            vm.acceptChecked();
            close.run();
        });
        accept.disableProperty().bind(vm.canAccept().not());
        Button closeButton = button("suggestCloseButton", "uisuggest.close", close);
        closeButton.setCancelButton(true);
        HBox buttons = new HBox(8, status, acceptAll, accept, closeButton);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox bottom = new VBox(6, DialogWork.progressRow("suggest", vm.running), buttons);
        bottom.setPadding(new Insets(12, 0, 0, 0));
        setBottom(bottom);
        vm.error.addListener((o, a, text) -> {
            if (text != null) {
                DialogWork.error(getScene().getWindow(), "suggestErrorDialog", I18n.t("uisuggest.errorTitle"), text);
            }
        });
    }

    public SuggestViewModel viewModel() {
        return vm;
    }

    private TableView<SuggestViewModel.Choice<Suggestion.Item>> itemsTable() {
        TableView<SuggestViewModel.Choice<Suggestion.Item>> t = new TableView<>(vm.items);
        named(t, "suggestClusters", "uisuggest.clusters");
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<SuggestViewModel.Choice<Suggestion.Item>, Boolean> on = new TableColumn<>(I18n.t("uisuggest.accept"));
        on.setCellValueFactory(r -> r.getValue().on);
        on.setCellFactory(CheckBoxTableCell.forTableColumn(on));
        on.setEditable(true);
        on.setPrefWidth(50);
        on.setMaxWidth(60);
        TableColumn<SuggestViewModel.Choice<Suggestion.Item>, String> name = new TableColumn<>(I18n.t("uisuggest.name"));
        name.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().value.cluster().name()));
        name.setPrefWidth(110);
        name.setMaxWidth(150);
        TableColumn<SuggestViewModel.Choice<Suggestion.Item>, String> kind = new TableColumn<>(I18n.t("uisuggest.type"));
        kind.setCellValueFactory(r -> new ReadOnlyStringWrapper(
                I18n.t("core.clusterType." + r.getValue().value.cluster().type().name())));
        kind.setPrefWidth(80);
        kind.setMaxWidth(100);
        TableColumn<SuggestViewModel.Choice<Suggestion.Item>, String> reason =
                new TableColumn<>(I18n.t("uisuggest.reason"));
        reason.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().value.reason().text()));
        reason.setCellFactory(c -> new WrappingCell<>());
        t.getColumns().add(on);
        t.getColumns().add(name);
        t.getColumns().add(kind);
        t.getColumns().add(reason);
        return t;
    }

    /** A cell whose text wraps to the column's width, so a reason is read in full. */
    private static final class WrappingCell<S> extends TableCell<S, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }
}
