#!/usr/bin/env bash
# Builds generated sites with gongshi, with the full Hugo twin (the same facts on the same pages)
# and with the bare Hugo twin (front matter dumped), in interleaved rounds (the order rotates each
# round; one warm-up round is not counted), and prints per tool: pages, output MB, wall seconds
# (median), CPU seconds user+sys (median), peak RSS (highest run); the gongshi/Hugo ratios;
# the floor (cp -r of gongshi's output) and gongshi/floor; then a no-change rebuild, a one-record
# edit rebuild (and how many files it rendered and wrote), check alone, the preview's latency from writing
# a record file to the reload event (median of 5 edits), and whether each target was met.
#   bench/run.sh [county] [prefecture] [province]      (default: county prefecture)
# BENCH_RUNS (3) rounds, BENCH_SETTLE (5) seconds before each run, BENCH_DIR (/tmp/gongshi-bench),
# BENCH_BASELINE: another gongshi binary (the one the RSS target compares with), run in the same rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(county prefecture)
command -v hugo >/dev/null && [ -x /usr/bin/time ] || {
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -q hugo time >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null; $sudo apt-get install -y -q hugo time >/dev/null; }
}
scripts/ensure-deps
swift build -c release --product gongshi >/dev/null
gongshi=$PWD/.build/release/gongshi
work=${BENCH_DIR:-/tmp/gongshi-bench}
runs=${BENCH_RUNS:-3}
baseline=${BENCH_BASELINE:-}
as_of=2026-11-23
# Deleting a large tree slows this disk's next writes: let it settle between runs.
settle="sleep ${BENCH_SETTLE:-5}"
tools=(gongshi hugo hugo-bare)
[ -z "$baseline" ] || tools+=(baseline)

# measure LABEL COMMAND...: one run; appends "wall cpu rss_mb" to $dir/LABEL.runs, keeps its output.
measure() {
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$dir/$label.time" "$@" >"$dir/$label.out" 2>"$dir/$label.err" \
        || { cat "$dir/$label.err" >&2; return 1; }
    awk '{printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$dir/$label.time" >>"$dir/$label.runs"
}
# A full build: the tool's output (and gongshi's build state) goes first.
full_build() {
    case $1 in
        gongshi) rm -rf "$dir/out-g" "$dir/.out-g.gongshi-state"; $settle
                 measure gongshi "$gongshi" build --site "$dir/gongshi" --as-of $as_of --output "$dir/out-g" ;;
        baseline) rm -rf "$dir/out-base" "$dir/.out-base.gongshi-state"; $settle
                 measure baseline "$baseline" build --site "$dir/gongshi" --as-of $as_of --output "$dir/out-base" ;;
        hugo) rm -rf "$dir/out-h"; $settle; measure hugo hugo --quiet --source "$dir/hugo" -d "$dir/out-h" ;;
        hugo-bare) rm -rf "$dir/out-b"; $settle; measure hugo-bare hugo --quiet --source "$dir/hugo-bare" -d "$dir/out-b" ;;
    esac
}
out_dir() { case $1 in gongshi) echo out-g ;; baseline) echo out-base ;; hugo) echo out-h ;; hugo-bare) echo out-b ;; esac; }

