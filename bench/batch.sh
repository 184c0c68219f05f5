#!/usr/bin/env bash
# KPI and statement jobs: one month (June 2025) of work of 500 agents, 1 000 000 calls, written by
# SQL (bench/batch_generate.sql), closed through POST /api/batch/month-close?month=2025-06 (Jakarta
# Batch job month-close: tally, rollup, statements) and followed through GET
# /api/batch/executions/{id} until COMPLETED; beside it, one hand-written query
# (bench/batch_kpi.sql) computing the same per-agent month counters from the raw tables, timed on
# PostgreSQL, and a check that its numbers are the ones the job stored in kpi_result (MONTH, AGENT).
#
# Cuffia runs on PostgreSQL (schema cuffia, demo server directory .run/) with the clock anchored on
# 2026-03-10 10:00; June 2025 holds no other data. The previous run's client BENCH-KPI, users
# benchkpi* and everything made for them are deleted first (clean_client in lib.sh). Ids come from
# cuffia_seq. Runs the job RUNS times (the first on a freshly started server, then again: a re-run
# replaces the month's tallies, results and statements). Stops the server at the end
# (BENCH_KEEP_RUNNING=1 keeps it). Writes bench/RESULTS.md (section "KPI and statement jobs").
#
#   bench/batch.sh [agents] [calls per agent and working day] [runs]      defaults 500 100 2
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
AGENTS=${1:-500}
CALLS=${2:-100}
RUNS=${3:-2}
MONTH=2025-06
MONTH_START=2025-06-01
USERS='benchkpi%'
AGENT_USERS=$USERS
AUTH=admin:cuffia2026
VACUUM_TABLES=$(printf "$SCHEMA.%s, " interaction ticket ticket_change sale agent_state_period lead customer customer_phone app_user \
  user_role agent contract kpi_tally kpi_result pay_statement pay_statement_line | sed 's/, $//')
((AGENTS >= 10 && AGENTS <= 999)) || { echo "agents must be 10…999" >&2; exit 2; }
((CALLS >= 1 && CALLS <= 200)) || { echo "calls per agent and day must be 1…200" >&2; exit 2; }

