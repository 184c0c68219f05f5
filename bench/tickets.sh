#!/usr/bin/env bash
# Ticket creation throughput: wrk POSTing tickets through /api/tickets (32 connections, loopback)
# beside pgbench inserting the same rows (the ticket and its four timeline rows) straight into
# PostgreSQL. Cuffia runs on PostgreSQL for this (schema cuffia_bench, its own server directory).
# Writes the figures to bench/RESULTS.md (section "Ticket creation"). Stops the demo server first.
#
#   bench/tickets.sh [seconds]      default 30 s per run
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/bench/out"
SECONDS_PER_RUN=${1:-30}
CONNECTIONS=32
mkdir -p "$OUT"
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
command -v pgbench >/dev/null || { echo "pgbench is needed (Debian: postgresql-client)"; exit 1; }

export CUFFIA_RUN_DIR="$OUT/run-pg" PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres DB_SCHEMA=cuffia_bench
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"   # BASE on CUFFIA_PORTBASE's port, as the other scripts
PSQL=(psql -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)
CUFFIA_RUN_DIR="$ROOT/.run" ./cuffia stop >/dev/null 2>&1 || true
"${PSQL[@]}" -c "drop schema if exists cuffia_bench cascade" >/dev/null
./cuffia start --postgres >"$OUT/tickets-start.log"
trap './cuffia stop >/dev/null 2>&1 || true' EXIT   # a failed step leaves no server behind

