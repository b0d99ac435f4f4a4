package org.villageplanner.report;

import java.util.List;
import java.util.Map;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.InvestmentProject;
import org.villageplanner.domain.InvestmentMode;
import org.villageplanner.domain.Village;
import org.villageplanner.service.PlanReport;

/**
 * One cluster's section of the plan. Its first page holds the summary, the map, the member table and the
 * shareholding (table and chart); its second page, started on purpose so that every cluster reads the same way,
 * holds the distribution waterfall, the income chart and the projects. Large clusters flow onto more pages.
 */
final class ClusterSectionWriter extends PageWriter {
    private static final float MAP_HEIGHT = 235;
    private static final float INCOME_CHART_HEIGHT = 225;
    private static final float MIN_SHARE_CHART = 80;

    private final Charts charts;
    private final MapBuilder maps;
    private final Map<String, Village> villages;

    ClusterSectionWriter(PageFlow flow, Charts charts, MapBuilder maps, PlanReport report) {
        super(flow, report);
        this.charts = charts;
        this.maps = maps;
        this.villages = Village.byCode(report.villages());
    }

    void write(PlanReport.ClusterSection s) {
        Cluster c = s.cluster();
        flow.paragraph(summary(s));
        MapSpec map = maps.cluster(c);
        if (map != null) {
            // Never taller than MAP_HEIGHT, so that every cluster's first page holds the same blocks.
            float h = Math.max(170, Math.min(MAP_HEIGHT, MapRenderer.naturalHeight(map, flow.width()) + 30));
            flow.drawing(h, (f, x, bottom, w, hh) -> MapRenderer.draw(f, map, x, bottom, w, hh));
            flow.space(8);
        }
        flow.heading2(lang.text("report.cluster.members"));
        TableWriter.write(flow, members(s));
        flow.heading2(lang.text("report.cluster.shares"));
        TableWriter.write(flow, shares(s));
        // The chart shrinks to the room left on the first page rather than spill a lone chart onto a page.
        float chartHeight = Math.min(150, 36 + 17 * s.shares().size());
        if (flow.room() >= MIN_SHARE_CHART && flow.room() < chartHeight) {
            chartHeight = flow.room() - 2;
        }
        if (!s.shares().isEmpty()) {
            flow.drawing(chartHeight, charts.shares(s.shares()));
        }

        flow.newPage();
        flow.heading2(lang.text("report.cluster.waterfall"));
        TableWriter.write(flow, waterfall(s));
        double shortfall = s.waterfall().stream().mapToDouble(PlanReport.WaterfallRow::shortfall).sum();
        if (shortfall > 0) {
            flow.paragraph(lang.text("report.cluster.shortfall", Formats.wan(shortfall)), 8.5f, PageFlow.MUTED);
        }
        if (!s.transfers().isEmpty()) {
            flow.heading2(lang.text("report.cluster.transfers"));
            TableWriter.write(flow, transfers(s));
        }
        flow.heading2(lang.text("report.cluster.income", report.assumptions().years()));
        flow.drawing(INCOME_CHART_HEIGHT, charts.incomes(s.members(), report.assumptions().operatingIncomeTarget(),
                report.assumptions().totalIncomeTarget()));
        flow.space(6);
        flow.heading2(lang.text("report.cluster.projects"));
        if (c.projects().isEmpty()) {
            flow.paragraph(lang.text("report.cluster.noProjects"), 9, PageFlow.MUTED);
        } else {
            TableWriter.write(flow, projects(c.projects()));
        }
    }

    private String summary(PlanReport.ClusterSection s) {
        Cluster c = s.cluster();
        Village leader = c.leader() == null ? null : villages.get(c.leader());
        String entity = c.entity().name().isEmpty() ? c.entity().form().label(lang)
                : lang.text("report.cluster.entity", c.entity().name(), c.entity().form().label(lang));
        String text = lang.text("report.cluster.summary", c.type().label(lang),
                leader == null ? Formats.NONE : leader.name(), entity, c.agreement().rule().label(lang),
                c.members().size());
        String money;
        if (c.projects().isEmpty()) {
            money = lang.text("report.cluster.noProjectsYet");
        } else if (s.paybackYear() != null && s.paybackYear() == 0) {
            // Nothing invested in year 0: "paid back in year 0" would be meaningless.
            money = lang.text("report.cluster.noInvestment", s.npv() == null ? Formats.NONE : Formats.wan(s.npv()));
        } else {
            money = lang.text("report.cluster.returns", s.npv() == null ? Formats.NONE : Formats.wan(s.npv()),
                    Formats.percentOrNone(s.irr()),
                    s.paybackYear() == null ? lang.text("report.cluster.noPayback")
                            : lang.text("report.cluster.paybackYear", s.paybackYear()));
        }
        // Chinese sentences run on without a space; English ones need it.
        return text + (lang.isChinese() ? "" : " ") + money;
    }

