package org.villageplanner.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.villageplanner.domain.Village;

/**
 * Which villages are neighbours, and how long a border each pair shares (metres).
 *
 * <p>Vertices are the villages in the order given, addressed by code or by index (0..size−1, for the
 * algorithms in {@code cluster}). Polygon villages are neighbours when they share a boundary of positive
 * length (see {@link AdjacencyGraphBuilder} for the tolerances); point villages are joined by a Delaunay
 * graph cut at a maximum distance and have a shared border of 0. Villages without geometry have no
 * neighbours. Also kept per village: the projected centroid (metres, NaN without geometry) and the area
 * (m², 0 for points).
 *
 * <p>Immutable and thread-safe once built. Unknown codes are rejected with {@link IllegalArgumentException}
 * by the code-based methods, because they mean a programming error, not bad input.
 */
public final class AdjacencyGraph {
    private final List<String> codes;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;
    private final double[] border;
    private final double[] distance;
    private final double[] centroidX;
    private final double[] centroidY;
    private final double[] areaSquareMeters;

    AdjacencyGraph(List<String> codes, int[] offsets, int[] targets, double[] border, double[] distance,
                   double[] centroidX, double[] centroidY, double[] areaSquareMeters) {
        this.codes = List.copyOf(codes);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            idx.put(codes.get(i), i);
        }
        this.index = Collections.unmodifiableMap(idx);
        this.offsets = offsets;
        this.targets = targets;
        this.border = border;
        this.distance = distance;
        this.centroidX = centroidX;
        this.centroidY = centroidY;
        this.areaSquareMeters = areaSquareMeters;
    }

    /** The graph of {@code villages} with the default tolerances. */
    public static AdjacencyGraph of(List<Village> villages) {
        return new AdjacencyGraphBuilder().build(villages);
    }

    public int size() {
        return codes.size();
    }

    public List<String> codes() {
        return codes;
    }

    public String code(int i) {
        return codes.get(i);
    }

    /** Index of {@code code}, or −1 when the graph does not know it. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public boolean contains(String code) {
        return index.containsKey(code);
    }

    public int degree(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The k-th neighbour of village i, 0 ≤ k < degree(i); neighbours are sorted by index. */
    public int neighbour(int i, int k) {
        return targets[offsets[i] + k];
    }

    /** Shared border in metres between village i and its k-th neighbour. */
    public double borderMeters(int i, int k) {
        return border[offsets[i] + k];
    }

    /** Distance in metres between the centroids of village i and its k-th neighbour. */
    public double distanceMeters(int i, int k) {
        return distance[offsets[i] + k];
    }

    public double centroidX(int i) {
        return centroidX[i];
    }

    public double centroidY(int i) {
        return centroidY[i];
    }

    public double areaSquareMeters(int i) {
        return areaSquareMeters[i];
    }

    /** Neighbours of {@code code}, in graph order. */
    public Set<String> neighbours(String code) {
        int i = require(code);
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < degree(i); k++) {
            out.add(codes.get(neighbour(i, k)));
        }
        return out;
    }

    public boolean areNeighbours(String a, String b) {
        return edge(require(a), require(b)) >= 0;
    }

    /** Shared border of two villages in metres; 0 when they are not neighbours (or are points). */
    public double sharedBorderMeters(String a, String b) {
        int e = edge(require(a), require(b));
        return e < 0 ? 0 : border[e];
    }

    public boolean isIsolated(String code) {
        return degree(require(code)) == 0;
    }

    /** Connected components as lists of codes; largest first, ties in order of their first village. */
    public List<List<String>> components() {
        int[] comp = componentIndex();
        int count = 0;
        for (int c : comp) {
            count = Math.max(count, c + 1);
        }
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < comp.length; i++) {
            out.get(comp[i]).add(codes.get(i));
        }
        out.sort((x, y) -> Integer.compare(y.size(), x.size()));
        return out.stream().map(List::copyOf).toList();
    }

    /** For each village, the number of its component (numbered in order of first village). */
    public int[] componentIndex() {
        int[] comp = new int[size()];
        java.util.Arrays.fill(comp, -1);
        int[] stack = new int[size()];
        int next = 0;
        for (int s = 0; s < size(); s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            comp[s] = next;
            while (top > 0) {
                int v = stack[--top];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    if (comp[targets[e]] < 0) {
                        comp[targets[e]] = next;
                        stack[top++] = targets[e];
                    }
                }
            }
            next++;
        }
        return comp;
    }

    public int edgeCount() {
        return targets.length / 2;
    }

    private int edge(int a, int b) {
        int lo = offsets[a], hi = offsets[a + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (targets[mid] < b) {
                lo = mid + 1;
            } else if (targets[mid] > b) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int require(String code) {
        Integer i = index.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown village code " + code);
        }
        return i;
    }
}
