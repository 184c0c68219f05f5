#!/usr/bin/env bash
# List screens at a million rows: 1 000 000 customers, 1 000 000 leads (one campaign of one bench
# client) and 1 000 000 tickets, made by SQL; then, as a person uses the screens, the full GET of a
# list page and the page's filter (the PrimeFaces ajax POST the table's filter or the search box
# sends), N times each, and the REST list endpoints; p50/p90 of the server's answer (curl's total
# time on the loopback) and the driver's CPU. Cleans the bench rows up afterwards.
#
#   admin                customers   /admin/customers.xhtml, search box (q: names, e-mail, city, phone)
#   admin                leads       /admin/campaign.xhtml?id=…, the name column's filter
#   agent benchlag       tickets     /agent/tickets.xhtml (mine), the subject column's filter
#   supervisor benchlsup tickets     /supervisor/queues.xhtml (active), the subject column's filter
#
# Cuffia runs on PostgreSQL (schema cuffia, the demo server directory .run/) with the clock anchored
# on Tuesday 2026-03-10 10:00. Bench ids from 910 000 000 up, far above the application's sequence.
# Writes bench/RESULTS.md (section "List screens at 1 M rows"); the figures of a run with
# BENCH_LABEL=before are kept in bench/out/lists-before.tsv and shown beside the later runs.
#
#   bench/lists.sh [requests per measure] [rows]      defaults 30 and 1000000; 3 warm-up requests each
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
N=${1:-30}
ROWS=${2:-1000000}
LABEL=${BENCH_LABEL:-after}
WARMUP=3
CLIENT=910000000
CAMPAIGN=910000001

# The bench's own million-row tables go first, in one statement each without the per-row foreign-key
# triggers (a million leads would each scan the unindexed sale.lead_id and appointment.lead_id), after
# checking in one query per referencing table that nothing else points at them; clean_client does the rest.
clean_lists() {
  "${PSQL[@]}" -v schema="$SCHEMA" -v client=$CLIENT <<'SQL'
set search_path = :"schema";
create temp table l_customer as select id from customer where client_id = :client;
create temp table l_lead as select id from lead where campaign_id in (select id from campaign where client_id = :client);
create temp table l_ticket as select id from ticket where client_id = :client;
analyze l_customer; analyze l_lead; analyze l_ticket;
do $$
declare fk record; n bigint; own text[] := array['customer_phone', 'lead', 'ticket'];
begin
  for fk in select c.conrelid::regclass::text as tab, a.attname as col, c.confrelid::regclass::text as target from pg_constraint c
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
            where c.contype = 'f' and c.confrelid in ('customer'::regclass, 'lead'::regclass, 'ticket'::regclass) loop
    if fk.tab = any(own) and fk.target <> fk.tab then continue; end if;
    execute format('select count(*) from %s where %I in (select id from %s)', fk.tab, fk.col,
                   case fk.target when 'customer' then 'l_customer' when 'lead' then 'l_lead' else 'l_ticket' end) into n;
    if n > 0 then
      raise exception 'bench clean-up: % rows of % still reference the bench rows of % (%)', n, fk.tab, fk.target, fk.col;
    end if;
  end loop;
end $$;
begin;
set local session_replication_role = replica;
delete from ticket where id in (select id from l_ticket);
delete from lead where id in (select id from l_lead);
delete from customer_phone where customer_id in (select id from l_customer);
delete from customer where id in (select id from l_customer);
commit;
SQL
  clean_client BENCH-LIST 'benchl%'
}

