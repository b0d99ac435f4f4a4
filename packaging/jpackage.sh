#!/usr/bin/env bash
# Packages the planner for the operating system this runs on (called by `mvn -Pdist package`, see docs/INSTALL.md):
#   1. jdeps finds the JDK modules the platform jar needs; jlink builds a runtime of only those (+ a CDS archive);
#   2. jpackage makes the app image target/dist/<image>, with launcher options for UTF-8 and the AppCDS archive;
#   3. a training run (open the sample, draw the map, exit) writes the AppCDS archive into the image;
#   4. the OS's installers: Linux .deb; Windows .msi and a portable zip (runtime + planner.bat); macOS .dmg.
# Environment: PLANNER_VERSION (from the pom), PLANNER_INSTALLERS=false to stop after the app image, PLANNER_AOT=false,
# PLANNER_PROGUARD_CP (ProGuard's class path, from the pom: unreachable library classes out), PLANNER_SMOKE=false,
# JPACKAGE_JDK (the JDK whose jdeps/jlink/jpackage and runtime are shipped; default: the JDK running Maven when it
# is 25 or newer, else a JDK 25 installed in the usual place, else the JDK running Maven).
# The runtime shipped is JDK 25 when one is found (docs/INSTALL.md): its AOT cache (JEP 483/514/515, classes loaded
# and linked ahead of time plus method profiles) starts the window with far less CPU than Java 17's AppCDS. With a
# JDK 17 to 23 the same steps make a Java-17-style dynamic AppCDS archive instead.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${PLANNER_VERSION:-0.1.0}"
version="${version%%-*}"                       # installers take numbers only: 0.1.0-SNAPSHOT -> 0.1.0
# The feature release of the JDK at $1 (17, 21, 25), from its release file.
feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true; }
jdk="${JPACKAGE_JDK:-}"
if [ -z "$jdk" ]; then
  jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
  command -v cygpath >/dev/null 2>&1 && jdk="$(cygpath -u "$jdk")"
  if [ "$(feature "$jdk")" -lt 25 ] 2>/dev/null; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/java-25-openjdk-* \
        /Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home; do
      [ -x "$candidate/bin/jpackage" ] && { jdk="$candidate"; break; }
    done
  fi
fi
command -v cygpath >/dev/null 2>&1 && jdk="$(cygpath -u "$jdk")"   # Git bash on Windows: C:\... -> /c/...
bin="$jdk/bin"
release="$(feature "$jdk")"
# JDK 25: AOT cache (one-step training, JEP 514); PLANNER_AOT=false makes the smaller AppCDS image instead.
aot=false; [ "${release:-0}" -ge 25 ] && [ "${PLANNER_AOT:-true}" = true ] && aot=true
out=target/dist
app=planner                                    # launcher name: bin/planner, planner.exe, planner.app
pkg=village-cluster-planner                    # Linux package name; the .deb installs into /opt/$pkg
title="Village Cluster Planner"
description="村庄片区组团规划 Village Cluster Planner: village cluster alliances, share and income simulation, plan PDF"
vendor="Village Cluster Planner team"

case "$(uname -s)" in
  Linux*)  os=linux ;;
  Darwin*) os=mac ;;
  MINGW*|MSYS*|CYGWIN*) os=win ;;
  *) echo "jpackage.sh: unknown OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=aarch64 ;;
  *) echo "jpackage.sh: unknown CPU $(uname -m)" >&2; exit 1 ;;
esac
jar="target/planner-$os-$arch.jar"
[ -f "$jar" ] || { echo "jpackage.sh: $jar is missing (run mvn -Pdist package)" >&2; exit 1; }
# jlink needs the JDK's jmods/, or (JDK 24+, JEP 493) a JDK built to link from its own run-time image (Temurin 25).
[ -d "$jdk/jmods" ] || [ "${release:-0}" -ge 24 ] || {
  echo "jpackage.sh: $jdk has no jmods/ (jlink needs them; Debian: apt-get install openjdk-17-jdk)" >&2; exit 1; }
