#!/usr/bin/env bash
# Outbound dispatch: 50 agents at once taking, dialling and closing leads of one campaign of 100 000
# through the REST API, beside pgbench doing only the bare SELECT … FOR UPDATE SKIP LOCKED take and
# an UPDATE on copies of the same leads. After the REST run, counts the leads dispatched twice
# (more than one interaction, or interactions by two agents): must be 0.
#
# Cuffia runs on PostgreSQL (schema cuffia, the demo server directory .run/) with the clock anchored
# on Tuesday 2026-03-10 10:00. The bench client, campaign, 50 agents (benchag001…050, password
# cuffia2026) and 100 000 customers and leads are made by SQL with ids from 900 000 000 up, far
# above the application's sequence; the previous run's rows are deleted first. Stops the server
# at the end (BENCH_KEEP_RUNNING=1 keeps it). Writes bench/RESULTS.md (section "Outbound dispatch").
#
#   bench/dispatch.sh [seconds] [pgbench seconds]      defaults 60 and 30; 30 s of warm-up before
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
SECONDS_APP=${1:-60}
SECONDS_PGB=${2:-30}
WARMUP=30   # Payara's JIT is still compiling after 10 s on 2 cores (JFR: 26 s of C2 compilation in the next 30 s)
AGENTS=50
LEADS=100000
CLIENT=900000000
CAMPAIGN=900000001
command -v pgbench >/dev/null || { echo "pgbench is needed (Debian: postgresql-client)"; exit 1; }

wait_for_quiet_machine
start_suite dispatch

echo "Setting up the bench client, campaign, $AGENTS agents and $LEADS leads…"
clean_client BENCH-DISP 'benchag%'
t0=$(now)
"${PSQL[@]}" -v schema="$SCHEMA" -v client=$CLIENT -v campaign=$CAMPAIGN -v agents=$AGENTS -v leads=$LEADS -f "$ROOT/bench/dispatch_setup.sql"
t1=$(now)
SETUP_S=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
ROLE=$("${PSQL[@]}" -At -c "select string_agg(role, ',') from $SCHEMA.user_role where user_id = $((CLIENT + 101))")
[[ -n "$ROLE" ]] || { echo "operatore01 not found: is the demo data loaded?"; exit 1; }
echo "Set up in $SETUP_S s (agent roles: $ROLE)."

LOG=$(server_log)
LOG_LINES_BEFORE=$(wc -l <"$LOG" 2>/dev/null || echo 0)
echo "Running $AGENTS agents for ${WARMUP} s warm-up + ${SECONDS_APP} s…"
# BENCH_JFR=1: a JFR recording (profile settings) of Payara over the measured window, in bench/out/dispatch.jfr
if [[ "${BENCH_JFR:-}" == 1 ]]; then
  PAYARA_PID=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$ROOT/.run/" | head -1)
  (sleep $((WARMUP + 5)); jcmd "$PAYARA_PID" JFR.configure stackdepth=512 >/dev/null; jcmd "$PAYARA_PID" JFR.start name=bench settings=profile duration=$((SECONDS_APP - 10))s \
    filename="$OUT/dispatch.jfr" >/dev/null) &
fi
# the Java driver (one platform thread and one keep-alive connection per agent): compiled first, so that the
# compilation's CPU is not counted; it reports its own CPU time over the measured window
rm -rf "$OUT/dispatch-driver" && javac -d "$OUT/dispatch-driver" "$ROOT/bench/DispatchDriver.java"
java -XX:+UseSerialGC -Xmx256m -cp "$OUT/dispatch-driver" DispatchDriver "$BASE/" benchag "$AGENTS" "$WARMUP" "$SECONDS_APP" \
  "$OUT/dispatch.json" | tee "$OUT/dispatch-client.txt"
tail -n +"$((LOG_LINES_BEFORE + 1))" "$LOG" >"$OUT/dispatch-server.log" 2>/dev/null || true
SERVER_WARNINGS=$(grep -cE 'SEVERE|WARNING' "$OUT/dispatch-server.log" || true)

