package org.villageplanner.service;

/**
 * A held write lock of a project file (see {@link ProjectRepository#lock}); closing it releases the lock. Leases of
 * the same file nest: a write inside a held lease does not wait for itself.
 */
public interface ProjectLease extends AutoCloseable {
    /** A lease that holds nothing (repositories without files). */
    ProjectLease NONE = () -> { };

    @Override
    void close();
}
