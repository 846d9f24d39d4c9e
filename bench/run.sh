#!/usr/bin/env bash
# Builds generated sites with gongshi and with Hugo side by side and prints one table:
# pages, output MB, wall seconds (median of hyperfine runs), peak RSS, the gongshi/Hugo ratio
# measured in the same run, and the floor (cp -r of the same output tree); then a no-change
# rebuild, a one-record-change rebuild and check alone.
#   bench/run.sh [county] [prefecture] [province]      (default: county prefecture)
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -gt 0 ] || scales=(county prefecture)
command -v hugo >/dev/null && command -v hyperfine >/dev/null || {
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get install -y -q hugo hyperfine >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null; $sudo apt-get install -y -q hugo hyperfine >/dev/null; }
}
scripts/ensure-deps
swift build -c release --product gongshi >/dev/null
gongshi=$PWD/.build/release/gongshi
work=${BENCH_DIR:-/tmp/gongshi-bench}
runs=${BENCH_RUNS:-3}
# Deleting a large tree slows this disk's next writes: let it settle between runs.
settle="sleep ${BENCH_SETTLE:-5}"

median() { python3 -c "import json,sys,statistics; print('%.2f' % statistics.median(json.load(open(sys.argv[1]))['results'][0]['times']))" "$1"; }
rss_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {printf "%.0f", $2/1024}'; }

printf "%-11s %-7s %7s %8s %9s %8s %7s %7s\n" scale tool pages "out MB" "wall s" "RSS MB" ratio "cp -r s"
for scale in "${scales[@]}"; do
    dir=$work/$scale
    python3 bench/generate.py --scale "$scale" --out "$dir" >/dev/null
    g_build=("$gongshi" build --site "$dir/gongshi" --as-of 2026-11-23 --output "$dir/out-g")
    h_build=(hugo --quiet --source "$dir/hugo" -d "$dir/out-h")
    # A full build each time: the output and its build state go first (else it would be a no-change build).
    g_clean="rm -rf $dir/out-g $dir/.out-g.gongshi-state"
    hyperfine --runs "$runs" --warmup 1 --prepare "$g_clean; $settle" --export-json "$dir/g.json" "${g_build[*]}" >/dev/null 2>&1
    hyperfine --runs "$runs" --warmup 1 --prepare "rm -rf $dir/out-h; $settle" --export-json "$dir/h.json" "${h_build[*]}" >/dev/null 2>&1
    g_wall=$(median "$dir/g.json"); h_wall=$(median "$dir/h.json")
    $g_clean; $settle
    # One more full build, for its peak memory and the time of each stage.
    /usr/bin/time -v "${g_build[@]}" --verbose >"$dir/g-verbose.txt" 2>"$dir/g-time.txt"
    g_rss=$(awk -F: '/Maximum resident/ {printf "%.0f", $2/1024}' "$dir/g-time.txt")
    stages=$(grep -E '^  ' "$dir/g-verbose.txt" | tr -s ' ' | tr '\n' ';')
    rm -rf "$dir/out-h"; $settle
    h_rss=$(rss_mb "${h_build[@]}")
    g_pages=$(find "$dir/out-g" -name '*.html' | wc -l); h_pages=$(find "$dir/out-h" -name '*.html' | wc -l)
    g_mb=$(du -sm "$dir/out-g" | cut -f1); h_mb=$(du -sm "$dir/out-h" | cut -f1)
    rm -rf "$dir/floor"; $settle
    floor=$( { /usr/bin/time -f "%e" cp -r "$dir/out-g" "$dir/floor"; } 2>&1 )
    ratio=$(python3 -c "print('%.2f' % ($g_wall / $h_wall))")
    printf "%-11s %-7s %7s %8s %9s %8s %7s %7s\n" "$scale" gongshi "$g_pages" "$g_mb" "$g_wall" "$g_rss" "$ratio" "$floor"
    printf "%-11s %-7s %7s %8s %9s %8s %7s %7s\n" "$scale" hugo "$h_pages" "$h_mb" "$h_wall" "$h_rss" "1.00" ""
    nochange=$( { /usr/bin/time -f "%e" "${g_build[@]}" >/dev/null; } 2>&1 )
    sed -i '0,/address: /s/address: /address: 改 /' "$dir/gongshi/content/points/t0.yaml"
    onechange=$( { /usr/bin/time -f "%e" "${g_build[@]}" >/dev/null; } 2>&1 )
    check=$( { /usr/bin/time -f "%e" "$gongshi" check --site "$dir/gongshi" --as-of 2026-11-23 >/dev/null; } 2>&1 )
    printf "%-11s no-change rebuild %s s, one-record change %s s, check alone %s s\n" "$scale" "$nochange" "$onechange" "$check"
    printf "%-11s gongshi stages:%s cpu %s\n" "$scale" "$stages" "$(awk -F': ' '/Percent of CPU/ {print $2}' "$dir/g-time.txt")"
    python3 - "$g_wall" "$h_wall" "$g_rss" "$h_rss" "$nochange" <<'PY'
import sys
g, h, g_rss, h_rss, nochange = map(float, sys.argv[1:])
def verdict(ok): return "met" if ok else "missed"
print("            targets: full build <= half of Hugo's: %s (%.2fx); memory <= Hugo's: %s (%.0f vs %.0f MB); "
      "no-change <= a tenth of a full build: %s (%.2f of %.2f s); peak RSS < 2 GB: %s"
      % (verdict(g <= h / 2), g / h, verdict(g_rss <= h_rss), g_rss, h_rss, verdict(nochange <= g / 10), nochange, g,
         verdict(g_rss < 2048)))
PY
done
