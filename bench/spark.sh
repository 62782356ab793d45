#!/usr/bin/env bash
# docs/distributed.md's figures: one generated county run by the single-machine engine and by the
# Spark engine in local mode on 1 and on 2 cores, each under /usr/bin/time, their leads.jsonl and
# report counts compared byte for byte; then the same Spark run through SparkSubmit.
#   bench/spark.sh [persons] [activities] [heap]      (default 1000000 1000000 4g)
# Needs /usr/bin/time (Debian package "time"), cmp and python3. Writes into target/bench-spark (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
persons="${1:-1000000}"; activities="${2:-1000000}"; heap="${3:-4g}"
out=target/bench-spark; data="$out/data-$persons-$activities"; key="$out/lead-id.key"
mkdir -p "$out"
if [ ! -f "$data/expected.jsonl" ]; then
  /usr/bin/time -f "generate: %e s wall, %M kB peak RSS" bin/xingzhi generate --out "$data" \
      --persons "$persons" --activities "$activities" --seed 1 >/dev/null
fi
du -sh "$data"
export XINGZHI_JAVA_OPTS="-Xmx$heap -XX:+UseParallelGC"
run() { # name, extra options
  local name="$1"; shift
  rm -rf "$out/out-$name"
  /usr/bin/time -f "$name: %e s wall, %U s user, %S s sys, %M kB peak RSS" \
      bin/xingzhi run --data "$data" --as-of 2024-10-01 --out "$out/out-$name" --lead-id-key "$key" --quiet --json "$@" \
      > "$out/summary-$name.json"
}
run single
run spark-1 --engine spark --spark-master 'local[1]'
run spark-2 --engine spark --spark-master 'local[2]'
for s in spark-1 spark-2; do
  for f in leads.jsonl leads.csv rejections.csv; do
    cmp "$out/out-single/$f" "$out/out-$s/$f" && echo "$s: $f identical to single"
  done
  # the summaries differ only in the files they name (the output folders)
  python3 - "$out/summary-single.json" "$out/summary-$s.json" <<'PY' && echo "$s: summary counts identical to single"
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
a.pop("files", None); b.pop("files", None)
sys.exit(0 if a == b else "summaries differ: " + ", ".join(k for k in a if a[k] != b.get(k)))
PY
done
wc -l "$out/out-single/leads.jsonl"
# spark-submit: the command line as the application, the adapter with --jars (no Spark installation needed)
opens=$(sed -n 's/.*<spark.opens>\(.*\)<\/spark.opens>.*/\1/p' adapters-spark/pom.xml)
rm -rf "$out/out-submit"
# shellcheck disable=SC2086
/usr/bin/time -f "spark-submit local[2]: %e s wall, %U s user, %M kB peak RSS" \
  java -Xmx"$heap" $opens -cp "$(cat adapters-spark/target/spark-classpath.txt)" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --driver-memory "$heap" --class io.xingzhi.cli.XingzhiCli \
    --jars adapters-spark/target/xingzhi-adapters-spark.jar cli/target/xingzhi-cli.jar \
    run --engine spark --data "$data" --as-of 2024-10-01 --out "$out/out-submit" --lead-id-key "$key" --quiet
cmp "$out/out-single/leads.jsonl" "$out/out-submit/leads.jsonl" && echo "spark-submit: leads.jsonl identical to single"
