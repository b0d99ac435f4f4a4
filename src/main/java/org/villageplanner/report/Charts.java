package org.villageplanner.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.villageplanner.domain.Messages;
import org.villageplanner.service.PlanReport;

/**
 * The plan's charts, built with JFreeChart and drawn through PdfBoxGraphics2D so they stay vectors. All chart
 * text uses the bundled CJK face registered with the font text drawer, so it is embedded once with the rest of the
 * document and stays extractable.
 */
final class Charts {
    static final Color[] SERIES = {new Color(0x1F, 0x77, 0xB4), new Color(0xD6, 0x27, 0x28),
        new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD),
        new Color(0x8C, 0x56, 0x4B), new Color(0xE3, 0x77, 0xC2), new Color(0x17, 0xBE, 0xCF)};

    private static final Color TARGET = new Color(0xB0, 0x3A, 0x2E);

    private final PageFlow flow;
    private final PdfBoxGraphics2DFontTextDrawer textDrawer = new PdfBoxGraphics2DFontTextDrawer();
    private final StandardChartTheme theme;

    Charts(PageFlow flow) {
        this.flow = flow;
        Font base = PdfFonts.awt();
        textDrawer.registerFont(base.getFontName(), flow.fonts().pdf());
        theme = new StandardChartTheme("plan");
        theme.setExtraLargeFont(base.deriveFont(Font.PLAIN, 11f));
        theme.setLargeFont(base.deriveFont(Font.PLAIN, 9f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 8f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
    }

    /** Horizontal bars: each party's share in percent. */
    PageFlow.Drawing shares(List<PlanReport.ShareRow> shares) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = Messages.get("report.chart.share");
        for (PlanReport.ShareRow s : shares) {
            data.addValue(s.fraction() * 100, series, flow.fonts().printable(s.name()));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, Messages.get("report.chart.sharePercent"), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, PageFlow.ACCENT);
        bars.setMaximumBarWidth(0.12);
        bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}%", new java.text.DecimalFormat("0.00")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(theme.getRegularFont());
        NumberAxis percent = (NumberAxis) plot.getRangeAxis();
        percent.setUpperMargin(0.15);
        double max = shares.stream().mapToDouble(PlanReport.ShareRow::fraction).max().orElse(1) * 100;
        percent.setTickUnit(new NumberTickUnit(max > 50 ? 10 : 5));
        return draw(chart);
    }

    /**
     * Lines: each member's operating income (solid) and total income (dashed) in 万元, years 0..N, with the
     * operating and total income targets as flat red reference lines named in the legend.
     */
    PageFlow.Drawing incomes(List<PlanReport.MemberIncome> members, double operatingTarget, double totalTarget) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (PlanReport.MemberIncome m : members) {
            data.addSeries(series(m.name() + " " + Messages.get("report.chart.operating"), m.operatingIncome()));
        }
        for (PlanReport.MemberIncome m : members) {
            data.addSeries(series(m.name() + " " + Messages.get("report.chart.total"), m.totalIncome()));
        }
        // The targets are drawn as two flat series so that the legend names them: labels inside the plot
        // would sit on top of the weak villages' lines, which run right along the targets.
        int years = members.isEmpty() ? 0 : members.get(0).operatingIncome().size() - 1;
        data.addSeries(flat(Messages.get("report.chart.operatingTarget", Formats.decimal(operatingTarget / 1e4, 0)),
                operatingTarget, years));
        data.addSeries(flat(Messages.get("report.chart.totalTarget", Formats.decimal(totalTarget / 1e4, 0)),
                totalTarget, years));
        JFreeChart chart = ChartFactory.createXYLineChart(null, Messages.get("report.chart.year"),
                Messages.get("report.chart.incomeWan"), data, PlotOrientation.VERTICAL, true, false, false);
        theme.apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        int n = members.size();
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {4f, 3f}, 0f);
        for (int i = 0; i < 2 * n; i++) {
            Color c = SERIES[(i % Math.max(n, 1)) % SERIES.length];
            lines.setSeriesPaint(i, c);
            lines.setSeriesStroke(i, i < n ? new BasicStroke(1.6f) : dashed);
            lines.setSeriesShape(i, new Rectangle2D.Double(-1.5, -1.5, 3, 3));
        }
        for (int i = 2 * n; i < 2 * n + 2; i++) {
            lines.setSeriesPaint(i, TARGET);
            lines.setSeriesStroke(i, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    i == 2 * n ? new float[] {1.5f, 2f} : new float[] {6f, 2f, 1.5f, 2f}, 0f));
            lines.setSeriesShapesVisible(i, false);
        }
        plot.setRenderer(lines);
        NumberAxis yearAxis = (NumberAxis) plot.getDomainAxis();
        yearAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        return draw(chart);
    }

    private static XYSeries flat(String key, double yuan, int years) {
        XYSeries s = new XYSeries(key, false, true);
        s.add(0, yuan / 10_000);
        s.add(Math.max(years, 1), yuan / 10_000);
        return s;
    }

    private static XYSeries series(String key, List<Double> yuanByYear) {
        XYSeries s = new XYSeries(key, false, true);
        for (int t = 0; t < yuanByYear.size(); t++) {
            s.add(t, yuanByYear.get(t) / 10_000);
        }
        return s;
    }

    private PageFlow.Drawing draw(JFreeChart chart) {
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        return (f, x, bottom, w, h) -> {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(f.doc(), w, h);
            g.setFontTextDrawer(textDrawer);
            chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            PDPageContentStream cs = f.cs();
            cs.saveGraphicsState();
            cs.transform(Matrix.getTranslateInstance(x, bottom));
            cs.drawForm(form);
            cs.restoreGraphicsState();
        };
    }

    void close() throws IOException {
        textDrawer.close();
    }
}
