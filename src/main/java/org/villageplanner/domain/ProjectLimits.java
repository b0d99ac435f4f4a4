package org.villageplanner.domain;

/**
 * How large a project may be. Up to {@link #MAX_VILLAGES} villages (more than any province has) open, draw and
 * suggest within the app's 1 GB heap; a larger file is refused before its villages are read, with a message
 * saying to split it by city or county, rather than running out of memory half way.
 */
public final class ProjectLimits {
    public static final int MAX_VILLAGES = 50_000;

    private ProjectLimits() {
    }

    /**
     * Refuses {@code count} villages from {@code source} (a file name, or what is being made) when they exceed
     * {@link #MAX_VILLAGES}.
     */
    public static void checkVillageCount(String source, long count) {
        if (count > MAX_VILLAGES) {
            throw new PlannerException("core.project.tooManyVillages", source, count, MAX_VILLAGES);
        }
    }
}
