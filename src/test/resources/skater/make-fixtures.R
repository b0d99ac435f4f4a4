# Golden SKATER fixtures made by R spdep, read by SkaterGoldenTest (no R needed in CI).
#
# Made with: R 4.2.2 Patched (2022-11-10 r83330) (Debian 12 r-base-core), spdep 1.2.7 and sf 1.0.9 (Debian r-cran-spdep, r-cran-sf);
# the script prints the versions it ran with into every fixture's header line.
#
# Rerun from the repository root:
#   apt-get install -y r-base-core r-cran-spdep r-cran-sf
#   mvn -q -B -DskipTests package
#   java -jar target/planner.jar generate --villages 300 --seed 5 --out /tmp/county.gpkg
#   Rscript src/test/resources/skater/make-fixtures.R samples/longshan.gpkg /tmp/county.gpkg
#
# For each layer and K it writes <case>-k<K>.csv: code,group,operating_income,total_income,population
# (the raw attributes too, so the test can check it has the same villages and figures), and a header
# comment with the SSD. Also <case>-edges.csv: the rook contiguity, one line per neighbour pair.
#
# Same objective as ours (cluster/AttributeTable, cluster/Ssd):
#  - attributes operating_income, total_income, population (AttributeTable.DEFAULT);
#  - standardised with the POPULATION standard deviation (divide by n), not R's scale() which divides by
#    n - 1; with scale() every SSD would be ours times (n - 1) / n;
#  - SSD = sum over groups and attributes of squared deviations from the group mean.
# Neighbours: rook contiguity (poly2nb queen = FALSE: a shared boundary segment, not a single point),
# with our 5 m snapping tolerance (in degrees), then, as our AdjacencyGraphBuilder does, pairs whose shared
# boundary (the part of one boundary within 5 m of the other) is not longer than 20 m (four times the
# tolerance) are dropped; lengths are measured in a local azimuthal equidistant projection. Without that
# filter the generated county has 3 extra pairs (exact shared borders of 14 m, 5 m and 1 m), and without
# the 5 m snap one pair fewer (exact border 10 m, but 20+ m of the two boundaries lie within 5 m).
# spdep::skater prunes the MST built from nbcosts (Euclidean attribute distance; the same tree as our
# squared distance, as the order of edge costs is the same). Its DEFAULT cut criterion (spdep:::ssw,
# method = "euclidean") is the sum of UNSQUARED Euclidean distances to the group mean, not the SSD of
# Assuncao et al. (2006); skater() accepts a function(data, id) as method, so we pass the SSD itself and
# spdep's SKATER then optimises exactly our objective. spdep_ssw in the header is spdep's own figure.
suppressPackageStartupMessages({ library(sf); library(spdep) })
args <- commandArgs(trailingOnly = TRUE)
out <- "src/test/resources/skater"
attrs <- c("operating_income", "total_income", "population")
versions <- sprintf("%s; spdep %s; sf %s", R.version.string, packageVersion("spdep"), packageVersion("sf"))

zscore <- function(v) { s <- sqrt(mean((v - mean(v))^2)); if (s == 0) 0 * v else (v - mean(v)) / s }
ssd <- function(z, g) sum(sapply(split(seq_len(nrow(z)), g), function(ix)
  sum(sweep(z[ix, , drop = FALSE], 2, colMeans(z[ix, , drop = FALSE]))^2)))

ssd_of <- function(data, id) sum(sweep(data[id, , drop = FALSE], 2, colMeans(data[id, , drop = FALSE]))^2)

drop_short <- function(nb, v, snap_m = 5, min_m = 4 * snap_m) {
  sf_use_s2(FALSE)
  c0 <- st_coordinates(st_centroid(st_as_sfc(st_bbox(v))))
  b <- st_boundary(st_geometry(st_transform(v, sprintf("+proj=aeqd +lat_0=%.8f +lon_0=%.8f +units=m", c0[2], c0[1]))))
  len <- function(i, j) sum(as.numeric(st_length(st_intersection(b[i], st_buffer(b[j], snap_m)))))
  nb2 <- lapply(seq_along(nb), function(i) { j <- nb[[i]][nb[[i]] != 0]
    keep <- j[vapply(j, function(x) len(i, x) > min_m, logical(1))]
    if (length(keep)) as.integer(keep) else 0L })
  attributes(nb2) <- attributes(nb)
  nb2
}

run <- function(name, file, ks) {
  v <- st_read(file, layer = "villages", quiet = TRUE)
  v <- v[order(v$code), ]
  nb <- drop_short(poly2nb(v, queen = FALSE, snap = 5 / 111320), v)
  e <- do.call(rbind, lapply(seq_along(nb), function(i) { j <- nb[[i]][nb[[i]] > i]
    if (length(j)) data.frame(a = v$code[i], b = v$code[j]) }))
  write.csv(e, file.path(out, sprintf("%s-edges.csv", name)), row.names = FALSE, quote = FALSE)
  raw <- as.data.frame(st_drop_geometry(v))[, attrs]
  z <- sapply(raw, zscore)
  costs <- nbcosts(nb, z)
  mst <- mstree(nb2listw(nb, costs, style = "B"))
  for (k in ks) {
    sk <- skater(mst[, 1:2], z, ncuts = k - 1, crit = 1, method = ssd_of)
    g <- sk$groups - 1
    f <- file.path(out, sprintf("%s-k%d.csv", name, k))
    cat(sprintf("# spdep::skater %s K=%d crit=1; %s\n# ssd=%.17g spdep_ssw=%.17g\n", name, k, versions,
                ssd(z, g), sum(sk$ssw[length(sk$ssw)])), file = f)
    d <- data.frame(code = v$code, group = g, raw)
    suppressWarnings(write.table(d, f, sep = ",", row.names = FALSE, quote = FALSE, append = TRUE))
    cat(name, "K", k, "ssd", ssd(z, g), "\n")
  }
}
run("longshan", args[1], c(3, 5, 8))
run("county300-seed5", args[2], c(10, 20, 40))
