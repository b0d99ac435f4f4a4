package org.villageplanner.service;

import org.villageplanner.domain.PlannerException;

/** The user cancelled long work; nothing was changed. */
public final class CancelledException extends PlannerException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("service.cancelled");
    }
}
