package org.villageplanner.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.villageplanner.geo.AdjacencyGraph;

/**
 * SKATER (Assunção et al. 2006), the baseline our homogeneity suggestions are measured against: build a
 * minimum spanning tree of the adjacency graph weighted by squared attribute distance, then repeatedly cut
 * the tree edge whose removal lowers the within-region sum of squared deviations (SSD) most, keeping both
 * sides at {@code minSize} villages or more, until there are {@code k} regions (fewer when no allowed cut
 * is left; one region per connected component at least).
 *
 * <p>Input: x[i] the standardised attributes of village i; {@code active} marks the villages to regionalise.
 * Output: a region label per village, −1 for inactive ones. O(k · n · d) time. Stateless and thread-safe.
 */
public final class Skater {
    private Skater() {
    }

    public static int[] partition(AdjacencyGraph graph, double[][] x, boolean[] active, int k, int minSize) {
        int n = graph.size();
        List<List<Integer>> tree = minimumSpanningForest(graph, x, active);
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int regions = 0;
        for (int s = 0; s < n; s++) {
            if (active[s] && label[s] < 0) {
                flood(tree, s, regions++, label);
            }
        }
        List<double[]> bestCut = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            bestCut.add(null);
        }
        while (regions < k) {
            int bestRegion = -1;
            for (int r = 0; r < regions; r++) {
                if (bestCut.get(r) == null) {
                    bestCut.set(r, bestCutOf(tree, x, label, r, minSize));
                }
                double[] c = bestCut.get(r);
                if (c[0] > 0 && (bestRegion < 0 || c[0] > bestCut.get(bestRegion)[0])) {
                    bestRegion = r;
                }
            }
            if (bestRegion < 0) {
                break;
            }
            int child = (int) bestCut.get(bestRegion)[1];
            int parent = (int) bestCut.get(bestRegion)[2];
            tree.get(child).remove(Integer.valueOf(parent));
            tree.get(parent).remove(Integer.valueOf(child));
            flood(tree, child, regions, label);
            bestCut.set(bestRegion, null);
            bestCut.add(null);
            regions++;
        }
        return label;
    }

    private static List<List<Integer>> minimumSpanningForest(AdjacencyGraph graph, double[][] x, boolean[] active) {
        int n = graph.size();
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int e = 0; e < graph.degree(i); e++) {
                int j = graph.neighbour(i, e);
                if (i < j && active[i] && active[j]) {
                    edges.add(new double[] {distance2(x[i], x[j]), i, j});
                }
            }
        }
        edges.sort((a, b) -> Double.compare(a[0], b[0]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<Integer>> tree = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tree.add(new ArrayList<>());
        }
        for (double[] e : edges) {
            int a = find(parent, (int) e[1]), b = find(parent, (int) e[2]);
            if (a != b) {
                parent[a] = b;
                tree.get((int) e[1]).add((int) e[2]);
                tree.get((int) e[2]).add((int) e[1]);
            }
        }
        return tree;
    }

    /** {gain, child, parent} of the best allowed cut in region r, gain 0 when there is none. */
    private static double[] bestCutOf(List<List<Integer>> tree, double[][] x, int[] label, int r, int minSize) {
        int root = -1;
        for (int i = 0; i < label.length && root < 0; i++) {
            if (label[i] == r) {
                root = i;
            }
        }
        // Order the region's nodes root first (BFS), then add up subtrees from the leaves.
        List<Integer> order = new ArrayList<>(List.of(root));
        int[] up = new int[label.length];
        up[root] = -1;
        for (int h = 0; h < order.size(); h++) {
            int v = order.get(h);
            for (int w : tree.get(v)) {
                if (w != up[v]) {
                    up[w] = v;
                    order.add(w);
                }
            }
        }
        int d = x[root].length;
        int total = order.size();
        double[][] sum = new double[label.length][];
        double[] sq = new double[label.length];
        int[] count = new int[label.length];
        for (int h = total - 1; h >= 0; h--) {
            int v = order.get(h);
            if (sum[v] == null) {
                sum[v] = new double[d];
            }
            count[v]++;
            for (int a = 0; a < d; a++) {
                sum[v][a] += x[v][a];
                sq[v] += x[v][a] * x[v][a];
            }
            if (up[v] >= 0) {
                int p = up[v];
                if (sum[p] == null) {
                    sum[p] = new double[d];
                }
                count[p] += count[v];
                for (int a = 0; a < d; a++) {
                    sum[p][a] += sum[v][a];
                }
                sq[p] += sq[v];
            }
        }
        double whole = ssd(count[root], sum[root], sq[root]);
        double[] best = {0, -1, -1};
        double[] rest = new double[d];
        for (int h = 1; h < total; h++) {
            int v = order.get(h);
            int restCount = total - count[v];
            if (count[v] < minSize || restCount < minSize) {
                continue;
            }
            for (int a = 0; a < d; a++) {
                rest[a] = sum[root][a] - sum[v][a];
            }
            double gain = whole - ssd(count[v], sum[v], sq[v]) - ssd(restCount, rest, sq[root] - sq[v]);
            if (gain > best[0]) {
                best = new double[] {gain, v, up[v]};
            }
        }
        return best;
    }

    private static double ssd(int n, double[] sum, double sq) {
        double s2 = 0;
        for (double s : sum) {
            s2 += s * s;
        }
        return n == 0 ? 0 : Math.max(0, sq - s2 / n);
    }

    private static void flood(List<List<Integer>> tree, int start, int region, int[] label) {
        List<Integer> stack = new ArrayList<>(List.of(start));
        label[start] = region;
        while (!stack.isEmpty()) {
            int v = stack.remove(stack.size() - 1);
            for (int w : tree.get(v)) {
                if (label[w] != region) {
                    label[w] = region;
                    stack.add(w);
                }
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static double distance2(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    /** Total within-region SSD of a labelling (regions numbered from 0; −1 ignored). */
    public static double ssd(int[] label, double[][] x) {
        int regions = Arrays.stream(label).max().orElse(-1) + 1;
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < label.length; i++) {
            if (label[i] >= 0) {
                rows.get(label[i]).add(i);
            }
        }
        return rows.stream().mapToDouble(g -> Ssd.of(g, x)).sum();
    }
}
