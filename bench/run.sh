#!/usr/bin/env bash
# The README's performance figures, reproduced: generate a county, run the engine on it under
# /usr/bin/time, score it, and time the same activities file with wc -l.
#   bench/run.sh [persons] [activities] [heap]      (default 300000 10000000 2g)
# Needs /usr/bin/time (Debian package "time"). Writes into target/bench (about 1.2 GB at default size).
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-300000}"; activities="${2:-10000000}"; heap="${3:-2g}"
out=target/bench; data="$out/data-$persons-$activities"
mkdir -p "$out"
if [ ! -f "$data/expected.jsonl" ]; then
  /usr/bin/time -f "generate: %e s wall, %M kB peak RSS" bin/xingzhi generate --out "$data" \
      --persons "$persons" --activities "$activities" --seed 1 >/dev/null
fi
bin/xingzhi run --help >/dev/null   # the command line's class archive (AppCDS) is made outside the timing
echo "wc -l activities.csv:"; /usr/bin/time -f "  %e s wall" wc -l "$data/activities.csv"
XINGZHI_JAVA_OPTS="-Xmx$heap -XX:+UseParallelGC" /usr/bin/time -f "run: %e s wall, %U s user, %M kB peak RSS" \
    bin/xingzhi run --data "$data" --as-of 2024-10-01 --out "$out/out" 2>&1 >/dev/null | grep -E "activities: .*0,000,000 rows|run:" | tail -n 3
if command -v python3 >/dev/null 2>&1; then
  python3 tools/score.py "$data/expected.jsonl" "$out/out/leads.jsonl" | tail -n 1
fi