AUTH="operatore01:cuffia2026"
CUSTOMER=$(curl -fsS -u "$AUTH" "$BASE/api/customers?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
# A console session, opened through the login form as a browser does (HTTP Basic opens none).
JAR="$OUT/tickets-cookies.txt"
rm -f "$JAR"
LOGIN_PAGE=$(curl -fsS -D - -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
VIEW_STATE=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$LOGIN_PAGE" | head -1 | sed 's/.*value="//; s/"$//')
NONCE=$(grep -io "nonce-[^']*" <<<"$LOGIN_PAGE" | head -1 | cut -d- -f2-)   # PrimeFaces' CSP mode: the page's script nonce
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:username=${AUTH%%:*}" \
  --data-urlencode "login:password=${AUTH#*:}" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$VIEW_STATE" \
  --data-urlencode "primefaces.nonce=$NONCE" "$BASE/login.xhtml"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
[[ -n "$SESSION" ]] || { echo "no session cookie from the login form"; exit 1; }
# An API token, issued once with the password: a program's way in (an index lookup per request, no PBKDF2).
TOKEN=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
cat >"$OUT/post-ticket.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "JSESSIONID=$SESSION"
wrk.body = '{"customerId":$CUSTOMER,"category":"TECHNICAL_SUPPORT","priority":"NORMAL","channel":"PHONE","subject":"bench","description":"wrk"}'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f %d\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
# warm-up: JIT (still compiling after 5 s on 2 cores), pools; the token run after it is as warm as the session run
wrk -t2 -c"$CONNECTIONS" -d20s --timeout 10s -s "$OUT/post-ticket.lua" "$BASE/api/tickets" >/dev/null
# the driver's own CPU (user + system of wrk, /usr/bin/time) beside each figure
cpu_of() { awk '{printf "%.1f", $1 + $2}' "$1"; }
# BENCH_JFR=1: a JFR recording (profile settings) of Payara over the token run, in bench/out/tickets.jfr; stacks kept
# 512 frames deep (the default 64 cuts a request under Grizzly, Jersey, Weld and the EJB container above the service)
jfr_during() {
  [[ "${BENCH_JFR:-}" == 1 ]] || return 0
  local pid
  pid=$(pgrep -f -- "-Dcom.sun.aas.instanceRoot=$CUFFIA_RUN_DIR/" | head -1)
  (sleep 3; jcmd "$pid" JFR.configure stackdepth=512 >/dev/null; jcmd "$pid" JFR.start name=bench settings=profile duration=$((SECONDS_PER_RUN - 5))s filename="$OUT/$1.jfr" >/dev/null) &
}
/usr/bin/time -f '%U %S' -o "$OUT/wrk.cpu" \
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$OUT/post-ticket.lua" "$BASE/api/tickets" >"$OUT/wrk.txt"
# the same with the API token, then with Basic credentials on every request (the cost of checking the password each time)
sed -e 's/^wrk.headers\["Cookie"\].*/wrk.headers["Authorization"] = "Bearer '"$TOKEN"'"/' \
    "$OUT/post-ticket.lua" >"$OUT/post-ticket-token.lua"
jfr_during tickets
/usr/bin/time -f '%U %S' -o "$OUT/wrk-token.cpu" \
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$OUT/post-ticket-token.lua" "$BASE/api/tickets" >"$OUT/wrk-token.txt"
sed -e 's/^wrk.headers\["Cookie"\].*/wrk.headers["Authorization"] = "Basic '"$(printf '%s' "$AUTH" | base64)"'"/' \
    "$OUT/post-ticket.lua" >"$OUT/post-ticket-basic.lua"
/usr/bin/time -f '%U %S' -o "$OUT/wrk-basic.cpu" \
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s --latency -s "$OUT/post-ticket-basic.lua" "$BASE/api/tickets" >"$OUT/wrk-basic.txt"
read -r T_REQ T_DUR T_P50 T_P90 T_P99 T_ERR < <(grep '^RESULT' "$OUT/wrk-token.txt" | cut -d' ' -f2-)
T_TPS=$(echo "scale=1; $T_REQ * 1000000 / $T_DUR" | bc)
read -r B_REQ B_DUR B_P50 B_P90 B_P99 B_ERR < <(grep '^RESULT' "$OUT/wrk-basic.txt" | cut -d' ' -f2-)
B_TPS=$(echo "scale=1; $B_REQ * 1000000 / $B_DUR" | bc)
read -r W_REQ W_DUR W_P50 W_P90 W_P99 W_ERR < <(grep '^RESULT' "$OUT/wrk.txt" | cut -d' ' -f2-)
W_TPS=$(echo "scale=1; $W_REQ * 1000000 / $W_DUR" | bc)
CREATED=$("${PSQL[@]}" -At -c "select count(*) from cuffia_bench.ticket where subject = 'bench'")
SESSIONS_LEFT=$(curl -fsS -u "$AUTH" -o /dev/null -w '%header{set-cookie}' "$BASE/api/clients" | grep -c JSESSIONID || true)

IDS=$("${PSQL[@]}" -At -c "select c.client_id || ' ' || c.id || ' ' || u.id from cuffia_bench.customer c, cuffia_bench.app_user u where c.id = $CUSTOMER and u.username = 'operatore01'")
read -r CLIENT_ID CUSTOMER_ID OWNER_ID <<<"$IDS"
cat >"$OUT/insert-ticket.sql" <<SQL
\set client $CLIENT_ID
\set customer $CUSTOMER_ID
\set owner $OWNER_ID
with t as (
  insert into cuffia_bench.ticket (id, version, client_id, customer_id, category, priority, channel, subject, description, state,
    support_level, owner_id, assignee_id, opened_at, first_response_at, first_response_due, resolution_due, at_risk_from,
    first_response_met, escalated)
  values (nextval('cuffia_bench.cuffia_seq'), 1, :client, :customer, 'TECHNICAL_SUPPORT', 'NORMAL', 'PHONE', 'pgbench', 'pgbench', 'OPEN',
    1, :owner, :owner, now(), now(), now() + interval '4 hours', now() + interval '24 hours', now() + interval '18 hours', true, false)
  returning id)
insert into cuffia_bench.ticket_change (id, version, ticket_id, changed_at, changed_by, field, old_value, new_value)
select nextval('cuffia_bench.cuffia_seq'), 0, t.id, now(), 'operatore01', f.field, null, 'x'
from t, (values ('state'), ('state'), ('owner'), ('assignee')) as f(field);
SQL
/usr/bin/time -f '%U %S' -o "$OUT/pgbench.cpu" \
  pgbench -n -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j 2 -T "$SECONDS_PER_RUN" -f "$OUT/insert-ticket.sql" -r test >"$OUT/pgbench.txt" 2>&1
P_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.txt" | head -1 | xargs printf '%.1f')
P_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$OUT/pgbench.txt")
RATIO=$(echo "scale=3; $W_TPS / $P_TPS" | bc)
T_RATIO=$(echo "scale=3; $T_TPS / $P_TPS" | bc)
W_CPU=$(cpu_of "$OUT/wrk.cpu"); T_CPU=$(cpu_of "$OUT/wrk-token.cpu"); B_CPU=$(cpu_of "$OUT/wrk-basic.cpu"); P_CPU=$(cpu_of "$OUT/pgbench.cpu")
./cuffia stop >/dev/null

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "## Ticket creation ($(date -u +%Y-%m-%d), $(nproc) cores, $cpu, PostgreSQL, $CONNECTIONS connections, ${SECONDS_PER_RUN} s)"
  echo
  echo "| path | tickets/s | latency p50 ms | p90 ms | p99 ms | errors | driver CPU s |"
  echo "|---|---|---|---|---|---|---|"
  echo "| wrk → POST /cuffia/api/tickets, session cookie (validation, tenancy, SLA deadlines, 4 timeline rows, JSON) | $W_TPS | $W_P50 | $W_P90 | $W_P99 | $W_ERR | $W_CPU |"
  echo "| the same with an API token (\`Authorization: Bearer\`: SHA-256 and an index lookup per request, no session) | $T_TPS | $T_P50 | $T_P90 | $T_P99 | $T_ERR | $T_CPU |"
  echo "| the same with HTTP Basic on every request (PBKDF2-SHA512, 210 000 iterations, per request; no session) | $B_TPS | $B_P50 | $B_P90 | $B_P99 | $B_ERR | $B_CPU |"
  echo "| pgbench → the same ticket row and 4 timeline rows inserted in one statement | $P_TPS | avg $P_LAT | | | 0 | $P_CPU |"
  echo
  echo "Ratio REST / bare SQL (goal ≥ 0.15): session **$RATIO**, API token **$T_RATIO**. Driver CPU: user + system of wrk (2 threads) or pgbench over its run, from \`/usr/bin/time\`; errors: non-2xx answers (a 403 too), connect, read, write errors and timeouts. Tickets stored by the four REST runs (warm-up, session, token, Basic), counted in the database: $CREATED. Session cookies set by a Basic call: $SESSIONS_LEFT."
  echo "Measured with \`bench/tickets.sh\`; the client and the server share the same 2 cores."
} >"$OUT/tickets.md"
python3 - "$ROOT/bench/RESULTS.md" "$OUT/tickets.md" "Ticket creation" <<'PY'
import re, sys
results, section, title = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
try:
    text = open(results).read()
except FileNotFoundError:
    text = "# Benchmark results\n\nLatest figures of the scripts in `bench/`. Never a timed assertion in a test.\n\n"
text = re.sub(r"## " + re.escape(title) + r".*?(?=\n## |\Z)", "", text, flags=re.S).rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
cat "$OUT/tickets.md"
