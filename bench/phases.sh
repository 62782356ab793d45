#!/usr/bin/env bash
# Does a change pay? The working tree against a git revision, phase by phase, run after run in turn.
#   bench/phases.sh [-r ROUNDS] [--against REV] DATA_DIR        (default: -r 6 --against HEAD)
# REV's command line is built in a temporary work tree (git worktree, Maven offline when it can be),
# and each side is run as users run it, `bin/xingzhi run`, with its own class archive (made before the
# timings). The two alternate (REV first in odd rounds, the tree first in even ones); every progress
# line is time-stamped as it arrives, and a phase lasts from its line to the next: JVM start-up (to the
# first line), each dataset read, identities, models, each streamed dataset, writing. It prints each
# phase's median for both sides, the difference, and in how many rounds the tree was the faster, and
# checks that both sides wrote the same leads and rejections. On this 2-core machine the speed drifts by
# a third within an hour: only the pairs say anything, and a difference smaller than the spread of its
# phase is no difference. Needs git, python3, Maven (for REV's build).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=6; against=HEAD
while [ $# -gt 1 ]; do
  case "$1" in
    -r) rounds="$2"; shift 2 ;;
    --against) against="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: bench/phases.sh [-r ROUNDS] [--against REV] DATA_DIR" >&2; exit 2; }
data="$(cd "$1" && pwd)"
rev="$(git rev-parse --short "$against")"
out="$PWD/bench/target/phases"; rm -rf "$out"; mkdir -p "$out"
base="$(mktemp -d)/xingzhi-$rev"
trap 'git worktree remove --force "$base" >/dev/null 2>&1 || true' EXIT
git worktree add --detach -q "$base" "$rev"
echo "building $rev in $base …" >&2
(cd "$base" && { mvn -B -q -o -DskipTests package -pl cli -am >/dev/null 2>&1 || mvn -B -q -DskipTests package -pl cli -am >&2; })
# the tree's own jar when stale, and both class archives, outside the timings
bin/xingzhi run --help >/dev/null
"$base/bin/xingzhi" run --help >/dev/null

python3 - "$rounds" "$data" "$out" "$rev" "$base/bin/xingzhi" "$PWD/bin/xingzhi" <<'PY'
import filecmp, os, re, statistics, subprocess, sys, time

rounds, data, out, rev = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
sides = {rev: sys.argv[5], "tree": sys.argv[6]}
# a line that starts a phase: "读取生效裁判（30.6 MB）…", "关联人员（…）…", "运行模型（…）…", "流式读取…", "写出结果（…）…"
# (and their English forms), named by the text before the parenthesis
start = re.compile(r"^\s*(\S.*?)[（(].*(…|\.\.\.)\s*$")

def run(side, k):
    dest = os.path.join(out, f"{side}-{k}")
    t0 = time.monotonic()
    p = subprocess.Popen([sides[side], "run", "--data", data, "--as-of", "2024-10-01", "--out", dest],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    marks = []
    for line in p.stderr:
        m = start.match(line)
        if m:
            marks.append((m.group(1), time.monotonic() - t0))
    if p.wait() not in (0, 3):  # 3: the run finished, some input unusable (README, exit codes)
        sys.exit(f"{side} failed in round {k} (exit {p.returncode})")
    end = time.monotonic() - t0
    phases = {"JVM start-up": marks[0][1] if marks else end}
    for (name, at), nxt in zip(marks, marks[1:] + [("", end)]):
        phases[name] = phases.get(name, 0) + nxt[1] - at
    phases["whole run"] = end
    return dest, phases

times = {s: [] for s in sides}
for k in range(1, rounds + 1):
    order = [rev, "tree"] if k % 2 else ["tree", rev]
    outs = {}
    for s in order:
        outs[s], ph = run(s, k)
        times[s].append(ph)
    for f in ("leads.jsonl", "rejections.csv"):
        a, b = os.path.join(outs[rev], f), os.path.join(outs["tree"], f)
        if os.path.exists(a) != os.path.exists(b) or os.path.exists(a) and not filecmp.cmp(a, b, shallow=False):
            print(f"round {k}: {f} differs between {rev} and the tree")
    print(f"round {k}: {rev} {times[rev][-1]['whole run']:.2f} s, tree {times['tree'][-1]['whole run']:.2f} s", flush=True)

names = list(dict.fromkeys(n for ph in times[rev] + times["tree"] for n in ph))
names.remove("whole run"); names.append("whole run")
print(f"\n| phase | {rev} (median) | tree (median) | tree - {rev} | rounds the tree was faster |")
print("|---|---|---|---|---|")
for n in names:
    a = [ph.get(n, 0.0) for ph in times[rev]]
    b = [ph.get(n, 0.0) for ph in times["tree"]]
    faster = sum(y < x for x, y in zip(a, b))
    print(f"| {n} | {statistics.median(a):.2f} s | {statistics.median(b):.2f} s | "
          f"{statistics.median(b) - statistics.median(a):+.2f} s | {faster} of {rounds} |")
PY
