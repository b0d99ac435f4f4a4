package org.villageplanner.report;

import org.villageplanner.domain.Language;
import org.villageplanner.service.PlanReport;

/**
 * What every writer of the plan's pages works with: the page flow it draws on, the plan, and the plan's language
 * (passed in with the plan, never the UI's). The writers are made and used on one thread by
 * {@link PdfPlanReportWriter}.
 */
abstract class PageWriter {
    final PageFlow flow;
    final PlanReport report;
    final Language lang;

    PageWriter(PageFlow flow, PlanReport report) {
        this.flow = flow;
        this.report = report;
        this.lang = report.language();
    }
}
