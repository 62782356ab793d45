#!/usr/bin/env python3
"""A faster stand-in for AcknowledgedWritesSurviveKillTest's H2 variant: one store, many kill -9 trials.

Usage: killloop.py JAR WORKDIR TRIALS [LEADS_PER_TRIAL]

Makes a store with `run` on the county fixture, then per trial: starts `serve` (its own JVM, the
same flags as the test), reads every lead a review was acknowledged for and every acknowledged run
job through it (GET /leads/{id}, GET /runs/{n}: must be 200 with the acknowledged history), then
writes (POST /runs, verify, confirm, a document for every other lead) from 4 clients while 2 more
list leads, and SIGKILLs the server once 22 writes of the trial were acknowledged. Any answer of
500 (at any time) and any failed check is printed with the server's log, which is kept under
WORKDIR/logs. Leads are reused in a cycle (a confirmed lead just refuses further verifies: 409).
"""
import random, hashlib, json, os, shutil, signal, subprocess, sys, threading, time, urllib.request, urllib.error, re

JAR, WORK, TRIALS = sys.argv[1], sys.argv[2], int(sys.argv[3])
PER = int(sys.argv[4]) if len(sys.argv) > 4 else 10
RUNKILL = os.environ.get("RUNKILL") == "1"  # kill at a random time (0.5-6 s) instead of after 22 writes
REVIEWER, ADMIN = "reviewer-token", "admin-token"
# the county fixture bundled with the testkit (or FIXTURE=DIR)
FIX = os.environ.get("FIXTURE") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "testkit", "src", "main", "resources", "io", "xingzhi", "testkit", "fixtures", "county")

shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK + "/logs")
data = WORK + "/data"
shutil.copytree(FIX, data)
os.remove(data + "/expected.jsonl") if os.path.exists(data + "/expected.jsonl") else None
key = WORK + "/lead-id.key"
url = "jdbc:h2:file:" + WORK + "/store/xingzhi"
with open(WORK + "/tokens", "w") as f:
    f.write(hashlib.sha256(REVIEWER.encode()).hexdigest() + ":reviewer:李检察官\n")
    f.write(hashlib.sha256(ADMIN.encode()).hexdigest() + ":admin:ops\n")