echo "jpackage.sh: $os-$arch with $("$bin/java" -version 2>&1 | head -1) from $jdk"

rm -rf "$out"
mkdir -p "$out/input"
cp "$jar" "$out/input/planner.jar"
# Sample project and the county outline travel with the app (AppPaths looks next to the jar).
mkdir -p "$out/input/samples" "$out/input/maps"
cp samples/longshan.gpkg samples/README.md "$out/input/samples/"
cp maps/cixi_outline_wgs84.geojson maps/README.md "$out/input/maps/"

# 1. Runtime. jdeps sees only static references; added by hand:
#    jdk.charsets   GBK/GB18030 Shapefile .dbf and CSV imports (Charset.forName at run time)
#    jdk.localedata zh_CN number and date formats
mods="$("$bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$out/input/planner.jar")"
mods="$mods,jdk.charsets,jdk.localedata"
# ... and taken out: jdk.jfr, which jdeps finds only through JavaFX's optional JFR pulse events (it looks for the module
# by reflection and does without it; 0.8 MB). The packaged app then cannot record with -XX:StartFlightRecording: profile
# with `java -jar` on a full JDK instead. jdk.management stays (process CPU time of the simulation and the benches).
mods="$(echo "$mods" | tr ',' '\n' | grep -vx 'jdk.jfr' | paste -sd, -)"
echo "jpackage.sh: modules $mods"
# Files of the runtime that no code reads: the API documentation's doc-files (HTML and images). Unused classes
#    cannot go this way: jlink refuses a module whose descriptor names a package left empty (tried for Swing, javax.sound
#    and XSLT; docs/PERFORMANCE.md, fifth session, pkg17b).
unused_resources=('glob:/*/**/doc-files/**')
compress=2; [ "$release" -ge 21 ] && compress=zip-6   # the numbered levels are deprecated since JDK 21
"$bin/jlink" --add-modules "$mods" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress="$compress" \
  --include-locales=en,zh $($aot || echo --generate-cds-archive) \
  '--exclude-files=glob:**/*splashscreen*,glob:**/*jsound*' \
  "--exclude-resources=$(IFS=,; echo "${unused_resources[*]}")"
# (java.desktop's splash-screen and sound libraries: the app shows no -splash image and plays no sound; 0.45 MB.)
# The second base archive serves only heaps over 32 GB (-XX:-UseCompressedOops): 11 MB we do not ship. With an AOT
# cache (JDK 25) the base archive goes too: the cache holds the JDK's classes the app uses as well (14 MB).
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
$aot && rm -f "$out/runtime/lib/server/classes.jsa"
# Also unused with an AOT cache (190 KB): lib/classlist (the class list for -Xshare:dump of a base archive) and
# lib/jrt-fs.jar (lets *another* JDK's tools read this runtime's modules; this runtime has jrt:/ in java.base).
$aot && rm -f "$out/runtime/lib/classlist" "$out/runtime/lib/jrt-fs.jar"
# The public suffix list (220 KB) serves only cookie domains and TLS host names: the app opens no network connection.
rm -f "$out/runtime/lib/security/public_suffix_list.dat"
# Debian's libjvm.so keeps its symbol table (24 MB); stripping what linking does not need saves 4 MB.
if [ "$os" = linux ] && command -v strip >/dev/null 2>&1; then
  chmod u+w "$out/runtime/lib/server/libjvm.so"
  strip --strip-unneeded "$out/runtime/lib/server/libjvm.so"
fi

# Natives beside the jar: JavaFX loads its libraries from the jar's own folder when they are there (Linux and
# macOS; on Windows it looks in ../bin), and sqlite-jdbc loads its library from -Dorg.sqlite.lib.path. Otherwise
# both copy them out of the jar on every start (sqlite-jdbc into the temp folder under a new name each time) and
# MD5 the copies: about 3 MB read, hashed and written before the first frame.
case "$os" in
  linux) fxlib='\.so$';    sqlite_dir="Linux/$( [ "$arch" = x64 ] && echo x86_64 || echo aarch64)"; sqlite_lib=libsqlitejdbc.so ;;
  mac)   fxlib='\.dylib$'; sqlite_dir="Mac/$( [ "$arch" = x64 ] && echo x86_64 || echo aarch64)"; sqlite_lib=libsqlitejdbc.dylib ;;
  win)   fxlib='^$';        sqlite_dir="Windows/x86_64"; sqlite_lib=sqlitejdbc.dll ;;
