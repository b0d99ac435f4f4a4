package org.villageplanner.ui.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A diagnostic for the UI benchmark: the CPU time each thread used and the GC time between its creation and
 * {@link #since()}. Shows what competes with the UI thread for the cores while an action runs.
 */
final class ThreadTrace {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpu = new HashMap<>();
    private final long gcMillis;
    private final long gcCount;

    ThreadTrace() {
        for (long id : THREADS.getAllThreadIds()) {
            cpu.put(id, THREADS.getThreadCpuTime(id));
        }
        gcMillis = gc(true);
        gcCount = gc(false);
    }

    /** Threads that used at least 2 ms of CPU since this trace began, most first, then the GC pauses. */
    String since() {
        Map<String, Double> used = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long now = THREADS.getThreadCpuTime(id);
            double ms = (now - cpu.getOrDefault(id, 0L)) / 1e6;
            ThreadInfo info = THREADS.getThreadInfo(id);
            if (ms >= 2 && info != null) {
                used.merge(info.getThreadName(), ms, Double::sum);
            }
        }
        String threads = used.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        return threads + String.format(Locale.ROOT, "; GC %d pauses %d ms", gc(false) - gcCount, gc(true) - gcMillis);
    }

    private static long gc(boolean time) {
        long sum = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, time ? b.getCollectionTime() : b.getCollectionCount());
        }
        return sum;
    }
}
