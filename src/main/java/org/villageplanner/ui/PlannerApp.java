package org.villageplanner.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.PlannerException;
import org.villageplanner.service.AppPaths;
import org.villageplanner.service.Services;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.Fonts;
import org.villageplanner.ui.common.I18n;
import org.villageplanner.ui.common.StartupGate;
import org.villageplanner.ui.save.RecoveryDialog;
import org.villageplanner.ui.save.RecoveryFiles;

/**
 * The desktop application. Opens the file given as {@code open FILE}, else the bundled sample
 * ({@code samples/longshan.gpkg} in the working directory, else next to the jar: {@link AppPaths}), and first offers back an autosaved copy of
 * unsaved edits if the last session ended without saving.
 */
public final class PlannerApp extends Application {
    public static final String SAMPLE_FILE = "longshan.gpkg";
    private static Services services;
    private static String initialFile;
    private static boolean probe;
    private static java.util.concurrent.CompletableFuture<Services> pendingServices;

    public static void start(Services s, String file) {
        start(s, file, false);
    }

    /** @param startupProbe print the time to the first map frame and exit ({@link StartupProbe}) */
    public static void start(Services s, String file, boolean startupProbe) {
        start(() -> s, file, startupProbe);
    }

    /**
     * Starts the app while {@code services} are built on another thread: wiring the services loads the JSON, PDF and
     * table libraries' classes, which then overlaps with the JavaFX toolkit's own start instead of preceding it.
     */
    public static void start(java.util.function.Supplier<Services> services, String file, boolean startupProbe) {
        pendingServices = java.util.concurrent.CompletableFuture.supplyAsync(services);
        org.villageplanner.service.AppLog.install(org.villageplanner.service.AppDirs.standard());
        initialFile = file;
        probe = startupProbe;
        Application.launch(PlannerApp.class);
    }

    @Override
    public void start(Stage stage) {
        services = pendingServices.join();
        AppSettings settings = AppSettings.standard();
        // The system's language on first start, the planner's choice (View > Language) afterwards; JavaFX's own
        // texts (OK/Cancel, table placeholders) too, so this comes before any control is made.
        org.villageplanner.ui.common.UiLanguage.atStart(settings.language());
        MainViewModel vm = new MainViewModel(services, settings);
        Path sample = AppPaths.standard().sample(SAMPLE_FILE);
        Path file = initialFile != null ? Path.of(initialFile) : sample;
        // Half-written temporary copies from a crash are useless; the last complete copy is what is offered.
        // The probe measures the ordinary start, never a recovery question.
        if (!probe) {
            vm.recoveryFiles.removeLeftovers();
        }
        Optional<RecoveryFiles.Info> recovery = probe ? Optional.empty() : vm.recoveryFiles.pending();
        boolean openNow = recovery.isEmpty() && (initialFile != null || Files.isRegularFile(sample));
        if (openNow) {
            // Read the project in the background while the window is built.
            vm.open(file);
        }
        if (openNow) {
            // What the first map frame does not need (the village table, the live simulation) waits for it.
            StartupGate.close();
        }
        MainWindow window = createWithOutlineLater(stage, vm);
        if (probe) {
            StartupProbe.attach(window);
        } else if (Boolean.getBoolean("planner.timing")) {
            reportFirstFrame(window);
        }
        // The live simulation (Monte Carlo) waits until the map is on screen (StartupGate).
        FirstFrameGate.watch(window);
        // The last size and place, clamped to the screen; the first time, the whole visible screen.
        WindowPlacement.apply(stage, settings);
        stage.show();
        if (openNow) {
            return;
        }
        boolean recovered = recovery.isPresent() && RecoveryDialog.ask(stage, recovery.get());
        if (recovery.isPresent() && !recovered) {
            vm.discardUnsaved();
        }
        if (recovered) {
            vm.recover(recovery.get());
        } else if (initialFile != null || Files.isRegularFile(sample)) {
            vm.open(file);
        } else {
            Alert a = new Alert(Alert.AlertType.INFORMATION, I18n.t("ui.dialog.noSample", sample.toAbsolutePath()),
                    ButtonType.OK);
            a.initOwner(stage);
            a.show();
        }
    }

    /** Builds the main window on {@code stage} (tests call this directly). */
    public static MainWindow create(Stage stage, Services services, AppSettings settings) {
        return create(stage, new MainViewModel(services, settings));
    }

    private static MainWindow create(Stage stage, MainViewModel vm) {
        Fonts.load();
        return new MainWindow(stage, vm, countyOutline(vm.services));
    }

    /**
     * As {@link #create(Stage, MainViewModel)}, but the county outline (a GeoJSON parse: Jackson's classes, then the
     * polygons) is read on another thread once the first map frame is on screen ({@link StartupGate}) and added to
     * the map when ready: neither the window nor the village map waits for it, and Jackson's several hundred classes
     * stay out of the start (and of the packaged app's class archive, which is trained up to the first frame).
     */
    private static MainWindow createWithOutlineLater(Stage stage, MainViewModel vm) {
        Fonts.load();
        MainWindow window = new MainWindow(stage, vm, null);
        StartupGate.whenOpen(() -> java.util.concurrent.CompletableFuture
                .supplyAsync(() -> countyOutline(vm.services))
                .thenAccept(g -> {
                    if (g != null) {
                        javafx.application.Platform.runLater(() -> window.setCountyOutline(g));
                    }
                }));
        return window;
    }

    private static Geometry countyOutline(Services services) {
        try {
            return services.context().countyOutline().orElse(null);
        } catch (PlannerException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }

    /** With -Dplanner.timing=true: prints the time from JVM start to the first frame showing villages. */
    private static void reportFirstFrame(MainWindow window) {
        window.viewModel().session.project.addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                window.viewModel().session.project.removeListener(this);
                new javafx.animation.AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses == 2) {
                            stop();
                            long ms = System.currentTimeMillis()
                                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                            System.out.println("first map frame " + ms + " ms after JVM start");
                        }
                    }
                }.start();
            }
        });
    }
}
