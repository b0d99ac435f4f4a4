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
import org.villageplanner.service.ContextLayers;
import org.villageplanner.service.Services;
import org.villageplanner.ui.common.AppSettings;
import org.villageplanner.ui.common.Fonts;
import org.villageplanner.ui.common.I18n;

/**
 * The desktop application. Opens the file given as {@code open FILE}, else the bundled sample
 * ({@code samples/longshan.gpkg} in the working directory, else next to the jar: {@link AppPaths}), and first offers back an autosaved copy of
 * unsaved edits if the last session ended without saving.
 */
public final class PlannerApp extends Application {
    public static final String SAMPLE_FILE = "longshan.gpkg";
    private static Services services;
    private static String initialFile;

    public static void start(Services s, String file) {
        services = s;
        initialFile = file;
        Application.launch(PlannerApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppSettings settings = AppSettings.standard();
        MainViewModel vm = new MainViewModel(services, settings);
        Path sample = AppPaths.standard().sample(SAMPLE_FILE);
        Path file = initialFile != null ? Path.of(initialFile) : sample;
        Optional<Path> recovery = settings.recoveryOrigin();
        boolean openNow = recovery.isEmpty() && (initialFile != null || Files.isRegularFile(sample));
        if (openNow) {
            // Read the project in the background while the window is built.
            vm.open(file);
        }
        MainWindow window = create(stage, vm);
        if (Boolean.getBoolean("planner.timing")) {
            reportFirstFrame(window);
        }
        // The last size and place, clamped to the screen; the first time, the whole visible screen.
        WindowPlacement.apply(stage, settings);
        stage.show();
        if (openNow) {
            return;
        }
        boolean recovered = recovery.isPresent() && offerRecovery(stage, recovery.get());
        if (recovery.isPresent() && !recovered) {
            settings.clearRecovery();
        }
        if (recovered) {
            vm.recover(recovery.get().toString().isEmpty() ? null : recovery.get());
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
        Geometry outline = null;
        try {
            outline = new ContextLayers().countyOutline().orElse(null);
        } catch (PlannerException e) {
            System.err.println(e.getMessage());
        }
        return new MainWindow(stage, vm, outline);
    }

    /** With -Dplanner.timing=true: prints the time from JVM start to the first frame showing villages. */
    private static void reportFirstFrame(MainWindow window) {
        window.viewModel().session().projectProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                window.viewModel().session().projectProperty().removeListener(this);
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

    private static boolean offerRecovery(Stage stage, Path origin) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("ui.dialog.recoverText",
                origin.toString().isEmpty() ? I18n.t("ui.title.untitled") : origin), ButtonType.YES, ButtonType.NO);
        a.setHeaderText(I18n.t("ui.dialog.recoverTitle"));
        a.initOwner(stage);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }
}
