#!/usr/bin/env bash
# Benchmark: Trackdown (whole `mvn -o -q site`, and the engine in a warm JVM) against Hugo, Jekyll and JBake on the
# same generated Markdown, then the engine's stages one by one. Not part of `verify`.
#
#   bash bench/run.sh [FILES...]          default: 1000 10000
#
# FILES counts recommendation files (recommendations x review years). Environment:
#   RUNS=3            runs of each tool, alternating tool by tool
#   YEARS=5           review years (recommendations per year = FILES / YEARS)
#   SEED=42           the corpus seed
#   TOOLS="mvn mvn-default inproc hugo jekyll"   which tools to time (hugo/jekyll are skipped when not installed):
#       mvn          `mvn -o -q site` on the generated tracker project, which has this repository's .mvn/jvm.config
#                    (C1 only and the serial collector: what suits a build that lasts seconds; see the README)
#       mvn-default  the same without .mvn/jvm.config: Maven's JVM with its default options
#       inproc       the engine in one JVM, INPROC_BUILDS builds in a row (InProcessBenchmark)
#       hugo, jekyll `hugo` and `jekyll build` on the same Markdown
#       jbake        JBake 2.7.0's command line on the same Markdown (with its own header instead of YAML), resolved
#                    from Maven Central through bench/jbake/pom.xml
#   JBAKE_MAX_FILES=1000  JBake only runs up to this size: it re-queries its OrientDB store for every page, and took
#                    about 19 minutes for 10,000 files on this kind of machine
#   STAGES=1          0 to skip the per-stage timing
#   SCALE=100000      after the sizes, build a tracker of this many files in one JVM with a 1 GB heap, and one a tenth
#                     of its size with a tenth of the heap (memory that grows no faster than the files); 0 to skip
#   PORTFOLIO=""      REPORTSxRECOMMENDATIONS, such as 100x30: time a portfolio of that many reports instead of the
#                     FILES sizes (each report a tracker of RECOMMENDATIONS x YEARS files, PortfolioCorpusGenerator),
#                     against Hugo on the same Markdown (one section per report); only the tools mvn, mvn-default,
#                     inproc and hugo run, and STAGES and SCALE are skipped
#   OUTPUT_DIR=""     a folder for the sites of mvn, mvn-default and hugo instead of their usual ones (target/site,
#                     hugo/public), such as /dev/shm/bench-out: on a RAM disk, no file system's cost of creating files
#                     counts (a file system without a journal, as on some virtual machines, skips inodes deleted in
#                     the last minute when it creates files, so the times grow with each run's deleting the last
#                     run's site, and with how many files each tool writes)
#   INPROC_BUILDS=20  builds per in-process run into the same folder (the first half warm the JIT up; the median of the
#                     second half is reported), then half as many into an emptied folder
#
# Needs JDK 17+, the Maven wrapper's Maven offline (run `./mvnw -B verify` once first), /usr/bin/time, and for the
# peers `apt-get install -y hugo jekyll`. The plugin is installed into a private local repository
# (target/bench/repo, with ~/.m2/repository as a read-only tail), never into ~/.m2.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-3}"
YEARS="${YEARS:-5}"
SEED="${SEED:-42}"
TOOLS="${TOOLS:-mvn mvn-default inproc hugo jekyll jbake}"
JBAKE_MAX_FILES="${JBAKE_MAX_FILES:-1000}"
STAGES="${STAGES:-1}"
SCALE="${SCALE:-100000}"
INPROC_BUILDS="${INPROC_BUILDS:-20}"
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
PORTFOLIO="${PORTFOLIO:-}"
REPORTS=0
if [ -n "$PORTFOLIO" ]; then
    REPORTS="${PORTFOLIO%x*}"
    SIZES=($((REPORTS * ${PORTFOLIO#*x} * YEARS)))
    STAGES=0
    SCALE=0
fi

OUTPUT_DIR="${OUTPUT_DIR:-}"
WORK="$ROOT/target/bench"
REPO="$WORK/repo"
TAIL="${MAVEN_REPO_TAIL:-$HOME/.m2/repository}"
MVN_REPO_ARGS=(-Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL")
mkdir -p "$WORK"

echo "== machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB RAM; $(java -version 2>&1 | head -1)"
command -v hugo >/dev/null && echo "== $(hugo version | cut -d' ' -f1-2)"
command -v jekyll >/dev/null && echo "== $(jekyll --version)"
JBAKE_CP=""
if [[ " $TOOLS " == *" jbake "* ]]; then
    # JBake comes from Maven Central (bench/jbake/pom.xml): resolved once, then found in the local repository.
    if ./mvnw -B -q "${MVN_REPO_ARGS[@]}" -f bench/jbake/pom.xml dependency:build-classpath \
        -Dmdep.outputFile="$WORK/jbake-cp.txt" >"$WORK/jbake-resolve.log" 2>&1; then
        JBAKE_CP="$(cat "$WORK/jbake-cp.txt")"
        echo "== JBake 2.7.0 (Maven Central), run up to $JBAKE_MAX_FILES files"
    else
        echo "== JBake: could not be resolved from Maven Central, not run (see $WORK/jbake-resolve.log)"
    fi
fi

echo "== building the plugin into $REPO"
./mvnw -B -o -q "${MVN_REPO_ARGS[@]}" -pl .,plugin install -DskipTests -Dinvoker.skip=true
./mvnw -B -o -q "${MVN_REPO_ARGS[@]}" -pl plugin dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
    -Dmdep.includeScope=test >/dev/null
CP="$ROOT/plugin/target/classes:$ROOT/plugin/target/test-classes:$(cat "$WORK/cp.txt")"

median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# time_run NAME LOG COMMAND...: runs COMMAND, appends "seconds peak_rss_mb" to $WORK/NAME.times
time_run() {
    local name="$1" log="$2"; shift 2
    local start end
    # The previous run's files are flushed to disk first, so that their writing does not slow this run down.
    sync
    start=$(date +%s%N)
    if ! /usr/bin/time -f "%M" -o "$WORK/rss.txt" "$@" >"$log" 2>&1; then
        echo "   $name FAILED, see $log"; tail -5 "$log"; return 1
    fi
    end=$(date +%s%N)
    local seconds rss
    seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e - s) / 1e9}')
    rss=$(awk '{printf "%.0f", $1 / 1024}' "$WORK/rss.txt")
    echo "$seconds $rss" >>"$WORK/$name.times"
    printf "   %-11s %8.2f s %7d MB\n" "$name" "$seconds" "$rss"
}

for FILES in "${SIZES[@]}"; do
    RECS=$((FILES / YEARS))
    CORPUS="$WORK/corpus-$RECS-$YEARS-$SEED"
    MARKDOWN=$((FILES + YEARS))
    echo
    if [ "$REPORTS" -gt 0 ]; then
        CORPUS="$WORK/portfolio-$PORTFOLIO-$YEARS-$SEED"
        MARKDOWN=$((FILES + REPORTS * YEARS))
        echo "=================== portfolio of $FILES files ($REPORTS reports x ${PORTFOLIO#*x} recommendations x" \
            "$YEARS reviews, seed $SEED)"
        if [ ! -f "$CORPUS/done" ]; then
            rm -rf "$CORPUS"
            java -cp "$CP" io.github.trackdown.bench.PortfolioCorpusGenerator "$CORPUS" "$REPORTS" \
                "${PORTFOLIO#*x}" "$YEARS" "$SEED"
            touch "$CORPUS/done"
        fi
    else
        echo "=================== $FILES files ($RECS recommendations x $YEARS reviews, seed $SEED)"
    fi
    if [ "$REPORTS" -eq 0 ] && { [ ! -f "$CORPUS/done" ] || [ ! -d "$CORPUS/jbake" ]; }; then
        rm -rf "$CORPUS"
        java -cp "$CP" io.github.trackdown.bench.CorpusGenerator "$CORPUS" "$RECS" "$YEARS" "$SEED"
        touch "$CORPUS/done"
    fi
    mkdir -p "$CORPUS/tracker/.mvn"
    cp "$ROOT/.mvn/jvm.config" "$CORPUS/tracker/.mvn/jvm.config"
    rm -f "$WORK"/*.times
    INPROC_LINES=()
    MVN_SITE="$CORPUS/tracker/target/site"
    HUGO_SITE="$CORPUS/hugo/public"
    MVN_OUT_ARGS=()
    HUGO_OUT_ARGS=()
    if [ -n "$OUTPUT_DIR" ]; then
        MVN_SITE="$OUTPUT_DIR/mvn"
        HUGO_SITE="$OUTPUT_DIR/hugo"
        MVN_OUT_ARGS=(-Dtrackdown.outputDirectory="$MVN_SITE")
        HUGO_OUT_ARGS=(-d "$HUGO_SITE")
        echo "-- the sites of mvn and hugo are written under $OUTPUT_DIR"
    fi
    for run in $(seq 1 "$RUNS"); do
        echo "-- run $run"
        for tool in $TOOLS; do
            case "$tool" in
            mvn)
                rm -rf "$CORPUS/tracker/target" "$MVN_SITE"
                time_run mvn "$WORK/mvn.log" "$ROOT/mvnw" -B -o -q "${MVN_REPO_ARGS[@]}" "${MVN_OUT_ARGS[@]}" \
                    -f "$CORPUS/tracker/pom.xml" site
                ;;
            mvn-default)
                rm -rf "$CORPUS/tracker/target" "$MVN_SITE"
                mv "$CORPUS/tracker/.mvn/jvm.config" "$CORPUS/tracker/.mvn/jvm.config.off"
                time_run mvn-default "$WORK/mvn-default.log" "$ROOT/mvnw" -B -o -q "${MVN_REPO_ARGS[@]}" \
                    "${MVN_OUT_ARGS[@]}" -f "$CORPUS/tracker/pom.xml" site || true
                mv "$CORPUS/tracker/.mvn/jvm.config.off" "$CORPUS/tracker/.mvn/jvm.config"
                ;;
            inproc)
                rm -rf "$WORK/inproc-site"
                time_run inproc "$WORK/inproc.log" java -cp "$CP" io.github.trackdown.bench.InProcessBenchmark \
                    "$CORPUS/tracker/src/tracker" "$WORK/inproc-site" "$INPROC_BUILDS"
                INPROC_LINES+=("$(grep '^in-process:' "$WORK/inproc.log")")
                ;;
            hugo)
                command -v hugo >/dev/null || continue
                rm -rf "$HUGO_SITE" "$CORPUS/hugo/resources"
                time_run hugo "$WORK/hugo.log" hugo -s "$CORPUS/hugo" --quiet "${HUGO_OUT_ARGS[@]}"
                ;;
            jekyll)
                command -v jekyll >/dev/null && [ -d "$CORPUS/jekyll" ] || continue
                rm -rf "$CORPUS/jekyll/_site" "$CORPUS/jekyll/.jekyll-cache"
                time_run jekyll "$WORK/jekyll.log" jekyll build -s "$CORPUS/jekyll" -d "$CORPUS/jekyll/_site" --quiet
                ;;
            jbake)
                [ -n "$JBAKE_CP" ] && [ -d "$CORPUS/jbake" ] || continue
                if [ "$FILES" -gt "$JBAKE_MAX_FILES" ]; then
                    [ "$run" = 1 ] && echo "   jbake       not run above JBAKE_MAX_FILES=$JBAKE_MAX_FILES files"
                    continue
                fi
                rm -rf "$CORPUS/jbake/output"
                time_run jbake "$WORK/jbake.log" java -cp "$JBAKE_CP" org.jbake.launcher.Main \
                    -b "$CORPUS/jbake" "$CORPUS/jbake/output"
                ;;
            *) echo "unknown tool $tool"; exit 2 ;;
            esac
        done
    done
    echo "-- output: Trackdown $(find "$MVN_SITE" -name '*.html' 2>/dev/null | wc -l) HTML pages" \
        "from $MARKDOWN Markdown files;" \
        "Hugo $(find "$HUGO_SITE" -name '*.html' 2>/dev/null | wc -l);" \
        "Jekyll $(find "$CORPUS/jekyll/_site" -name '*.html' 2>/dev/null | wc -l);" \
        "JBake $(find "$CORPUS/jbake/output" -name '*.html' 2>/dev/null | wc -l)"
    for line in "${INPROC_LINES[@]}"; do echo "$line" | sed 's/^/   /'; done
    echo "-- medians over $RUNS runs, $FILES files, $(nproc) cores"
    printf "   %-11s %10s %13s %10s %12s %19s\n" tool "wall (s)" "min-max (s)" "RSS (MB)" "mvn / tool" \
        "mvn-default / tool"
    MVN_WALL=""
    DEFAULT_WALL=""
    [ -f "$WORK/mvn.times" ] && MVN_WALL=$(cut -d' ' -f1 "$WORK/mvn.times" | median)
    [ -f "$WORK/mvn-default.times" ] && DEFAULT_WALL=$(cut -d' ' -f1 "$WORK/mvn-default.times" | median)
    for tool in $TOOLS; do
        [ -f "$WORK/$tool.times" ] || continue
        wall=$(cut -d' ' -f1 "$WORK/$tool.times" | median)
        rss=$(cut -d' ' -f2 "$WORK/$tool.times" | median)
        ratio="-"
        ratio_default="-"
        [ -n "$MVN_WALL" ] && ratio=$(awk -v a="$MVN_WALL" -v b="$wall" 'BEGIN {printf "%.2fx", a / b}')
        [ -n "$DEFAULT_WALL" ] && ratio_default=$(awk -v a="$DEFAULT_WALL" -v b="$wall" 'BEGIN {printf "%.2fx", a / b}')
        spread=$(cut -d' ' -f1 "$WORK/$tool.times" | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}')
        printf "   %-11s %10.2f %13s %10.0f %12s %19s\n" "$tool" "$wall" "$spread" "$rss" "$ratio" "$ratio_default"
    done
    if [ -f "$WORK/inproc.times" ]; then
        echo "   (inproc wall and RSS are for a whole JVM doing $INPROC_BUILDS builds; its warm speed is on the" \
            "in-process lines above)"
    fi
    if [ "$STAGES" = 1 ]; then
        echo "-- engine stages, warm JVM"
        java -cp "$CP" io.github.trackdown.bench.StageBenchmark "$CORPUS/tracker/src/tracker" "$WORK/stage-site" 3 5 \
            | sed 's/^/   /'
    fi
done

if [ "$SCALE" -gt 0 ]; then
    echo
    echo "=================== memory: $SCALE files in a 1 GB heap, $((SCALE / 10)) files in 100 MB"
    for files_heap in "$SCALE:1g" "$((SCALE / 10)):100m"; do
        FILES="${files_heap%%:*}"
        HEAP="${files_heap##*:}"
        RECS=$((FILES / YEARS))
        CORPUS="$WORK/corpus-$RECS-$YEARS-$SEED"
        if [ ! -f "$CORPUS/tracker/src/tracker/tracker.yml" ]; then
            rm -rf "$CORPUS"
            java -cp "$CP" io.github.trackdown.bench.CorpusGenerator "$CORPUS" "$RECS" "$YEARS" "$SEED" --tracker-only
        fi
        rm -rf "$WORK/scale-site"
        rm -f "$WORK/scale.times"
        if time_run scale "$WORK/scale.log" java "-Xmx$HEAP" -XX:+UseSerialGC -cp "$CP" \
            io.github.trackdown.bench.InProcessBenchmark "$CORPUS/tracker/src/tracker" "$WORK/scale-site" 1; then
            echo "   $FILES files built with -Xmx$HEAP: $(grep '^in-process:' "$WORK/scale.log" | sed 's/.*-> //')"
        else
            echo "   $FILES files did NOT build with -Xmx$HEAP"
        fi
    done
fi
