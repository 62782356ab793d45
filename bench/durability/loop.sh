#!/usr/bin/env bash
# Runs killloop.py ROUNDS times (5 kill trials + a final restart each, on a fresh store, as the test does),
# keeping the work folder of any round that failed. Usage: loop.sh JAR ROUNDS [OUTDIR]
# (JAR: cli/target/xingzhi-cli.jar; README "Privacy and durability" says what it once found)
jar=$1; rounds=$2; out=${3:-/tmp/killh2-loop}
mkdir -p "$out"
here=$(dirname "$0")
fails=0
for i in $(seq 1 "$rounds"); do
  if ! python3 "$here/killloop.py" "$jar" "$out/w" 5 > "$out/round.log" 2>&1; then
    fails=$((fails+1)); rm -rf "$out/fail-$i"; mv "$out/w" "$out/fail-$i"; cp "$out/round.log" "$out/fail-$i.log"
    echo "round $i FAILED: $out/fail-$i.log"
  fi
  grep -h "^500 during\|^RESULT" "$out/round.log" | sed "s/^/round $i: /"
done
echo "rounds: $rounds, failed: $fails"
