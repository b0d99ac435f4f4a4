package org.villageplanner.ui.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Scenario;
import org.villageplanner.service.ColumnRecognizer;
import org.villageplanner.service.ImportOptions;
import org.villageplanner.service.ImportPreviewService;
import org.villageplanner.service.ReadOptions;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.common.DialogWork;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.Tasks;
import org.villageplanner.ui.common.BackgroundDialogModel;

/**
 * The import dialog's state and decisions: the chosen files, the reading options (layer, encoding, CRS), the
 * preview of the first file, the column → field mapping, and the import itself — into the open project as one
 * undoable edit, or into a new project. On any error the open project is untouched and {@link #error}
 * names the file, row and field.
 */
public final class ImportViewModel extends BackgroundDialogModel {
    /** Encodings offered for Shapefile and CSV; null means "from the .cpg, else the format's default". */
    public static final List<String> ENCODINGS = List.of("UTF-8", "GBK", "GB18030");
    static final int PREVIEW_ROWS = 20;

    /**
     * One row of the mapping table: a column, the field it is read as (null: not imported), 万元 or 元; whether its
     * values look like 万元 although the header says no unit ({@code suspectWan}), and whether the user has said
     * the unit ({@code unitSaid}: chose 万元 or 元 by hand).
     */
    public static final class MappingRow {
        public final String column;
        public final StringProperty field = new SimpleStringProperty();
        public final BooleanProperty wan = new SimpleBooleanProperty();
        public final BooleanProperty suspectWan = new SimpleBooleanProperty();
        public final BooleanProperty unitSaid = new SimpleBooleanProperty();

        MappingRow(ColumnRecognizer.Guess g) {
            column = g.column();
            field.set(g.field());
            wan.set(g.wan());
        }

        /** True when this row would be refused: a money column that looks like 万元 whose unit nobody said. */
        public boolean unresolvedWan() {
            return suspectWan.get() && !wan.get() && !unitSaid.get();
        }
    }

    /** The user's mapping per file, kept for the session, so that reopening the dialog on a file restores it. */
    private static final Map<Path, Map<String, MappingMemory.Choice>> REMEMBERED =
            new java.util.concurrent.ConcurrentHashMap<>();

    public final MainViewModel main;
    private final ImportPreviewService service;
    public final ObservableList<Path> files = FXCollections.observableArrayList();
    public final ObjectProperty<ImportPreviewService.Preview> preview = new SimpleObjectProperty<>();
    public final ObservableList<String> layers = FXCollections.observableArrayList();
    public final StringProperty layer = new SimpleStringProperty();
    public final StringProperty encoding = new SimpleStringProperty();
    public final ObjectProperty<CrsChoice> crs = new SimpleObjectProperty<>(CrsChoice.FROM_FILE);
    public final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    public final BooleanProperty newProject = new SimpleBooleanProperty();
    public final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanProperty done = new SimpleBooleanProperty();
    /** The scenarios of a project GeoPackage, offered for taking over (empty for other files). */
    public final ScenarioOffer scenarios = new ScenarioOffer();
    /** Text that decoded without error but looks garbled, with the encoding to choose; null when none. */
    public final StringProperty misread = new SimpleStringProperty();

    public ImportViewModel(MainViewModel main) {
        super("uiimport.status.");
        this.main = main;
        this.service = main.services.importPreview();
        newProject.set(main.session.project() == null);
    }

    public List<String> fields() {
        return service.fields();
    }

    public boolean isMoney(String field) {
        return service.isMoney(field);
    }

    public boolean hasOpenProject() {
        return main.session.project() != null;
    }

    /** True when the encoding matters (Shapefile, zipped Shapefile, CSV). */
    public BooleanBinding encodingApplies() {
        return Bindings.createBooleanBinding(() -> files.stream().anyMatch(f -> ext(f).matches("shp|zip|dbf|csv")),
                files);
    }

