package org.villageplanner.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.villageplanner.domain.Agreement;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Contribution;
import org.villageplanner.domain.JointEntity;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Scenario;
import org.villageplanner.domain.ShareRule;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.service.PlanReport;

/**
 * Plan reports for tests and the benchmark: a grid of organic-looking village polygons near 龙山镇 (慈溪), grouped
 * row by row into clusters of 3–4, with plausible figures. The figures are made up here (this is not the
 * simulation): the report only has to print what it is given.
 */
public final class ReportFixtures {
    static final String[] NAMES = {"徐福村", "田央村", "筋竹村", "方家河头村", "西门外村", "东门外村", "山下村",
        "施公山村", "伏龙山村", "凤浦岙村", "达蓬山村", "东渡村", "邱王村", "龙头场村", "金岙村", "上剑山村", "洞山村",
        "西渡村", "樟新南村", "龙南村"};
    private static final ClusterType[] TYPES = ClusterType.values();
    private static final GeometryFactory GF = new GeometryFactory();

    private ReportFixtures() {
    }

    /**
     * {@code cols × rows} villages; each row is cut into clusters of 3 (4 when exactly 4 are left); one or two
     * villages left at a row's end stay unassigned, so the legend shows that class too.
     */
    static PlanReport grid(int cols, int rows, int years, boolean compare) {
        List<Village> villages = villages(cols, rows);
        List<PlanReport.ClusterSection> sections = new ArrayList<>();
        for (Cluster c : clusters(villages, cols, rows)) {
            sections.add(section(c, c.members().stream().map(code -> villages.stream()
                    .filter(v -> v.code().equals(code)).findFirst().orElseThrow()).toList(), years));
        }
        List<PlanReport.IndicatorRow> indicators = indicators(villages.size(), years, 0);
        List<PlanReport.ScenarioSummary> comparisons = compare
                ? List.of(new PlanReport.ScenarioSummary("现状", 0, 0, indicators(villages.size(), years, 1)))
                : List.of();
        return new PlanReport(info(), "方案A", LocalDate.of(2026, 11, 24), "龙山镇农办", null, villages, List.of(),
                indicators, sections, comparisons, new PlanReport.Uncertainty(1000, 1, 0.4321));
    }

