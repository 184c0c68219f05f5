#!/usr/bin/env bash
# Issue 18's acceptance: the outbound dispatch load through nginx across both instances of the deployment group,
# kill -9 of one instance halfway, and what it cost.
#
# Starts ./cuffia start --cluster (PostgreSQL, clock anchored on Tuesday 2026-03-10 10:00; BENCH_USE_RUNNING=1 uses
# a cluster already running with both instances ready), makes bench/dispatch.sh's client, campaign, 50 agents and
# 100 000 leads by SQL in the cluster's schema (DB_SCHEMA, default cuffia), and runs bench/DispatchDriver.java through
# nginx's one port: BENCH_SESSION_AGENTS agents (default 25) log in through the login form and work with their web
# session (nginx's route cookie CUFFIA_ROUTE keeps each on one instance), the others with an API token and no cookie
# (nginx spreads each of their requests over the instances). After the warm-up, the measured window; halfway through
# it, kill -9 of instance BENCH_KILL (default cuffia-1, the one that started first); the load goes on to the end.
# Every request is recorded (bench/out/dispatch-failover-requests.csv). Reports:
#   - leads dispatched twice (more than one interaction, or interactions by two agents): must be 0;
#   - leads lost or left held: held past their lease, taken by an agent but neither closed nor still held, held by
#     an agent who was never answered with them (a POST …/next that nginx sent again after the kill and that took a
#     second lead), calls left open: must be 0;
#   - the requests that failed after the kill (count, first to last, answers) and those nginx sent to the other
#     instance (its access log names every upstream tried);
#   - sessions that had to log in again (a session's answer 401, a redirect or the login page);
#   - throughput (leads closed per second) with two instances, with one after the kill, and with one after the last
#     failure; the instances that answered before and after the kill (nginx's access log and the driver's cookies);
#   - SEVERE records in the instances' logs during the run.
# Stops the cluster at the end (BENCH_KEEP_RUNNING=1 keeps it; the killed instance stays down). Writes
# bench/RESULTS.md, section "Dispatch failover".
#
#   bench/dispatch-failover.sh [seconds [warm-up seconds]]          defaults 120 and 60; the kill at seconds / 2
#   CUFFIA_PORTBASE=36000 DB_SCHEMA=cuffia_h1 bench/dispatch-failover.sh     the cluster on other ports and schema
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
SECONDS_RUN=${1:-120}
WARMUP=${2:-60}   # both instances still compile: at 30 s the two-instance rate rose through the whole first half
AGENTS=50
LEADS=100000
CLIENT=900000000
CAMPAIGN=900000001
SESSION_AGENTS=${BENCH_SESSION_AGENTS:-25}
KILL=${BENCH_KILL:-cuffia-1}
CLUSTER_BASE=${CUFFIA_PORTBASE:-4800}
LB_PORT=${CUFFIA_LB_PORT:-$((CLUSTER_BASE + 90))}
BASE=http://localhost:$LB_PORT/cuffia
instance_url() { echo "http://127.0.0.1:$((CLUSTER_BASE + 100 * ${1#cuffia-} + 80))"; }
P=$OUT/dispatch-failover

wait_for_quiet_machine
t0=$(now)
if [[ "${BENCH_USE_RUNNING:-}" == 1 ]] && curl -fsS -o /dev/null "$BASE/login.xhtml"; then
  for i in cuffia-1 cuffia-2; do
    curl -fsS -o /dev/null "$(instance_url $i)/health/ready" \
      || { echo "BENCH_USE_RUNNING=1: instance $i is not ready (killed by an earlier run?): ./cuffia stop, then run without it" >&2; exit 1; }
  done
  RUNNING_NOTE="The cluster was not restarted by the script (BENCH_USE_RUNNING=1)."
else
  (./cuffia stop >/dev/null 2>&1 || true)
  # at most 10 minutes: a DAS whose port was taken (a port of the 36000s can be another program's ephemeral port)
  # logged "Failed to start, exiting" and stayed up, and start-domain waited for it
  if ! (CUFFIA_CLOCK_ANCHOR=$ANCHOR timeout 600 ./cuffia start --cluster >"$P-start.log" 2>&1); then
    echo "./cuffia start --cluster failed or took over 10 min: see $P-start.log" >&2
    (./cuffia stop >/dev/null 2>&1 || true)
    exit 1
  fi
