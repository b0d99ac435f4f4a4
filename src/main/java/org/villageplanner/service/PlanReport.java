package org.villageplanner.service;

import org.villageplanner.domain.Units;

import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.villageplanner.domain.Assumptions;
import org.villageplanner.domain.Cluster;
import org.villageplanner.domain.Language;
import org.villageplanner.domain.ProjectInfo;
import org.villageplanner.domain.Strength;
import org.villageplanner.domain.Village;
import org.villageplanner.finance.Indicator;
import org.villageplanner.finance.IndicatorYear;

/**
 * Everything the plan PDF prints, already computed: {@link ReportService} fills it from the project and the
 * simulation, a {@link PlanReportWriter} only lays it out. Keeping the figures here (not in the writer) is what
 * makes the PDF show exactly the numbers of the UI and the CLI.
 *
 * <p>Money is in yuan (the writer shows 万元); ratios are fractions. Year lists run from year 0 (base) to N.
 *
 * @param author       the planner or office named on the cover; may be empty
 * @param villages     every village of the project, with EPSG:4326 geometry (null geometry is skipped on maps)
 * @param context      context outlines in EPSG:4326 (e.g. the county boundary); drawn grey under the villages
 * @param indicators   county-level indicators of the reported scenario, by year
 * @param sections     one per cluster, in the scenario's order
 * @param comparisons  other scenarios for the comparison appendix; empty when none was asked for
 * @param uncertainty  the Monte Carlo result when the scenario asks for runs, else null
 * @param checks       level wording, rule findings and below-target villages; null derives the level only
 * @param scorecards   the equity scorecards for the scorecard page; empty for none
 * @param backdrop     reference layers and basemap drawn under the clusters (none by default)
 * @param language     the language of the plan's text, independent of the session's ({@link Language#current()}
 *                     when not given)
 */