# BENCH_KEEP_DATA=1: the bench rows made by an earlier run (BENCH_SETUP_ONLY=1, or a run with BENCH_KEEP_DATA=1) are
# used as they are when the client holds $ROWS customers, and kept afterwards (setting a million rows up takes minutes:
# a run under the lock can then stay within its 15 minutes). BENCH_SETUP_ONLY=1: makes the rows in the suite's schema
# (migrated already) and stops, without a server.
KEEP_DATA=${BENCH_KEEP_DATA:-}
SETUP_ONLY=${BENCH_SETUP_ONLY:-}
if [[ -n "$SETUP_ONLY" ]]; then KEEP_DATA=1; fi
bench_rows() {
  "${PSQL[@]}" -Atc "select count(*) from $SCHEMA.customer where client_id = $CLIENT" 2>/dev/null || echo 0
}
# a run that stops half-way leaves neither its million rows, nor statement logging, nor the server behind
FINISHED=0
on_exit() {
  if [[ -n "${PG_LOGGING:-}" ]]; then "${PSQL[@]}" -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null; fi
  if ((FINISHED == 0)); then
    echo "bench/lists.sh stopped before its end${KEEP_DATA:+ (rows kept: BENCH_KEEP_DATA)}" >&2
    if [[ -z "$KEEP_DATA" ]]; then clean_lists || true; fi
    if [[ -z "$SETUP_ONLY" ]]; then stop_suite || true; fi
  fi
}
trap on_exit EXIT
if [[ -z "$SETUP_ONLY" ]]; then
  wait_for_quiet_machine   # ITs of other runs first (under flock /tmp/cuffia-it.lock this finds none)
  start_suite lists
fi

SETUP_S=""
if [[ -n "$KEEP_DATA" && "$(bench_rows)" == "$ROWS" ]]; then
  echo "Using the bench rows already there ($ROWS customers, leads, tickets: BENCH_KEEP_DATA)"
else
echo "Setting up the bench client, 2 users, $ROWS customers, $ROWS leads, $ROWS tickets…"
clean_lists
t0=$(now)
"${PSQL[@]}" -v schema="$SCHEMA" -v client=$CLIENT -v campaign=$CAMPAIGN -v rows="$ROWS" <<'SQL'
set search_path = :"schema";
insert into client (id, version, code, name, zone_id, active) values (:client, 0, 'BENCH-LIST', 'Bench liste', 'Europe/Rome', true);
-- an agent of the client (operatore01's password and roles) in a team led by a supervisor (supervisore1's)
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select :client + 101, 0, 'benchlag', password_hash, 'Bench', 'Agente', null, 'it', true from app_user where username = 'operatore01';
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select :client + 102, 0, 'benchlsup', password_hash, 'Bench', 'Supervisore', null, 'it', true from app_user where username = 'supervisore1';
insert into user_role (user_id, role) select :client + 101, r.role from user_role r join app_user u on u.id = r.user_id where u.username = 'operatore01';
insert into user_role (user_id, role) select :client + 102, r.role from user_role r join app_user u on u.id = r.user_id where u.username = 'supervisore1';
insert into team (id, version, name, supervisor_id, active) values (:client + 110, 0, 'Bench liste', :client + 102, true);
insert into agent (id, version, user_id, team_id) values (:client + 120, 0, :client + 101, :client + 110);
insert into agent_client (agent_id, client_id) values (:client + 120, :client);
insert into campaign (id, version, client_id, name, type, status, starts_on, ends_on, legal_profile, max_attempts,
                      consent_purpose, caller_id, rpo_window_days, briefing, commercial_purpose)
values (:campaign, 0, :client, 'Bench liste', 'SURVEY', 'DRAFT', date '2026-03-01', date '2026-03-31', 'SURVEY_WIDE', 5,
        null, '+390212345678', 30, 'bench/lists.sh', false);