fi
START_S=$(printf '%.0f' "$(echo "$(now) - $t0" | bc)")
echo "Cluster up in $START_S s."
NODE_DIR=$(ls -d "$ROOT"/.run/payara-*/payara6/glassfish/nodes/localhost-cuffia-cluster | head -1)
ACCESS_LOG="$ROOT/.run/nginx/logs/access.log"

echo "Setting up the bench client, campaign, $AGENTS agents and $LEADS leads in schema $SCHEMA…"
clean_client BENCH-DISP 'benchag%'
"${PSQL[@]}" -v schema="$SCHEMA" -v client=$CLIENT -v campaign=$CAMPAIGN -v agents=$AGENTS -v leads=$LEADS \
  -f "$ROOT/bench/dispatch_setup.sql"
ROLE=$("${PSQL[@]}" -At -c "select string_agg(role, ',') from $SCHEMA.user_role where user_id = $((CLIENT + 101))")
[[ -n "$ROLE" ]] || { echo "operatore01 not found in schema $SCHEMA: is the demo data loaded?" >&2; exit 1; }

# where the instances' logs and nginx's access log stand before the run
declare -A LOG_FROM
for i in cuffia-1 cuffia-2; do LOG_FROM[$i]=$(wc -c <"$NODE_DIR/$i/logs/server.log" 2>/dev/null || echo 0); done
ACCESS_FROM=$(wc -l <"$ACCESS_LOG")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

rm -rf "$OUT/dispatch-driver" && javac -d "$OUT/dispatch-driver" "$ROOT/bench/DispatchDriver.java"
rm -f "$P-started" "$P-requests.csv"
echo "Running $AGENTS agents ($SESSION_AGENTS with a web session, the others with a token) through nginx on port $LB_PORT:" \
  "${WARMUP} s warm-up + ${SECONDS_RUN} s, kill -9 of $KILL after $((SECONDS_RUN / 2)) s…"
java -XX:+UseSerialGC -Xmx384m -Dbench.requests="$P-requests.csv" -Dbench.sessionAgents="$SESSION_AGENTS" \
  -Dbench.startedFile="$P-started" -cp "$OUT/dispatch-driver" DispatchDriver "$BASE/" benchag "$AGENTS" "$WARMUP" \
  "$SECONDS_RUN" "$P.json" >"$P-client.txt" 2>&1 &
DRIVER=$!
for _ in $(seq 1 600); do [[ -s "$P-started" ]] && break; kill -0 $DRIVER 2>/dev/null || break; sleep 0.5; done
[[ -s "$P-started" ]] || { echo "the driver did not start: $P-client.txt" >&2; cat "$P-client.txt" >&2; exit 1; }
MEASURE_FROM=$(cat "$P-started")
KILL_AT_MS=$((MEASURE_FROM + SECONDS_RUN * 500))
# the instance's pid file, checked against its command line
KILL_PID=$(cat "$NODE_DIR/$KILL/config/pid")
tr '\0' ' ' <"/proc/$KILL_PID/cmdline" | grep -q "/$KILL/" || { echo "pid $KILL_PID is not instance $KILL" >&2; exit 1; }
sleep "$(echo "scale=3; ($KILL_AT_MS - $(date +%s%3N)) / 1000" | bc | sed 's/^-.*/0/')"
LOAD_TWO=$(cut -d' ' -f1-3 /proc/loadavg)
KILLED_MS=$(date +%s%3N)
kill -9 "$KILL_PID"
echo "kill -9 $KILL (pid $KILL_PID) at +$(((KILLED_MS - MEASURE_FROM) / 1000)) s of the measured window."
wait $DRIVER
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$P-client.txt"

# the instances' logs over the run: SEVERE records, and their first lines
: >"$P-severe.txt"
declare -A SEVERE
for i in cuffia-1 cuffia-2; do
  tail -c +"$((LOG_FROM[$i] + 1))" "$NODE_DIR/$i/logs/server.log" >"$P-$i.log" 2>/dev/null || true
  SEVERE[$i]=$(grep -c '\[SEVERE\]' "$P-$i.log" || true)
  grep -A2 '\[SEVERE\]' "$P-$i.log" | sed "s/^/$i: /" >>"$P-severe.txt" || true
