package org.villageplanner.ui.common;

import java.util.Locale;
import java.util.Optional;
import org.villageplanner.domain.Messages;

/**
 * The language of the planner's window, for our own texts ({@link Messages}) and for JavaFX's: the OK and Cancel of
 * dialogs, "No content in table", the Cut/Copy/Paste menu of text fields. JavaFX reads those from the JVM's default
 * locale when a control or a dialog's button is made, so the planner's language becomes the default locale's language
 * before the first window is built, and again when the planner switches (the window is rebuilt then).
 */
public final class UiLanguage {
    private UiLanguage() {
    }

    /**
     * At the app's start, before any control is made: the planner's choice ({@code chosen}, View › Language), else
     * the system's language as {@link Messages} picked it.
     */
    public static void atStart(Optional<Locale> chosen) {
        chosen.ifPresent(Messages::setLocale);
        forControls(Messages.locale());
    }

    /** The planner switched the language in the running app: controls and dialogs made from now on speak it. */
    public static void switchTo(Locale language) {
        Messages.setLocale(language);
        forControls(Messages.locale());
    }

    /** Makes {@code language} the default for JavaFX's texts; numbers and dates keep the system's format. */
    static void forControls(Locale language) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(language);
        Locale.setDefault(Locale.Category.FORMAT, format);
    }
}
