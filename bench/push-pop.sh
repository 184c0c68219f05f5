#!/usr/bin/env bash
# Screen pop by push (issue 15 §1): the time from POST /api/cti/calls (RINGING) to the pop visible in the agent
# console, p50 and p99, with 50 agent consoles open, beside the old 2 s polling; and requests per idle agent a minute.
#
#   bench/push-pop.sh [rounds] [background calls/s] [idle seconds]      defaults 200, 1, 60
#
# Starts a suite of its own (./cuffia start --postgres with CUFFIA_RUN_DIR=bench/out/push-run and the schema
# cuffia_pushbench on PostgreSQL 127.0.0.1:5432, dropped first), adds 50 agents of Telefonia Aurora by SQL
# (benchpush001…050, the demo password), issues the client's CTI key through the API, then runs bench/PushPop.java
# (Selenium from the ear module's test class path) under the lock /tmp/cuffia-it.lock (no integration test
# meanwhile): 49 light consoles (login form, console page, its push socket through java.net.http.WebSocket, the
# remote command's Ajax POST on each message) and 1 headless Chromium, whose pop is timed by a MutationObserver
# against the POST's start on the same clock. A background load rings the light consoles meanwhile.
# With CUFFIA_PORTBASE unset it needs the ports 8080, 4848, 2525, 2143, 2180 (stop the demo first); CUFFIA_PORTBASE=34000
# moves the suite (and the demo's mail server to PORTBASE+95/+96/+97). Stops its suite at the end
# (BENCH_KEEP_RUNNING=1 leaves it running). Writes bench/RESULTS.md (section "Screen pop by push").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ROUNDS=${1:-200}
LOAD=${2:-1}
IDLE=${3:-60}
AGENTS=50
PASSWORD=cuffia2026
LOCK=${BENCH_LOCK:-/tmp/cuffia-it.lock}
# HTTP_PORT, BASE and the mail server's ports follow CUFFIA_PORTBASE (lib.sh)
RUN=$OUT/push-run
SCHEMA=cuffia_pushbench
export CUFFIA_RUN_DIR=$RUN DB_SCHEMA=$SCHEMA

echo "Class path of the driver (Selenium, from the ear module's test dependencies)…" >&2
./mvnw -q -B ${BENCH_MVN_FLAGS:--o} dependency:build-classpath -pl ear -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/push-pop.cp" >&2

if [[ "${BENCH_USE_RUNNING:-}" == 1 ]] && curl -fsS -o /dev/null "$BASE/login.xhtml"; then
  echo "Using the suite running in $RUN (BENCH_USE_RUNNING=1)" >&2
else
  (./cuffia stop >/dev/null 2>&1) || true
  rm -rf "$RUN"
  "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"
  echo "Starting the suite (PostgreSQL, schema $SCHEMA) in $RUN…" >&2
  ./cuffia start --postgres >"$OUT/push-pop-start.log" 2>&1
fi
curl -fsS -o /dev/null "$BASE/login.xhtml"
LOG=$(ls -1 "$RUN"/payara-*/payara6/glassfish/domains/cuffia/logs/server.log)
LOG_LINES=$(wc -l <"$LOG")

echo "Adding $AGENTS agents of Telefonia Aurora…" >&2
CLIENT=$("${PSQL[@]}" -At -c "select id from $SCHEMA.client where code = 'AURORA'")
[[ "$("${PSQL[@]}" -At -c "select count(*) from $SCHEMA.app_user where username like 'benchpush%'")" == 0 ]] && "${PSQL[@]}" -v client="$CLIENT" -v agents=$AGENTS <<SQL
set search_path = $SCHEMA;
create temp table p_agent as select n, nextval('cuffia_seq') as user_id, nextval('cuffia_seq') as agent_id from generate_series(1, :agents) n;
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select a.user_id, 0, 'benchpush' || lpad(a.n::text, 3, '0'), u.password_hash, 'Bench', 'Push ' || a.n, null, 'it', true
from p_agent a, app_user u where u.username = 'operatore01';
insert into user_role (user_id, role) select user_id, 'AGENT' from p_agent;
insert into agent (id, version, user_id, team_id) select agent_id, 0, user_id, null from p_agent;
insert into agent_client (agent_id, client_id) select agent_id, :client from p_agent;
SQL
CTI_KEY=$(curl -fsS -u "admin:$PASSWORD" -X POST "$BASE/api/clients/$CLIENT/cti-key" | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')

PAYARA=$(pgrep -f "$RUN/payara-.*glassfish" | head -1)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)

echo "Measuring ($ROUNDS rounds, background $LOAD calls/s, idle window $IDLE s) under $LOCK…" >&2
R=$OUT/push-pop.json
exec 9>"$LOCK"
flock 9
SERVER_BEFORE=$(cpu_ticks "$PAYARA")
t0=$(now)
# the driver in a subshell of its own: its 'times' are the driver's processes (JVM, chromedriver, Chromium)
(java -cp "$(cat "$OUT/push-pop.cp")" "$ROOT/bench/PushPop.java" "$BASE/" "$CTI_KEY" benchpush "$PASSWORD" $AGENTS "$ROUNDS" "$LOAD" "$IDLE" >"$R"
 times >"$OUT/push-pop.times")