java = ["java", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Duser.home=" + WORK + "/home", "-jar", JAR]
subprocess.run(java + ["run", "--data", data, "--as-of", "2024-10-01", "--store", url, "--lead-id-key", key,
                       "--out", WORK + "/out", "--quiet"], check=True)
leads = [json.loads(l)["lead_id"] for l in open(WORK + "/out/leads.jsonl", encoding="utf-8")]
print("leads:", len(leads), flush=True)
serve = java + ["serve", "--store", url, "--port", "0", "--tokens", WORK + "/tokens", "--lead-id-key", key, "--data", data]


def req(base, method, path, token, body=None, timeout=60):
    r = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                               headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(r, timeout=timeout) as resp:
            return resp.status, resp.read().decode(), dict(resp.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)


class Server:
    def __init__(self, n):
        self.logpath = "%s/logs/server-%03d.log" % (WORK, n)
        self.log = open(self.logpath, "w")
        self.p = subprocess.Popen(serve, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        for raw in self.p.stdout:
            line = raw.decode("utf-8", "replace")
            self.log.write(line); self.log.flush()
            m = re.search(r"(?:serving on|正在) (http://[^\s（(]+)", line)
            if m:
                self.url = m.group(1)
                break
        else:
            raise SystemExit("serve did not start, see " + self.logpath)
        threading.Thread(target=self.drain, daemon=True).start()

    def drain(self):
        for raw in self.p.stdout:
            self.log.write(raw.decode("utf-8", "replace")); self.log.flush()

    def kill(self):
        self.p.send_signal(signal.SIGKILL)
        self.p.wait()


acked_events, acked_jobs = {}, []
acklog = open(WORK + "/acked.log", "w")


def ack(trial_url, what):
    """Keeps every acknowledged write with when its answer came, to compare with the store after a loss."""
    acklog.write("%.6f %s %s\n" % (time.time(), trial_url, what)); acklog.flush()
writes = [0]
lock = threading.Lock()
failures = []
fivehundreds = []


def fail(what, s):
    time.sleep(0.5)
    failures.append(what)
    print("FAILURE:", what, "\n--- server log", s.logpath, "---\n" + open(s.logpath, encoding="utf-8").read(), flush=True)


def check(s, trial):
    for lead, seq in list(acked_events.items()):
        st, body, _ = req(s.url, "GET", "/leads/" + lead, REVIEWER)
        if st != 200:
            fail("trial %d: GET /leads/%s… answered %d: %s" % (trial, lead[:6], st, body[:300]), s)
            return False
        d = json.loads(body)
        if len(d["history"]) < seq or d["lead"]["version"] < seq:
            fail("trial %d: lead %s… lost review events: %d < %d" % (trial, lead[:6], len(d["history"]), seq), s)
            return False
    for lead in leads:
        st, body, _ = req(s.url, "GET", "/leads/" + lead, REVIEWER)
        if st != 200:
            fail("trial %d: GET /leads/%s… (any lead) answered %d: %s" % (trial, lead[:6], st, body[:300]), s)
            return False
    for job in acked_jobs:
        st, body, _ = req(s.url, "GET", job, ADMIN)
        if st != 200 or json.loads(body)["state"] not in ("finished", "interrupted"):
            fail("trial %d: %s answered %d: %s" % (trial, job, st, body[:300]), s)
            return False
    return True


def note500(s, what, st, body):
    if st >= 500:
        fivehundreds.append(what)
        print("500 during writes:", what, st, body[:200], "log:", s.logpath, flush=True)


def trial_writes(s, mine, target):
    killed = threading.Event()
    st, body, h = req(s.url, "POST", "/runs", ADMIN, {"as_of": "2024-10-01"})
    if st == 202:
        with lock:
            acked_jobs.append(h.get("Location")); writes[0] += 1
    note500(s, "POST /runs", st, body)

    def lister():
        while not killed.is_set():
            try:
                st, body, _ = req(s.url, "GET", "/leads?limit=20", REVIEWER)
                note500(s, "GET /leads", st, body)
            except Exception:
                return

    def reviewer(i, lead):
        try:
            base = acked_events.get(lead, 0)
            for action, seq in (("verify", base + 1), ("confirm", base + 2)):
                if base != 0:
                    return  # already reviewed in an earlier cycle
                st, body, _ = req(s.url, "POST", "/leads/%s/review" % lead, REVIEWER,
                                  {"action": action, "expected_version": seq - 1, **({"note": "核查"} if action == "verify" else {})})
                note500(s, "POST review", st, body)
                if st != 200:
                    return
                with lock:
                    acked_events[lead] = max(acked_events.get(lead, 0), seq); writes[0] += 1
                    ack(s.url, "review %s %s seq %d" % (action, lead, seq))
            if i % 2 == 0:
                st, body, _ = req(s.url, "POST", "/documents", REVIEWER, {"lead_ids": [lead], "document_type": "CORRECTION_NOTICE"})
                note500(s, "POST /documents", st, body)
                if st == 200:
                    with lock:
                        writes[0] += 1
                        ack(s.url, "document for %s: %s" % (lead, json.loads(body).get("number")))
        except Exception:
            pass

    ts = [threading.Thread(target=lister, daemon=True) for _ in range(2)]
    ws = []
    sem = threading.Semaphore(4)

    def bounded(i, lead):
        with sem:
            reviewer(i, lead)
    for i, lead in enumerate(mine):
        ws.append(threading.Thread(target=bounded, args=(i, lead), daemon=True))
    for t in ts + ws:
        t.start()
    deadline = time.time() + 60
    if RUNKILL:
        # kill at a random moment of the run job instead (its saveRun transaction may be open)
        deadline = time.time() + random.uniform(0.5, 6.0)
        while time.time() < deadline:
            time.sleep(0.002)
    while writes[0] < target and any(t.is_alive() for t in ws) and time.time() < deadline:
        time.sleep(0.002)
    s.kill()
    ack(s.url, "KILLED")
    killed.set()
    for t in ts + ws:
        t.join(70)


def keep_killed_store():
    """The store as the killed server left it, before the next server's recovery touches it (kept for the
    failing restart: MVStoreTool -dump on it shows whether chunks written before the kill were dropped)."""
    shutil.rmtree(WORK + "/store-before-restart", ignore_errors=True)
    shutil.copytree(WORK + "/store", WORK + "/store-before-restart")


start = time.time()
for trial in range(TRIALS):
    if trial > 0:
        keep_killed_store()
    s = Server(trial)
    try:
        if not check(s, trial):
            break
        lo = (trial * PER) % (len(leads) - PER)
        mine = [l for l in leads[lo:lo + PER] if l not in acked_events]
        trial_writes(s, mine, writes[0] + min(22, 2 * len(mine)))
    finally:
        if s.p.poll() is None:
            s.kill()
    if trial % 10 == 0:
        print("trial %d done, %d writes acked, %.0f s" % (trial, writes[0], time.time() - start), flush=True)
keep_killed_store()
last = Server(TRIALS)
try:
    check(last, TRIALS)
finally:
    last.kill()
print("RESULT: %d trials, %d acked writes, %d check failures, %d 500s during writes" % (TRIALS, writes[0], len(failures), len(fivehundreds)))
sys.exit(1 if failures else 0)