select setseed(0.42) \g /dev/null
-- customers: 40 surnames × 40 first names × 20 cities, so a surname typed in a search box finds 1 in 40
create temp table names as select
  array['Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci','Marino','Greco','Bruno','Gallo','Conti',
        'De Luca','Mancini','Costa','Giordano','Rizzo','Lombardi','Moretti','Barbieri','Fontana','Santoro','Mariani','Rinaldi',
        'Caruso','Ferrara','Galli','Martini','Leone','Longo','Gentile','Martinelli','Vitale','Lombardo','Serra','Coppola',
        'De Santis','D''Angelo','Marchetti'] as last,
  array['Marco','Giulia','Luca','Francesca','Andrea','Chiara','Matteo','Sara','Alessandro','Valentina','Lorenzo','Martina',
        'Davide','Elena','Simone','Alessia','Federico','Giorgia','Riccardo','Elisa','Gabriele','Silvia','Stefano','Laura',
        'Paolo','Anna','Giovanni','Marta','Roberto','Paola','Antonio','Sofia','Fabio','Irene','Daniele','Beatrice','Nicola',
        'Camilla','Emanuele','Alice'] as first,
  array['Milano','Roma','Napoli','Torino','Palermo','Genova','Bologna','Firenze','Bari','Catania','Venezia','Verona',
        'Messina','Padova','Trieste','Brescia','Parma','Prato','Modena','Reggio Calabria'] as city,
  array['MI','RM','NA','TO','PA','GE','BO','FI','BA','CT','VE','VR','ME','PD','TS','BS','PR','PO','MO','RC'] as province;
