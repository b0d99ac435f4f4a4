package org.villageplanner.ui.simulation;

import javafx.scene.chart.LineChart;
import org.villageplanner.finance.MonteCarloResult;
import org.villageplanner.finance.SimulationResult;
import org.villageplanner.ui.common.I18n;

/**
 * The chance that every village meets the targets, year by year (CLI.md {@code monteCarlo.pAllMeetByYear}): three
 * lines in percent — operating target, total target, both. Empty without Monte Carlo runs.
 */
final class AllMeetChart {
    private AllMeetChart() {
    }

    static LineChart<Number, Number> create() {
        LineChart<Number, Number> c = ResultsView.chart("allMeetChart", "uisim.chart.allMeetY");
        javafx.scene.chart.NumberAxis y = (javafx.scene.chart.NumberAxis) c.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setUpperBound(100);
        y.setTickUnit(25);
        return c;
    }

    static void draw(LineChart<Number, Number> chart, SimulationResult r) {
        chart.getData().clear();
        if (r == null || r.runs() == 0) {
            return;
        }
        MonteCarloResult.AllMeetByYear p = r.monteCarlo().pAllMeetByYear();
        chart.getData().add(ResultsView.series(I18n.t("uisim.allMeet.operating"), p.operating(), 0.01));
        chart.getData().add(ResultsView.series(I18n.t("uisim.allMeet.total"), p.total(), 0.01));
        chart.getData().add(ResultsView.series(I18n.t("uisim.allMeet.both"), p.both(), 0.01));
    }
}
