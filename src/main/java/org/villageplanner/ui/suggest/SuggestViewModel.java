package org.villageplanner.ui.suggest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.SuggestService;
import org.villageplanner.service.VillageField;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.common.BackgroundDialogModel;

/**
 * Cluster › Suggest clusters…: the request (type, size bounds, K, attributes, scope, locked clusters), the
 * suggestion from {@link SuggestService} computed in the background, its preview on the main map (the scenario
 * is shown recoloured without being recorded), and accepting all or some of its clusters as one undoable edit.
 * Closing without accepting puts the plan back exactly as it was.
 */
public final class SuggestViewModel extends BackgroundDialogModel {
    public static final List<ClusterType> TYPES = SuggestionRequest.TYPES;

    /** A checkable entry: an attribute, a lockable cluster of the plan, or a suggested cluster to accept. */
    public static final class Choice<T> {
        public final T value;
        public final BooleanProperty on;

        Choice(T value, boolean on) {
            this.value = value;
            this.on = new SimpleBooleanProperty(on);
        }
    }

    private final MainViewModel main;
    private final Scenario base;
    public final ObjectProperty<ClusterType> type = new SimpleObjectProperty<>(ClusterType.STRONG_HELPS_WEAK);
    public final IntegerProperty min = new SimpleIntegerProperty(SizeBounds.DEFAULT.min());
    public final IntegerProperty max = new SimpleIntegerProperty(SizeBounds.DEFAULT.max());
    /** The exact number of new clusters wanted, or blank to let the size bounds decide. */
    public final StringProperty count = new SimpleStringProperty("");
    public final ObservableList<Choice<VillageField>> attributes = FXCollections.observableArrayList();
    public final BooleanProperty selectionOnly = new SimpleBooleanProperty();
    public final ObservableList<Choice<org.villageplanner.domain.Cluster>> locks = FXCollections.observableArrayList();
    public final ObjectProperty<SuggestService.Result> result = new SimpleObjectProperty<>();
    /** The suggested clusters (kept ones excluded), each checked to be accepted. */
    public final ObservableList<Choice<Suggestion.Item>> items = FXCollections.observableArrayList();
    private boolean accepted;

    public SuggestViewModel(MainViewModel main) {
        super("uisuggest.status.");
        this.main = main;
        this.base = main.session.scenario();
        for (VillageField f : VillageField.values()) {
            attributes.add(new Choice<>(f, List.of(VillageField.OPERATING_INCOME, VillageField.TOTAL_INCOME,
                    VillageField.POPULATION).contains(f)));
        }
        if (base != null) {
            base.clusters().forEach(c -> locks.add(new Choice<>(c, c.locked())));
        }
        selectionOnly.set(!main.selection.isEmpty());
    }

    public int selectionSize() {
        return main.selection.size();
    }

    public BooleanBinding canSuggest() {
        return Bindings.createBooleanBinding(() -> running.get() == null && base != null, running);
    }

    public BooleanBinding canAccept() {
        return Bindings.createBooleanBinding(() -> running.get() == null && result.get() != null, running, result);
    }

    /** Runs the suggestion in the background and previews it on the map. */
    public Task<SuggestService.Result> suggest() {
        error.set(null);
        SuggestionRequest request;
        try {
            request = request();
        } catch (PlannerException e) {
            error.set(e.getMessage());
            return null;
        }
        PlanProject project = main.session.project().withScenario(base);
        status.set(I18n.t("uisuggest.status.running"));
        return start(main.tasks, Tasks.<SuggestService.Result>create(p -> {
            p.update(0, 1, I18n.t("uisuggest.status.running"));
            return main.services.suggestions().suggest(project, base.name(), request, p);
        }).onSuccess(r -> {
            result.set(r);
            items.setAll(AcceptedPlan.fresh(r).stream().map(i -> new Choice<>(i, true)).toList());
            items.forEach(c -> c.on.addListener(o -> preview()));
            preview();
            status.set(I18n.t("uisuggest.status.done", items.size(), r.suggestion().unassigned().size(), r.millis()));
        }).onError(this::failed));
    }

    SuggestionRequest request() {
        Integer k = count.get() == null || count.get().isBlank() ? null : parseCount(count.get().strip());
        List<String> attrs = attributes.stream().filter(c -> c.on.get()).map(c -> c.value.column())
                .toList();
        Set<String> scope = selectionOnly.get() && !main.selection.isEmpty()
                ? Set.copyOf(main.selection) : null;
        Set<String> locked = new LinkedHashSet<>();
        locks.stream().filter(c -> c.on.get()).forEach(c -> locked.add(c.value.id()));
        return new SuggestionRequest(type.get(), new SizeBounds(min.get(), max.get()), k, attrs, scope, locked, 1);
    }

    private static Integer parseCount(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new PlannerException("uisuggest.error.count", text);
        }
    }

    /** Objective of the suggestion and of the current plan, for the comparison line. */
    public String objectiveText() {
        SuggestService.Result r = result.get();
        if (r == null) {
            return "";
        }
        String name = r.suggestion().objective().name();
        return I18n.t("uisuggest.objective", I18n.t("uisuggest.objective." + name), r.suggestion().objective().value(),
                r.current().objective().value(), I18n.t(r.suggestion().objective().lowerIsBetter()
                        ? "uisuggest.lowerBetter" : "uisuggest.higherBetter"))
                + "\n" + I18n.t("uisuggest.coverage", r.suggestion().evaluation().figures().size(),
                r.suggestion().evaluation().unassigned(), r.current().figures().size(), r.current().unassigned());
    }

    /** Villages the suggestion left out, with the reason for each, one per line. */
    public String unassignedText() {
        SuggestService.Result r = result.get();
        if (r == null || r.suggestion().unassigned().isEmpty()) {
            return "";
        }
        PlanProject p = main.session.project();
        StringBuilder sb = new StringBuilder();
        for (Suggestion.Unassigned u : r.suggestion().unassigned()) {
            String name = p.village(u.code()).map(v -> v.name()).orElse(u.code());
            sb.append(name).append(": ").append(u.reason().text()).append('\n');
        }
        return sb.toString().strip();
    }

    private Set<String> acceptedIds() {
        Set<String> ids = new LinkedHashSet<>();
        items.stream().filter(c -> c.on.get()).forEach(c -> ids.add(c.value.cluster().id()));
        return ids;
    }

    private void preview() {
        SuggestService.Result r = result.get();
        if (r != null && !accepted) {
            main.session.preview(AcceptedPlan.of(base, r, acceptedIds()));
            main.previewNote.set(I18n.t("uisuggest.previewBanner", acceptedIds().size()));
        }
    }

    /** Accepts every suggested cluster as one undoable edit. */
    public void acceptAll() {
        items.forEach(c -> c.on.set(true));
        acceptChecked();
    }

    /** Accepts the checked clusters as one undoable edit (the base plan otherwise stays). */
    public void acceptChecked() {
        SuggestService.Result r = result.get();
        if (r == null) {
            return;
        }
        main.session.preview(AcceptedPlan.of(base, r, acceptedIds()));
        main.session.commit(base, I18n.t("uisuggest.edit", acceptedIds().size()));
        accepted = true;
        main.previewNote.set("");
        main.status.set(I18n.t("uisuggest.status.accepted", acceptedIds().size()));
    }

    /** The dialog is closing: cancels the suggestion still running and puts the plan back unless one was accepted. */
    @Override
    public void close() {
        super.close();
        if (!accepted && base != null && main.session.scenario() != base) {
            main.session.preview(base);
        }
        main.previewNote.set("");
    }
}