done
tail -n +"$((ACCESS_FROM + 1))" "$ACCESS_LOG" >"$P-access.log"

# the driver's requests and nginx's log: windows, failures, instances, retries
python3 - "$P" "$KILLED_MS" "$KILL" "$(instance_url cuffia-1 | sed 's/.*://')" "$(instance_url cuffia-2 | sed 's/.*://')" <<'PY'
import csv, json, re, statistics, sys, collections
p, killed, kill, port1, port2 = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
s = json.load(open(p + ".json"))
start, end = s["start_epoch_ms"], s["end_epoch_ms"]
rows = list(csv.DictReader(open(p + "-requests.csv")))
for r in rows:
    r["start_ms"], r["end_ms"], r["status"], r["lead"] = int(r["start_ms"]), int(r["end_ms"]), int(r["status"]), int(r["lead"])
EXPECTED = {"next": {200, 204}, "dial": {200, 422}, "outcome": {200}}
work = [r for r in rows if r["kind"] in EXPECTED]
def ok(r): return r["status"] in EXPECTED[r["kind"]]
def cycles(a, b): return sum(1 for r in work if r["kind"] == "outcome" and r["status"] == 200 and a <= r["end_ms"] < b)
def nexts(a, b): return sum(1 for r in work if r["kind"] == "next" and r["status"] == 200 and a <= r["end_ms"] < b)
failed = [r for r in work if not ok(r)]
failed_before = [r for r in failed if r["end_ms"] < killed]
failed_after = [r for r in failed if r["end_ms"] >= killed]
recovered = max([r["end_ms"] for r in failed_after], default=killed)
per = lambda n, ms: round(n / (ms / 1000), 1) if ms > 0 else 0
served = collections.Counter()
for r in work:
    if start <= r["end_ms"] < end and r["instance"]:
        served[("before" if r["end_ms"] < killed else "after", r["instance"])] += 1
# nginx: every upstream tried per request ("a, b" when it went on to the next), by the time of the kill (seconds)
names = {port1: "cuffia-1", port2: "cuffia-2"}
line_re = re.compile(r'\[(?P<time>[^\]]+)\] "(?P<method>\S+) (?P<path>\S+) [^"]*" (?P<status>\d+) .* upstream=(?P<tail>.*)$')
import datetime
nginx = collections.Counter(); retried = collections.Counter(); retried_samples = []
for line in open(p + "-access.log"):
    m = line_re.search(line.rstrip("\n"))
    if not m or "/api/outbound/" not in m["path"]:
        continue
    t = int(datetime.datetime.strptime(m["time"], "%d/%b/%Y:%H:%M:%S %z").timestamp() * 1000)
    ups = re.findall(r":(\d+)", m["tail"])   # the addresses tried, in order (the statuses have no colon)
    kind = m["path"].rstrip("/").rsplit("/", 1)[-1]
    when = "before" if t + 1000 <= killed else "after" if t >= killed else "kill second"   # nginx logs whole seconds
    nginx[(when, names.get(ups[-1], ups[-1]) if ups else "none")] += 1
    if len(ups) > 1:
        retried[(kind, m["status"])] += 1
        if len(retried_samples) < 6:
            retried_samples.append(line.strip()[:220])
# the session agents on the killed instance before the kill, and those of them that worked on afterwards (on which
# instance), without a new login when relogins is 0
last_before, worked_after = {}, collections.defaultdict(set)
for r in sorted(work, key=lambda r: r["end_ms"]):
    if r["login"] != "session":
        continue
    if r["end_ms"] < killed:
        last_before[r["agent"]] = r["instance"]
    elif ok(r):
        worked_after[r["agent"]].add(r["instance"])
moved = [a for a, i in last_before.items() if i == kill]
timeline = []
for a in range(start, end, 10000):
    timeline.append(per(cycles(a, min(a + 10000, end)), min(a + 10000, end) - a))
