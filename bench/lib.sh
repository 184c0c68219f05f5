# Shared by the bench scripts (bench/dispatch.sh, bench/import.sh, bench/batch.sh; sourced, not run).
# Cuffia runs on PostgreSQL (127.0.0.1:5432, database test, schema cuffia or DB_SCHEMA) with the clock anchored
# on Tuesday 2026-03-10 10:00 so that calling hours are open whatever the real hour.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/bench/out"
mkdir -p "$OUT"
# the suite's HTTP port: 8080, or CUFFIA_PORTBASE + 80 as ./cuffia start takes it
BASE=http://localhost:$((${CUFFIA_PORTBASE:-8000} + 80))/cuffia
ANCHOR=2026-03-10T10:00:00+01:00
PSQL=(psql -q -X -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)
# the suite's schema, as ./cuffia start takes it (bench/dispatch.sh and bench/dispatch-failover.sh follow it)
SCHEMA=${DB_SCHEMA:-cuffia}
SHARED_NOTE=""
RUNNING_NOTE=""

# Other engineers run the integration tests (Maven failsafe, Payara on 28048/28080) on the same
# 2 cores: wait until they are done (poll every 20 s, at most 15 min), else measure and say so.
wait_for_quiet_machine() {
  local waited=0
  while pgrep -f failsafe >/dev/null || ss -ltn 2>/dev/null | grep -qE ':(28048|28080)\b'; do
    if ((waited >= 900)); then
      SHARED_NOTE="Integration tests (failsafe / Payara on 28080) were still running after 15 min of waiting: measured anyway, the cores were shared."
      echo "WARNING: $SHARED_NOTE" >&2
      return
    fi
    ((waited == 0)) && echo "Waiting for the integration tests of another run to finish (polling every 20 s)…" >&2
    sleep 20
    waited=$((waited + 20))
  done
  ((waited > 0)) && echo "Waited ${waited} s for the integration tests to finish." >&2
  return 0
}

start_suite() {
  # BENCH_USE_RUNNING=1: measure the suite already running (started by hand with the anchor on PostgreSQL)
  if [[ "${BENCH_USE_RUNNING:-}" == 1 ]] && curl -fsS -o /dev/null "$BASE/login.xhtml"; then
    echo "Using the running suite (BENCH_USE_RUNNING=1)" >&2
    RUNNING_NOTE="The suite was not restarted by the script (BENCH_USE_RUNNING=1): it was already running on PostgreSQL with the clock anchor."
    return
  fi
  (cd "$ROOT" && ./cuffia stop >/dev/null 2>&1 || true)
  # one retry: switching the demo domain from H2 to PostgreSQL with a new EAR can fail the first
  # deployment (the server's own reload of the old application at restart races the redeploy)
  if ! (cd "$ROOT" && CUFFIA_CLOCK_ANCHOR=$ANCHOR ./cuffia start --postgres >"$OUT/$1-start.log" 2>&1); then
    echo "./cuffia start failed once (see $OUT/$1-start.log); trying again" >&2
    (cd "$ROOT" && CUFFIA_CLOCK_ANCHOR=$ANCHOR ./cuffia start --postgres >"$OUT/$1-start-retry.log" 2>&1)
  fi
  curl -fsS -o /dev/null "$BASE/login.xhtml"
}

stop_suite() {
  if [[ "${BENCH_KEEP_RUNNING:-}" == 1 ]]; then return; fi
  (cd "$ROOT" && ./cuffia stop >/dev/null)
}

server_log() {
  ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/domains/cuffia/logs/server.log 2>/dev/null | head -1
}

