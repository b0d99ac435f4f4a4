package org.villageplanner.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step of the project-file schema: brings a file from {@code version − 1} to {@code version}. Steps run in
 * order inside the caller's transaction; once released a step is never edited, only followed by a new one.
 */
record Migration(int version, String description, Step step) {
    @FunctionalInterface
    interface Step {
        void apply(Connection c) throws SQLException;
    }
}