public record PlanReport(
        ProjectInfo info,
        String scenarioName,
        LocalDate date,
        String author,
        Assumptions assumptions,
        List<Village> villages,
        List<Geometry> context,
        List<IndicatorRow> indicators,
        List<ClusterSection> sections,
        List<ScenarioSummary> comparisons,
        Uncertainty uncertainty,
        PlanChecks checks,
        List<ScorecardColumn> scorecards,
        MapBackdrop backdrop,
        Language language) {

    /** In the session's current language. */
    public PlanReport(ProjectInfo info, String scenarioName, LocalDate date, String author, Assumptions assumptions,
            List<Village> villages, List<Geometry> context, List<IndicatorRow> indicators,
            List<ClusterSection> sections, List<ScenarioSummary> comparisons, Uncertainty uncertainty,
            PlanChecks checks, List<ScorecardColumn> scorecards, MapBackdrop backdrop) {
        this(info, scenarioName, date, author, assumptions, villages, context, indicators, sections, comparisons,
                uncertainty, checks, scorecards, backdrop, null);
    }

    /** Without scorecards (no scorecard page) and with nothing under the clusters on the maps. */
    public PlanReport(ProjectInfo info, String scenarioName, LocalDate date, String author, Assumptions assumptions,
            List<Village> villages, List<Geometry> context, List<IndicatorRow> indicators,
            List<ClusterSection> sections, List<ScenarioSummary> comparisons, Uncertainty uncertainty,
            PlanChecks checks) {
        this(info, scenarioName, date, author, assumptions, villages, context, indicators, sections, comparisons,
                uncertainty, checks, List.of(), MapBackdrop.NONE);
    }

    /** With nothing under the clusters on the maps. */
    public PlanReport(ProjectInfo info, String scenarioName, LocalDate date, String author, Assumptions assumptions,
            List<Village> villages, List<Geometry> context, List<IndicatorRow> indicators,
            List<ClusterSection> sections, List<ScenarioSummary> comparisons, Uncertainty uncertainty,
            PlanChecks checks, List<ScorecardColumn> scorecards) {
        this(info, scenarioName, date, author, assumptions, villages, context, indicators, sections, comparisons,
                uncertainty, checks, scorecards, MapBackdrop.NONE);
    }

    /** The equity scorecard of one scenario (the reported one first, then the compared ones). */
    public record ScorecardColumn(String scenario, org.villageplanner.finance.Scorecard scorecard) {
    }

    public PlanReport {
        scorecards = List.copyOf(scorecards == null ? List.of() : scorecards);
        date = date == null ? LocalDate.now() : date;
        author = author == null ? "" : author.strip();
        assumptions = assumptions == null ? Assumptions.DEFAULTS : assumptions;
        villages = List.copyOf(villages);
        context = List.copyOf(context == null ? List.of() : context);
        indicators = List.copyOf(indicators);
        sections = List.copyOf(sections);
        comparisons = List.copyOf(comparisons == null ? List.of() : comparisons);
        checks = checks == null ? new PlanChecks(PlanChecks.levelOf(villages, info), List.of(), List.of()) : checks;
        backdrop = backdrop == null ? MapBackdrop.NONE : backdrop;
        language = language == null ? Language.current() : language;
    }

    /** A plan without rule findings or below-target villages listed (the level is derived from the villages). */
    public PlanReport(ProjectInfo info, String scenarioName, LocalDate date, String author, Assumptions assumptions,
            List<Village> villages, List<Geometry> context, List<IndicatorRow> indicators,
            List<ClusterSection> sections, List<ScenarioSummary> comparisons, Uncertainty uncertainty) {
        this(info, scenarioName, date, author, assumptions, villages, context, indicators, sections, comparisons,
                uncertainty, null, List.of(), MapBackdrop.NONE);
    }

    /** This report with reference layers and a basemap under the clusters of its maps. */
    public PlanReport withBackdrop(MapBackdrop b) {
        return new PlanReport(info, scenarioName, date, author, assumptions, villages, context, indicators, sections,
                comparisons, uncertainty, checks, scorecards, b, language);
    }

    /** The same plan in {@code l}. */
    public PlanReport inLanguage(Language l) {
        return new PlanReport(info, scenarioName, date, author, assumptions, villages, context, indicators, sections,
                comparisons, uncertainty, checks, scorecards, backdrop, l);
    }

    /**
     * One cluster's figures.
     *
     * @param members     the member villages in the cluster's order, with their strength and income path
     * @param npv         net present value of the joint entity's cash flow, yuan; null when not computed
     * @param irr         internal rate of return as a fraction; null when undefined
     * @param paybackYear first year the cumulative cash flow is ≥ 0; null if not within the horizon
     */
    public record ClusterSection(
            Cluster cluster,
            List<MemberIncome> members,
            List<ShareRow> shares,
            List<WaterfallRow> waterfall,
            List<Transfer> transfers,
            @Units.Yuan Double npv,
            @Units.Fraction Double irr,
            Integer paybackYear) {
        public ClusterSection {
            members = List.copyOf(members);
            shares = List.copyOf(shares);
            waterfall = List.copyOf(waterfall);
            transfers = List.copyOf(transfers == null ? List.of() : transfers);
        }
    }

    /**
     * A village's strength and projected income.
     *
     * @param operatingIncome yuan per year, years 0..N
     * @param totalIncome     yuan per year, years 0..N
     * @param operatingP10    Monte Carlo P10 of operating income, yuan per year 0..N; empty when no runs were made
     * @param operatingP90    Monte Carlo P90 of operating income, yuan per year 0..N; empty when no runs were made
     */
    public record MemberIncome(String code, String name, Strength strength, @Units.Yuan List<Double> operatingIncome,
                               @Units.Yuan List<Double> totalIncome, @Units.Yuan List<Double> operatingP10, @Units.Yuan List<Double> operatingP90) {
        public MemberIncome {
            operatingIncome = List.copyOf(operatingIncome);
            totalIncome = List.copyOf(totalIncome);
            operatingP10 = List.copyOf(operatingP10 == null ? List.of() : operatingP10);
            operatingP90 = List.copyOf(operatingP90 == null ? List.of() : operatingP90);
        }

        /** A member without a Monte Carlo band (deterministic plan). */
        public MemberIncome(String code, String name, Strength strength, List<Double> operatingIncome,
                            List<Double> totalIncome) {
            this(code, name, strength, operatingIncome, totalIncome, List.of(), List.of());
        }

        /** Whether both band edges are present, one value per year of the operating-income path. */
        public boolean hasBand() {
            return !operatingP10.isEmpty() && operatingP10.size() == operatingIncome.size()
                    && operatingP90.size() == operatingIncome.size();
        }
    }

    /**
     * One party's shareholding: its valued contribution (yuan), its share (fraction, the rows add to exactly 1)
     * and its dividends over the horizon (yuan).
     */
    public record ShareRow(String party, String name, double contributionYuan, @Units.Fraction double fraction,
                           double dividendsYuan) {
    }

    /** One year of the joint entity's distribution waterfall (MODEL.md §2), all in yuan. */
    public record WaterfallRow(int year, @Units.Yuan double revenue, @Units.Yuan double opex, @Units.Yuan double depreciation, @Units.Yuan double profitBeforeTax,
                               @Units.Yuan double tax, @Units.Yuan double reserve, @Units.Yuan double welfare, @Units.Yuan double guaranteed, @Units.Yuan double shortfall,
                               @Units.Yuan double dividends, @Units.Yuan double retained) {
    }

    /** A strong-helps-weak transfer (MODEL.md §3): {@code amount} yuan from one member to another in a year. */
    public record Transfer(int year, String from, String to, @Units.Yuan double amount) {
    }

    /**
     * County-level indicators in one year (MODEL.md §5) and the year's extremes of operating income.
     *
     * @param figures      the year's indicators as the simulation computed them (null values are undefined)
     * @param maxOperating highest village operating income of the year, yuan
     * @param minOperating lowest village operating income of the year, yuan
     */
    public record IndicatorRow(IndicatorYear figures, @Units.Yuan double maxOperating, @Units.Yuan double minOperating) {
        /** The indicators the plan's tables show, in column order (the per-capita ones are in the workbook). */
        public static final List<Indicator> SHOWN = List.of(Indicator.BELOW_TOTAL_TARGET,
                Indicator.BELOW_OPERATING_TARGET, Indicator.GINI, Indicator.MAX_MIN_RATIO, Indicator.CV);

        /** A row without per-capita figures (fixtures, the empty row). */
        public IndicatorRow(int year, int belowTotalTarget, int belowOperatingTarget, @Units.Ratio Double gini,
                            @Units.Ratio Double maxMinRatio, @Units.Ratio Double cv, @Units.Yuan double maxOperating,
                            @Units.Yuan double minOperating) {
            this(new IndicatorYear(year, belowTotalTarget, belowOperatingTarget, gini, maxMinRatio, cv, null, null,
                    null), maxOperating, minOperating);
        }

        public int year() {
            return figures.year();
        }

        /** The value of {@code indicator} in this row's year ({@link IndicatorYear#value}); null when undefined. */
        public Double value(Indicator indicator) {
            return figures.value(indicator);
        }
    }

    /**
     * Monte Carlo summary (MODEL.md §6): {@code pAllMeetTargets} is the share of runs in which every village meets
     * both income targets in the final year, or null when it could not be computed.
     */
    public record Uncertainty(int runs, long seed, @Units.Fraction Double pAllMeetTargets) {
    }

    /** Another scenario's headline figures for the comparison appendix. */
    public record ScenarioSummary(String name, int clusterCount, @Units.Fraction double coverage, List<IndicatorRow> indicators) {
        public ScenarioSummary {
            indicators = List.copyOf(indicators);
        }
    }
}
