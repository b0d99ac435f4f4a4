package org.villageplanner.ui;

import java.nio.file.Path;
import java.util.Locale;

/** What the menus and the toolbar ask of the window (dialogs need the stage; the view model has none). */
public interface WindowActions {
    void openWithDialog();

    void open(Path file);

    /** File > New (an empty project); windows without one ignore it. */
    default void newProject() {
    }

    void save();

    void saveAsWithDialog();

    void exit();

    void switchLanguage(Locale locale);

    void showShortcuts();

    void showAbout();

    void fitMap();

    void suggestWithDialog();

    void duplicateScenarioWithDialog();

    void zoom(double factor);
}