for scale in "${scales[@]}"; do
    dir=$work/$scale
    rm -rf "$dir"
    python3 bench/generate.py --scale "$scale" --out "$dir" >/dev/null
    for round in $(seq 0 "$runs"); do
        for i in "${!tools[@]}"; do
            tool=${tools[$(( (i + round) % ${#tools[@]} ))]}
            full_build "$tool"
        done
        # The warm-up round fills the page cache and is not counted.
        [ "$round" -gt 0 ] || for tool in "${tools[@]}"; do rm -f "$dir/$tool.runs"; done
    done
    for tool in hugo hugo-bare; do
        if grep -q . "$dir/$tool.err"; then echo "$scale $tool printed:" >&2; cat "$dir/$tool.err" >&2; fi
    done
    rm -rf "$dir/floor"; $settle
    measure floor cp -r "$dir/out-g" "$dir/floor"
    g_build=("$gongshi" build --site "$dir/gongshi" --as-of $as_of --output "$dir/out-g" --verbose --lang en)
    measure nochange "${g_build[@]}"
    record=$dir/gongshi/content/points/t0.yaml
    cp "$record" "$dir/t0.yaml.orig"
    # A first edit, not counted, leaves the spare tree every later build of a site has.
    sed -i '0,/address: /s/address: /address: 改 /' "$record"
    "${g_build[@]}" >/dev/null 2>&1
    sed -i '0,/address: /s/address: /address: 改 /' "$record"
    measure edit "${g_build[@]}"
    cp "$dir/t0.yaml.orig" "$record"
    measure check "$gongshi" check --site "$dir/gongshi" --as-of $as_of
    preview=$(python3 bench/preview_latency.py "$gongshi" "$dir/gongshi" "$record" --edits 5 --as-of $as_of)
    summary=()
    for tool in "${tools[@]}"; do
        out=$dir/$(out_dir "$tool")
        summary+=("$tool" "$(find "$out" -name '*.html' | wc -l)" "$(du -sm "$out" | cut -f1)" "$dir/$tool.runs")
    done
    python3 - "$scale" "$dir" "$preview" "${summary[@]}" <<'PY'
import re, statistics, sys
scale, folder, preview = sys.argv[1:4]
rest = sys.argv[4:]
def runs(path):
    rows = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
    return (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows), max(r[2] for r in rows))
def one(label):
    return runs(f"{folder}/{label}.runs")
tools = {}
for i in range(0, len(rest), 4):
    name, pages, mb, path = rest[i:i + 4]
    tools[name] = (int(pages), int(mb)) + runs(path)
g = tools["gongshi"]
print("%-10s %-10s %8s %7s %8s %8s %8s %9s %9s" % ("scale", "tool", "pages", "out MB", "wall s", "CPU s", "RSS MB",
                                                  "wall g/x", "CPU g/x"))
for name, (pages, mb, wall, cpu, rss) in tools.items():
    print("%-10s %-10s %8d %7d %8.2f %8.2f %8.0f %9s %9s" % (scale, name, pages, mb, wall, cpu, rss,
          "" if name == "gongshi" else "%.2f" % (g[2] / wall), "" if name == "gongshi" else "%.2f" % (g[3] / cpu)))
floor = one("floor")
print("%-10s %-10s %8s %7s %8.2f %8.2f %8s %9.2f %9.2f   (cp -r of gongshi's output; columns g/x: gongshi/floor)"
      % (scale, "floor", "", "", floor[0], floor[1], "", g[2] / floor[0], g[3] / max(floor[1], 0.01)))
def rendered(label):
    """How many files the build rendered and how many it wrote (from its --verbose lines)."""
    text = open(f"{folder}/{label}.out").read()
    found = re.search(r"rendered ([\d,]+) of ([\d,]+) files", text)
    written = re.search(r": ([\d,]+) written", text)
    return "%s files rendered, %s written" % (found.group(1) if found else "?",
                                              written.group(1) if written else "0" if "nothing changed" in text else "?")
nochange, edit, check = one("nochange"), one("edit"), one("check")
median_ms, *each = preview.split()
print("%-10s no-change rebuild %.2f s wall %.2f s CPU (%s); one-record edit %.2f s wall %.2f s CPU "
      "(%s); check %.2f s wall %.2f s CPU %.0f MB; preview reload %s ms (median of %s)"
      % (scale, nochange[0], nochange[1], rendered("nochange"), edit[0], edit[1], rendered("edit"), check[0], check[1],
         check[2], median_ms, ", ".join(each)))
h = tools["hugo"]
def verdict(ok): return "met   " if ok else "missed"
province = scale == "province"
print("%-10s targets (the issue sets them at %s scale):" % (scale, "province" if province else "prefecture"))
targets = [(g[2] <= h[2] / 2, "full build <= half of Hugo's (full twin): %.2f s against %.2f s (%.2fx)" % (g[2], h[2], g[2] / h[2]))]
if not province:
    targets.append((g[2] <= 3 * floor[0], "full build <= 3x the cp -r floor: %.2f s against %.2f s (%.2fx)" % (g[2], floor[0], g[2] / floor[0])))
    if "baseline" in tools:
        b = tools["baseline"]
        targets.append((g[4] <= b[4], "peak RSS <= today's (BENCH_BASELINE): %.0f MB against %.0f MB" % (g[4], b[4])))
    else:
        print("%-10s   not judged: peak RSS <= today's (%.0f MB; set BENCH_BASELINE to today's binary)" % (scale, g[4]))
    targets.append((edit[0] < 1, "one-record edit rebuilt in under 1 s: %.2f s" % edit[0]))
    targets.append((check[0] < 1, "check under 1 s: %.2f s" % check[0]))
    targets.append((float(median_ms) < 300, "preview shows a one-record change within 300 ms: %s ms" % median_ms))
else:
    targets.append((check[0] < 10, "check under 10 s: %.2f s" % check[0]))
    targets.append((g[4] < 2048, "peak RSS under 2 GB: %.0f MB" % g[4]))
for ok, text in targets:
    print("%-10s   %s %s" % (scale, verdict(ok), text))
PY
done