esac
fxlibs=$("$bin/jar" tf "$jar" | grep -E '^[^/]+$' | grep -E "$fxlib" || true)
mkdir -p "$out/input/native"
(cd "$out/input" && "$bin/jar" xf planner.jar "org/sqlite/native/$sqlite_dir/$sqlite_lib" $fxlibs)
mv "$out/input/org/sqlite/native/$sqlite_dir/$sqlite_lib" "$out/input/native/" && rm -rf "$out/input/org"
# ... and the copies inside the image's jar go (1.5 MB): the launcher never reads them. On Windows JavaFX still
# takes its DLLs from the jar, and Git bash has no zip, so the jar stays whole there.
if [ "$os" != win ] && command -v zip >/dev/null 2>&1; then
  zip -q -d "$out/input/planner.jar" 'org/sqlite/native/*' $fxlibs
  # Files of the libraries that no path of the app reaches (1.4 MB): fontbox's predefined CJK CMaps (the plan PDF
  # embeds its font with Identity-H; the others serve reading PDFs, which the app never does) and commons-compress's
  # archive and compressor formats other than zip and the three zip methods the XLSX reader may meet; proj4j's
  # Canadian NAD27 grid ntv1_can.dat (0.65 MB): no EPSG definition names it, NAD27 lists it as an optional grid
  # (@ntv1_can.dat, skipped when missing, as @conus and @alaska already are), and no Chinese CRS uses a grid; and
  # JavaFX's old Caspian theme (165 KB), used only when an app asks for it or on embedded (touch) platforms: the
  # desktop uses Modena.
  zip -q -d "$out/input/planner.jar" $("$bin/jar" tf "$out/input/planner.jar" | grep -E \
    '^com/sun/javafx/scene/control/skin/caspian/|^proj4/nad/ntv1_can\.dat$|^org/apache/fontbox/cmap/[^/.]+$|^org/apache/commons/compress/(archivers/(ar|arj|cpio|dump|examples|jar|sevenz|tar)|compressors/(brotli|deflate|gzip|lz4|lz77support|lzma|pack200|snappy|xz|z|zstandard))/' \
    | grep -vE '/Identity-[HV]$')
fi

