#!/usr/bin/env bash
# Job failover (issue 18, part 3): a month close started on one instance of the deployment group, whose instance
# gets kill -9 halfway, is restarted on the other instance (JobRecovery: its run lease expires, the survivor marks
# it FAILED and restarts it from its last checkpoint), and its statements are identical to those of a clean,
# uninterrupted run of the same data.
#
# Two steps, because the data is made by SQL in the schema the cluster migrated (one ./cuffia start --cluster
# must have run once with the same DB_SCHEMA) and no Payara needs to run meanwhile:
#
#   bench/job-failover.sh generate [agents] [calls per agent and working day]    defaults 999 200 (~4 M calls)
#       June 2025 of bench/batch_generate.sql (client BENCH-KPI, users benchkpi*) in $DB_SCHEMA; no Payara.
#   bench/job-failover.sh run [kill after, as a fraction of the clean run's duration]          default 0.4
#       ./cuffia start --cluster (DB_SCHEMA, CUFFIA_PORTBASE as for ./cuffia), then through instance 1's own HTTP
#       port (so the run is instance 1's): a clean month close of 2025-06, its statements kept; then the same month
#       close again, kill -9 of instance 1 at the fraction of the clean run's duration, the wait until instance 2
#       has restarted and completed it, and its statements compared with the clean run's (count, total to the
#       cent, every agent's fixed, variable and total pay and every statement line). Stops the cluster at the end
#       (BENCH_KEEP_RUNNING=1 leaves it). Writes bench/RESULTS.md section "Job failover".
#
# Both runs replace the month's tallies, results and statements (nothing of June 2025 is approved).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
MODE=${1:-run}
SCHEMA=${DB_SCHEMA:-cuffia}
export BENCH_SCHEMA=$SCHEMA
MONTH=2025-06
MONTH_START=2025-06-01
USERS='benchkpi%'
CLUSTER_BASE=${CUFFIA_PORTBASE:-4800}
INSTANCE_1=http://localhost:$((CLUSTER_BASE + 180))/cuffia
INSTANCE_2=http://localhost:$((CLUSTER_BASE + 280))/cuffia
AUTH=admin:cuffia2026
Q=("${PSQL[@]}" -At -c "set search_path = $SCHEMA")

if [[ "$MODE" == generate ]]; then
  AGENTS=${2:-999}
  CALLS=${3:-200}
  "${Q[@]}" -c "select 1 from app_user where username = 'operatore01'" | grep -q 1 \
    || { echo "schema $SCHEMA has no demo data: start the cluster once (DB_SCHEMA=$SCHEMA ./cuffia start --cluster)" >&2; exit 1; }
  t0=$(now)
  clean_client BENCH-KPI "$USERS"
  sed "s/^set search_path = cuffia;/set search_path = $SCHEMA;/" bench/batch_generate.sql |
    "${PSQL[@]}" -v agents="$AGENTS" -v calls="$CALLS" -f -
  "${PSQL[@]}" -c "set search_path = $SCHEMA" -c "vacuum (analyze) interaction, ticket, ticket_change, sale, agent_state_period, app_user, agent, contract, kpi_tally, kpi_result, pay_statement, pay_statement_line"
  N_CALLS=$("${Q[@]}" -c "select count(*) from interaction where client_id = (select id from client where code = 'BENCH-KPI')")
  echo "$AGENTS agents, $N_CALLS calls of June 2025 in schema $SCHEMA, made in $(printf '%.0f' "$(echo "$(now) - $t0" | bc)") s"
  exit 0
fi
[[ "$MODE" == run ]] || { echo "usage: bench/job-failover.sh generate [agents] [calls] | run [kill fraction]" >&2; exit 2; }
KILL_FRACTION=${2:-0.4}