# curl with an API token issued once with the password (an index lookup per request: a Basic request
# would run PBKDF2, ~0.2 s of CPU, on every poll and take it from the job, and it leaves no session);
# Basic only if the token is refused
TOKEN=""
api() {
  local method=$1 path=$2 out code
  if [[ -z "$TOKEN" ]]; then
    TOKEN=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
      -d "{\"name\":\"bench-batch\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])' || true)
  fi
  out=$(curl -sS -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$BASE$path")
  code=$(tail -1 <<<"$out")
  if [[ "$code" == 401 || "$code" == 403 ]]; then
    out=$(curl -sS -w '\n%{http_code}' -X "$method" -u "$AUTH" "$BASE$path")
    code=$(tail -1 <<<"$out")
  fi
  API_CODE=$code
  API_BODY=$(sed '$d' <<<"$out")
}

json() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(eval(sys.argv[2], {"d": d}))' "$1" "$2"; }

# Waits until no batch job runs (the demo's catch-up month close starts 20 s after deployment).
wait_for_idle_jobs() {
  local running
  for _ in $(seq 1 1200); do
    api GET "/api/batch/executions?max=100"
    [[ "$API_CODE" == 200 ]] || { echo "GET /api/batch/executions answered $API_CODE: $API_BODY" >&2; exit 1; }
    running=$(json "$API_BODY" 'sum(1 for r in d if r["status"] in ("STARTING", "STARTED", "STOPPING"))')
    ((running == 0)) && return 0
    sleep 1
  done
  echo "batch jobs still running after 20 min" >&2
  exit 1
}

wait_for_quiet_machine
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
start_suite batch
STARTED_AT=$(now)
api GET "/api/batch/executions?max=1"
[[ "$API_CODE" == 200 ]] || { echo "admin login to the batch API failed ($API_CODE): $API_BODY" >&2; exit 1; }
sleep "$(python3 -c "print(max(0, 35 - ($(now) - $STARTED_AT)))")"
echo "Waiting for the demo's own batch runs to finish…"
wait_for_idle_jobs

echo "Deleting the previous bench run…"
t0=$(now)
clean_client BENCH-KPI "$USERS"
# autovacuum may be off (it is on the bench machine): the deleted rows go now, not during the job
"${PSQL[@]}" -c "vacuum $VACUUM_TABLES"
t1=$(now)
CLEAN_S=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
OTHER_ROWS=$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.interaction where ringing_at >= '2025-05-31' and ringing_at < '2025-07-02'
  union all select count(*) from $SCHEMA.agent_state_period where started_at < '2025-07-02' and (ended_at is null or ended_at > '2025-05-31')" | paste -sd' ')
[[ "$OTHER_ROWS" == "0 0" ]] || echo "WARNING: calls / state periods of other users around June 2025: $OTHER_ROWS (they count in the job, not in the bench query)" >&2
echo "Generating $AGENTS agents × $CALLS calls per working day of $MONTH…"
t0=$(now)
"${PSQL[@]}" -v agents="$AGENTS" -v calls="$CALLS" -f "$ROOT/bench/batch_generate.sql"
t1=$(now)
GEN_S=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
# hint bits, visibility map and statistics set once, for the job and the query alike
t0=$(now)
"${PSQL[@]}" -c "vacuum (analyze) $VACUUM_TABLES"
t1=$(now)
VACUUM_S=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
AUTOVACUUM=$("${PSQL[@]}" -At -c "show autovacuum")
read -r N_AGENTS N_CALLS N_INBOUND N_OUTBOUND N_PERIODS N_TICKETS N_REOPENED N_SALES N_SEQ < <("${PSQL[@]}" -At -F' ' -v users="$USERS" <<'SQL'
set search_path = :"schema";
with c as (select id from client where code = 'BENCH-KPI')
select (select count(*) from agent a join app_user u on u.id = a.user_id where u.username like :'users'),
       (select count(*) from interaction where client_id in (select id from c)),
       (select count(*) from interaction where client_id in (select id from c) and direction = 'INBOUND'),
       (select count(*) from interaction where client_id in (select id from c) and direction = 'OUTBOUND'),
       (select count(*) from agent_state_period p join app_user u on u.id = p.user_id where u.username like :'users'),
       (select count(*) from ticket where client_id in (select id from c)),
       (select count(*) from ticket_change ch join ticket t on t.id = ch.ticket_id where t.client_id in (select id from c)),
       (select count(*) from sale s join campaign ca on ca.id = s.campaign_id where ca.client_id in (select id from c)),
       (select last_value from cuffia_seq);
SQL
)
echo "Generated in $GEN_S s: $N_AGENTS agents, $N_CALLS calls ($N_INBOUND inbound, $N_OUTBOUND outbound), $N_PERIODS state periods, $N_TICKETS tickets ($N_REOPENED reopened), $N_SALES sales; cuffia_seq now $N_SEQ."

LOG=$(server_log)
RUN_LINES=()
declare -a SERVER_WARNINGS=()
for run in $(seq 1 "$RUNS"); do
  LOG_LINES_BEFORE=$(wc -l <"$LOG" 2>/dev/null || echo 0)
  echo "Month close $MONTH, run $run…"
  # BENCH_JFR=1: a JFR recording (profile settings, socket reads of 1 ms or more) of Payara over each run, in
  # bench/out/batch-<run>.jfr (the first run's against a warm one's)
  if [[ "${BENCH_JFR:-}" == 1 ]]; then
    PAYARA_PID=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$ROOT/.run/" | head -1)
    jcmd "$PAYARA_PID" JFR.start name=bench settings=profile jdk.SocketRead#threshold=1ms >/dev/null
  fi
  w0=$(now)
  api POST "/api/batch/month-close?month=$MONTH"
  [[ "$API_CODE" == 202 ]] || { echo "POST /api/batch/month-close answered $API_CODE: $API_BODY" >&2; stop_suite; exit 1; }
  EXECUTION=$(json "$API_BODY" 'd["executionId"]')
  STATUS=""
  for _ in $(seq 1 7200); do     # at most two hours
    sleep 1
    api GET "/api/batch/executions/$EXECUTION"
    [[ "$API_CODE" == 200 ]] || { echo "GET /api/batch/executions/$EXECUTION answered $API_CODE: $API_BODY" >&2; continue; }
    STATUS=$(json "$API_BODY" 'd["status"]')
    [[ "$STATUS" == COMPLETED || "$STATUS" == FAILED || "$STATUS" == STOPPED || "$STATUS" == ABANDONED ]] && break
  done
  w1=$(now)
  if [[ "${BENCH_JFR:-}" == 1 ]]; then
    jcmd "$PAYARA_PID" JFR.stop name=bench filename="$OUT/batch-$run.jfr" >/dev/null
  fi
  echo "$API_BODY" >"$OUT/batch-execution-$run.json"
  tail -n +"$((LOG_LINES_BEFORE + 1))" "$LOG" >"$OUT/batch-server-$run.log" 2>/dev/null || true
  if [[ "$STATUS" != COMPLETED ]]; then
    echo "Month close execution $EXECUTION ended $STATUS. Execution: $API_BODY" >&2
    echo "Server log of the run (SEVERE/WARNING with 30 lines after each) in $OUT/batch-server-$run.log:" >&2
    grep -nE -A30 'SEVERE|WARNING' "$OUT/batch-server-$run.log" | head -150 >&2 || true
    stop_suite
    exit 1
  fi
  # tally rollup statements total kpi wall (seconds), and per step read/write counts
  LINE=$(python3 - "$OUT/batch-execution-$run.json" "$(echo "$w1 - $w0" | bc)" <<'PY'
import json, sys
from datetime import datetime
d = json.load(open(sys.argv[1]))
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
steps = {s["name"]: (t(s["endedAt"]) - t(s["startedAt"])).total_seconds() for s in d["steps"]}
metrics = {s["name"]: s.get("metrics") or {} for s in d["steps"]}
total = (t(d["endedAt"]) - t(d["startedAt"])).total_seconds()
exits = {s["name"]: (s.get("exitStatus") or "-").replace(" ", "_") for s in d["steps"]}
print(d["executionId"], f'{steps["tally"]:.1f}', f'{steps["rollup"]:.1f}', f'{steps["statements"]:.1f}', f'{total:.1f}',
      f'{steps["tally"] + steps["rollup"]:.1f}', f'{float(sys.argv[2]):.1f}',
      metrics["tally"].get("WRITE_COUNT", "-"), metrics["rollup"].get("WRITE_COUNT", "-"), metrics["statements"].get("WRITE_COUNT", "-"),
      exits["statements"])
PY
)
  RUN_LINES+=("$LINE")
  read -r _ TALLY_S ROLLUP_S STMT_S TOTAL_S KPI_S WALL_S _ <<<"$LINE"
  echo "  execution $EXECUTION COMPLETED: tally $TALLY_S s, rollup $ROLLUP_S s, statements $STMT_S s, total $TOTAL_S s (seen by the client: $WALL_S s)"
  SERVER_WARNINGS[$run]=$(grep -cE 'SEVERE|WARNING' "$OUT/batch-server-$run.log" || true)
done

# What the job stored (the last run)
read -r N_TALLY N_MONTH_AGENT N_MONTH_TEAM N_MONTH_CAMPAIGN N_MONTH_CLIENT N_DAY_RESULTS N_STATEMENTS N_STMT_ALL STMT_SUM STMT_VAR N_LINES < <(
  "${PSQL[@]}" -At -F' ' -v users="$USERS" -v month="$MONTH_START" <<'SQL'
set search_path = :"schema";
create temp table u as select id from app_user where username like :'users';
select (select count(*) from kpi_tally where agent_id in (select id from u) and tally_day between :'month'::date and (:'month'::date + interval '1 month - 1 day')::date),
       (select count(*) from kpi_result where period_kind = 'MONTH' and period_start = :'month' and scope_kind = 'AGENT' and scope_id in (select id from u)),
       (select count(*) from kpi_result where period_kind = 'MONTH' and period_start = :'month' and scope_kind = 'TEAM'),
       (select count(*) from kpi_result where period_kind = 'MONTH' and period_start = :'month' and scope_kind = 'CAMPAIGN'),
       (select count(*) from kpi_result where period_kind = 'MONTH' and period_start = :'month' and scope_kind = 'CLIENT'),
       (select count(*) from kpi_result where period_kind = 'DAY' and period_start between :'month'::date and (:'month'::date + interval '1 month - 1 day')::date),
       (select count(*) from pay_statement where pay_month = :'month' and agent_id in (select id from u)),
       (select count(*) from pay_statement where pay_month = :'month'),
       (select coalesce(sum(total), 0) from pay_statement where pay_month = :'month' and agent_id in (select id from u)),
       (select coalesce(sum(variable_pay), 0) from pay_statement where pay_month = :'month' and agent_id in (select id from u)),
       (select count(*) from pay_statement_line l join pay_statement s on s.id = l.statement_id where s.pay_month = :'month' and s.agent_id in (select id from u));
SQL
)

LOAD_JOBS_END=$(cut -d' ' -f1-3 /proc/loadavg)
stop_suite

# The hand-written query: EXPLAIN ANALYZE once (plan kept), then 3 timed runs, median
echo "Hand-written KPI query on PostgreSQL…"
{ echo "explain (analyze, buffers)"; cat "$ROOT/bench/batch_kpi.sql"; } |
  "${PSQL[@]}" -v users="$AGENT_USERS" -v month="$MONTH_START" -c "set search_path = $SCHEMA" -f - >"$OUT/batch-kpi-plan.txt"
SQL_TIMES=()
for run in 1 2 3; do
  ms=$({ echo 'set search_path = :"schema";'; echo '\timing on'; echo '\o /dev/null'; cat "$ROOT/bench/batch_kpi.sql"; } |
    "${PSQL[@]}" -v users="$AGENT_USERS" -v month="$MONTH_START" -f - | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
  [[ -n "$ms" ]] || { echo "could not time the query" >&2; exit 1; }
  SQL_TIMES+=("$(echo "scale=3; $ms / 1000" | bc | xargs printf '%.3f')")
done
SQL_S=$(printf '%s\n' "${SQL_TIMES[@]}" | sort -n | sed -n 2p | xargs printf '%.3f')

# Agreement with kpi_result (MONTH, AGENT) of the last run, counter by counter
{ echo "set search_path = :\"schema\"; set client_min_messages = warning; drop schema if exists ${SCHEMA}_bench cascade; create schema ${SCHEMA}_bench;";
  echo "create table ${SCHEMA}_bench.sql_kpi as"; cat "$ROOT/bench/batch_kpi.sql"; } |
  "${PSQL[@]}" -v users="$AGENT_USERS" -v month="$MONTH_START" -f -
"${PSQL[@]}" -v month="$MONTH_START" <<SQL
set search_path = $SCHEMA;
create table ${SCHEMA}_bench.diff as
select s.agent_id, u.username, r.id is not null as job_row, d.counter, d.sql_value, d.job_value
from ${SCHEMA}_bench.sql_kpi s join app_user u on u.id = s.agent_id
left join kpi_result r on r.period_kind = 'MONTH' and r.period_start = :'month' and r.scope_kind = 'AGENT' and r.scope_id = s.agent_id
cross join lateral (values
  ('calls_handled', s.calls_handled::numeric, r.calls_handled::numeric),
  ('inbound_handle_seconds', s.inbound_handle_seconds, r.inbound_handle_seconds),
  ('tickets_opened', s.tickets_opened, r.tickets_opened),
  ('tickets_first_contact', s.tickets_first_contact, r.tickets_first_contact),
  ('tickets_escalated', s.tickets_escalated, r.tickets_escalated),
  ('tickets_resolved', s.tickets_resolved, r.tickets_resolved),
  ('tickets_resolved_in_sla', s.tickets_resolved_in_sla, r.tickets_resolved_in_sla),
  ('tickets_reopened', s.tickets_reopened, r.tickets_reopened),
  ('csat_sum', s.csat_sum, r.csat_sum),
  ('csat_count', s.csat_count, r.csat_count),
  ('attempts', s.attempts, r.attempts),
  ('contacts', s.contacts, r.contacts),
  ('conversions', s.conversions, r.conversions),
  ('appointments_booked', s.appointments_booked, r.appointments_booked),
  ('appointments_due', s.appointments_due, r.appointments_due),
  ('appointments_held', s.appointments_held, r.appointments_held),
  ('sales', s.sales, r.sales),
  ('revenue', s.revenue, r.revenue),
  ('logged_seconds', s.logged_seconds, r.logged_seconds),
  ('available_seconds', s.available_seconds, r.available_seconds),
  ('work_seconds', s.work_seconds, r.work_seconds)) d(counter, sql_value, job_value)
where d.sql_value is distinct from d.job_value;
SQL
read -r COMPARED DISAGREE MISSING N_COUNTERS_DIFF < <("${PSQL[@]}" -At -F' ' -c "select (select count(*) from ${SCHEMA}_bench.sql_kpi),
  (select count(distinct agent_id) from ${SCHEMA}_bench.diff), (select count(distinct agent_id) from ${SCHEMA}_bench.diff where not job_row),
  (select count(distinct counter) from ${SCHEMA}_bench.diff)")
"${PSQL[@]}" -c "select d.username, d.agent_id, d.counter, d.sql_value, d.job_value from ${SCHEMA}_bench.diff d
  where d.agent_id = (select min(agent_id) from ${SCHEMA}_bench.diff) order by d.counter" >"$OUT/batch-diff-example.txt"
"${PSQL[@]}" -c "select counter, count(*) as agents, sum(sql_value) as sql_total, sum(job_value) as job_total
  from ${SCHEMA}_bench.diff group by counter order by counter" >"$OUT/batch-diff-counters.txt"
# The check sees day edges: the same query with UTC month edges must disagree for the 5 agents
# with calls and state periods across the Europe/Rome month edges
UTC_DIFF=$({ echo 'set search_path = :"schema";'; echo 'create temp table k as'; sed "s/'Europe\/Rome'/'UTC'/g" "$ROOT/bench/batch_kpi.sql";
  echo "select count(*) from k join kpi_result r on r.period_kind = 'MONTH' and r.period_start = :'month' and r.scope_kind = 'AGENT'
        and r.scope_id = k.agent_id where (k.calls_handled, k.logged_seconds) is distinct from (r.calls_handled, r.logged_seconds);"; } |
  "${PSQL[@]}" -At -v users="$AGENT_USERS" -v month="$MONTH_START" -f -)
# month totals of the bench agents, from the query
read -r T_CALLS T_AHT T_ATTEMPTS T_CONTACTS T_CONV T_REVENUE T_SALES T_TICKETS T_FCR T_LOGGED_H T_AVAIL_H < <("${PSQL[@]}" -At -F' ' -c "
  select sum(calls_handled), round(sum(inbound_handle_seconds)::numeric / nullif(sum(calls_handled), 0), 1), sum(attempts), sum(contacts),
         round(100.0 * sum(conversions) / nullif(sum(contacts), 0), 1), sum(revenue), sum(sales), sum(tickets_opened),
         round(100.0 * sum(tickets_first_contact) / nullif(sum(tickets_opened), 0), 1),
         round(sum(logged_seconds) / 3600.0), round(sum(available_seconds) / 3600.0)
  from ${SCHEMA}_bench.sql_kpi")

fmt() { python3 -c 'import sys; print(f"{int(float(sys.argv[1])):,}".replace(",", " "))' "$1"; }
read -r _ TALLY1 ROLLUP1 STMT1 TOTAL1 KPI1 WALL1 TW1 RW1 SW1 SEXIT1 <<<"${RUN_LINES[0]}"
RATIO_KPI=$(echo "scale=1; $KPI1 / $SQL_S" | bc)
{
  echo "## KPI and statement jobs ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL, $(fmt "$AGENTS") agents, $(fmt "$((AGENTS * CALLS * 20))") interactions)"
  echo
  echo "| path | tally s | rollup s | KPI (tally + rollup) s | statements s | total s |"
  echo "|---|---|---|---|---|---|"
  for i in "${!RUN_LINES[@]}"; do
    read -r EX TA RO ST TO KP WA TW RW SW SE <<<"${RUN_LINES[$i]}"
    what=$([[ $i == 0 ]] && echo "first run after the server start" || echo "run $((i + 1)), same data (replaces the month's tallies, results and statements)")
    echo "| POST /api/batch/month-close?month=$MONTH, then GET /api/batch/executions/{id} every second until COMPLETED: $what (execution $EX; step times from the execution's startedAt/endedAt; $TW days tallied, $RW periods rolled up, $SW statements written, seen by the client in $WA s) | $TA | $RO | **$KP** | $ST | $TO |"
  done
  printf '| psql: one hand-written query (`bench/batch_kpi.sql`) computing the same %s counters per agent for the month from interaction, ticket, ticket_change, sale, appointment, agent_state_period; median of 3, after `./cuffia stop` | | | **%s** | | |\n' 21 "$SQL_S"
  echo
  echo "Ratio job KPI part (tally + rollup, first run) / bare query: **${RATIO_KPI}×** the time (each run: $(for l in "${RUN_LINES[@]}"; do read -r _ _ _ _ _ k _ <<<"$l"; printf '%s ' "$(echo "scale=1; $k / $SQL_S" | bc)×"; done | sed 's/ $//')). Query runs: ${SQL_TIMES[*]} s (plan: \`bench/out/batch-kpi-plan.txt\`)."
  echo "Goals (issue 17): KPI part ≤ 2× the query: **$(echo "$KPI1 <= 2 * $SQL_S" | bc | sed 's/1/met/;s/0/not met/')** (first run ${KPI1} s against $(echo "scale=2; 2 * $SQL_S / 1" | bc) s); statements step ≤ 1 s for $(fmt "$AGENTS") agents: **$(echo "$STMT1 <= 1" | bc | sed 's/1/met/;s/0/not met/')** (first run ${STMT1} s)."
  echo "Agreement with what the job stored (kpi_result, MONTH $MONTH_START, AGENT, all 21 counters): **$COMPARED agents compared, $DISAGREE disagree** ($MISSING without a job row)$( ((DISAGREE > 0)) && echo "; counters that differ: $N_COUNTERS_DIFF, see \`bench/out/batch-diff-counters.txt\` and \`bench/out/batch-diff-example.txt\`")."
  echo "Control: the same query with UTC instead of Europe/Rome month edges disagrees with the job for $UTC_DIFF agents (expected 5: the agents with a call at 1 June 01:00 and 1 July 00:30 Rome time and state periods across both edges), so the check does see day-edge errors. The first run starts on a freshly started server (cold JIT); the job writes what the query only computes: per day (five a chunk) the day's facts read with one query per kind (the calls grouped by PostgreSQL, the rest row by row) and folded by \`WorkDay\`, the day's tallies and its results (the tallies summed per agent, team, campaign and client in Java, \`RollUp\`) deleted and written by COPY; then the month's tallies summed per agent, team, campaign and client by PostgreSQL and written by COPY; then the statements, 100 agents a chunk computed together (\`StatementCalculation.compute(List, …)\`, a few queries for all of them) and stored by JDBC batches; each chunk in its own transaction with its checkpoint, on the same 2 cores as PostgreSQL."
  echo "The month in numbers (bench agents, from the query): $(fmt "$T_CALLS") inbound calls handled (AHT $T_AHT s), $(fmt "$T_ATTEMPTS") attempts, $(fmt "$T_CONTACTS") contacts, conversion $T_CONV %, $(fmt "$T_SALES") sales not cancelled for € $T_REVENUE, $(fmt "$T_TICKETS") tickets (FCR $T_FCR %), $(fmt "$T_LOGGED_H") h logged, $(fmt "$T_AVAIL_H") h available. Stored by the last run: $N_TALLY tallies, MONTH results for $N_MONTH_AGENT agents, $N_MONTH_TEAM teams, $N_MONTH_CAMPAIGN campaign(s), $N_MONTH_CLIENT client(s), $N_DAY_RESULTS DAY results; $N_STATEMENTS statements of bench agents ($N_STMT_ALL in all, with the demo agents' contracts), $N_LINES lines, € $STMT_SUM in all of which € $STMT_VAR variable."
  echo "Data made by SQL (\`bench/batch_generate.sql\`, generate_series, one nextval per row) in $GEN_S s, then \`vacuum (analyze)\` of the tables in $VACUUM_S s (PostgreSQL here runs with autovacuum=$AUTOVACUUM), after deleting the previous run (and vacuuming) in $CLEAN_S s: $N_AGENTS agents in 10 teams (role AGENT, full-time contract 1450.00 from 2025-01-01), $(fmt "$N_CALLS") calls over the 20 working days of June 2025 ($(fmt "$N_INBOUND") inbound answered, $(fmt "$N_OUTBOUND") outbound attempts of a TELESELLING campaign; 10 of them are the Europe/Rome boundary calls of 1 June 01:00 and 1 July 00:30), $(fmt "$N_PERIODS") state periods (AVAILABLE, PAUSED, LOGGED_OUT; two crossing the month's edges for 5 agents), $(fmt "$N_TICKETS") tickets ($(fmt "$N_REOPENED") reopened), $(fmt "$N_SALES") sales, 10 000 customers and leads, one commission plan (per call, per sale, FCR and AHT bonuses with a CSAT gate, cap € 800)."
  echo "WARNING/SEVERE lines in server.log during the runs: $(for r in $(seq 1 "$RUNS"); do printf '%s ' "${SERVER_WARNINGS[$r]}"; done | sed 's/ $//'). Statements step exit status (first run): ${SEXIT1//_/ }."
  echo "Measured with \`bench/batch.sh $AGENTS $CALLS $RUNS\` (the client polls with an API token: no password check per poll); Payara and PostgreSQL share the same 2 cores (the job reads and writes through the same server); the query ran after \`./cuffia stop\`. Clock anchored at $ANCHOR. Load average (1, 5, 15 min) before the server's start $LOAD_START, after the last run $LOAD_JOBS_END; schema $SCHEMA, commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!bench' || echo ' with changes not committed')."
  echo "How to run: \`bench/batch.sh [agents] [calls per agent and working day] [runs]\` (PostgreSQL on 127.0.0.1:5432, psql; restarts the demo server on PostgreSQL with the clock anchor, stops it at the end; BENCH_KEEP_RUNNING=1 leaves it running)."
  [[ -n "$SHARED_NOTE" ]] && echo "$SHARED_NOTE"
  [[ -n "$RUNNING_NOTE" ]] && echo "$RUNNING_NOTE"
  true
} >"$OUT/batch.md"
write_section "$OUT/batch.md" "KPI and statement jobs"
cat "$OUT/batch.md"
if ((DISAGREE > 0)); then
  echo "DISAGREEMENT: $DISAGREE of $COMPARED agents; counters:" >&2
  cat "$OUT/batch-diff-counters.txt" "$OUT/batch-diff-example.txt" >&2
  exit 1
fi
