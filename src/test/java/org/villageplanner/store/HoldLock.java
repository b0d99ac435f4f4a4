package org.villageplanner.store;

import java.nio.file.Path;
import org.villageplanner.service.ProjectLease;
import org.villageplanner.service.WriteLockPolicy;

/**
 * A second program for lock tests: {@code HoldLock FILE NAME MILLIS} takes the write lock of FILE as NAME (as an
 * app window does), prints {@code HELD}, keeps it MILLIS ms (or until killed), then releases it and prints
 * {@code RELEASED}.
 */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws InterruptedException {
        WriteLockPolicy.setHolderName(args[1]);
        try (ProjectLease lease = new GeoPackageRepository().lockForEditing(Path.of(args[0]))) {
            System.out.println("HELD");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[2]));
        }
        System.out.println("RELEASED");
        System.out.flush();
    }
}
