#!/usr/bin/env bash
# kill -9 a JVM that commits small and big transactions on an H2 store opened as serve opens it
# (DurabilityStress.java), at a random moment, ROUNDS times on the same store (so it gains history and freed
# space in the middle of its file); after each kill, check every acknowledged commit with a fresh JVM.
# Usage: bench/durability/stress.sh cli/target/xingzhi-cli.jar ROUNDS DIR [H2JAR] [EXTRA_URL_SETTINGS]
#   H2JAR, when given and not "-", goes ahead of the jar's own H2 on the class path, to compare H2 versions
#         (e.g. ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar: 16 of its 55 kills lost writes)
#   Each round prints what the check found and what chunks.py says of the file as the kill left it; a failed
#   round's logs (and, for the first KEEP=2, the file) are kept in DIR/fail-N. DIR grows to a few GB.
#   EXTRA appended to the store URL, e.g. ";REUSE_SPACE=FALSE" or ";RETENTION_TIME=0"
# One stress JVM at a time, niced: the machine is shared.
set -u
jar=$1; rounds=$2; dir=$3; h2=${4:--}; extra=${5:-}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/classes" "$dir/logs"
cp="$jar"; [ "$h2" != "-" ] && cp="$h2:$jar"
javac -d "$dir/classes" -cp "$cp" "$here/DurabilityStress.java" || exit 2
cp="$cp:$dir/classes"
fails=0
for i in $(seq 1 "$rounds"); do
  log="$dir/logs/write-$i.log"
  nice -n 10 java -Xmx256m -XX:TieredStopAtLevel=1 -cp "$cp" DurabilityStress write "$dir/db" "$extra" > "$log" 2>&1 &
  pid=$!
  until grep -q '^writing' "$log" 2>/dev/null || ! kill -0 $pid 2>/dev/null; do sleep 0.05; done
  sleep "$((RANDOM % 4)).$((RANDOM % 10))"
  echo "KILL $(date +%s%3N)" >> "$log"
  kill -9 $pid; wait $pid 2>/dev/null
  echo "REAPED $(date +%s%3N)" >> "$log"
  cp "$dir/db/xingzhi.mv.db" "$dir/killed.mv.db"
  python3 "$here/chunks.py" "$dir/killed.mv.db" > "$dir/logs/chunks-$i.log" 2>&1
  if ! nice -n 10 java -cp "$cp" DurabilityStress check "$dir/db" "$log" "$extra" > "$dir/logs/check-$i.log" 2>&1; then
    fails=$((fails+1)); echo "round $i: LOST"
    mkdir -p "$dir/fail-$i"; cp "$log" "$dir/logs/check-$i.log" "$dir/logs/chunks-$i.log" "$dir/fail-$i/"
    # the store as the killed JVM left it, for the first KEEP failures only (files grow to hundreds of MB)
    [ "$fails" -le "${KEEP:-2}" ] && cp "$dir/killed.mv.db" "$dir/fail-$i/"
  fi
  echo "round $i: $(head -1 "$dir/logs/check-$i.log" | cut -c1-160); $(grep -c failed "$log") write errors; $(tail -1 "$dir/logs/chunks-$i.log")"
  gzip -f "$log"
done
echo "stress: rounds $rounds, rounds with a loss $fails, kills that left unreachable chunks $(grep -l unreachable "$dir"/logs/chunks-*.log | wc -l)"
