package org.villageplanner.cli;

import java.nio.file.Path;
import org.villageplanner.service.DesktopBenches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code bench} subcommands that open the real window, through the {@link DesktopBenches} port Main plugs in. */
final class DesktopBenchCommands {
    private DesktopBenchCommands() {
    }

    @Command(name = "ui", description = "The real window on a generated project; needs a display (Xvfb is fine).")
    static final class Ui extends BenchCommand.Bench<DesktopBenches> {
        @Option(names = "--villages", defaultValue = "20000", description = "Villages of the generated project "
                + "(1 to 50000).")
        int villages;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated project.")
        long seed;
        @Option(names = "--file", paramLabel = "PROJECT.gpkg", description = "Open this project instead of "
                + "generating one.")
        Path file;
        @Option(names = "--shots", paramLabel = "DIR", description = "PNGs of the window (fitted, a township).")
        Path shots;

        Ui(DesktopBenches desktop) {
            super(desktop);
        }

        @Override
        public Integer call() throws Exception {
            Usage.range(spec, "--villages", villages, 1, org.villageplanner.domain.ProjectLimits.MAX_VILLAGES);
            if (shots != null) {
                System.setProperty("planner.bench.shots", shots.toString());
            }
            return on.window(villages, seed, file, out());
        }
    }

    @Command(name = "ui-stress", description = "Random edits in the real window, each save read back; needs a "
            + "display.")
    static final class UiStress extends BenchCommand.Bench<DesktopBenches> {
        @Option(names = "--actions", defaultValue = "1000", description = "Random actions.")
        int actions;
        @Option(names = "--seed", defaultValue = "1", description = "Seed of the actions.")
        long seed;

        UiStress(DesktopBenches desktop) {
            super(desktop);
        }

        @Override
        public Integer call() throws Exception {
            return on.uiStress(actions, seed, out());
        }
    }

    @Command(name = "save-crash", description = "kill -9 of the app while it saves; every file checked.")
    static final class SaveCrash extends BenchCommand.Bench<DesktopBenches> {
        @Mixin
        BenchCommand.Trials trials;

        SaveCrash(DesktopBenches desktop) {
            super(desktop);
        }

        @Override
        public Integer call() throws Exception {
            return on.saveCrash(trials.trials, trials.seed, out());
        }
    }

    @Command(name = "save-crash-child", hidden = true, description = "The process save-crash kills.")
    static final class SaveCrashChild extends BenchCommand.Bench<DesktopBenches> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        SaveCrashChild(DesktopBenches desktop) {
            super(desktop);
        }

        @Override
        public Integer call() throws Exception {
            return on.saveCrashChild(dir);
        }
    }
}