summary = {
    "measured_s": (end - start) / 1000, "kill_at_s": round((killed - start) / 1000, 1), "killed": kill,
    "cycles_two": cycles(start, killed), "cycles_per_s_two": per(cycles(start, killed), killed - start),
    "next_per_s_two": per(nexts(start, killed), killed - start),
    "cycles_one": cycles(killed, end), "cycles_per_s_one": per(cycles(killed, end), end - killed),
    "next_per_s_one": per(nexts(killed, end), end - killed),
    "cycles_per_s_one_recovered": per(cycles(recovered, end), end - recovered),
    "requests_total": len(work), "failed_total": len(failed), "failed_before_kill": len(failed_before),
    "failed_after_kill": len(failed_after),
    "failed_first_s": round((min(r["start_ms"] for r in failed_after) - killed) / 1000, 1) if failed_after else None,
    "failed_last_s": round((recovered - killed) / 1000, 1) if failed_after else None,
    "failed_statuses": dict(collections.Counter(f'{r["kind"]} {r["status"]}' for r in failed)),
    "failed_after_by_login": dict(collections.Counter(r["login"] for r in failed_after)),
    "slowest_after_kill_ms": max((r["end_ms"] - r["start_ms"] for r in work if r["end_ms"] >= killed), default=0),
    "median_before_ms": statistics.median([r["end_ms"] - r["start_ms"] for r in work if start <= r["end_ms"] < killed] or [0]),
    "served_driver": {f"{w} {i}": n for (w, i), n in sorted(served.items())},
    "served_nginx": {f"{w} {i}": n for (w, i), n in sorted(nginx.items())},
    "nginx_retried": {f"{k} -> {st}": n for (k, st), n in sorted(retried.items())}, "nginx_retried_samples": retried_samples,
    "cycles_per_s_by_10s": timeline,
    "sessions_on_killed": len(moved), "sessions_on_killed_worked_after": sum(1 for a in moved if worked_after[a]),
    "sessions_on_killed_after_on": sorted({i for a in moved for i in worked_after[a]}),
    "relogins": s["relogins"], "session_agents": s["session_agents"], "status_401": s["status_401"],
    "login_failures": s["login_failures"], "closed_twice_client_side": s["closed_twice_client_side"],
    "session_routes_after": dict(collections.Counter(r["instance"] for r in sorted(rows, key=lambda r: r["end_ms"])[-2000:]
                                                     if r["login"] == "session")),
}
json.dump(summary, open(p + "-summary.json", "w"), indent=1)
# the leads the agents were answered with (and by whom), and those they closed, for the database's checks
with open(p + "-taken.csv", "w") as f:
    for r in work:
        if r["kind"] == "next" and r["status"] == 200:
            f.write(f'{r["lead"]},{r["agent"]}\n')
with open(p + "-closed.csv", "w") as f:
    for r in work:
        if r["kind"] == "outcome" and r["status"] == 200:
            f.write(f'{r["lead"]}\n')
# the instances' clocks (the anchored clock starts when each instance first uses it): a call's ringing_at against
# the real moment its dial was answered, by the instance that answered (token agents: nginx's cookie names it)
with open(p + "-dials.csv", "w") as f:
    for r in work:
        if r["kind"] == "dial" and r["status"] == 200 and r["instance"] and r["login"] == "token":
            f.write(f'{r["lead"]},{r["instance"]},{(r["start_ms"] + r["end_ms"]) // 2}\n')
print(json.dumps(summary, indent=1))
PY

