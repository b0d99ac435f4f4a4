package org.villageplanner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.villageplanner.Main;
import org.villageplanner.domain.Messages;
import org.villageplanner.importer.GeoJsonExporter;
import org.villageplanner.service.ExportFormat;
import org.villageplanner.service.ExportRow;
import org.villageplanner.service.ExportService;
import org.villageplanner.service.Services;
import org.villageplanner.service.VillageExporter;
import org.villageplanner.store.GeoPackageRepository;
import org.villageplanner.ui.MainViewModel;
import org.villageplanner.ui.MainWindow;
import org.villageplanner.ui.TestWindow;
import org.villageplanner.ui.common.I18n;

/**
 * Closing an export dialog while its export runs cancels the export, and the file it was writing is not left behind
 * (the layers export did not cancel before; the PDF export did). The export is held at its start by an exporter
 * that waits for the test, so the dialog is closed while it surely runs, whatever the machine's load.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportCloseTest {
    private static final Path SAMPLE = Path.of("samples", "longshan.gpkg");
    @TempDir
    static Path dir;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private MainWindow window;

    /** Writes GeoJSON as the app does, once the test lets it go on. */
    private final class HeldExporter implements VillageExporter {
        private final GeoJsonExporter real = new GeoJsonExporter();

        @Override
        public boolean supports(ExportFormat format) {
            return real.supports(format);
        }

        @Override
        public void write(List<ExportRow> rows, ExportFormat format, Path out) {
            started.countDown();
            try {
                release.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // Cancelling interrupts the worker; the rows below then stop the export (CancellableRows).
                Thread.currentThread().interrupt();
            }
            try {
                real.write(rows, format, out);
            } finally {
                finished.countDown();
            }
        }
    }

    @Start
    void start(Stage stage) {
        Services s = Main.services();
        Services held = new Services(s.projects(), s.scenarios(), s.samples(), s.imports(), s.simulation(),
                s.compare(), s.reports(), s.geo(), s.validation(), s.suggestions(),
                new ExportService(new GeoPackageRepository(), List.of(new HeldExporter())), s.importPreview(),
                s.whatIf(), s.comparisonExport(), s.validity(), s.layers(), s.basemaps(), s.context());
        window = TestWindow.show(stage, Messages.ENGLISH, held, dir.resolve("settings"));
    }

    @AfterEach
    void letGo() {
        release.countDown();
        Messages.setLocale(Messages.ENGLISH);
    }

    private MainViewModel vm() {
        return window.viewModel();
    }

    @Test
    void closingTheLayersDialogCancelsTheExportAndLeavesNoFile(FxRobot robot) throws Exception {
        robot.interact(() -> vm().open(SAMPLE));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().session.project() != null
                && vm().runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "exportLayersItem".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        ExportLayersView view = robot.lookup("#exportLayersDialog").queryAs(ExportLayersView.class);
        ExportLayersViewModel dialog = view.viewModel();
        Path out = dir.resolve("closed.geojson");
        AtomicReference<Task<?>> task = new AtomicReference<>();
        robot.interact(() -> {
            dialog.format.set(ExportFormat.GEOJSON);
            dialog.output.set(out.toString());
            task.set(dialog.export());
        });
        assertTrue(started.await(60, TimeUnit.SECONDS), "the export started");

        Window stage = view.getScene().getWindow();
        robot.interact(() -> robot.lookup("#exportLayersCloseButton").queryButton().fire());
        assertFalse(stage.isShowing(), "the dialog closed");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.get().isCancelled());
        release.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialog.running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(I18n.t("uiexport.status.cancelled"), dialog.status.get());
        // The worker has gone past the writer: whatever it wrote is on disk by now, or never will be.
        assertTrue(finished.await(60, TimeUnit.SECONDS), "the exporter returned");
        assertFalse(Files.exists(out), "no file from a cancelled export");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("closed")).toList(),
                    "no temporary file left beside it");
        }
    }
}