# Deletes a bench client (by code), the bench users whose username is like $2, and everything the
# bench or the application made for them (calls, tickets, sales, appointments, KPI tallies and
# results, statements, plans, contracts, teams the bench users supervise).
clean_client() {
  local code=$1 users_like=${2:-}
  "${PSQL[@]}" -v schema="$SCHEMA" -v code="$code" -v users="$users_like" <<'SQL'
set search_path = :"schema";
create temp table b_client as select id from client where code = :'code';
create temp table b_campaign as select id from campaign where client_id in (select id from b_client);
create temp table b_user as select id from app_user where :'users' <> '' and username like :'users';
create temp table b_team as select id from team where supervisor_id in (select id from b_user);
create temp table b_interaction as select id from interaction
 where client_id in (select id from b_client) or agent_id in (select id from b_user);
create temp table b_ticket as select id from ticket
 where client_id in (select id from b_client) or owner_id in (select id from b_user);
create temp table b_sale as select id from sale where campaign_id in (select id from b_campaign) or agent_id in (select id from b_user);
create temp table b_appointment as select id from appointment
 where campaign_id in (select id from b_campaign) or agent_id in (select id from b_user);
create temp table b_plan as select id from commission_plan where client_id in (select id from b_client);
analyze b_interaction;
delete from pay_statement_line where statement_id in (select id from pay_statement where agent_id in (select id from b_user));
delete from pay_statement where agent_id in (select id from b_user);
delete from commission_rule where plan_id in (select id from b_plan);
delete from commission_plan where id in (select id from b_plan);
delete from kpi_tally where agent_id in (select id from b_user) or client_id in (select id from b_client)
    or campaign_id in (select id from b_campaign);
delete from kpi_result where (scope_kind = 'AGENT' and scope_id in (select id from b_user))
    or (scope_kind = 'TEAM' and scope_id in (select id from b_team))
    or (scope_kind = 'CAMPAIGN' and scope_id in (select id from b_campaign))
    or (scope_kind = 'CLIENT' and scope_id in (select id from b_client));
delete from kpi_target where (scope_kind = 'AGENT' and scope_id in (select id from b_user))
    or (scope_kind = 'TEAM' and scope_id in (select id from b_team))
    or (scope_kind = 'CAMPAIGN' and scope_id in (select id from b_campaign))
    or (scope_kind = 'CLIENT' and scope_id in (select id from b_client));
delete from appointment_change where appointment_id in (select id from b_appointment);
delete from appointment where id in (select id from b_appointment);
delete from survey_answer where interaction_id in (select id from b_interaction);
delete from sale_line where sale_id in (select id from b_sale);
delete from sale where id in (select id from b_sale);
delete from ticket_change where ticket_id in (select id from b_ticket);
delete from ticket_note where ticket_id in (select id from b_ticket);
delete from ticket_attachment where ticket_id in (select id from b_ticket);
delete from ticket where id in (select id from b_ticket);
update ticket set opened_in_interaction_id = null where opened_in_interaction_id in (select id from b_interaction);
-- call scripts: the runs of the bench calls, the bench agents' notes, the bench client's scripts
delete from script_run_step where run_id in (select id from script_run where interaction_id in (select id from b_interaction));
delete from script_run where interaction_id in (select id from b_interaction);
delete from script_note where agent_id in (select id from b_user) or script_id in (select id from script where client_id in (select id from b_client));
update script set pinned_version_id = null where client_id in (select id from b_client);
delete from script_answer where step_id in (select s.id from script_step s join script_version v on v.id = s.script_version_id
    join script c on c.id = v.script_id where c.client_id in (select id from b_client));
delete from script_step where script_version_id in (select v.id from script_version v join script c on c.id = v.script_id
    where c.client_id in (select id from b_client));
delete from script_version where script_id in (select id from script where client_id in (select id from b_client));
delete from script where client_id in (select id from b_client);
-- The calls (up to a million): every table that references interaction is checked here in one
-- query each, then the rows go without the per-row foreign-key triggers (each would scan the
-- unindexed ticket, sale and appointment columns once per call).
do $$
declare fk record; n bigint;
begin
  for fk in select c.conrelid::regclass as tab, a.attname as col from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.confrelid = 'interaction'::regclass loop
    execute format('select count(*) from %s where %I in (select id from b_interaction)', fk.tab, fk.col) into n;
    if n > 0 then
      raise exception 'bench clean-up: % rows of % still reference the bench calls (%)', n, fk.tab, fk.col;
    end if;
  end loop;
end $$;
begin;
set local session_replication_role = replica;
delete from interaction where id in (select id from b_interaction);
commit;
delete from lead_import_issue where import_id in (select id from lead_import where campaign_id in (select id from b_campaign));
delete from lead where campaign_id in (select id from b_campaign);
delete from lead_import where campaign_id in (select id from b_campaign);
delete from campaign_window where campaign_id in (select id from b_campaign);
delete from campaign_retry_delay where campaign_id in (select id from b_campaign);
delete from campaign_agent where campaign_id in (select id from b_campaign) or user_id in (select id from b_user);
delete from campaign_team where campaign_id in (select id from b_campaign) or team_id in (select id from b_team);
delete from campaign_offer where campaign_id in (select id from b_campaign)
    or offer_id in (select id from offer where client_id in (select id from b_client));
delete from survey_question where campaign_id in (select id from b_campaign);
delete from campaign where id in (select id from b_campaign);
delete from offer where client_id in (select id from b_client);
delete from sla_target where client_id in (select id from b_client);
delete from do_not_call where client_id in (select id from b_client);
delete from consent where customer_id in (select id from customer where client_id in (select id from b_client));
delete from customer_change where customer_id in (select id from customer where client_id in (select id from b_client));
delete from customer_phone where customer_id in (select id from customer where client_id in (select id from b_client));
delete from customer where client_id in (select id from b_client);
delete from agent_state_period where user_id in (select id from b_user);
delete from agent_client where client_id in (select id from b_client) or agent_id in (select id from agent where user_id in (select id from b_user));
delete from contract where agent_id in (select id from agent where user_id in (select id from b_user));
delete from agent where user_id in (select id from b_user);
delete from team where id in (select id from b_team);
delete from api_token where user_id in (select id from b_user);
delete from user_role where user_id in (select id from b_user);
delete from app_user where id in (select id from b_user);
delete from client_business_hours where client_id in (select id from b_client);
delete from client_closure where client_id in (select id from b_client);
delete from client where id in (select id from b_client);
SQL
}

# Replaces (or appends) one "## title…" section of bench/RESULTS.md.
write_section() {
  local file=$1 title=$2
  python3 - "$ROOT/bench/RESULTS.md" "$file" "$title" <<'PY'
import re, sys
results, section, title = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
try:
    text = open(results).read()
except FileNotFoundError:
    text = "# Benchmark results\n\nLatest figures of the scripts in `bench/`. Never a timed assertion in a test.\n\n"
text = re.sub(r"## " + re.escape(title) + r".*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
}

cpu_name() { grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs; }
now() { date +%s.%N; }