# the database after the run
DB_CHECK=$({ cat <<SQL
set search_path = "$SCHEMA";
create temp table taken (lead_id bigint, agent varchar(40));
\\copy taken from '$P-taken.csv' with (format csv)
create temp table closed (lead_id bigint);
\\copy closed from '$P-closed.csv' with (format csv)
create temp table dials (lead_id bigint, instance varchar(20), at_ms bigint);
\\copy dials from '$P-dials.csv' with (format csv)
SQL
cat <<'SQL'
-- the business clock's "now" at the end of the run: the latest moment an instance wrote
create temp table business_now as select max(greatest(ringing_at, coalesce(wrap_up_ended_at, ringing_at))) as at
from interaction where campaign_id = :campaign;
select json_build_object(
  'multi_call', (select count(*) from (select lead_id from interaction where campaign_id = :campaign group by lead_id having count(*) > 1) x),
  'multi_agent', (select count(*) from (select lead_id from interaction where campaign_id = :campaign group by lead_id having count(distinct agent_id) > 1) y),
  'taken_by_two_agents', (select count(*) from (select lead_id from taken group by lead_id having count(distinct agent) > 1) z),
  'interactions', (select count(*) from interaction where campaign_id = :campaign),
  'done', (select count(*) from lead where campaign_id = :campaign and status = 'DONE'),
  'held', (select count(*) from lead where campaign_id = :campaign and held_by_id is not null and status in ('NEW', 'RETRY', 'CALLBACK')),
  'held_past_lease', (select count(*) from lead, business_now b where campaign_id = :campaign and held_by_id is not null
      and status in ('NEW', 'RETRY', 'CALLBACK') and lease_until <= b.at),
  'held_not_answered', (select count(*) from lead l where campaign_id = :campaign and held_by_id is not null
      and status in ('NEW', 'RETRY', 'CALLBACK') and not exists (select 1 from taken t where t.lead_id = l.id)),
  'taken_not_closed_not_held', (select count(*) from lead l where l.id in (select lead_id from taken)
      and status in ('NEW', 'RETRY', 'CALLBACK') and held_by_id is null),
  'open_calls', (select count(*) from interaction where campaign_id = :campaign and wrap_up_ended_at is null),
  'done_without_agent_200', (select count(*) from lead l where campaign_id = :campaign and status = 'DONE'
      and not exists (select 1 from closed c where c.lead_id = l.id)),
  'closed_not_done', (select count(*) from closed c join lead l on l.id = c.lead_id where l.status <> 'DONE'),
  'held_detail', (select coalesce(json_agg(json_build_object('lead', l.id, 'agent', u.username, 'status', l.status,
      'lease_until', l.lease_until, 'answered_to_agent', exists (select 1 from taken t where t.lead_id = l.id),
      'interactions', (select count(*) from interaction i where i.lead_id = l.id))), '[]')
      from lead l join app_user u on u.id = l.held_by_id where l.campaign_id = :campaign and l.held_by_id is not null
      and l.status in ('NEW', 'RETRY', 'CALLBACK')),
  'clock_offset_s', (select json_object_agg(instance, offset_s) from (select d.instance,
      round(percentile_cont(0.5) within group (order by extract(epoch from i.ringing_at) - d.at_ms / 1000.0)::numeric, 1) as offset_s
      from dials d join interaction i on i.lead_id = d.lead_id and i.campaign_id = :campaign group by d.instance) o),
  'business_now', (select at from business_now));
SQL
} | "${PSQL[@]}" -At -v campaign=$CAMPAIGN)
echo "$DB_CHECK" >"$P-db.json"
echo "$DB_CHECK" | python3 -m json.tool

if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then (./cuffia stop >/dev/null); fi