insert into customer (id, version, client_id, first_name, last_name, email, street, postal_code, city, province, country, active)
select 911000000 + n, 0, :client, f, l, lower(replace(replace(f || '.' || l, ' ', ''), '''', '')) || n || '@example.it',
       'Via Roma ' || (n % 200 + 1), lpad((n % 99999)::text, 5, '0'), names.city[1 + n % 20], names.province[1 + n % 20], 'IT', n % 50 <> 0
from generate_series(1, :rows) n, names,
     lateral (select names.last[1 + floor(random() * 40)::int] as l, names.first[1 + floor(random() * 40)::int] as f, n as k) p; -- n: once per row
insert into customer_phone (id, version, customer_id, number, kind, valid)
select 912000000 + n, 0, 911000000 + n, '+39347' || lpad(n::text, 7, '0'), 'MOBILE', true from generate_series(1, :rows) n;
-- one lead per customer in the campaign: most new, the rest called once or twice
insert into lead (id, version, campaign_id, customer_id, phone, time_zone, priority, status, attempts, imported_at,
                  next_attempt_at, last_outcome, last_attempt_at)
select 913000000 + n, 0, :campaign, 911000000 + n, '+39347' || lpad(n::text, 7, '0'), 'Europe/Rome', floor(random() * 10)::int,
       s.status, s.attempts, timestamptz '2026-03-01 09:00:00+01',
       case when s.status in ('NEW', 'RETRY') then timestamptz '2026-03-09 10:00:00+01' + (n % 1440) * interval '1 minute' end,
       s.outcome, case when s.attempts > 0 then timestamptz '2026-03-08 10:00:00+01' + (n % 600) * interval '1 minute' end
from generate_series(1, :rows) n,
     lateral (select case when n % 10 < 7 then 'NEW' when n % 10 < 9 then 'RETRY' else 'DONE' end as status) st,
     lateral (select st.status, case st.status when 'NEW' then 0 when 'RETRY' then 1 else 2 end as attempts,
                     case st.status when 'NEW' then null when 'RETRY' then 'NO_ANSWER' else 'NOT_INTERESTED' end as outcome) s;
-- tickets over two years before the anchor: 1 in 10 still active; the bench agent owns and works 1 in 10. The subject
-- follows n / 50: the active tickets (n % 10 = 0, their state by (n / 10) % 5), and the agent's among them, have every
-- subject in every state. With n % 10 they all had the first, "Fattura…", and the agent's subject filter found no row
-- for "modem", the script's second term (the run of 2026-12-06 stopped there: the data's fault, not the suite's).
insert into ticket (id, version, client_id, customer_id, category, priority, channel, subject, description, state,
                    support_level, owner_id, assignee_id, opened_at, first_response_at, resolved_at, closed_at,
                    first_response_due, resolution_due, at_risk_from, first_response_met, escalated)
select 914000000 + n, 0, :client, 911000001 + floor(random() * :rows)::int,
       (array['TECHNICAL_SUPPORT','CUSTOMER_SERVICE','INFORMATION','COMPLAINT'])[1 + n % 4],
       (array['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + n % 5],
       (array['PHONE','EMAIL','WEB','PHONE'])[1 + n % 4],
       (array['Fattura non ricevuta','Linea assente','Cambio piano tariffario','Modem guasto','Rimborso','Disdetta contratto',
              'Portabilità del numero','Addebito non riconosciuto','Attivazione SIM','Velocità internet bassa'])[1 + (n / 50) % 10]
         || ' ' || n,
       'bench/lists.sh', t.state, 1,
       case when n % 10 = 3 then :client + 101 end, case when n % 10 = 3 or (t.state <> 'NEW' and n % 7 = 0) then :client + 101 end,
       t.opened, t.opened + interval '1 hour',
       case when t.state in ('RESOLVED', 'CLOSED') then t.opened + interval '20 hours' end,
       case when t.state = 'CLOSED' then t.opened + interval '44 hours' end,
       t.opened + interval '4 hours', t.opened + interval '24 hours', t.opened + interval '18 hours', true, false
from generate_series(1, :rows) n,
     lateral (select timestamptz '2026-03-10 10:00:00+01' - (((:rows - n)::float / :rows) * 730 * 86400) * interval '1 second' as opened,
                     case when n % 10 = 0 then (array['NEW','OPEN','WAITING_CUSTOMER','REOPENED','OPEN'])[1 + (n / 10) % 5]
                          when n % 10 = 1 then 'RESOLVED' else 'CLOSED' end as state) t;
SQL
"${PSQL[@]}" -c "vacuum (analyze) $SCHEMA.customer, $SCHEMA.customer_phone, $SCHEMA.lead, $SCHEMA.ticket, $SCHEMA.client, $SCHEMA.app_user"
t1=$(now)
SETUP_S=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
echo "Set up in $SETUP_S s."
fi
if [[ -n "$SETUP_ONLY" ]]; then FINISHED=1; exit 0; fi

# A console session, opened through the login form as a browser does; prints the cookie jar's path.
console_login() {
  local user=$1 jar="$OUT/lists-$1.cookies" page view_state nonce
  rm -f "$jar"
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login.xhtml")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -io "nonce-[^']*" <<<"$page" | head -1 | cut -d- -f2-)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:username=$user" \
    --data-urlencode "login:password=cuffia2026" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
  grep -q JSESSIONID "$jar" || { echo "no session for $user" >&2; exit 1; }
  echo "$jar"
}

# measure NAME JAR CHECK URL [curl arguments…]: WARMUP + N requests, one at a time; each answer must be 200 and
# hold CHECK (a regular expression), else the run stops. Times in $OUT/lists-NAME.times (seconds), the driver's CPU
# (curl and this shell, user + system) in $OUT/lists-NAME.cpu.
measure() {
  local name=$1 jar=$2 check=$3 url=$4 i code t
  shift 4
  : >"$OUT/lists-$name.times"
  local TIMEFORMAT='%U %S'
  { time for ((i = 0; i < WARMUP + N; i++)); do
      read -r code t < <(curl -sS -o "$OUT/lists-$name.body" -b "$jar" -w '%{http_code} %{time_total}\n' "$@" "$url")
      if [[ "$code" != 200 ]] || ! grep -qE "$check" "$OUT/lists-$name.body"; then
        echo "$name: answer $code without /$check/ (see $OUT/lists-$name.body)" >&2; exit 1
      fi
      if ((i >= WARMUP)); then echo "$t" >>"$OUT/lists-$name.times"; fi
    done; } 2>"$OUT/lists-$name.cpu"
}

# filter_args FORM_PAGE_FILE TABLE_ID VALUE: the ajax POST PrimeFaces sends when the table's first text filter changes
filter_post() {
  local page=$1 table=$2 value=$3 view_state nonce input form
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -o 'nonce="[^"]*"' "$page" | head -1 | sed 's/nonce="//; s/"$//')   # the page's script nonce (CSP)
  input=$(grep -o "name=\"$table:[^\"]*:filter\"" "$page" | head -1 | sed 's/name="//; s/"$//')
  form=${table%:table}
  [[ -n "$input" ]] || { echo "no filter input in $table" >&2; exit 1; }
  printf '%s\n' "jakarta.faces.partial.ajax=true" "jakarta.faces.source=$table" "jakarta.faces.partial.execute=$table" \
    "jakarta.faces.partial.render=$table" "jakarta.faces.behavior.event=filter" "jakarta.faces.partial.event=filter" \
    "${table}_filtering=true" "${table}_encodeFeature=true" "$form=$form" "$input=$value" \
    "jakarta.faces.ViewState=$view_state" "primefaces.nonce=$nonce"
}

# the ajax POST of the customers' search box (button "Cerca": the form, then the table)
search_post() {
  local page=$1 value=$2 view_state nonce
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -o 'nonce="[^"]*"' "$page" | head -1 | sed 's/nonce="//; s/"$//')   # the page's script nonce (CSP)
  printf '%s\n' "jakarta.faces.partial.ajax=true" "jakarta.faces.source=customers:searchButton" "jakarta.faces.partial.execute=customers" \
    "jakarta.faces.partial.render=customers:table" "customers:searchButton=customers:searchButton" "customers=customers" \
    "customers:search=$value" "jakarta.faces.ViewState=$view_state" "primefaces.nonce=$nonce"
}

# measure_post NAME JAR CHECK URL PAGE_FILE KIND ARG TERMS…: like measure, each request with the next term (never the
# previous request's: a table asked the same twice answers from its last page), the view state of PAGE_FILE
measure_post() {
  local name=$1 jar=$2 check=$3 url=$4 page=$5 kind=$6 arg=$7 i code t body
  shift 7
  local terms=("$@")
  : >"$OUT/lists-$name.times"
  local TIMEFORMAT='%U %S'
  { time for ((i = 0; i < WARMUP + N; i++)); do
      local term=${terms[i % ${#terms[@]}]} args=()
      if [[ $kind == filter ]]; then mapfile -t body < <(filter_post "$page" "$arg" "$term"); else mapfile -t body < <(search_post "$page" "$term"); fi
      for f in "${body[@]}"; do args+=(--data-urlencode "$f"); done
      read -r code t < <(curl -sS -o "$OUT/lists-$name.body" -b "$jar" -H 'Faces-Request: partial/ajax' \
        -w '%{http_code} %{time_total}\n' "${args[@]}" "$url")
      if [[ "$code" != 200 ]] || ! grep -qE "$check" "$OUT/lists-$name.body" || grep -q '<error>' "$OUT/lists-$name.body"; then
        echo "$name: answer $code without /$check/ (see $OUT/lists-$name.body)" >&2; exit 1
      fi
      if ((i >= WARMUP)); then echo "$t" >>"$OUT/lists-$name.times"; fi
    done; } 2>"$OUT/lists-$name.cpu"
}

ADMIN=$(console_login admin)
AGENT=$(console_login benchlag)
SUPER=$(console_login benchlsup)
LOG=$(server_log)
LOG_LINES_BEFORE=$(wc -l <"$LOG" 2>/dev/null || echo 0)
SURNAMES=(bianchi ferrari esposito colombo moretti)
SUBJECTS=(fattura modem rimborso disdetta "sim")
ROW='data-ri="[0-9]+"'

echo "Measuring ($WARMUP warm-up + $N requests each)…"
measure customers-page "$ADMIN" "$ROW" "$BASE/admin/customers.xhtml"
cp "$OUT/lists-customers-page.body" "$OUT/lists-customers-form.html"
measure_post customers-search "$ADMIN" "$ROW" "$BASE/admin/customers.xhtml" "$OUT/lists-customers-form.html" search - "${SURNAMES[@]}"
measure leads-page "$ADMIN" "$ROW" "$BASE/admin/campaign.xhtml?id=$CAMPAIGN"
cp "$OUT/lists-leads-page.body" "$OUT/lists-leads-form.html"
measure_post leads-filter "$ADMIN" "$ROW" "$BASE/admin/campaign.xhtml?id=$CAMPAIGN" "$OUT/lists-leads-form.html" filter tabs:leads:table "${SURNAMES[@]}"
measure tickets-agent-page "$AGENT" "$ROW" "$BASE/agent/tickets.xhtml"
cp "$OUT/lists-tickets-agent-page.body" "$OUT/lists-tickets-agent-form.html"
measure_post tickets-agent-filter "$AGENT" "$ROW" "$BASE/agent/tickets.xhtml" "$OUT/lists-tickets-agent-form.html" filter tickets:table "${SUBJECTS[@]}"
measure tickets-supervisor-page "$SUPER" "$ROW" "$BASE/supervisor/queues.xhtml"
cp "$OUT/lists-tickets-supervisor-page.body" "$OUT/lists-tickets-supervisor-form.html"
measure_post tickets-supervisor-filter "$SUPER" "$ROW" "$BASE/supervisor/queues.xhtml" "$OUT/lists-tickets-supervisor-form.html" filter tickets:table "${SUBJECTS[@]}"
measure api-customers "$ADMIN" '"items":\[\{' "$BASE/api/customers?size=20"
measure api-customers-q "$ADMIN" '"items":\[\{' "$BASE/api/customers?size=20&q=bianchi"
measure api-tickets "$SUPER" '"items":\[\{' "$BASE/api/tickets?view=active&size=20"
measure api-tickets-q "$SUPER" '"items":\[\{' "$BASE/api/tickets?view=active&size=20&q=rimborso"
tail -n +"$((LOG_LINES_BEFORE + 1))" "$LOG" >"$OUT/lists-server.log" 2>/dev/null || true

# The profile: every statement PostgreSQL runs for one request of each kind (log_min_duration_statement = 0 for the
# pass, then reset), grouped by text (a statement run once per row shows as a count), and EXPLAIN (ANALYZE, BUFFERS) of
# the costliest with their parameters: $OUT/lists-profile-$LABEL.txt. Each POST sends the view state of the GET just
# before it: the timed pass's saved forms are dozens of views old by now, which the session no longer holds (the run
# of 2026-12-06 stopped here on "view expired").
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
if [[ -r "$PG_LOG" ]]; then
  PG_LOG_SIZE=$(stat -c %s "$PG_LOG")
  PG_LOGGING=1
  "${PSQL[@]}" -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 1
  N_SAVED=$N WARMUP_SAVED=$WARMUP; N=0 WARMUP=1
  for kind in customers-page leads-page tickets-agent-page tickets-supervisor-page api-customers api-tickets; do
    "${PSQL[@]}" -c "select 'bench-profile $kind'" >/dev/null
    case $kind in
      customers-page) measure p "$ADMIN" "$ROW" "$BASE/admin/customers.xhtml"
        cp "$OUT/lists-p.body" "$OUT/lists-p-form.html"
        "${PSQL[@]}" -c "select 'bench-profile customers-search'" >/dev/null
        measure_post p "$ADMIN" "$ROW" "$BASE/admin/customers.xhtml" "$OUT/lists-p-form.html" search - bianchi ;;
      leads-page) measure p "$ADMIN" "$ROW" "$BASE/admin/campaign.xhtml?id=$CAMPAIGN"
        cp "$OUT/lists-p.body" "$OUT/lists-p-form.html"
        "${PSQL[@]}" -c "select 'bench-profile leads-filter'" >/dev/null
        measure_post p "$ADMIN" "$ROW" "$BASE/admin/campaign.xhtml?id=$CAMPAIGN" "$OUT/lists-p-form.html" filter tabs:leads:table bianchi ;;
      tickets-agent-page) measure p "$AGENT" "$ROW" "$BASE/agent/tickets.xhtml"
        cp "$OUT/lists-p.body" "$OUT/lists-p-form.html"
        "${PSQL[@]}" -c "select 'bench-profile tickets-agent-filter'" >/dev/null
        measure_post p "$AGENT" "$ROW" "$BASE/agent/tickets.xhtml" "$OUT/lists-p-form.html" filter tickets:table rimborso ;;
      tickets-supervisor-page) measure p "$SUPER" "$ROW" "$BASE/supervisor/queues.xhtml"
        cp "$OUT/lists-p.body" "$OUT/lists-p-form.html"
        "${PSQL[@]}" -c "select 'bench-profile tickets-supervisor-filter'" >/dev/null
        measure_post p "$SUPER" "$ROW" "$BASE/supervisor/queues.xhtml" "$OUT/lists-p-form.html" filter tickets:table rimborso ;;
      api-customers) measure p "$ADMIN" '"items"' "$BASE/api/customers?size=20&q=bianchi" ;;
      api-tickets) measure p "$SUPER" '"items"' "$BASE/api/tickets?view=active&size=20&q=rimborso" ;;
    esac
  done
  N=$N_SAVED WARMUP=$WARMUP_SAVED
  "${PSQL[@]}" -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
  PG_LOGGING=
  tail -c +"$((PG_LOG_SIZE + 1))" "$PG_LOG" >"$OUT/lists-statements-$LABEL.log"
  # EXPLAIN in the suite's schema (DB_SCHEMA: the logged statements name their tables without it)
  DB_SCHEMA=$SCHEMA python3 "$ROOT/bench/lists_profile.py" "$OUT/lists-statements-$LABEL.log" "${PSQL[*]}" >"$OUT/lists-profile-$LABEL.txt"
  head -60 "$OUT/lists-profile-$LABEL.txt"
fi
SERVER_WARNINGS=$(grep -cE 'SEVERE|WARNING' "$OUT/lists-server.log" || true)
TOTALS=$(grep -o '{totalRecords}\|[0-9]*–[0-9]* / [0-9.]*' "$OUT/lists-customers-form.html" | head -1 || true)

if [[ -z "$KEEP_DATA" ]]; then
  clean_lists
  "${PSQL[@]}" -c "vacuum (analyze) $SCHEMA.customer, $SCHEMA.customer_phone, $SCHEMA.lead, $SCHEMA.ticket"
fi
FINISHED=1
stop_suite

# one line per measure: name p50 p90 (ms) driver CPU per request (ms)
python3 - "$OUT" "$N" "$WARMUP" "$OUT/lists-$LABEL.tsv" customers-page customers-search leads-page leads-filter \
  tickets-agent-page tickets-agent-filter tickets-supervisor-page tickets-supervisor-filter \
  api-customers api-customers-q api-tickets api-tickets-q <<'PY'
import statistics, sys
out, n, warm, target, names = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5:]
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
with open(target, "w") as t:
    for name in names:
        xs = [float(x) * 1000 for x in open(f"{out}/lists-{name}.times").read().split()]
        user, system = (float(x) for x in open(f"{out}/lists-{name}.cpu").read().split()[-2:])
        t.write(f"{name}\t{pct(xs, .5):.1f}\t{pct(xs, .9):.1f}\t{(user + system) * 1000 / (n + warm):.1f}\n")
PY

declare -A WHAT=(
  [customers-page]="admin → GET /admin/customers.xhtml (first page, 20 rows, sorted by surname; count of all customers)"
  [customers-search]="admin → the search box: ajax POST of the form, q = a surname (bianchi, ferrari…: names, e-mail, city, phone)"
  [leads-page]="admin → GET /admin/campaign.xhtml?id=… (campaign of $ROWS leads: status counts, warnings, first page of leads)"
  [leads-filter]="admin → the leads table's name filter: ajax POST (filter event), a surname"
  [tickets-agent-page]="agent → GET /agent/tickets.xhtml (mine: active tickets the agent owns or works, by resolution due)"
  [tickets-agent-filter]="agent → the tickets table's subject filter: ajax POST (fattura, modem…)"
  [tickets-supervisor-page]="supervisor → GET /supervisor/queues.xhtml (queue summary, active tickets of the team's clients)"
  [tickets-supervisor-filter]="supervisor → the tickets table's subject filter: ajax POST"
  [api-customers]="admin session → GET /api/customers?size=20"
  [api-customers-q]="admin session → GET /api/customers?size=20&q=bianchi"
  [api-tickets]="supervisor session → GET /api/tickets?view=active&size=20"
  [api-tickets-q]="supervisor session → GET /api/tickets?view=active&size=20&q=rimborso"
)
{
  echo "## List screens at 1 M rows (2026-12-06, $(nproc) cores, $(cpu_name), PostgreSQL, $ROWS customers, leads and tickets)"
  echo
  if [[ -f "$OUT/lists-before.tsv" && "$LABEL" != before ]]; then
    echo "| what a person does | before p50 ms | before p90 ms | p50 ms | p90 ms | < 300 ms (p90) | driver CPU ms/request |"
    echo "|---|---|---|---|---|---|---|"
  else
    echo "| what a person does | p50 ms | p90 ms | < 300 ms (p90) | driver CPU ms/request |"
    echo "|---|---|---|---|---|"
  fi
  while IFS=$'\t' read -r name p50 p90 cpu; do
    met=$(python3 -c "print('yes' if $p90 < 300 else 'no')")
    if [[ -f "$OUT/lists-before.tsv" && "$LABEL" != before ]]; then
      read -r _ b50 b90 _ < <(grep -P "^$name\t" "$OUT/lists-before.tsv")
      echo "| ${WHAT[$name]} | $b50 | $b90 | $p50 | $p90 | $met | $cpu |"
    else
      echo "| ${WHAT[$name]} | $p50 | $p90 | $met | $cpu |"
    fi
  done <"$OUT/lists-$LABEL.tsv"
  echo
  echo "Each line: $WARMUP warm-up requests, then $N timed, one at a time (curl's total time on the loopback: the server's whole answer);"
  echo "filters cycle through 5 values so that no request repeats the one before. The driver (curl, bash) shares the 2 cores with Payara and PostgreSQL."
  echo "Data made by SQL (generate_series): $ROWS customers (40 surnames × 40 names × 20 cities) with a phone each, one lead each in one campaign,"
  if [[ -n "$SETUP_S" ]]; then made="then \`vacuum (analyze)\`: $SETUP_S s"; else made="made by an earlier run (BENCH_KEEP_DATA=1)"; fi
  if [[ -n "$KEEP_DATA" ]]; then kept="Kept afterwards (BENCH_KEEP_DATA=1)."; else kept="Deleted afterwards."; fi
  echo "$ROWS tickets over two years (1 in 10 active; the bench agent works about 1 in 70, each subject alike), $made. $kept"
  echo "WARNING/SEVERE lines in server.log during the run: $SERVER_WARNINGS. Clock anchored at $ANCHOR."
  echo "How to run: \`bench/lists.sh [requests] [rows]\` (PostgreSQL on 127.0.0.1:5432, psql; restarts the demo server on PostgreSQL, stops it at the end)."
  [[ -n "$SHARED_NOTE" ]] && echo "$SHARED_NOTE"
  [[ -n "$RUNNING_NOTE" ]] && echo "$RUNNING_NOTE"
  true
} >"$OUT/lists.md"
if [[ "$LABEL" != before ]]; then write_section "$OUT/lists.md" "List screens at 1 M rows"; fi
cat "$OUT/lists.md"
