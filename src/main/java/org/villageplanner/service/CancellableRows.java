package org.villageplanner.service;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A read-only view of rows for a writer that knows nothing of cancellation (an exporter, a library): reading row
 * {@code i} checks {@link Progress#checkCancelled()} every {@link #EVERY} rows and reports how far the writer got,
 * so the write stops with {@link CancelledException} within a few rows of the cancel.
 */
final class CancellableRows<T> extends AbstractList<T> implements RandomAccess {
    static final int EVERY = 16;
    private final List<T> rows;
    private final Progress progress;

    CancellableRows(List<T> rows, Progress progress) {
        this.rows = rows;
        this.progress = progress;
    }

    @Override
    public T get(int index) {
        if (index % EVERY == 0) {
            progress.checkCancelled();
            progress.update(index, rows.size(), null);
        }
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
