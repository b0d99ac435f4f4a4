package org.villageplanner.ui.edit;

/** One edit of the plan that can be undone (JOSM style). Commands are executed and undone on the UI thread. */
public interface Command {
    void execute();

    void undo();

    /** What the edit did, in the user's language, for the Edit menu and the status bar. */
    String description();
}