# Library classes nothing in the app reaches (~4.5 MB of the jar): ProGuard (packaging/proguard.pro) traces the jar
# against the runtime just linked and lists the unreachable classes of commons-lang3/io/codec/compress, PDFBox,
# fontbox, JTS and ControlsFX; those class files are deleted from the jar, nothing else in it changes. Classes named
# in the jar's text resources are kept. PLANNER_PROGUARD_CP (ProGuard's class path, set by `mvn -Pdist`) unset: skipped.
# packaging/smoke.sh then runs the app's commands on the image (step 3b), so a class wrongly removed fails the build.
# Linux only: the smoke checks run on the Linux image alone, and no jar ships shrunk without them.
if [ -n "${PLANNER_PROGUARD_CP:-}" ] && [ "$os" = linux ] && command -v zip >/dev/null 2>&1; then
  pg="$out/proguard"; mkdir -p "$pg"; here_abs="$PWD"
  "$bin/jimage" extract --dir "$pg/jdk" "$out/runtime/lib/modules"
  jdk_lib=$(for m in "$pg"/jdk/*; do printf '%s(**.class;!module-info.class):' "$m"; done)
  # Class names in services files, CSS, properties and text lists (ServiceLoader, -fx-skin, ReportPrefetch...).
  mkdir -p "$pg/text"
  (cd "$pg/text" && "$bin/jar" xf "$here_abs/$out/input/planner.jar" \
      $("$bin/jar" tf "$here_abs/$out/input/planner.jar" | grep -E '^META-INF/services/.|\.(css|properties|txt)$' | grep -v '^proj4/'))
  find "$pg/text" -type f -exec cat {} + \
    | grep -oE '\b(org\.apache\.(commons\.(lang3|io|codec|compress)|pdfbox|fontbox)|org\.locationtech\.jts|(impl\.)?org\.controlsfx)(\.[A-Za-z_$][A-Za-z0-9_$]*)+' \
    | sort -u | sed 's/.*/-keep class & { *; }/' > "$pg/resources.pro"
  # ProGuard takes unused interfaces (and constant interfaces) out of the implements lists of the classes it writes;
  # the jar keeps the original class files, so such an interface must stay. jdeps finds every class that a class
  # left in the jar names but the jar no longer holds; those are kept and ProGuard runs again, until there are none.
  : > "$pg/kept.pro"
  for round in 1 2 3 4 5; do
    "$bin/java" -cp "$PLANNER_PROGUARD_CP" proguard.ProGuard @packaging/proguard.pro @"$pg/resources.pro" @"$pg/kept.pro" \
      -injars "$out/input/planner.jar" -outjars "$pg/traced.jar" -libraryjars "${jdk_lib%:}" \
      -printusage "$pg/removed.txt" > "$pg/proguard.log" 2>&1 \
      || { cat "$pg/proguard.log" >&2; echo "jpackage.sh: ProGuard failed" >&2; exit 1; }
    rm -f "$pg/traced.jar"
    # -printusage lists removed classes at the line start; indented lines are members (none are removed here).
    grep -E '^[A-Za-z_$][A-Za-z0-9_.$]*$' "$pg/removed.txt" | sort -u > "$pg/removed-classes.txt"
    cp "$out/input/planner.jar" "$pg/shrunk.jar"
    tr . / < "$pg/removed-classes.txt" | sed 's/$/.class/' | zip -q -d "$pg/shrunk.jar" -@
    "$bin/jdeps" --multi-release 17 -verbose:class -filter:none "$pg/shrunk.jar" 2>/dev/null \
      | awk '$NF == "found" && $(NF-1) == "not" {print $3}' | sort -u > "$pg/missing.txt"
    comm -12 "$pg/missing.txt" "$pg/removed-classes.txt" > "$pg/dangling.txt"
    [ -s "$pg/dangling.txt" ] || break
    sed 's/.*/-keep class & { *; }/' "$pg/dangling.txt" >> "$pg/kept.pro"
  done
  [ -s "$pg/dangling.txt" ] && { echo "jpackage.sh: classes left in the jar still name removed classes:" >&2
    cat "$pg/dangling.txt" >&2; exit 1; }
  before_kb=$(du -k "$out/input/planner.jar" | cut -f1)
  mv "$pg/shrunk.jar" "$out/input/planner.jar"
  echo "jpackage.sh: ProGuard: $(wc -l < "$pg/removed-classes.txt") unreachable library classes removed" \
    "($round rounds), jar $before_kb -> $(du -k "$out/input/planner.jar" | cut -f1) KiB"
  rm -rf "$pg/jdk" "$pg/text"
else
  echo "jpackage.sh: library classes not shrunk (not Linux, no zip, or PLANNER_PROGUARD_CP unset): the image is ~4 MB larger" >&2
fi

# 2. App image. The launcher decodes arguments and file names as UTF-8 whatever the shell's locale, and maps
#    the class archive written in step 3: on JDK 25 the AOT cache planner.aot, else the AppCDS archive planner.jsa
#    (a missing or stale one is ignored by the JVM, and -Xlog:...=off keeps it from printing a warning before every
#    command's output).
common=(--name "$app" --app-version "$version" --vendor "$vendor" --description "$description")
#    sun.jnu.encoding only on Linux: macOS is always UTF-8, and Windows passes arguments in the system code
#    page (GBK on a Chinese Windows), which Java's default there already decodes.
jnu=(); [ "$os" = linux ] && jnu=(-Dsun.jnu.encoding=UTF-8)
#    Options shared by the launcher and the training run (an archive made under other GC settings is refused).
#    SerialGC: one collector thread and no concurrent ones for a desktop heap well under 1 GB. Tier-4 thresholds
#    100x the defaults: C2 compiled about 300 lukewarm start-up methods (CSS, layout, the software renderer), several
#    CPU seconds on a 2-core machine, while the Monte Carlo loops reach even these thresholds within milliseconds and
#    keep their C2 speed. C1 only (-XX:TieredStopAtLevel=1) starts faster still but costs the Monte Carlo about 55 %
#    more CPU; figures in docs/PERFORMANCE.md.
tuning=(-XX:+UseSerialGC -XX:Tier4InvocationThreshold=500000 -XX:Tier4MinInvocationThreshold=60000
        -XX:Tier4CompileThreshold=1500000 -XX:Tier4BackEdgeThreshold=4000000)
#    JDK 24+: JavaFX and sqlite-jdbc load native libraries, and JavaFX 21's Marlin renderer uses sun.misc.Unsafe
#    memory access; allowed here so that no JDK warning precedes every command's output.
[ "$release" -ge 24 ] && tuning+=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
natives=("-Dorg.sqlite.lib.path=\$APPDIR/native" "-Dorg.sqlite.lib.name=$sqlite_lib")
if $aot; then
  archive=planner.aot; use_archive=("-XX:AOTCache=\$APPDIR/$archive" -Xlog:aot=off -Xlog:cds=off)
else
  archive=planner.jsa; use_archive=("-XX:SharedArchiveFile=\$APPDIR/$archive" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
launcher_opts=(-Dfile.encoding=UTF-8 "-Dplanner.launcher=$app" "${use_archive[@]}" "${tuning[@]}" "${natives[@]}"
               ${jnu[@]+"${jnu[@]}"})
java_opts=()
for o in "${launcher_opts[@]}"; do
  java_opts+=(--java-options "$o")
done
icon="packaging/icons/planner.png"
[ "$os" = win ] && icon="packaging/icons/planner.ico"
if [ "$os" = mac ]; then
  iconset="$out/planner.iconset"; mkdir -p "$iconset"
  for s in 16 32 128 256; do
    sips -z $s $s packaging/icons/planner.png --out "$iconset/icon_${s}x${s}.png" >/dev/null
    sips -z $((s * 2)) $((s * 2)) packaging/icons/planner.png --out "$iconset/icon_${s}x${s}@2x.png" >/dev/null
  done
  iconutil -c icns "$iconset" -o "$out/planner.icns"
  icon="$out/planner.icns"
fi
app_args=(--input "$out/input" --main-jar planner.jar --main-class org.villageplanner.Main
          --runtime-image "$out/runtime" --icon "$icon" "${java_opts[@]}")
"$bin/jpackage" --type app-image "${common[@]}" --dest "$out" "${app_args[@]}"

case "$os" in
  linux) image="$out/$app"; appdir="$image/lib/app"; javabin="$image/lib/runtime/bin/java" ;;
  mac)   image="$out/$app.app"; appdir="$image/Contents/app"; javabin="$image/Contents/runtime/Contents/Home/bin/java" ;;
  win)   image="$out/$app"; appdir="$image/app"; javabin="$image/runtime/bin/java.exe" ;;
