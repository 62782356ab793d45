#!/usr/bin/env bash
# The engine against the analyst's alternative, on the same files: DuckDB running the four models as SQL
# (bench/duckdb/models.sql, through its JDBC driver, two threads), whole processes, in turn.
#   bench/compare.sh [-r RUNS] [ACTIVITY_ROWS ...]      (default: -r 3 1000000 10000000)
# For each size it generates a clean county (generate --clean --seed 1; persons: 30,000 up to 1 M rows,
# then 20,000 per million rows) into bench/target/set-N once, then runs `bin/xingzhi run` and DuckDB
# alternately (engine first in odd rounds, DuckDB first in even ones), scores both against the
# generator's expected.jsonl with tools/score.py (both must be exact: recall = precision = 1.000), and
# records wall, CPU (user + system) and peak RSS per run in bench/target/results.csv. It prints the
# medians and the engine/DuckDB ratios. Needs /usr/bin/time, python3, and Maven (to fetch the DuckDB
# driver, a benchmark-only dependency: the library never depends on it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=3
if [ "${1:-}" = "-r" ]; then runs="$2"; shift 2; fi
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000000 10000000)
asof=2024-10-01
out=bench/target; mkdir -p "$out"
results="$out/results.csv"
echo "set,activities,persons,tool,run,wall_s,cpu_s,user_s,sys_s,peak_rss_mb,exact" > "$results"   # this invocation's runs

duck_version=2.0.0.1
duck_jar="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$duck_version/duckdb_jdbc-$duck_version.jar"
if [ ! -f "$duck_jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$duck_version" >&2
fi
mkdir -p "$out/duckdb-classes"
if [ ! -f "$out/duckdb-classes/DuckRun.class" ] || [ bench/duckdb/DuckRun.java -nt "$out/duckdb-classes/DuckRun.class" ]; then
  javac -d "$out/duckdb-classes" -cp "$duck_jar" bench/duckdb/DuckRun.java
fi
# builds the command line when it is stale, and its class archive (AppCDS, made by the first `run` after a
# build: a few seconds), both outside the timings
bin/xingzhi run --help >/dev/null

# timed TOOL SET ROWS PERSONS ROUND LEADS COMMAND...: times one whole process, scores its leads, appends to results.csv
timed() {
  local tool="$1" set="$2" acts="$3" persons="$4" round="$5" leads="$6"; shift 6
  rm -f "$leads"
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/$tool.err" || {
    echo "$tool failed on $set:" >&2; tail -n 5 "$out/$tool.err" >&2; exit 1; }
  read -r wall user sys rss < "$out/time.txt"
  local score; score=$(python3 tools/score.py "$set/expected.jsonl" "$leads" --min-recall 0 --min-precision 0 | tail -n 1)
  local exact=no; [ "$score" = "recall=1.000 precision=1.000" ] && exact=yes
  printf '%s,%s,%s,%s,%s,%s,%.2f,%s,%s,%d,%s\n' "$(basename "$set")" "$acts" "$persons" "$tool" "$round" "$wall" \
      "$(awk "BEGIN { print $user + $sys }")" "$user" "$sys" $((rss / 1024)) "$exact" >> "$results"
  printf '  %-8s round %s: %6.2f s wall, %6.2f s CPU, %5d MB peak, %s\n' "$tool" "$round" "$wall" \
      "$(awk "BEGIN { print $user + $sys }")" $((rss / 1024)) "$score"
}

for acts in "${sizes[@]}"; do
  if [ "$acts" -le 1000000 ]; then persons=30000; else persons=$((acts / 50)); fi
  set="$out/set-$acts"
  if [ ! -f "$set/expected.jsonl" ]; then
    echo "generating $set ($persons persons, $acts activity rows, clean)…"
    rm -rf "$set"
    bin/xingzhi generate --out "$set" --persons "$persons" --activities "$acts" --seed 1 --clean >/dev/null 2>&1
  fi
  echo "set-$acts: $persons persons, $acts activity rows, $(du -sm "$set" | cut -f1) MB"
  for round in $(seq 1 "$runs"); do
    engine=(timed engine "$set" "$acts" "$persons" "$round" "$out/out-engine/leads.jsonl"
            bin/xingzhi run --data "$set" --as-of "$asof" --out "$out/out-engine" --quiet)
    duck=(timed duckdb "$set" "$acts" "$persons" "$round" "$out/out-duckdb.jsonl"
          java -cp "$duck_jar:$out/duckdb-classes" DuckRun bench/duckdb/models.sql "$set" "$asof" "$out/out-duckdb.jsonl" 2)
    if [ $((round % 2)) -eq 1 ]; then "${engine[@]}"; "${duck[@]}"; else "${duck[@]}"; "${engine[@]}"; fi
  done
done

python3 - "$results" "${sizes[@]}" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print("\n| set | tool | runs | exact | wall (median) | CPU (median) | peak RSS (median) |")
print("|---|---|---|---|---|---|---|")
for acts in sys.argv[2:]:
    med = {}
    for tool in ("engine", "duckdb"):
        rs = [r for r in rows if r["activities"] == acts and r["tool"] == tool]
        if not rs:
            continue
        m = {k: statistics.median(float(r[k]) for r in rs) for k in ("wall_s", "cpu_s", "peak_rss_mb")}
        med[tool] = m
        exact = "all" if all(r["exact"] == "yes" for r in rs) else "NOT ALL"
        print(f"| {int(acts):,} rows, {rs[0]['persons']} persons | {tool} | {len(rs)} | {exact} | {m['wall_s']:.2f} s | {m['cpu_s']:.2f} s | {m['peak_rss_mb']:.0f} MB |")
    if len(med) == 2:
        e, d = med["engine"], med["duckdb"]
        print(f"| {int(acts):,} rows | engine / DuckDB | | | {e['wall_s'] / d['wall_s']:.2f}× | {e['cpu_s'] / d['cpu_s']:.2f}× | {e['peak_rss_mb'] / d['peak_rss_mb']:.2f}× |")
PY