read -r CYCLES LPS C50 C90 C99 N50 N90 N99 EMPTY ERRORS CLOSED CLIENT_TWICE LOGIN_FAIL R403 NPS RPS DRIVER_CPU < <(python3 - "$OUT/dispatch.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(*[s[k] for k in ("cycles", "leads_per_s", "cycle_p50_ms", "cycle_p90_ms", "cycle_p99_ms", "next_p50_ms", "next_p90_ms",
                       "next_p99_ms", "empty_204", "errors", "closed_total", "closed_twice_client_side", "login_failures",
                       "status_403", "next_per_s", "requests_per_s", "driver_cpu_s")])
PY
)

# Double dispatch: a lead called more than once (one NOT_INTERESTED closes it), or by two agents
read -r MULTI_CALL MULTI_AGENT INTERACTIONS DONE STILL_HELD < <("${PSQL[@]}" -At -F' ' -v schema="$SCHEMA" -v campaign=$CAMPAIGN <<'SQL'
set search_path = :"schema";
select (select count(*) from (select lead_id from interaction where campaign_id = :campaign group by lead_id having count(*) > 1) x),
       (select count(*) from (select lead_id from interaction where campaign_id = :campaign group by lead_id having count(distinct agent_id) > 1) y),
       (select count(*) from interaction where campaign_id = :campaign),
       (select count(*) from lead where campaign_id = :campaign and status = 'DONE'),
       (select count(*) from lead where campaign_id = :campaign and held_by_id is not null and status in ('NEW', 'RETRY', 'CALLBACK'));
SQL
)
DOUBLE=$((MULTI_CALL + MULTI_AGENT))

stop_suite

# Baseline: the bare take on copies of the 100 000 leads (all NEW and due again), with the application's
# take index (ix_lead_take) and its order. Four copies (400 000 rows, ids apart): on a quiet machine the bare take
# does over 5 000 a second and ran out of 100 000 leads within 20 s.
"${PSQL[@]}" -v schema="$SCHEMA" -v campaign=$CAMPAIGN <<'SQL'
drop schema if exists bench_base cascade;
create schema bench_base;
create table bench_base.bench_lead as
  select id + copy::bigint * 1000000000 as id, campaign_id, priority, 'NEW'::varchar(10) as status, next_attempt_at, imported_at,
         0 as takes
  from :"schema".lead, generate_series(0, 3) as copy where campaign_id = :campaign;
-- a lead never tried has no next attempt (the queue takes it as due): here it is due from the earliest time, so that
-- the bare take's plain "<= now()" finds every row (without this it ran dry at the 82 849 that had a time)
update bench_base.bench_lead set next_attempt_at = (select min(next_attempt_at) from bench_base.bench_lead)
  where next_attempt_at is null;
alter table bench_base.bench_lead add primary key (id);
create index ix_bench_lead_take on bench_base.bench_lead (campaign_id, status, priority desc, next_attempt_at, id);
vacuum analyze bench_base.bench_lead;
SQL
cat >"$OUT/take.sql" <<SQL
BEGIN;
SELECT id FROM bench_base.bench_lead WHERE campaign_id = $CAMPAIGN AND status = 'NEW' AND next_attempt_at <= now() ORDER BY priority DESC, next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED \gset
UPDATE bench_base.bench_lead SET status = 'DONE', takes = takes + 1 WHERE id = :id;
COMMIT;
SQL
echo "pgbench: $AGENTS clients for ${SECONDS_PGB} s…"
/usr/bin/time -f '%U %S' -o "$OUT/pgbench-take.cpu" \
  pgbench -n -h 127.0.0.1 -U postgres -c "$AGENTS" -j 2 -T "$SECONDS_PGB" -f "$OUT/take.sql" test >"$OUT/pgbench-take.txt" 2>&1
P_CPU=$(awk '{printf "%.1f", $1 + $2}' "$OUT/pgbench-take.cpu")
P_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench-take.txt" | head -1 | xargs printf '%.1f')
P_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$OUT/pgbench-take.txt")
P_FAILED=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench-take.txt")
P_TWICE=$("${PSQL[@]}" -At -c "select count(*) from bench_base.bench_lead where takes > 1")
RATIO=$(echo "scale=3; $NPS / $P_TPS" | bc)
CYCLE_RATIO=$(echo "scale=3; $LPS / $P_TPS" | bc)

