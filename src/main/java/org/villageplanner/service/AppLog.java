package org.villageplanner.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log file ({@link AppDirs#logFile()}): errors with their stack traces, so a planner can send it with a
 * problem report; dialogs show only the message. Three files of at most 1 MB rotate
 * ({@code planner-0.log} the newest, then {@code planner-1.log}, {@code planner-2.log}). Uncaught exceptions on any thread are logged too.
 */
public final class AppLog {
    private static final String ROOT = "org.villageplanner";
    private static final int LIMIT = 1 << 20;
    private static volatile Path file;

    private AppLog() {
    }

    /** Opens the log in {@code dirs}; a log that cannot be opened is reported on stderr and the app runs on. */
    public static synchronized void install(AppDirs dirs) {
        if (file != null) {
            return;
        }
        Path target = dirs.logFile();
        try {
            Files.createDirectories(target.getParent());
            // %g numbers the rotated files: planner-0.log is the newest. A literal % in the folder is doubled.
            String pattern = target.getParent().resolve("planner-%g.log").toString();
            String escaped = target.getParent().toString().replace("%", "%%") + pattern.substring(target.getParent().toString().length());
            FileHandler handler = new FileHandler(escaped, LIMIT, 3, true);
            handler.setEncoding("UTF-8");
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            Logger root = Logger.getLogger(ROOT);
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            root.setUseParentHandlers(false);
            file = target;
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not open the log " + target + ": " + e.getMessage());
            return;
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            error(AppLog.class, "Uncaught on thread " + thread.getName(), error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
    }

    /** The file being written, or null before {@link #install} or when it failed. */
    public static Path file() {
        return file;
    }

    /** Logs {@code error} with its stack trace under {@code source}'s logger; nothing before {@link #install}. */
    public static void error(Class<?> source, String message, Throwable error) {
        if (file != null) {
            Logger.getLogger(source.getName()).log(Level.SEVERE, message, error);
        }
    }
}
