package org.villageplanner.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the second core to work at the start of a one-shot {@code planner report}, where the command's own work
 * is one thread: parses the bundled font for the first document ({@link PdfFonts#prefetch()}), then loads the
 * classes of the jar that the command will need (listed in {@code report-classes.txt}, in the order a report run
 * loads them) last needed first, while the main thread wires the services and reads the project from the front
 * of the same list. Classes are loaded, not initialised: no static initialiser runs here, so nothing can behave
 * differently or deadlock; the main thread still links and initialises each one when it first uses it. Costs no
 * extra CPU (each class is loaded once, by whichever thread gets there first) and changes nothing in the output.
 * Only for the command-line process ({@code Main}); the app and the benchmarks do not call it.
 */
public final class ReportPrefetch {
    private static final Logger LOG = Logger.getLogger(ReportPrefetch.class.getName());
    private static final String LIST = "report-classes.txt";

    private ReportPrefetch() {
    }

    /** Starts the prefetching daemon thread and returns at once. */
    public static void start() {
        Thread t = new Thread(ReportPrefetch::run, "report-prefetch");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            PdfFonts.prefetch();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "font not prefetched", e);
        }
        ClassLoader loader = ReportPrefetch.class.getClassLoader();
        List<String> names = names();
        for (int i = names.size() - 1; i >= 0; i--) {
            try {
                Class.forName(names.get(i), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // A stale entry of the list: the main thread loads what it needs as usual.
            }
        }
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        try (InputStream in = ReportPrefetch.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "class list not read", e);
        }
        return out;
    }
}