esac

# Linux: bin/planner becomes a small shell script that makes an ASCII (LANG=C) locale UTF-8 and then starts the
# image's Java with the launcher's own options, read here from planner.cfg (each one double-quoted, $APPDIR becoming
# the script's $app). jpackage's native launcher and its library go (1.8 MB): installed by a package, that launcher
# asks rpm and dpkg where it lives before every start (0.3 s). jpackage's .deb step needs only bin/planner.
if [ "$os" = linux ]; then
  rm -f "$image/bin/$app" "$image/lib/libapplauncher.so"
  script_opts=$(sed -n 's/^java-options=//p' "$appdir/$app.cfg" | sed -e 's/["\\`]/\\&/g' -e 's/\$APPDIR/$app/g' \
    -e 's/.*/"&"/' | tr '\n' ' ')
  script_opts="${script_opts% }"
  sed "s|@OPTS@|${script_opts//|/\\|}|" packaging/linux/planner > "$image/bin/$app"
  chmod 755 "$image/bin/$app"
fi

# 3. AppCDS: a training run opens the sample and exits at the first map frame, before anything held back for it
#    (the village table, the live simulation, the county outline) starts; the classes it loaded are archived. What
#    comes after the frame loads from the jar: with JDK 25's AOT class linking every class in the cache is loaded at
#    every start, and each costs ~7 KB of image (docs/PERFORMANCE.md, "Sixth session"). Same runtime, class path
#    and options as the launcher, so the launcher can map the archive.
#    Java 17 records the class path as absolute paths and refuses the archive when the jar is elsewhere (it
#    relocates only the runtime). So on Linux the run sees the image at its installed place, /opt/$pkg (the
#    .deb's), through a private mount namespace (unshare; nothing in the real /opt changes). Elsewhere, or without
#    the rights for unshare, it trains in place: the archive then serves the image where it was built.
#    Without a display (a headless Linux build machine without xvfb-run) the run trains on `info` instead.
installed="/opt/$pkg"
run_in=(); root="$image"; root_app="$appdir"
if [ "$os" = linux ] && [ "${PLANNER_CDS_IN_PLACE:-false}" != true ]; then
  as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo -n)
  if "${as_root[@]}" unshare --mount --propagation private true 2>/dev/null; then
    run_in=("${as_root[@]}" unshare --mount --propagation private sh -c \
      'mount -t tmpfs tmpfs /opt && mkdir -p "$1" && mount --bind "$2" "$1" && shift 2 && exec "$@"' \
      sh "$installed" "$(cd "$image" && pwd -P)")
    root="$installed"; root_app="$installed/lib/app"
  else
    echo "jpackage.sh: cannot unshare a mount namespace: the AppCDS archive will serve $image only" >&2
  fi
