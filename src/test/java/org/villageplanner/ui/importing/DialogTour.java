package org.villageplanner.ui.importing;

import static org.villageplanner.ui.ScreenshotSupport.fx;
import static org.villageplanner.ui.ScreenshotSupport.shot;
import static org.villageplanner.ui.ScreenshotSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.villageplanner.Main;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.PlannerApp;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.export.ExportDialogs;
import org.villageplanner.ui.export.ExportPdfView;
import org.villageplanner.ui.suggest.SuggestDialog;
import org.villageplanner.ui.suggest.SuggestView;
import org.villageplanner.ui.suggest.SuggestViewModel;

/**
 * Screenshots of the import, export and suggest dialogs in the Chinese UI for docs/screenshots (run under Xvfb):
 * {@code java -cp target/planner.jar:target/test-classes org.villageplanner.ui.importing.DialogTour PROJECT OUTDIR
 * SHAPEFILE [en]} — SHAPEFILE is a village layer to preview (docs/user-guide-dialogs.md says how it was made);
 * {@code en} for the English UI.
 */
public final class DialogTour {
    private static MainWindow window;
    private static Stage main;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Messages.setLocale(args.length > 3 && args[3].equals("en") ? Messages.ENGLISH : Messages.CHINESE);
        Platform.startup(() -> { });
        fx(() -> {
            main = new Stage();
            window = PlannerApp.create(main, Main.services(), new AppSettings(Path.of("target/tour-settings")));
            main.setWidth(1600);
            main.setHeight(1000);
            main.show();
            window.viewModel().open(Path.of(args[0]));
        });
        waitUntil(() -> window.viewModel().session.project() != null
                && window.viewModel().runningProperty().get() == null);

        Stage[] dialog = new Stage[1];
        fx(() -> dialog[0] = ImportDialog.show(window.viewModel(), main, List.of(Path.of(args[2]))));
        ImportViewModel importVm = ((ImportView) dialog[0].getScene().getRoot()).viewModel();
        waitUntil(() -> importVm.preview.get() != null && importVm.running.get() == null);
        fx(() -> importVm.mapping.stream().filter(r -> r.field.get() == null).findFirst().ifPresent(r -> {
            r.field.set("operating_income");
            r.wan.set(true);
        }));
        shot(dialog[0].getScene(), out.resolve("import-dialog.png"));
        fx(() -> dialog[0].close());

        fx(() -> {
            dialog[0] = ExportDialogs.showPdf(window.viewModel(), main);
            ((ExportPdfView) dialog[0].getScene().getRoot()).viewModel().compare.add("现状");
        });
        shot(dialog[0].getScene(), out.resolve("export-pdf-dialog.png"));
        fx(() -> dialog[0].close());

        fx(() -> dialog[0] = ExportDialogs.showLayers(window.viewModel(), main));
        shot(dialog[0].getScene(), out.resolve("export-layers-dialog.png"));
        fx(() -> dialog[0].close());

        fx(() -> dialog[0] = SuggestDialog.show(window.viewModel(), main));
        SuggestViewModel suggestVm = ((SuggestView) dialog[0].getScene().getRoot()).viewModel();
        fx(() -> {
            suggestVm.type.set(ClusterType.STRONG_HELPS_WEAK);
            suggestVm.suggest();
        });
        waitUntil(() -> suggestVm.result.get() != null && suggestVm.running.get() == null);
        shot(dialog[0].getScene(), out.resolve("suggest-dialog.png"));
        shot(main.getScene(), out.resolve("suggest-preview.png"));
        fx(() -> dialog[0].close());
        Platform.exit();
    }
}
