package org.villageplanner.ui.common;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.util.StringConverter;

/**
 * Controls as every dialog and menu of the app makes them: an id for tests and an accessible text from the
 * bundle (PDFsam's habit: TestFX finds controls by {@code #id}, a screen reader reads the text).
 */
public final class Controls {
    private Controls() {
    }

    /** A button labelled with {@code key}, its id, accessible text and action. */
    public static Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        named(b, id, key);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Gives {@code c} its id and the text of {@code key} as accessible text. */
    public static <C extends Control> C named(C c, String id, String key) {
        c.setId(id);
        c.setAccessibleText(I18n.t(key));
        return c;
    }

    /**
     * The line under a form or list that says why the last change was refused (style class {@code error-text} in
     * planner.css); empty when it was made.
     */
    public static Label errorMessage(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("error-text");
        l.setWrapText(true);
        return l;
    }

    /** A menu item labelled with {@code key}; {@code accelerator} as {@link KeyCombination} text, or null. */
    public static MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(I18n.t(key));
        i.setId(id);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /**
     * The one way a control's {@link StringConverter} is made: {@code show} gives the text of every value (null
     * included), {@code parse} the value of typed text (editable combo boxes and table cells).
     */
    public static <T> StringConverter<T> converter(Function<T, String> show, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return parse.apply(s);
            }
        };
    }

    /** A display-only converter: {@code f} gives the text of every value, null included; typed text reads as null. */
    public static <T> StringConverter<T> text(Function<T, String> f) {
        return converter(f, s -> null);
    }

    /** A display-only converter that shows null as empty and any other value by {@code label} (enums, ids). */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return text(t -> t == null ? "" : label.apply(t));
    }
}