else
  root="$(cd "$image" && pwd -P)"; root_app="$root/${appdir#"$image"/}"
fi
# Git bash: java.exe is given Windows paths (C:/...), not /c/... (which only MSYS programs understand).
here="$PWD"
if [ "$os" = win ]; then
  root="$(cygpath -m "$root")"; root_app="$(cygpath -m "$root_app")"; here="$(cygpath -m "$PWD")"
fi
case "$os" in
  linux) rjava="$root/lib/runtime/bin/java" ;;
  mac)   rjava="$root/Contents/runtime/Contents/Home/bin/java" ;;
  win)   rjava="$root/runtime/bin/java.exe" ;;
esac
make_archive=("-XX:ArchiveClassesAtExit=$root_app/$archive")
# AOT cache without JDK 25's cached method-handle adapters (the "ac" region, 0.75 MB): the JVM makes the ~900 small
# adapters at start instead; no difference in the start's CPU was measurable (docs/PERFORMANCE.md, "Sixth session").
$aot && make_archive=("-XX:AOTCacheOutput=$root_app/$archive" -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching)
# What went into the AOT cache (regions, class counts), kept beside the packages for the size figures.
archive_log=(); $aot && archive_log=("-Xlog:cds=info,aot=info:file=$here/$out/archive-training.log")
train=("$rjava" "${make_archive[@]}" ${archive_log[@]+"${archive_log[@]}"} "${tuning[@]}" -Dfile.encoding=UTF-8 "-Dplanner.launcher=$app"
       "-Dorg.sqlite.lib.path=$root_app/native" "-Dorg.sqlite.lib.name=$sqlite_lib"
       "-Dplanner.settings.dir=$here/$out/training-settings" -Dplanner.probe.pulsesAfter=0
       ${jnu[@]+"${jnu[@]}"} -cp "$root_app/planner.jar" org.villageplanner.Main)
if [ "$os" != linux ] || [ -n "${DISPLAY:-}" ]; then
  ${run_in[@]+"${run_in[@]}"} "${train[@]}" open "$root_app/samples/longshan.gpkg" --startup-probe
