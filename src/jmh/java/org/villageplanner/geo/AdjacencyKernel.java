package org.villageplanner.geo;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.villageplanner.domain.Village;
import org.villageplanner.service.SuggestBenchmark;

/** The adjacency graph of generated villages (the ones {@code bench suggest} uses), single-threaded as built. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class AdjacencyKernel {
    @Param({"2000", "20000"})
    int villages;

    List<Village> generated;

    @Setup
    public void setUp() {
        generated = SuggestBenchmark.generated(villages, 1);
    }

    @Benchmark
    public AdjacencyGraph build() {
        return new AdjacencyGraphBuilder().build(generated);
    }
}