    /** The grid's villages with organic polygons and made-up incomes. */
    public static List<Village> villages(int cols, int rows) {
        List<Village> villages = new ArrayList<>();
        Random random = new Random(7);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                String name = i < NAMES.length ? NAMES[i] : NAMES[i % NAMES.length].replace("村", (i / NAMES.length)
                        + "村");
                double operating = 150_000 + random.nextDouble() * 2_600_000;
                villages.add(new Village(String.format("330282%06d", 100_000 + i), name, "龙山镇", cell(c, r),
                        1500 + random.nextInt(3000), 600, operating * 1.7, operating, 5e6, 10, 3, null, false));
            }
        }
        return villages;
    }

    /** Row-wise clusters of 3 (4 when exactly 4 are left) with contributions and two projects each. */
    public static List<Cluster> clusters(List<Village> villages, int cols, int rows) {
        List<Cluster> clusters = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (cols - c >= 3) {
                int size = cols - c == 4 ? 4 : 3;
                clusters.add(cluster(clusters.size(), villages.subList(r * cols + c, r * cols + c + size)));
                c += size;
            }
        }
        return clusters;
    }

    /** A project of the grid with 现状 (no clusters) and 方案A (the row-wise clusters). */
    public static PlanProject project(int cols, int rows) {
        List<Village> villages = villages(cols, rows);
        Scenario planA = new Scenario("方案A", "", Assumptions.DEFAULTS, clusters(villages, cols, rows));
        return new PlanProject(info(), villages, List.of(Scenario.empty("现状"), planA));
    }

    static ProjectInfo info() {
        return new ProjectInfo("龙山镇村庄片区组团规划", "慈溪市龙山镇", true, "示例数据：按慈溪市龙山镇行政村名称编制的虚拟数据");
    }

    /** A cluster of {@code members} with cash contributions (and the town's), a tourism and a leased project. */
    public static Cluster cluster(int id, List<Village> members) {
        ClusterType type = TYPES[id % TYPES.length];
        Village leader = members.stream().max((a, b) -> Double.compare(a.operatingIncome(), b.operatingIncome()))
                .orElseThrow();
        String name = leader.name().replace("村", "") + "片区";
        List<Contribution> contributions = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            contributions.add(Contribution.cash(members.get(k).code(), 1_000_000 * (k + 1)));
        }
        contributions.add(new Contribution("town", "龙山镇", 1_000_000, 0, 0, 0));
        InvestmentProject p1 = new InvestmentProject("康养基地", "TOURISM", InvestmentMode.OPERATED, 8_000_000, 3_000_000, 1_200_000, 2,
                0.05, 0, 20, 0.25, 0, 0, 0, null);
        InvestmentProject p2 = InvestmentProject.leased("标准厂房", 4_700_000, 400_000);
        return new Cluster("c" + id, name, type, leader.code(), members.stream().map(Village::code).toList(),
                JointEntity.named(name + "强村公司"), Agreement.of(ShareRule.BY_CONTRIBUTION), contributions,
                List.of(p1, p2), List.of(), false);
    }

    private static PlanReport.ClusterSection section(Cluster cluster, List<Village> members, int years) {
        List<Contribution> contributions = cluster.contributions();
        double total = contributions.stream().mapToDouble(Contribution::cash).sum();
        List<PlanReport.WaterfallRow> waterfall = new ArrayList<>();
        double dividendsTotal = 0;
        for (int t = 1; t <= years; t++) {
            double revenue = 3_000_000 * Math.min(1, t / 2.0) * Math.pow(1.05, t - 1) + 400_000;
            double opex = 1_200_000;
            double dep = 635_000;
            double pbt = revenue - opex - dep;
            double reserve = Math.max(0, pbt) * 0.1;
            double welfare = Math.max(0, pbt) * 0.05;
            double div = Math.max(0, pbt - reserve - welfare);
            dividendsTotal += div;
            waterfall.add(new PlanReport.WaterfallRow(t, revenue, opex, dep, pbt, 0, reserve, welfare, 0, 0, div,
                    0));
        }
        List<PlanReport.ShareRow> shares = new ArrayList<>();
        for (Contribution c : contributions) {
            String partyName = c.name().isEmpty() ? members.stream().filter(v -> v.code().equals(c.party()))
                    .findFirst().orElseThrow().name() : c.name();
            shares.add(new PlanReport.ShareRow(c.party(), partyName, c.cash(), c.cash() / total,
                    dividendsTotal * c.cash() / total));
        }
        List<PlanReport.MemberIncome> incomes = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            Village v = members.get(k);
            double fraction = contributions.get(k).cash() / total;
            List<Double> op = new ArrayList<>();
            List<Double> tot = new ArrayList<>();
            for (int t = 0; t <= years; t++) {
                double dividend = t == 0 ? 0 : waterfall.get(t - 1).dividends() * fraction;
                double o = v.operatingIncome() * Math.pow(1.03, t) + dividend;
                op.add(o);
                tot.add(o + (v.totalIncome() - v.operatingIncome()) * Math.pow(1.03, t));
            }
            incomes.add(new PlanReport.MemberIncome(v.code(), v.name(),
                    Strength.classify(v.operatingIncome(), 2_000_000, 500_000), op, tot));
        }
        return new PlanReport.ClusterSection(cluster, incomes, shares, waterfall, List.of(), 12_345_678.9, 0.0851,
                7);
    }

    private static List<PlanReport.IndicatorRow> indicators(int villages, int years, int offset) {
        List<PlanReport.IndicatorRow> rows = new ArrayList<>();
        for (int t = 0; t <= years; t++) {
            int below = Math.max(0, villages / 3 - t * 2 + offset * 3);
            rows.add(new PlanReport.IndicatorRow(t, below / 2, below, 0.41 - t * 0.015 + offset * 0.02,
                    t == 0 ? null : 18.5 - t, 0.8 - t * 0.03, 2_750_000 * Math.pow(1.03, t),
                    150_000 + t * 60_000));
        }
        return rows;
    }

    /** A cell of the grid with jittered corners and edge midpoints, shared exactly with its neighbours. */
    private static Geometry cell(int c, int r) {
        Coordinate[] ring = {
            corner(c, r), mid(c, r, c + 1, r), corner(c + 1, r), mid(c + 1, r, c + 1, r + 1), corner(c + 1, r + 1),
            mid(c, r + 1, c + 1, r + 1), corner(c, r + 1), mid(c, r, c, r + 1), corner(c, r)};
        return GF.createPolygon(ring);
    }

    private static Coordinate corner(int c, int r) {
        Random j = new Random(c * 7919L + r * 104729L);
        return new Coordinate(121.12 + c * 0.018 + (j.nextDouble() - 0.5) * 0.006,
                30.12 + r * 0.015 + (j.nextDouble() - 0.5) * 0.005);
    }

    private static Coordinate mid(int c1, int r1, int c2, int r2) {
        Coordinate a = corner(c1, r1);
        Coordinate b = corner(c2, r2);
        Random j = new Random((c1 + c2) * 31L + (r1 + r2) * 1_000_003L + (c1 == c2 ? 17 : 0));
        return new Coordinate((a.x + b.x) / 2 + (j.nextDouble() - 0.5) * 0.005,
                (a.y + b.y) / 2 + (j.nextDouble() - 0.5) * 0.004);
    }
}