elif command -v xvfb-run >/dev/null 2>&1; then
  ${run_in[@]+"${run_in[@]}"} xvfb-run -a -s "-screen 0 1600x1000x24" "${train[@]}" open "$root_app/samples/longshan.gpkg" --startup-probe
else
  echo "jpackage.sh: no display and no xvfb-run: training the CDS archive on the command line only" >&2
  ${run_in[@]+"${run_in[@]}"} "${train[@]}" info "$root_app/samples/longshan.gpkg" >/dev/null
fi
[ -f "$appdir/$archive" ] || { echo "jpackage.sh: the class archive $archive was not written" >&2; exit 1; }
echo "jpackage.sh: app image $(du -sh "$image" | cut -f1) ($(du -sk "$image" | cut -f1) KiB) at $image"

# 3b. Smoke checks of the Linux image (packaging/smoke.sh: every command's path, the PDF, all formats, the desktop
#     start, no Java on PATH, LANG=C): library classes were removed from its jar, so a failure fails the build.
if [ "$os" = linux ] && [ "${PLANNER_SMOKE:-true}" = true ]; then
  packaging/smoke.sh "$image" || { echo "jpackage.sh: smoke checks failed on $image" >&2; exit 1; }
fi

[ "${PLANNER_INSTALLERS:-true}" = true ] || exit 0

# 4. Installers from the app image (the archive inside stays valid: it records paths relative to the image).
assoc="packaging/$os/gpkg.properties"
case "$os" in
  linux)
    # Resources: our desktop entry, and a postinst that gives planner.jar back the modification time it had in the
    # training run (jpackage copies the image into the package and the copy gets a new one; Java checks it).
    res="$out/linux-resources"; mkdir -p "$res"
    cp packaging/linux/planner.desktop "$res/"
    sed -e "s/@JAR_MTIME@/$(stat -c %Y "$appdir/planner.jar")/" -e "s/@PKG@/$pkg/" packaging/linux/postinst.in > "$res/postinst"
    "$bin/jpackage" --type deb --app-image "$image" "${common[@]}" --dest "$out" \
      --resource-dir "$res" --icon "$icon" --file-associations "$assoc" \
      --linux-package-name "$pkg" --linux-menu-group "Office;Education;" \
      --linux-app-category science --linux-shortcut --license-file LICENSE
    ;;
  win)
    "$bin/jpackage" --type msi --app-image "$image" "${common[@]}" --dest "$out" \
      --resource-dir packaging/win --icon "$icon" --file-associations "$assoc" \
      --win-menu --win-menu-group "$title" --win-shortcut --win-dir-chooser --win-per-user-install \
      --win-upgrade-uuid 6d4c1f0e-6a53-4c1e-9a57-3b1f1e0c2a17 --license-file LICENSE
    # Portable: the app image plus planner.bat at the top, zipped; runs from a USB stick, nothing installed.
    #    planner.bat gets the launcher's own options, $APPDIR being the image's app folder beside it.
    bat_opts=""
    for o in "${launcher_opts[@]}"; do
      o="${o//\$APPDIR\//%HERE%app\\}"; o="${o/#-Dplanner.launcher=$app/-Dplanner.launcher=planner.bat}"
      bat_opts="$bat_opts \"$o\""
    done
    sed "s|@OPTS@|${bat_opts# }|" packaging/win/planner.bat > "$image/planner.bat"
    (cd "$out" && powershell -NoProfile -Command \
      "Compress-Archive -Path '$app' -DestinationPath 'planner-$version-win-x64-portable.zip' -Force")
    ;;
  mac)
    # On macOS the document types live in the bundle's Info.plist, which jpackage writes only when it builds the
    # bundle itself: so the .dmg is made from the input folder (with the trained archive copied in), not the image.
    cp "$appdir/$archive" "$out/input/$archive"
    "$bin/jpackage" --type dmg "${common[@]}" --dest "$out" "${app_args[@]}" \
      --resource-dir packaging/mac --file-associations "$assoc" \
      --mac-package-identifier org.villageplanner.planner --mac-package-name "Village Planner" \
      --license-file LICENSE
    ;;
esac
ls -la "$out"