TOKEN=""
# api BASE METHOD PATH: sets API_CODE and API_BODY (an API token issued once with the password)
api() {
  local base=$1 method=$2 path=$3 out
  if [[ -z "$TOKEN" ]]; then
    TOKEN=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
      -d "{\"name\":\"bench-job-failover\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$base/api/tokens" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  fi
  out=$(curl -sS -m 20 -w '\n%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN" "$base$path" || echo "000")
  API_CODE=$(tail -1 <<<"$out")
  API_BODY=$(sed '$d' <<<"$out")
}
json() { python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(eval(sys.argv[2], {"d": d}))' "$1" "$2"; }
status_of() { "${Q[@]}" -c "select batchstatus from executioninstancedata where jobexecid = $1"; }
# the month's statements of the bench agents, one line per statement with its lines, in agent order
statements() {
  "${Q[@]}" -F'|' -v users="$USERS" -v month="$MONTH_START" -f - <<'SQL'
select u.username, s.status, s.fixed_pay, s.variable_pay, s.total,
       (select string_agg(l.line_no || ':' || l.kind || ':' || l.rule || ':' || coalesce(l.quantity::text, '-') || ':' || l.amount, ';' order by l.line_no)
          from pay_statement_line l where l.statement_id = s.id)
  from pay_statement s join app_user u on u.id = s.agent_id
 where s.pay_month = :'month' and u.username like :'users' order by u.username;
SQL
}
summary() { "${Q[@]}" -F' ' -v users="$USERS" -v month="$MONTH_START" -f - <<'SQL'
select count(*), coalesce(sum(s.total), 0), coalesce(sum(s.variable_pay), 0) from pay_statement s join app_user u on u.id = s.agent_id
 where s.pay_month = :'month' and u.username like :'users';
SQL
}
# what the run stored for the month's KPIs of the bench agents (the first part of the close), as one checksum
kpi_checksum() { "${Q[@]}" -v users="$USERS" -v month="$MONTH_START" -f - <<'SQL'
select count(*) || ' ' || md5(string_agg(r.counters, ',' order by r.scope_id)) from (
  select k.scope_id, (to_jsonb(k) - 'id' - 'version' - 'computed_at')::text as counters from kpi_result k join app_user u on u.id = k.scope_id
   where k.period_kind = 'MONTH' and k.period_start = :'month' and k.scope_kind = 'AGENT' and u.username like :'users') r;
SQL
}
instance_pid() {
  local file
  file=$(ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/"$1"/config/pid 2>/dev/null | head -1)
  [[ -n "$file" ]] && cat "$file"
}
instance_log() { ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/"$1"/logs/server.log 2>/dev/null | head -1; }
# wait_for EXECUTION: until the repository says it ended; prints its status
wait_for_end() {
  local status
  for _ in $(seq 1 3600); do
    status=$(status_of "$1")
    [[ "$status" =~ ^(COMPLETED|FAILED|STOPPED|ABANDONED)$ ]] && { echo "$status"; return; }
    sleep 0.5
  done
  echo "TIMEOUT"
}

"${Q[@]}" -c "select count(*) from interaction where client_id = (select id from client where code = 'BENCH-KPI')" | grep -qv '^0$' \
  || { echo "no bench data in schema $SCHEMA: run bench/job-failover.sh generate first" >&2; exit 1; }
N_CALLS=$("${Q[@]}" -c "select count(*) from interaction where client_id = (select id from client where code = 'BENCH-KPI')")
N_AGENTS=$("${Q[@]}" -c "select count(*) from agent a join app_user u on u.id = a.user_id where u.username like 'benchkpi%'")

# the bench plan's cap lifted: with it every bench agent earns the capped 800.00 and every total is 2250.00, so the
# totals would not tell a wrong statement from a right one
"${Q[@]}" -c "update commission_plan set monthly_cap = null where client_id = (select id from client where code = 'BENCH-KPI')" >/dev/null

t0=$(now)
if [[ "${BENCH_USE_RUNNING:-}" == 1 ]] && curl -fsS -o /dev/null "$INSTANCE_1/login.xhtml"; then
  RUNNING_NOTE="The cluster was not restarted by the script (BENCH_USE_RUNNING=1)."
else
  (./cuffia stop >/dev/null 2>&1 || true)
  (CUFFIA_CLOCK_ANCHOR=$ANCHOR ./cuffia start --cluster >"$OUT/job-failover-start.log" 2>&1) \
    || { echo "./cuffia start --cluster failed: see $OUT/job-failover-start.log" >&2; exit 1; }
fi
echo "Cluster up in $(printf '%.0f' "$(echo "$(now) - $t0" | bc)") s."
PID_1=$(instance_pid cuffia-1)
LOG_2=$(instance_log cuffia-2)
LOG_2_LINES=$(wc -l <"$LOG_2")
[[ -n "$PID_1" && -n "$LOG_2" ]] || { echo "instance cuffia-1's pid or cuffia-2's log not found" >&2; exit 1; }

# the demo's catch-up month close starts 20 s after deployment: let it end first
for _ in $(seq 1 240); do
  running=$("${Q[@]}" -c "select count(*) from executioninstancedata where batchstatus in ('STARTING', 'STARTED', 'STOPPING')" 2>/dev/null || echo 0)
  ((running == 0)) && break
  sleep 1
done

# 1. the clean run, on instance 1
api "$INSTANCE_1" POST "/api/batch/month-close?month=$MONTH"
[[ "$API_CODE" == 202 ]] || { echo "POST month-close on cuffia-1 answered $API_CODE: $API_BODY" >&2; exit 1; }
CLEAN=$(json "$API_BODY" 'd["executionId"]')
c0=$(now)
echo "Clean run: execution $CLEAN on cuffia-1…"
CLEAN_STATUS=$(wait_for_end "$CLEAN")
CLEAN_S=$(printf '%.1f' "$(echo "$(now) - $c0" | bc)")
[[ "$CLEAN_STATUS" == COMPLETED ]] || { echo "the clean run ended $CLEAN_STATUS" >&2; exit 1; }
statements >"$OUT/job-failover-clean.txt"
read -r CLEAN_COUNT CLEAN_TOTAL CLEAN_VARIABLE < <(summary)
CLEAN_KPI=$(kpi_checksum)
echo "  COMPLETED in $CLEAN_S s: $CLEAN_COUNT statements, € $CLEAN_TOTAL"

# 2. the same close, instance 1 killed halfway; the clean run's statements deleted first, so that every statement
#    compared below is one the restarted run wrote
"${Q[@]}" -v users="$USERS" -v month="$MONTH_START" -f - >/dev/null <<'SQL'
delete from pay_statement_line where statement_id in (select s.id from pay_statement s join app_user u on u.id = s.agent_id
  where s.pay_month = :'month' and u.username like :'users');
delete from pay_statement s using app_user u where u.id = s.agent_id and s.pay_month = :'month' and u.username like :'users';
SQL
KILL_AFTER=$(python3 -c "print(round($CLEAN_S * $KILL_FRACTION, 1))")
api "$INSTANCE_1" POST "/api/batch/month-close?month=$MONTH"
[[ "$API_CODE" == 202 ]] || { echo "POST month-close on cuffia-1 answered $API_CODE: $API_BODY" >&2; exit 1; }
KILLED=$(json "$API_BODY" 'd["executionId"]')
k0=$(now)
echo "Failover run: execution $KILLED on cuffia-1, kill -9 of cuffia-1 (pid $PID_1) after $KILL_AFTER s…"
sleep "$(python3 -c "print(max(0, $KILL_AFTER - ($(now) - $k0)))")"
kill -9 "$PID_1"
KILLED_AT=$(now)
KILL_S=$(printf '%.1f' "$(echo "$KILLED_AT - $k0" | bc)")
AT_KILL=$(status_of "$KILLED")
STEPS_AT_KILL=$("${Q[@]}" -F' ' -c "select string_agg(stepname || '=' || batchstatus || '/' || coalesce(writecount, 0) || ' written', ', ' order by stepexecid)
  from stepexecutioninstancedata where jobexecid = $KILLED")
LEASE_AT_KILL=$("${Q[@]}" -F' ' -c "select holder || ' until ' || alive_until from batch_run_lease where execution_id = $KILLED")
echo "  killed $KILL_S s after the start: the repository says $AT_KILL ($STEPS_AT_KILL); lease $LEASE_AT_KILL"
[[ "$AT_KILL" == STARTED ]] || { echo "the run was not running at the kill ($AT_KILL): use a smaller fraction or more data" >&2; exit 1; }

# the restart: a new execution of the same job instance
INSTANCE_ID=$("${Q[@]}" -c "select jobinstanceid from executioninstancedata where jobexecid = $KILLED")
RESTARTED=""
for _ in $(seq 1 1200); do
  RESTARTED=$("${Q[@]}" -c "select min(jobexecid) from executioninstancedata where jobinstanceid = $INSTANCE_ID and jobexecid > $KILLED")
  [[ -n "$RESTARTED" ]] && break
  sleep 0.2
done
[[ -n "$RESTARTED" ]] || { echo "execution $KILLED was not restarted within 4 min" >&2; exit 1; }
RESTART_S=$(printf '%.1f' "$(echo "$(now) - $KILLED_AT" | bc)")
OLD_STATE=$("${Q[@]}" -F' — ' -c "select batchstatus, exitstatus from executioninstancedata where jobexecid = $KILLED")
echo "  restarted as execution $RESTARTED $RESTART_S s after the kill; execution $KILLED now: $OLD_STATE"
RESTARTED_STATUS=$(wait_for_end "$RESTARTED")
DONE_S=$(printf '%.1f' "$(echo "$(now) - $KILLED_AT" | bc)")
echo "  execution $RESTARTED $RESTARTED_STATUS $DONE_S s after the kill"
RECOVERY_LINE=$(grep -h "execution $KILLED was STARTED on" "$LOG_2" | head -1 | sed 's/^.*\(month-close execution\)/\1/; s/\]\]$//' | cut -c1-400 || true)
api "$INSTANCE_2" GET "/api/batch/executions?max=5"
echo "$API_BODY" >"$OUT/job-failover-executions.json"
SCREEN=$(json "$API_BODY" '"; ".join(str(r["executionId"]) + " " + r["status"] + " (" + str(r.get("exitStatus")) + ")" for r in d if r["executionId"] in ('"$KILLED"', '"$RESTARTED"'))')
statements >"$OUT/job-failover-restarted.txt"
read -r FAIL_COUNT FAIL_TOTAL FAIL_VARIABLE < <(summary)
FAIL_KPI=$(kpi_checksum)
BY_RESTART=$("${Q[@]}" -v month="$MONTH_START" -c "select count(*) from pay_statement s join app_user u on u.id = s.agent_id
  where s.pay_month = '$MONTH_START' and u.username like 'benchkpi%' and s.job_execution = $RESTARTED")
if cmp -s "$OUT/job-failover-clean.txt" "$OUT/job-failover-restarted.txt"; then
  SAME="identical"
else
  SAME="DIFFERENT ($(diff "$OUT/job-failover-clean.txt" "$OUT/job-failover-restarted.txt" | grep -c '^[<>]') lines differ, see bench/out/job-failover-*.txt)"
fi
[[ "$CLEAN_KPI" == "$FAIL_KPI" ]] && KPI_SAME="identical" || KPI_SAME="DIFFERENT ($CLEAN_KPI against $FAIL_KPI)"
echo "Statements: clean $CLEAN_COUNT, € $CLEAN_TOTAL; after the failover $FAIL_COUNT, € $FAIL_TOTAL: $SAME; agents' month KPIs: $KPI_SAME"
WARNINGS_2=$(tail -n +"$((LOG_2_LINES + 1))" "$LOG_2" | grep -E '^\[[^]]*\] \[[^]]*\] \[(SEVERE|WARNING)\]' | sed -E 's/^[^]]*\] \[[^]]*\] \[([A-Z]+)\] \[[^]]*\] \[([^]]*)\].*/\1 \2/' | sort | uniq -c | sed 's/^ *//' | paste -sd';' - || true)

stop_note=""
if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then ./cuffia stop >/dev/null 2>&1 || stop_note=" (./cuffia stop reported an error)"; fi

SECTION=$(mktemp)
cat >"$SECTION" <<MD
## Job failover ($(date +%F), 2 cores, $(cpu_name), PostgreSQL, cluster of 2 instances, $N_AGENTS agents, $N_CALLS calls)

A month close (2025-06) started through cuffia-1's own HTTP port, cuffia-1 killed with \`kill -9\` during the run,
restarted by cuffia-2 (\`JobRecovery\`: the run's lease, renewed every 10 s, expires 30 s after its last renewal;
the next round of a live server marks the run FAILED and restarts it from its last checkpoint), against a clean run of the same data.

| | figure |
|---|---|
| clean run (execution $CLEAN, cuffia-1) | $CLEAN_STATUS in **$CLEAN_S s**: $CLEAN_COUNT statements, € $CLEAN_TOTAL (variable € $CLEAN_VARIABLE) |
| killed run (execution $KILLED, cuffia-1) | kill -9 **$KILL_S s** after its start; then $AT_KILL: $STEPS_AT_KILL |
| restart (execution $RESTARTED, cuffia-2) | created **$RESTART_S s** after the kill; $RESTARTED_STATUS **$DONE_S s** after the kill |
| execution $KILLED afterwards | $OLD_STATE |
| statements after the failover (the clean run's deleted before it) | $FAIL_COUNT statements ($BY_RESTART of them written by execution $RESTARTED), € $FAIL_TOTAL (variable € $FAIL_VARIABLE): **$SAME** to the clean run's (every agent's fixed, variable and total pay and every line) |
| agents' month KPIs (kpi_result MONTH/AGENT) | $KPI_SAME |
| what admins see (GET /api/batch/executions on cuffia-2, as the Batch jobs screen) | $SCREEN |

cuffia-2's log: \`${RECOVERY_LINE:-(no recovery line found)}\`; WARNING/SEVERE records in cuffia-2's log from the clean run to the end (count, level, logger): ${WARNINGS_2:-none}.
The time to the restart is the lease's term (30 s after the killed JVM's last renewal, at most 10 s before the kill) plus up to
one 10 s round of the survivor: 20–40 s by construction. ${RUNNING_NOTE}
Measured with \`bench/job-failover.sh run $KILL_FRACTION\` after \`bench/job-failover.sh generate\`${stop_note}.
MD
write_section "$SECTION" "Job failover"
rm -f "$SECTION"
echo "bench/RESULTS.md: section \"Job failover\" written."
[[ "$SAME" == identical && "$RESTARTED_STATUS" == COMPLETED ]]
