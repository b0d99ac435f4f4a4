package org.villageplanner.report;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.villageplanner.domain.Language;
import org.villageplanner.service.PlanChecks;
import org.villageplanner.service.PlanReport;

/**
 * The plan's rule check (规则检查: every ERROR and WARNING per cluster in plain words, or that all rules pass), its
 * table of villages below the income targets, and the 草稿 / Draft stamp put on every page when the plan breaks a
 * rule.
 */
final class ChecksWriter extends PageWriter {
    private static final Color DRAFT = new Color(0xC6, 0x28, 0x28);

    ChecksWriter(PageFlow flow, PlanReport report) {
        super(flow, report);
    }

    void findings() {
        PlanChecks checks = report.checks();
        if (checks.findings().isEmpty()) {
            flow.paragraph(lang.text("report.checks.allPass"));
            return;
        }
        long errors = checks.findings().stream().filter(f -> f.problem().isError()).count();
        flow.paragraph(lang.text("report.checks.intro", errors, checks.findings().size() - errors));
        Table t = Table.of(Table.text(lang.text("report.checks.cluster"), 1.4f),
                Table.text(lang.text("report.checks.severity"), 0.7f),
                Table.text(lang.text("report.checks.message"), 6f));
        // Errors first, then warnings; within each, in the scenario's order.
        for (boolean errorPass : new boolean[] {true, false}) {
            for (PlanChecks.Finding f : checks.findings()) {
                if (f.problem().isError() == errorPass) {
                    t.row(f.clusterName() == null ? lang.text("report.checks.plan") : f.clusterName(),
                            lang.text("report.checks." + f.problem().severity().name()), f.problem().message(lang.locale()));
                }
            }
        }
        TableWriter.write(flow, t);
    }

    void belowTargets() {
        int n = report.assumptions().years();
        int three = Math.min(3, n);
        var below = report.checks().below();
        if (below.isEmpty()) {
            flow.paragraph(lang.text("report.below.none", n));
            return;
        }
        flow.paragraph(lang.text("report.below.intro", n, Formats.wan(report.assumptions().operatingIncomeTarget()),
                Formats.wan(report.assumptions().totalIncomeTarget()), below.size()));
        boolean band = below.stream().anyMatch(b -> b.p10N() != null);
        String base = lang.text("report.below.base");
        String y3 = lang.text("report.below.year", three);
        String yn = lang.text("report.below.year", n);
        String first = lang.text("report.below.first");
        String op = lang.text("report.below.operating");
        String tot = lang.text("report.below.total");
        java.util.List<Table.Column> cols = new java.util.ArrayList<>(java.util.List.of(
                Table.text(lang.text("report.col.village"), 1.2f),
                Table.number(op + "\n" + base, 1f), Table.number(op + "\n" + y3, 1f), Table.number(op + "\n" + yn, 1f),
                Table.text(op + "\n" + first, 1f),
                Table.number(tot + "\n" + base, 1f), Table.number(tot + "\n" + y3, 1f), Table.number(tot + "\n" + yn, 1f),
                Table.text(tot + "\n" + first, 1f)));
        boolean chance = below.stream().anyMatch(b -> b.pOperatingN() != null);
        if (band) {
            cols.add(Table.number(lang.text("report.below.band", n), 1.8f));
        }
        if (chance) {
            cols.add(Table.number(lang.text("report.below.probability", n) + "\n"
                    + lang.text("report.below.probabilityParts"), 2.4f));
        }
        Table t = Table.of(cols.toArray(new Table.Column[0]));
        for (PlanChecks.BelowTarget b : below) {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.List.of(b.name(),
                    Formats.wan(b.operating0()), Formats.wan(b.operating3()), Formats.wan(b.operatingN()),
                    year(b.firstOperatingYear()), Formats.wan(b.total0()), Formats.wan(b.total3()),
                    Formats.wan(b.totalN()), year(b.firstTotalYear())));
            if (band) {
                cells.add(b.p10N() == null ? Formats.NONE : Formats.wan(b.p10N()) + "–" + Formats.wan(b.p90N()));
            }
            if (chance) {
                cells.add(b.pOperatingN() == null ? Formats.NONE
                        : Formats.decimal(100 * b.pOperatingN(), 0) + "% / "
                                + Formats.decimal(100 * b.pTotalN(), 0) + "%");
            }
            t.row(cells.toArray(new String[0]));
        }
        TableWriter.write(flow, t);
        if (band && report.uncertainty() != null) {
            flow.paragraph(lang.text("report.below.bandNote", report.uncertainty().runs(), n), 8.5f,
                    PageFlow.MUTED);
        }
        if (chance && report.uncertainty() != null) {
            flow.paragraph(lang.text("report.below.probabilityNote", report.uncertainty().runs(), n), 8.5f,
                    PageFlow.MUTED);
        }
    }

    private String year(Integer y) {
        if (y == null) {
            return lang.text("report.below.never");
        }
        return y == 0 ? lang.text("report.below.base") : lang.text("report.below.year", y);
    }

    /** A large, translucent diagonal 草稿 / Draft across the page, with a line saying why. */
    static void draftStamp(PageFlow flow) {
        Language lang = flow.language();
        try {
            var cs = flow.cs();
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(0.18f);
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(gs);
            String word = flow.fonts().printable(lang.text("report.draft"));
            float size = 110;
            float w = flow.fonts().width(word, size);
            cs.beginText();
            cs.setFont(flow.fonts().pdf(), size);
            cs.setNonStrokingColor(DRAFT);
            double angle = Math.toRadians(40);
            float cx = PageFlow.A4.getWidth() / 2;
            float cy = PageFlow.A4.getHeight() / 2;
            cs.setTextMatrix(Matrix.getRotateInstance(angle, cx - (float) Math.cos(angle) * w / 2,
                    cy - (float) Math.sin(angle) * w / 2));
            cs.showText(word);
            cs.endText();
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flow.textCentered(lang.text("report.draftNote"), PageFlow.A4.getWidth() / 2, 46, 9, DRAFT, true);
    }
}
