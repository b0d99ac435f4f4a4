package org.villageplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.villageplanner.Main;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner help} works like {@code --help}; seeds are printed as typed, without grouping. */
class HelpCommandTest {
    @Test
    void helpListsTheCommandsAndHelpOfACommandShowsItsOptions() {
        CliRun r = CliRun.of("help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("simulate") && r.out().contains("export"), r.out());
        CliRun sim = CliRun.of("help", "simulate");
        assertEquals(0, sim.exit(), sim.err());
        assertTrue(sim.out().contains("--years"), sim.out());
    }

    @Test
    void everyCommandAndSubcommandAnswersHelpEvenWithoutItsRequiredParameters() {
        List<List<String>> paths = new ArrayList<>();
        collect(PlannerCommand.create(Main.services()), new ArrayList<>(), paths);
        assertTrue(paths.size() > 12, "the tree has all its commands: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exit(), path + " --help: " + r.err());
            assertTrue(r.out().startsWith("Usage: planner " + String.join(" ", path)), path + ": " + r.out());
        }
    }

    @Test
    void theSharedOptionsHelpFitsOnItsLine() {
        // --json and --allow-invalid are mixins shared by many commands; their help must not wrap in any of them
        // (report's own --json, a longer text, wraps as it always did).
        List<List<String>> paths = new ArrayList<>();
        collect(PlannerCommand.create(Main.services()), new ArrayList<>(), paths);
        List<String> shared = List.of(description(JsonOption.class, "on"), description(AllowInvalidOption.class, "on"));
        int seen = 0;
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            List<String> lines = CliRun.of(args.toArray(String[]::new)).out().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (shared.stream().anyMatch(d -> line.contains(d.substring(0, 20)))) {
                    seen++;
                    String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                    assertTrue(!next.matches("\\s{8,}\\S.*"), path + ": '" + line + "' goes on: '" + next + "'");
                }
            }
        }
        assertTrue(seen > 15, "--json and --allow-invalid were found in the commands' help: " + seen);
    }

    private static String description(Class<?> mixin, String field) {
        try {
            return mixin.getDeclaredField(field).getAnnotation(CommandLine.Option.class).description()[0];
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void helpOfASubcommandShowsThatSubcommandNotItsGroup() {
        CliRun r = CliRun.of("help", "scenario", "import");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: planner scenario import"), r.out());
        assertEquals(2, CliRun.of("help", "scenario", "nope").exit());
    }

    @Test
    void anUnknownLanguageIsBadUsageWithOurOwnMessage() {
        CliRun r = CliRun.of("--lang", "fr", "info", "samples/longshan.gpkg");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("'fr'") && r.err().contains("zh or en"), r.err());
        assertTrue(!r.err().contains("Could not invoke"), r.err());
    }

    private static void collect(CommandLine cl, List<String> prefix,
            List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().helpCommand()) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            collect(e.getValue(), path, out);
        }
    }

    @Test
    void generateAndSimulatePrintTheSeedWithoutAThousandsSeparator(@TempDir Path dir) {
        Path f = dir.resolve("g.gpkg");
        CliRun g = CliRun.of("--lang", "en", "generate", "--villages", "30", "--seed", "2023", "--out", f.toString());
        assertEquals(0, g.exit(), g.err());
        assertTrue(g.out().contains("seed 2023"), g.out());
        CliRun s = CliRun.of("--lang", "en", "simulate", f.toString(), "--runs", "20", "--seed", "2023", "--years", "3");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("seed 2023"), s.out());
    }
}