    /** True when the file has layers to choose from (GeoPackage). */
    public BooleanBinding layerApplies() {
        return Bindings.createBooleanBinding(() -> files.stream().anyMatch(f -> ext(f).equals("gpkg")), files);
    }

    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> !files.isEmpty() && running.get() == null && !done.get()
                && (hasOpenProject() || newProject.get()) && !crsMissing(), files, running, done, newProject,
                preview, crs);
    }

    /** True when the file says nothing about its CRS, its coordinates are not degrees and none is chosen yet. */
    public boolean crsMissing() {
        ImportPreviewService.Preview p = preview.get();
        return p != null && p.needsCrs() && crs.get() == CrsChoice.FROM_FILE;
    }

    /**
     * Reads {@code row}'s column as {@code field}; refused (false, with a message in the status line) when another
     * column is read as that field already — a field comes from one column.
     */
    public boolean assign(MappingRow row, String field) {
        if (field != null && !field.isEmpty()) {
            for (MappingRow other : mapping) {
                if (other != row && field.equals(other.field.get())) {
                    status.set(I18n.t("uiimport.mapping.twice", field, other.column, row.column));
                    return false;
                }
            }
        }
        row.field.set(field);
        remember();
        return true;
    }

    /** The unit of {@code row}'s money column, said by the user: 万元 (converted ×10,000) or 元. */
    public void setWan(MappingRow row, boolean wan) {
        row.wan.set(wan);
        row.unitSaid.set(true);
        remember();
    }

    /** The columns that look like 万元 and whose unit nobody has said yet (the import waits for them). */
    public List<String> unresolvedWan() {
        return mapping.stream().filter(MappingRow::unresolvedWan).map(row -> row.column).toList();
    }

    private void remember() {
        if (!files.isEmpty()) {
            REMEMBERED.put(files.get(0), MappingMemory.of(mapping));
        }
    }

    /** Chooses the files to import and previews the first. */
    public void setFiles(List<Path> chosen) {
        files.setAll(chosen);
        layers.clear();
        layer.set(null);
        refreshPreview();
    }

    /** Reads the first file again with the current options (after a change of layer, encoding or CRS). */
    public Task<ImportPreviewService.Preview> refreshPreview() {
        done.set(false);
        warnings.clear();
        error.set(null);
        if (files.isEmpty()) {
            return null;
        }
        if (running.get() != null) {
            // A newer choice of options replaces the preview being read.
            running.get().cancel();
        }
        Path file = files.get(0);
        ReadOptions options = readOptions();
        if (!mapping.isEmpty()) {
            remember();
        }
        status.set(I18n.t("uiimport.status.reading", file.getFileName()));
        // Not start(): a preview replaced by a newer one is not "cancelled" to the planner.
        return DialogWork.start(main.tasks, Tasks.<ImportPreviewService.Preview>create(p -> service.preview(file, options,
                PREVIEW_ROWS)).onSuccess(pv -> {
                    scenarios.offer(pv.scenarios());
                    misread.set(pv.misread());
                    preview.set(pv);
                    if (!layers.equals(pv.layers())) {
                        layers.setAll(pv.layers());
                    }
                    if (layer.get() == null) {
                        layer.set(pv.layer());
                    }
                    List<MappingRow> rows = pv.mapping().stream().map(MappingRow::new).toList();
                    rows.forEach(r -> r.suspectWan.set(pv.suspectWan().containsValue(r.column)));
                    MappingMemory.apply(REMEMBERED.get(file), rows);
                    mapping.setAll(rows);
                    status.set(I18n.t("uiimport.status.previewed", file.getFileName(), pv.featureCount()));
                }).onError(e -> {
                    // The earlier preview and the mapping stay: the message says what is wrong with this reading.
                    if (preview.get() != null && !preview.get().file().equals(file)) {
                        preview.set(null);
                        mapping.clear();
                    }
                    failed(e);
                }).titled(status.get()), running);
    }

    /** What the file says about its CRS, for the label next to the CRS choice. */
    public String crsFoundText() {
        ImportPreviewService.Preview p = preview.get();
        if (p == null) {
            return "";
        }
        if (p.crsFound() == null) {
            return I18n.t("uiimport.crs.none");
        }
        return p.crsEpsg() != null ? I18n.t("uiimport.crs.found", p.crsEpsg(), CrsChoice.labelOf(p.crsEpsg()))
                : I18n.t("uiimport.crs.unknown", abbreviate(p.crsFound()));
    }

    /** The encoding the file would be read in when left on automatic. */
    public String encodingFoundText() {
        ImportPreviewService.Preview p = preview.get();
        if (p == null || files.isEmpty()) {
            return "";
        }
        if (p.cpg() != null) {
            return I18n.t("uiimport.encoding.cpg", p.cpg());
        }
        return ext(files.get(0)).equals("csv") ? I18n.t("uiimport.encoding.csvAuto")
                : I18n.t("uiimport.encoding.gbkDefault");
    }

    /** The user's mapping as an import field map: field (with {@code _wan} for 万元) → column. */
    public Map<String, String> fieldMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (MappingRow r : mapping) {
            String f = r.field.get();
            if (f != null && !f.isEmpty()) {
                out.put(f + (r.wan.get() && isMoney(f) ? "_wan" : ""), r.column);
            }
        }
        return out;
    }

    /** Whether the import will replace the open project by a new one. */
    public boolean intoNewProject() {
        return newProject.get() || main.session.project() == null;
    }

    /** Imports every chosen file; on success the villages change as one undoable edit (or a new project opens). */
    public Task<ImportPreviewService.Merged> runImport() {
        error.set(null);
        warnings.clear();
        if (!unresolvedWan().isEmpty()) {
            error.set(I18n.t("uiimport.wan.unresolved", String.join(", ", unresolvedWan())));
            return null;
        }
        PlanProject before = main.session.project();
        boolean intoNew = newProject.get() || before == null;
        List<Path> sources = List.copyOf(files);
        boolean yuanSaid = mapping.stream().anyMatch(r -> r.suspectWan.get() && r.unitSaid.get()
                && !r.wan.get());
        ImportOptions options = new ImportOptions(layer.get(), charset(), crs.get().code(), fieldMap(), yuanSaid,
                null, scenarios.skipped());
        status.set(I18n.t("uiimport.status.importing", sources.size()));
        PlanProject base = intoNew ? new PlanProject(ProjectInfo.untitled(), List.of(),
                List.of(Scenario.baseline())) : before;
        return start(main.tasks, Tasks.<ImportPreviewService.Merged>create(p -> service.mergeInto(
                base, sources, options, p)).onSuccess(m -> {
                    String what = I18n.t("uiimport.status.imported", m.added(), m.updated());
                    if (intoNew) {
                        main.show(m.project(), null);
                        main.session.markUnsaved();
                    } else if (main.session.project() == before) {
                        main.session.editProject(m.project(), what);
                    }
                    warnings.setAll(m.warnings());
                    warnings.addAll(m.summary());
                    done.set(true);
                    status.set(what + (m.warnings().isEmpty() ? "" : "  " + I18n.t("uiimport.status.warnings",
                            m.warnings().size())));
                    main.status.set(what);
                }).onError(this::failed));
    }

    private ReadOptions readOptions() {
        return new ReadOptions(layer.get(), charset(), crs.get().code());
    }

    private Charset charset() {
        return encoding.get() == null || encoding.get().isEmpty() ? null : Charset.forName(encoding.get());
    }

    private static String ext(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }
}
