package org.villageplanner.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.villageplanner.service.Services;

/** The desktop application (being written; see issue 3). */
public final class PlannerApp extends Application {
    private static Services services;
    private static String initialFile;

    public static void start(Services s, String file) {
        services = s;
        initialFile = file;
        Application.launch(PlannerApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Village Cluster Planner");
        stage.show();
    }
}
