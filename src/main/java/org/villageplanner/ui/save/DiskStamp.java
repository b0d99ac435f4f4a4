package org.villageplanner.ui.save;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's modification time and size as this window last read or wrote it; a different stamp later means another
 * program (or window) changed the file, and a save must ask before writing over it.
 */
public record DiskStamp(long modifiedMillis, long size) {
    public static final DiskStamp NONE = new DiskStamp(-1, -1);

    /** The stamp of {@code file} now; {@link #NONE} when it does not exist or cannot be read. */
    public static DiskStamp of(Path file) {
        if (file == null) {
            return NONE;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskStamp(a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException e) {
            return NONE;
        }
    }
}
