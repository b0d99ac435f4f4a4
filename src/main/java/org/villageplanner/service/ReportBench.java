package org.villageplanner.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Village;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * The plan-PDF benchmark (DESIGN.md: 81 clusters in < 5 s and < 10 MB), shared by {@code planner bench report}
 * and the test-scope runner. The county sample ships without clusters, so {@link #withClusters} groups
 * neighbours (shared border, same town) into clusters of 2 to {@code max} villages, each with contributions and two
 * projects, which makes every section of the plan non-trivial. Prints nothing; asserts nothing.
 */
public final class ReportBench {
    /** Scenario added by {@link #withClusters}. */
    public static final String SCENARIO = "基准测试方案";

    private ReportBench() {
    }

    /**
     * @param firstSeconds    wall-clock time of the first export in this JVM (class loading, font reading included)
     * @param firstCpuSeconds CPU time the whole process spent during it (JIT and GC threads included): on a shared
     *                        machine the wall-clock figure depends on the others' load, this one much less
     * @param bestSeconds     the best wall-clock time of the repeated exports after it
     */
    public record Figures(int villages, int clusters, int pages, double firstSeconds, double firstCpuSeconds,
                          double bestSeconds, long bytes) {
    }

    /** Exports {@code scenario} (with 现状 for the comparison appendix when present) once, then {@code repeat} times. */
    public static Figures run(ReportService reports, PlanProject project, String scenario, int repeat) {
        Path dir;
        try {
            dir = Files.createTempDirectory("vcp-report-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path out = dir.resolve("plan.pdf");
        List<String> compare = project.scenario("现状").isPresent() && !scenario.equals("现状") ? List.of("现状")
                : List.of();
        ReportService.Request request = new ReportService.Request(scenario, compare, "benchmark");
        try {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            ReportService.Result r = reports.export(project, request, out, Progress.NONE);
            double first = (System.nanoTime() - t0) / 1e9;
            double firstCpu = (processCpuNanos() - cpu0) / 1e9;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < repeat; i++) {
                long t = System.nanoTime();
                r = reports.export(project, request, out, Progress.NONE);
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
            }
            return new Figures(project.villages().size(), project.requireScenario(scenario).clusters().size(),
                    r.pages(), first, firstCpu, repeat == 0 ? first : best, r.bytes());
        } finally {
            try {
                Files.deleteIfExists(out);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // A leftover temporary file does not change the figures.
            }
        }
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** {@code project} plus a scenario {@link #SCENARIO} of neighbour clusters of 2 to {@code max} villages. */
    public static PlanProject withClusters(PlanProject project, int max) {
        return project.withScenario(new Scenario(SCENARIO, "", Assumptions.DEFAULTS,
                adjacencyClusters(project.villages(), max)));
    }

    /** Greedy clusters along the adjacency graph in code order, each grown to {@code max} members when it can. */
    static List<Cluster> adjacencyClusters(List<Village> villages, int max) {
        AdjacencyGraph graph = AdjacencyGraph.of(villages);
        Map<String, Village> byCode = Village.byCode(villages);
        Set<String> used = new HashSet<>();
        List<Cluster> clusters = new ArrayList<>();
        for (Village seed : villages) {
            if (used.contains(seed.code()) || !graph.contains(seed.code())) {
                continue;
            }
            List<Village> members = new ArrayList<>(List.of(seed));
            used.add(seed.code());
            for (int i = 0; i < members.size() && members.size() < max; i++) {
                for (String n : new TreeSet<>(graph.neighbours(members.get(i).code()))) {
                    if (members.size() < max && !used.contains(n) && byCode.get(n).town().equals(seed.town())) {
                        members.add(byCode.get(n));
                        used.add(n);
                    }
                }
            }
            if (members.size() >= 2) {
                clusters.add(cluster(clusters.size(), members));
            } else {
                used.remove(seed.code());
            }
        }
        return clusters;
    }

    /** A cluster led by its richest member, with cash contributions (and the town's) and two projects. */
    public static Cluster cluster(int id, List<Village> members) {
        ClusterType type = ClusterType.values()[id % ClusterType.values().length];
        Village leader = members.stream().max((a, b) -> Double.compare(a.operatingIncome(), b.operatingIncome()))
                .orElseThrow();
        String name = leader.name().replace("村", "") + "片区";
        List<Contribution> contributions = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            contributions.add(Contribution.cash(members.get(k).code(), 1_000_000 * (k + 1)));
        }
        contributions.add(new Contribution("town", leader.town().isEmpty() ? "乡镇" : leader.town(), 1_000_000, 0, 0,
                0));
        InvestmentProject tourism = new InvestmentProject("康养基地", "TOURISM", InvestmentMode.OPERATED, 8_000_000, 3_000_000, 1_200_000, 2,
                0.05, 0, 20, 0.25, 0, 0, 0, null);
        InvestmentProject factory = InvestmentProject.leased("标准厂房", 4_700_000, 400_000);
        return new Cluster("b" + id, name, type, leader.code(), members.stream().map(Village::code).toList(),
                JointEntity.named(name + "强村公司"), Agreement.of(ShareRule.BY_CONTRIBUTION), contributions,
                List.of(tourism, factory), List.of(), false);
    }
}
