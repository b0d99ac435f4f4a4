package org.villageplanner.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds a project's write lock: the app or command, its process id, its host and since when. Stored as a few
 * {@code key=value} lines in the lock file beside the project ({@code PROJECT.gpkg.lock}) so that a second writer
 * can name the holder, and a person can read it too.
 */
public record LockHolder(String app, long pid, String host, Instant since) {

    /** This process, holding as {@code app}, from now. */
    public static LockHolder self(String app) {
        return new LockHolder(app, ProcessHandle.current().pid(), hostName(), Instant.now());
    }

    /** Whether the holder is a process of this machine that has ended (its lock can be taken over). */
    public boolean deadOnThisHost() {
        return hostName().equals(host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    public String toText() {
        return "app=" + oneLine(app) + "\npid=" + pid + "\nhost=" + oneLine(host) + "\nsince=" + since + "\n";
    }

    /** The holder written by {@link #toText}, or empty when the text is empty or not ours. */
    public static Optional<LockHolder> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        try {
            return Optional.of(new LockHolder(m.getOrDefault("app", "?"), Long.parseLong(m.get("pid")),
                    m.getOrDefault("host", "?"), Instant.parse(m.get("since"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static String hostName() {
        String h = System.getenv("COMPUTERNAME");
        if (h == null || h.isBlank()) {
            h = System.getenv("HOSTNAME");
        }
        if (h == null || h.isBlank()) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                h = "localhost";
            }
        }
        return h;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]", " ");
    }
}
