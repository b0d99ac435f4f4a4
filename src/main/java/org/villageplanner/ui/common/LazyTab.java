package org.villageplanner.ui.common;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time the tab is selected (or {@link #build} is called), not when the
 * window is. The analysis views behind the tabs (charts, tables, forms) are most of the window's controls: built and
 * styled up front, they delayed the first frame of the map by seconds on a busy machine although nobody sees them.
 */
public final class LazyTab {
    private static final String KEY = LazyTab.class.getName();

    private LazyTab() {
    }

    /** A tab with id {@code id} and title {@code title}; {@code content} runs once, on the FX thread, when needed. */
    public static Tab of(String id, String title, Supplier<? extends Node> content) {
        return ofTab(id, title, tab -> content.get());
    }

    /** As {@link #of}, for content that needs its own tab (to know when it is shown). */
    public static Tab ofTab(String id, String title, Function<Tab, ? extends Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.getProperties().put(KEY, content);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                build(tab);
            }
        });
        if (tab.isSelected()) {
            build(tab);
        }
        return tab;
    }

    /** Builds {@code tab}'s content now if it has not been built yet; returns the content. */
    public static Node build(Tab tab) {
        Object pending = tab.getProperties().remove(KEY);
        if (pending instanceof Function<?, ?> content) {
            @SuppressWarnings("unchecked")
            Function<Tab, ? extends Node> f = (Function<Tab, ? extends Node>) content;
            tab.setContent(f.apply(tab));
        }
        return tab.getContent();
    }

    /** Whether {@code tab}'s content exists (always true for a tab that is not lazy). */
    public static boolean isBuilt(Tab tab) {
        return !tab.getProperties().containsKey(KEY);
    }
}
