package org.villageplanner.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.villageplanner.cluster.ClusterProfile;
import org.villageplanner.cluster.Evaluation;
import org.villageplanner.cluster.ObjectiveValue;
import org.villageplanner.cluster.SizeBounds;
import org.villageplanner.cluster.Suggestion;
import org.villageplanner.cluster.SuggestionRequest;
import org.villageplanner.domain.ClusterType;
import org.villageplanner.domain.Messages;
import org.villageplanner.domain.PlanProject;
import org.villageplanner.domain.Village;
import org.villageplanner.service.Progress;
import org.villageplanner.service.Services;
import org.villageplanner.service.SuggestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code planner suggest PROJECT --type TYPE [--min 2] [--max 5] [--clusters K] [--attributes a,b] [--lock ID]...
 * [--villages CODE,...] [--scenario BASE] [--seed S] [--save-as NAME] [--json]}.
 */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggest contiguous clusters with a reason each, and compare them with the base scenario.")
public final class SuggestCommand extends ProjectCommand {
    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "STRONG_HELPS_WEAK, COMPLEMENTARY or RESOURCE_POOLING.")
    String type;

    @Mixin
    SizeBoundsOptions size;

    @Option(names = "--clusters", paramLabel = "K", description = "Exactly this many new clusters.")
    Integer clusters;

    @Option(names = "--attributes", split = ",", paramLabel = "a,b",
            description = "Attributes for RESOURCE_POOLING homogeneity (default operating_income,total_income,population).")
    List<String> attributes;

    @Option(names = "--lock", paramLabel = "ID", description = "Keep this cluster of the base scenario as it is.")
    List<String> locks;

    @Option(names = "--villages", split = ",", paramLabel = "CODE",
            description = "Only cluster these villages (default: all).")
    List<String> villages;

    @Option(names = "--scenario", paramLabel = "BASE", description = "Base scenario (default: the first).")
    String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the improvement phase (default 1).")
    long seed;

    @Option(names = "--save-as", paramLabel = "NAME", description = "Save the suggestion as a new scenario.")
    String saveAs;

    @Mixin
    JsonOption json;

    public SuggestCommand(Services services) {
        super(services);
    }

    @Override
    int execute() {
        ClusterType clusterType = Usage.option(spec, () -> SuggestionRequest.parseType(type, "--type"));
        SizeBounds bounds = size.checked(spec);
        Usage.range(spec, "--clusters", clusters, 1, Long.MAX_VALUE);
        SuggestionRequest request = new SuggestionRequest(clusterType, bounds,
                clusters, attributes, villages == null ? null : new LinkedHashSet<>(villages),
                locks == null ? null : new LinkedHashSet<>(locks), seed);
        PlanProject p = services.projects().open(project);
        SuggestService.Result result = services.suggestions().suggest(p, scenario, request, Progress.NONE);
        if (saveAs != null) {
            services.suggestions().saveAs(p, project, result, saveAs);
        }
        if (json.on) {
            printJson(toJson(result, p, saveAs));
        } else {
            printText(out(), result, p);
        }
        return 0;
    }

    private void printText(PrintWriter out, SuggestService.Result r, PlanProject p) {
        Map<String, Village> byCode = p.villagesByCode();
        for (Suggestion.Item item : r.suggestion().clusters()) {
            List<String> names = item.cluster().members().stream()
                    .map(c -> byCode.containsKey(c) ? byCode.get(c).name() : c).toList();
            out.println(Messages.get("clicluster.suggest.cluster", item.cluster().id(), item.cluster().type().label(),
                    String.join(", ", names), item.reason().text()));
        }
        for (Suggestion.Unassigned u : r.suggestion().unassigned()) {
            out.println(Messages.get("clicluster.suggest.unassigned", u.code(), u.reason().text()));
        }
        ObjectiveValue mine = r.suggestion().objective();
        out.println(Messages.get("clicluster.suggest.objective", Messages.get("clicluster.objective." + mine.name()),
                mine.value(), r.base().name(), r.current().objective().value(), r.millis(),
                coverage(r.suggestion().evaluation()), coverage(r.current())));
        if (saveAs != null) {
            out.println(Messages.get("clicluster.suggest.saved", saveAs, project));
        }
    }

    static Map<String, Object> toJson(SuggestService.Result r, PlanProject p, String savedAs) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, ClusterProfile> figures = new LinkedHashMap<>();
        r.suggestion().evaluation().figures().forEach(f -> figures.put(f.id(), f));
        List<Object> clusters = new ArrayList<>();
        for (Suggestion.Item item : r.suggestion().clusters()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", item.cluster().id());
            c.put("name", item.cluster().name());
            c.put("type", item.cluster().type().name());
            c.put("members", item.cluster().members());
            c.put("leader", item.cluster().leader());
            c.put("reason", item.reason().text());
            c.put("locked", item.kept());
            c.put("figures", figures(figures.get(item.cluster().id())));
            clusters.add(c);
        }
        root.put("clusters", clusters);
        root.put("unassigned", r.suggestion().unassigned().stream().map(Suggestion.Unassigned::code).toList());
        root.put("unassignedReasons", r.suggestion().unassigned().stream()
                .map(u -> Map.of("code", u.code(), "reason", u.reason().text())).toList());
        root.put("objective", objective(r.suggestion().evaluation()));
        root.put("millis", r.millis());
        Map<String, Object> current = objective(r.current());
        current.put("scenario", r.base().name());
        current.put("clusters", r.current().figures().stream().map(SuggestCommand::figures).toList());
        root.put("current", current);
        if (savedAs != null) {
            root.put("savedAs", savedAs);
        }
        return root;
    }

    private static double coverage(Evaluation e) {
        int placed = e.figures().stream().mapToInt(ClusterProfile::villages).sum();
        return org.villageplanner.cluster.CoverageRule.share(placed, placed + e.unassigned());
    }

    private static Map<String, Object> objective(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.objective().name());
        m.put("value", e.objective().value());
        m.put("lowerIsBetter", e.objective().lowerIsBetter());
        m.put("unassigned", e.unassigned());
        // An empty plan has a perfect SSD (every village alone): the coverage keeps comparisons honest.
        m.put("clusterCount", e.figures().size());
        m.put("coverage", coverage(e));
        m.put("sharedBorderKm", e.sharedBorderKm());
        return m;
    }

    /** The profile's figures without its name: incomes in yuan, the shared border in km; empty when unknown. */
    private static ObjectNode figures(ClusterProfile f) {
        if (f == null) {
            return Json.object();
        }
        ObjectNode m = Json.MAPPER.valueToTree(f);
        m.remove("name");
        return m;
    }
}