    private Table members(PlanReport.ClusterSection s) {
        int n = report.assumptions().years();
        Table t = Table.of(Table.text(lang.text("report.col.code"), 2.3f),
                Table.text(lang.text("report.col.village"), 1.7f),
                Table.text(lang.text("report.col.strength"), 1.1f),
                Table.number(lang.text("report.col.baseOperating"), 1.6f),
                Table.number(lang.text("report.col.baseTotal"), 1.6f),
                Table.number(lang.text("report.col.yearOperating", n), 1.6f),
                Table.number(lang.text("report.col.yearTotal", n), 1.6f));
        for (PlanReport.MemberIncome m : s.members()) {
            t.row(m.code(), m.name(), m.strength() == null ? Formats.NONE : m.strength().label(lang),
                    Formats.wan(first(m.operatingIncome())), Formats.wan(first(m.totalIncome())),
                    Formats.wan(last(m.operatingIncome())), Formats.wan(last(m.totalIncome())));
        }
        return t;
    }

    private Table shares(PlanReport.ClusterSection s) {
        Table t = Table.of(Table.text(lang.text("report.col.party"), 2.6f),
                Table.number(lang.text("report.col.contribution"), 1.6f),
                Table.number(lang.text("report.col.share"), 1.2f),
                Table.number(lang.text("report.col.dividends"), 1.8f));
        double value = 0;
        double fraction = 0;
        double dividends = 0;
        for (PlanReport.ShareRow r : s.shares()) {
            t.row(r.name(), Formats.wan(r.contributionYuan()), Formats.percent(r.fraction()),
                    Formats.wan(r.dividendsYuan()));
            value += r.contributionYuan();
            fraction += r.fraction();
            dividends += r.dividendsYuan();
        }
        return t.total(lang.text("report.col.total"), Formats.wan(value), Formats.percent(fraction),
                Formats.wan(dividends));
    }

    private Table waterfall(PlanReport.ClusterSection s) {
        Table t = Table.of(Table.text(lang.text("report.col.year"), 0.9f),
                Table.number(lang.text("report.wf.revenue"), 1.25f),
                Table.number(lang.text("report.wf.opex"), 1.2f),
                Table.number(lang.text("report.wf.depreciation"), 1.1f),
                Table.number(lang.text("report.wf.profit"), 1.2f),
                Table.number(lang.text("report.wf.tax"), 1f),
                Table.number(lang.text("report.wf.reserve"), 1f),
                Table.number(lang.text("report.wf.welfare"), 1f),
                Table.number(lang.text("report.wf.guaranteed"), 1f),
                Table.number(lang.text("report.wf.dividends"), 1.2f),
                Table.number(lang.text("report.wf.retained"), 1.1f));
        double[] sum = new double[10];
        for (PlanReport.WaterfallRow w : s.waterfall()) {
            double[] v = {w.revenue(), w.opex(), w.depreciation(), w.profitBeforeTax(), w.tax(), w.reserve(),
                w.welfare(), w.guaranteed(), w.dividends(), w.retained()};
            String[] cells = new String[11];
            cells[0] = String.valueOf(w.year());
            for (int i = 0; i < v.length; i++) {
                cells[i + 1] = Formats.wan(v[i]);
                sum[i] += v[i];
            }
            t.row(cells);
        }
        String[] total = new String[11];
        total[0] = lang.text("report.col.total");
        for (int i = 0; i < sum.length; i++) {
            total[i + 1] = Formats.wan(sum[i]);
        }
        return t.total(total);
    }

    private Table transfers(PlanReport.ClusterSection s) {
        Table t = Table.of(Table.text(lang.text("report.col.year"), 0.8f),
                Table.text(lang.text("report.col.from"), 2f), Table.text(lang.text("report.col.to"), 2f),
                Table.number(lang.text("report.col.amount"), 1.5f));
        for (PlanReport.Transfer tr : s.transfers()) {
            t.row(String.valueOf(tr.year()), nameOf(tr.from()), nameOf(tr.to()), Formats.wan(tr.amount()));
        }
        return t;
    }

    private Table projects(List<InvestmentProject> projects) {
        Table t = Table.of(Table.text(lang.text("report.col.project"), 2.2f),
                Table.text(lang.text("report.col.mode"), 1.1f),
                Table.number(lang.text("report.col.capex"), 1.4f),
                Table.number(lang.text("report.col.revenue"), 1.6f),
                Table.number(lang.text("report.col.opex"), 1.4f),
                Table.number(lang.text("report.col.life"), 1f));
        for (InvestmentProject p : projects) {
            boolean leased = p.mode() == InvestmentMode.LEASED;
            String name = p.kind().isEmpty() ? p.name()
                    : lang.text("report.cluster.entity", p.name(), kindLabel(p.kind(), lang));
            t.row(name, lang.text("report.mode." + p.mode().name()), Formats.wan(p.capex()),
                    Formats.wan(leased ? p.annualRent() + p.revenueShareRate() * p.operatorTurnover()
                            : p.annualRevenue()),
                    Formats.wan(leased ? 0 : p.annualOpex()), String.valueOf(p.lifeYears()));
        }
        return t;
    }

    /** The planner's word for a project kind tag (TOURISM → 康养文旅); unknown tags are shown as written. */
    static String kindLabel(String kind, Language lang) {
        String key = "report.kind." + kind.toUpperCase(java.util.Locale.ROOT);
        return lang.has(key) ? lang.text(key) : kind;
    }

    private String nameOf(String party) {
        Village v = villages.get(party);
        return v == null ? party : v.name();
    }

    private static double first(List<Double> values) {
        return values.isEmpty() ? 0 : values.get(0);
    }

    private static double last(List<Double> values) {
        return values.isEmpty() ? 0 : values.get(values.size() - 1);
    }
}