WALL=$(echo "$(now) - $t0" | bc | xargs printf '%.0f')
SERVER_CPU=$(echo "scale=1; ($(cpu_ticks "$PAYARA") - $SERVER_BEFORE) / $TICK" | bc)
flock -u 9
cat "$R"
DRIVER_CPU=$(sed -n 2p "$OUT/push-pop.times" | python3 -c '
import re, sys
parts = re.findall(r"(\d+)m([\d.]+)s", sys.stdin.read())
print(round(sum(int(m) * 60 + float(s) for m, s in parts), 1))')
SEVERE=$(tail -n +"$((LOG_LINES + 1))" "$LOG" | grep -c '\[SEVERE\]' || true)
WARNING=$(tail -n +"$((LOG_LINES + 1))" "$LOG" | grep -c '\[WARNING\]' || true)
if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then ./cuffia stop >/dev/null; fi

j() { python3 -c "import json,sys; d=json.load(open('$R')); print($1)"; }
RATIO=$(python3 -c "import json; d=json.load(open('$R')); print(round(float(d['poll_p50_ms']) / float(d['pop_p50_ms']), 1))")
GOAL=$(python3 -c "import json; d=json.load(open('$R')); print('met' if float(d['pop_p99_ms']) < 300 else 'NOT met')")
TITLE="Screen pop by push"
{
  echo "## $TITLE ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL, $AGENTS agent consoles open)"
  echo
  echo "| path | pops | p50 ms | p90 ms | p99 ms | max ms |"
  echo "|---|---|---|---|---|---|"
  echo "| push (measured): POST /api/cti/calls RINGING → the call panel of a headless Chromium console shows the number (MutationObserver, same clock as the POST's start; the push socket's message, then the page's remote command \`cuffiaRefreshCall\` and its DOM update) | $(j 'd["rounds"]') | **$(j 'd["pop_p50_ms"]')** | $(j 'd["pop_p90_ms"]') | **$(j 'd["pop_p99_ms"]')** | $(j 'd["pop_max_ms"]') |"
  echo "| the old 2 s poll (computed, not measured): the next tick, uniform over 0–2000 ms, plus the measured request and DOM update of each pop (the poll ran the same listener and redrew the same panel) | | $(j 'd["poll_p50_ms"]') | | $(j 'd["poll_p99_ms"]') | |"
  echo
  echo "Push / poll at p50: **${RATIO}×** faster. Goal p99 < 300 ms: **$GOAL**. Where a pushed pop's time goes (p50 / p99): POST → the remote command's request starts (the CTI transaction, the push after commit, the websocket message, the handler) $(j 'd["post_to_request_p50_ms"]') / $(j 'd["post_to_request_p99_ms"]') ms; the request (refresh and render of the call panel) $(j 'd["request_p50_ms"]') / $(j 'd["request_p99_ms"]') ms; after its response until the DOM shows the number $(j 'd["dom_p50_ms"]') / $(j 'd["dom_p99_ms"]') ms. Rounds not counted: 20 of warm-up, $(j 'd["failed_rounds"]') failed."
  echo "Requests per idle agent a minute: **$(j 'd["idle_requests_per_min"]')** with push (measured: $(j 'd["idle_requests"]') Ajax/fetch requests of the Chromium console over $(j 'd["idle_seconds"]') s idle, from the browser's resource timing; the socket sends no keep-alive), **30** with the old 2 s poll (computed: one request every 2 s)."
  echo "The other $(j 'd["light_consoles"]') consoles are light clients (\`bench/PushPop.java\`: a session through the login form, the console page, its websocket through java.net.http.WebSocket, and on every message the remote command's Faces Ajax POST, as the page does). Background load meanwhile: $(j 'd["light_calls"]') calls rung at the light consoles (about $(j 'd["load_per_s"]') a second, Poisson, each ENDED after 1–3 s); on the light consoles POST → websocket message p50 $(j 'd["light_ws_p50_ms"]') ms, p99 $(j 'd["light_ws_p99_ms"]') ms ($(j 'd["light_messages"]') RINGING messages timed), the remote command's POST p50 $(j 'd["light_refresh_p50_ms"]') ms, p99 $(j 'd["light_refresh_p99_ms"]') ms (failed: $(j 'd["light_refresh_errors"]'))."
  echo "CPU during the measured run ($WALL s): the driver $DRIVER_CPU s (JVM with the light consoles $(j 'd["driver_jvm_cpu_s"]') s, chromedriver, Chromium), Payara $SERVER_CPU s; PostgreSQL not counted; all on the same $(nproc) cores. WARNING/SEVERE lines in server.log during the run: $WARNING $SEVERE."
  echo "Measured with \`bench/push-pop.sh $ROUNDS $LOAD $IDLE\`$([[ -n "${CUFFIA_PORTBASE:-}" ]] && echo " (CUFFIA_PORTBASE=$CUFFIA_PORTBASE)"), the measurement under \`flock $LOCK\`."
  echo "How to run: \`bench/push-pop.sh [rounds] [background calls/s] [idle seconds]\` (PostgreSQL on 127.0.0.1:5432, psql, /usr/bin/chromium and chromedriver; starts a suite of its own in bench/out/push-run, stops it at the end)."
} >"$OUT/push-pop.md"
# a section of its own, before the mail ingestion's (or at the end): the other sections stay as they are
python3 - "$ROOT/bench/RESULTS.md" "$OUT/push-pop.md" "$TITLE" <<'PY'
import re, sys
results, section, title = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n\n", sys.argv[3]
text = open(results).read()
pattern = re.compile(r"## " + re.escape(title) + r".*?(?=\n## |\Z)", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section.rstrip() + "\n", text)
elif "\n## Mail ingestion" in text:
    i = text.index("\n## Mail ingestion") + 1
    text = text[:i] + section + text[i:]
else:
    text = text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
cat "$OUT/push-pop.md"