{
  echo "## Outbound dispatch ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL, $AGENTS agents, $LEADS leads)"
  echo
  echo "| path | \`next\`/s (takes/s) | cycles/s (leads closed/s) | requests/s | cycle p50 ms | p90 ms | p99 ms | \`next\` p50 ms | p90 ms | p99 ms | errors | driver CPU s |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $AGENTS agents (\`bench/DispatchDriver.java\`: a fixed pool of $AGENTS Java threads, java.net.http keep-alive, one API token each) → POST /api/outbound/next, …/leads/{id}/dial, …/leads/{id}/outcome NOT_INTERESTED, ${SECONDS_APP} s after ${WARMUP} s warm-up | **$NPS** | $LPS | $RPS | $C50 | $C90 | $C99 | $N50 | $N90 | $N99 | $ERRORS | $DRIVER_CPU |"
  echo "| pgbench -c $AGENTS -j 2 -T $SECONDS_PGB → BEGIN; SELECT id … WHERE status = 'NEW' AND next_attempt_at <= now() ORDER BY priority DESC, next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED; UPDATE … SET status = 'DONE'; COMMIT (four copies of the same leads, 400 000 rows, the application's take index) | **$P_TPS** | | $P_TPS | avg $P_LAT | | | | | | ${P_FAILED:-0} | $P_CPU |"
  echo
  echo "Ratio \`next\`/s / bare take/s (same index): **$RATIO** (goal ≥ 0.25); whole cycle (next, dial, outcome) / bare take: $CYCLE_RATIO. Driver CPU: user + system of the driver's process over the measured window (the JVM's own count for the REST run, \`/usr/bin/time\` for pgbench, its whole run). Double dispatches: **$DOUBLE** (leads with more than one interaction: $MULTI_CALL, with interactions by two agents: $MULTI_AGENT; in the pgbench copy, rows taken twice: $P_TWICE)."
  echo "A \`next\` here is one take of the cycle: the agent closes the lead (dial, outcome) before asking again, as an agent does; \`next\`/s counts the answered \`next\` requests (200 and 204) that started after the warm-up and ended before the deadline. Double dispatches: **$DOUBLE** (leads with more than one interaction: $MULTI_CALL, with interactions by two agents: $MULTI_AGENT; in the pgbench copy, rows taken twice: $P_TWICE)."
  echo "Leads closed by the agents, warm-up included: $CLOSED (interactions in the database: $INTERACTIONS, leads DONE: $DONE, still held: $STILL_HELD). \`next\` answered 204 $EMPTY times; login failures $LOGIN_FAIL; requests answered 403 (counted among the errors, none sent again): $R403; WARNING/SEVERE lines in server.log during the run: $SERVER_WARNINGS."
  echo "Set-up by SQL (client, SURVEY campaign without commercial or consent purpose, 7 × 00:00–23:59 windows, $AGENTS agents, $LEADS customers, phones and NEW leads with priority 0–9): $SETUP_S s. Clock anchored at $ANCHOR."
  echo "Measured with \`bench/dispatch.sh $SECONDS_APP $SECONDS_PGB\` (load driver \`bench/DispatchDriver.java\`); the client and the server share the same 2 cores; pgbench ran after \`./cuffia stop\`."
  echo "How to run: \`bench/dispatch.sh [seconds] [pgbench seconds]\` (PostgreSQL on 127.0.0.1:5432, psql, pgbench; restarts the demo server on PostgreSQL with the clock anchor, stops it at the end)."
  [[ -n "$SHARED_NOTE" ]] && echo "$SHARED_NOTE"
  [[ -n "$RUNNING_NOTE" ]] && echo "$RUNNING_NOTE"
  true
} >"$OUT/dispatch.md"
write_section "$OUT/dispatch.md" "Outbound dispatch"
cat "$OUT/dispatch.md"
if ((DOUBLE > 0 || CLIENT_TWICE > 0)); then
  echo "DOUBLE DISPATCH: $DOUBLE leads in the database, $CLIENT_TWICE closed twice as seen by the agents" >&2
  exit 1
fi
