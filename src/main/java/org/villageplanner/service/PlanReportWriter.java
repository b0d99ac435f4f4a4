package org.villageplanner.service;

import java.nio.file.Path;

/**
 * Port: lays out a {@link PlanReport} as a document (the plan PDF). Implemented in {@code report}.
 *
 * <p>Writes {@code out} directly; {@link ReportService} points it at a temporary file and moves the result into
 * place, so callers never see half a document. Text is in {@link org.villageplanner.domain.Messages#locale()}.
 * Reports progress per page block and throws {@link CancelledException} when {@code progress} is cancelled;
 * throws {@link org.villageplanner.domain.PlannerException} naming the file when it cannot be written.
 */
public interface PlanReportWriter {
    /** @return the number of pages written */
    int write(PlanReport report, Path out, Progress progress);
}
