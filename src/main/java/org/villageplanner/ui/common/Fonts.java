package org.villageplanner.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled WenQuanYi Micro Hei so Chinese renders on machines without a CJK font (CI has none).
 * The CSS and the map canvas use {@link #FAMILY}.
 */
public final class Fonts {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try (InputStream in = Fonts.class.getResourceAsStream("/org/villageplanner/fonts/wqy-microhei.ttc")) {
            if (in != null) {
                Font.loadFonts(in, 13);
            }
        } catch (IOException e) {
            // The UI still works with the system font; Chinese may show as boxes on a bare machine.
            System.err.println("Could not load the bundled CJK font: " + e.getMessage());
        }
        loaded = true;
    }

    public static Font of(double size) {
        return Font.font(FAMILY, size);
    }
}
