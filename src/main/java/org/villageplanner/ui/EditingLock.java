package org.villageplanner.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.villageplanner.service.LockHolder;
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.ProjectService;
import org.villageplanner.service.WriteLockPolicy;

/**
 * The write lock of the file a window edits (issue 14, item 6): held from open until another file is opened, so
 * that a second window or program opens the same file read-only. When the file is held elsewhere, {@link #holder}
 * names who holds it; the {@link ReadOnlyBanner} shows it and offers Save As, and Save goes to Save As.
 */
public final class EditingLock {
    /** The holder name the app records in lock files. */
    public static final String APP_NAME = "Village Cluster Planner (app)";
    private final ObjectProperty<ReadOnly> readOnly = new SimpleObjectProperty<>();
    private ProjectLease lease;

    /** A file opened read-only, and who holds it (null when the lock file does not say). */
    public record ReadOnly(Path file, LockHolder holder) {
    }

    public EditingLock() {
        WriteLockPolicy.setHolderName(APP_NAME);
    }

    /** After an open: keeps the new lease (releasing the previous file's) or records who holds the file. */
    public void opened(ProjectService.Opened opened, Path file) {
        release();
        lease = opened.lease();
        readOnly.set(opened.readOnly() ? new ReadOnly(file, opened.heldBy()) : null);
    }

    /** After Save As to {@code file}: the window now edits that file and takes its lock if it can. */
    public void savedAs(ProjectService projects, Path file) {
        release();
        readOnly.set(null);
        try {
            lease = projects.openForEditingLease(file);
        } catch (RuntimeException e) {
            lease = null;
        }
    }

    public boolean isReadOnly() {
        return readOnly.get() != null;
    }

    public ReadOnlyObjectProperty<ReadOnly> readOnlyProperty() {
        return readOnly;
    }

    /** Lets go of the file (another file opened, or the window closed). */
    public void release() {
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }
}