j() { python3 -c "import json; d=json.load(open('$P-summary.json')); b=json.load(open('$P-db.json')); print($1)"; }
DOUBLE=$(j "b['multi_call'] + b['multi_agent'] + b['taken_by_two_agents'] + d['closed_twice_client_side']")
LOST=$(j "b['held_past_lease'] + b['taken_not_closed_not_held'] + b['held_not_answered'] + b['open_calls'] + b['closed_not_done']")
{
  echo "## Dispatch failover ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL, $AGENTS agents, $LEADS leads)"
  echo
  echo "\`./cuffia start --cluster\` (the DAS, the deployment group's two instances, nginx on port $LB_PORT) ready in ${START_S} s; schema \`$SCHEMA\`, clock anchored at $ANCHOR. bench/dispatch.sh's client, SURVEY campaign, $AGENTS agents and $LEADS NEW leads made by SQL. $AGENTS agents (\`bench/DispatchDriver.java\`, one thread and one keep-alive connection each) took, dialled and closed leads (POST /api/outbound/next, …/leads/{id}/dial, …/leads/{id}/outcome NOT_INTERESTED) through nginx: $SESSION_AGENTS with a web session made by the login form (nginx's route cookie keeps each on one instance), $((AGENTS - SESSION_AGENTS)) with an API token and no cookie (nginx spreads their requests). ${WARMUP} s of warm-up, then ${SECONDS_RUN} s measured; \`kill -9\` of **$KILL** after $(j "d['kill_at_s']") s of it; the load went on to the end. Load average (1, 5, 15 min) before the run $LOAD_BEFORE, at the kill $LOAD_TWO, at the end $LOAD_AFTER; the driver, nginx, PostgreSQL and the three JVMs shared the $(nproc) cores."
  echo
  echo "| | figure |"
  echo "|---|---|"
  echo "| leads closed/s with two instances (before the kill; \`next\` answered with a lead/s) | **$(j "d['cycles_per_s_two']")** ($(j "d['next_per_s_two']")) |"
  echo "| leads closed/s with one instance (after the kill; after the last failed request) | **$(j "d['cycles_per_s_one']")** ($(j "d['cycles_per_s_one_recovered']")) |"
  echo "| leads closed/s per 10 s of the window | $(j "', '.join(map(str, d['cycles_per_s_by_10s']))") |"
  echo "| leads dispatched twice (more than one interaction; interactions by two agents; answered to two agents; closed twice as the agents saw it) | **$DOUBLE** ($(j "b['multi_call']"); $(j "b['multi_agent']"); $(j "b['taken_by_two_agents']"); $(j "d['closed_twice_client_side']")) |"
  echo "| leads lost or left held (held past their lease; answered to an agent but neither closed nor held; held but never answered to an agent; calls left open; closed as the agent saw it but not DONE) | **$LOST** ($(j "b['held_past_lease']"); $(j "b['taken_not_closed_not_held']"); $(j "b['held_not_answered']"); $(j "b['open_calls']"); $(j "b['closed_not_done']")) |"
  echo "| leads still held at the end (lease running) | $(j "b['held']") $(j "'' if not b['held_detail'] else b['held_detail']") |"
  echo "| requests failed after the kill (first to last, from the kill; by kind of login) | **$(j "d['failed_after_kill']")** $(j "'(%s s to %s s; %s)' % (d['failed_first_s'], d['failed_last_s'], d['failed_after_by_login']) if d['failed_after_kill'] else ''") |"
  echo "| requests failed before the kill; answers of all failed requests | $(j "d['failed_before_kill']"); $(j "d['failed_statuses']") |"
  echo "| requests nginx sent on to the other instance (path → final status) | $(j "d['nginx_retried'] or 'none'") |"
  echo "| sessions that had to log in again (a session's 401, redirect or login page) / 401s in all | **$(j "d['relogins']")** / $(j "d['status_401']") |"
  echo "| session agents on $KILL before the kill / of them working on afterwards (on) | $(j "d['sessions_on_killed']") / $(j "d['sessions_on_killed_worked_after']") ($(j "', '.join(d['sessions_on_killed_after_on'])")) |"
  echo "| requests per instance, nginx's access log (driver's cookies) | $(j "d['served_nginx']") ($(j "d['served_driver']")) |"
  echo "| slowest request after the kill; median before | $(j "d['slowest_after_kill_ms']") ms; $(j "d['median_before_ms']") ms |"
  echo "| SEVERE records in the instances' logs during the run | cuffia-1: ${SEVERE[cuffia-1]}, cuffia-2: ${SEVERE[cuffia-2]} |"
  echo "| instances' anchored business clocks (each starts at the anchor when its instance first uses it): median of a call's ringing_at − the real moment of its dial, minus the smallest (s) | $(j "{k: round(v - min(b['clock_offset_s'].values()), 1) for k, v in b['clock_offset_s'].items()} if b['clock_offset_s'] else 'none'") |"
  echo
  echo "Measured with \`BENCH_KILL=$KILL bench/dispatch-failover.sh $SECONDS_RUN $WARMUP\`. Every request in \`bench/out/dispatch-failover-requests.csv\`, the figures in \`…-summary.json\` and \`…-db.json\`, the SEVERE records in \`…-severe.txt\`. ${SHARED_NOTE}${RUNNING_NOTE}"
  echo "How to run: \`CUFFIA_PORTBASE=… DB_SCHEMA=… bench/dispatch-failover.sh [seconds [warm-up seconds]]\` (defaults 120 and 60; nginx, psql; \`BENCH_KILL=cuffia-2\` kills the other instance, \`BENCH_SESSION_AGENTS=N\` sets how many agents use a web session, \`BENCH_USE_RUNNING=1\` uses the cluster already running, \`BENCH_KEEP_RUNNING=1\` leaves it running)."
} >"$P.md"
write_section "$P.md" "Dispatch failover"
cat "$P.md"
if ((DOUBLE > 0 || LOST > 0)); then
  echo "DISPATCH FAILOVER: $DOUBLE leads dispatched twice, $LOST lost or left held" >&2
  exit 1
fi
