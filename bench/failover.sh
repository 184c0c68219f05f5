#!/usr/bin/env bash
# An instance of the deployment group dies under an agent: does the agent stay logged in, with their roles?
# Starts ./cuffia start --cluster (two instances behind nginx, PostgreSQL, clock anchored) and logs operatore01 in
# through nginx on one instance (nginx's route cookie CUFFIA_ROUTE names it): a console session (login form, then
# the agent's home page with its push websocket), a program's session (login form, then /api only) and an API
# token. Four clients, one per request kind, each one request at a time, repeat the console page and
# /api/statements/mine with the console session, /api/statements/mine with the program's session and with the
# token (all need the AGENT role); after SECONDS_BEFORE_KILL that instance gets kill -9. Reports per kind the
# requests that failed and for how long, the slowest answer, and whether the session still worked with its roles
# on the other instance without a new login (a redirect to the login page or a 403 counts as lost).
# Writes bench/RESULTS.md section "Failover".
#
#   bench/failover.sh [SECONDS_BEFORE_KILL [SECONDS_AFTER_KILL]]     (defaults 5 and 60)
#   CUFFIA_PORTBASE=36000 bench/failover.sh                           (the cluster on other ports)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BEFORE=${1:-5}
AFTER=${2:-60}
CLUSTER_BASE=${CUFFIA_PORTBASE:-4800}
LB_PORT=${CUFFIA_LB_PORT:-$((CLUSTER_BASE + 90))}
BASE=http://localhost:$LB_PORT/cuffia
USER_NAME=operatore01

wait_for_quiet_machine
t0=$(now)
if [[ "${BENCH_USE_RUNNING:-}" == 1 ]] && curl -fsS -o /dev/null "$BASE/login.xhtml"; then
  RUNNING_NOTE="The cluster was not restarted by the script (BENCH_USE_RUNNING=1)."
else
  (cd "$ROOT" && ./cuffia stop >/dev/null 2>&1 || true)
  (cd "$ROOT" && CUFFIA_CLOCK_ANCHOR=$ANCHOR ./cuffia start --cluster >"$OUT/failover-start.log" 2>&1) \
    || { echo "./cuffia start --cluster failed: see $OUT/failover-start.log" >&2; exit 1; }
fi
START_S=$(printf '%.0f' "$(echo "$(now) - $t0" | bc)")
echo "Cluster up in $START_S s."

# login USER JAR [ROUTE]: a session through the login form, as a browser opens it (ROUTE: the instance nginx sends
# the login to, through its route cookie)
login() {
  local jar=$2 page view_state nonce
  rm -f "$jar"
  if [[ -n "${3:-}" ]]; then printf 'localhost\tFALSE\t/\tFALSE\t0\tCUFFIA_ROUTE\t%s\n' "$3" >"$jar"; fi
  page=$(curl -fsS -c "$jar" -b "$jar" "$BASE/login.xhtml")
  view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
  nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/nonce="//; s/"$//' || true)   # the page's script nonce (CSP)
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=cuffia2026" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
    --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
}
route_of() { awk -F'\t' '$6 == "CUFFIA_ROUTE" { print $7 }' "$1"; }
# the console: the agent's home page (its push socket is opened below)
CONSOLE="$OUT/failover-console.cookies"
login "$USER_NAME" "$CONSOLE"
curl -fsS -o /dev/null -c "$CONSOLE" -b "$CONSOLE" "$BASE/agent/index.xhtml"
ROUTE=$(route_of "$CONSOLE")
# a program's session (login form, then /api only) on the same instance, and an API token
API="$OUT/failover-api.cookies"
login "$USER_NAME" "$API" "$ROUTE"
[[ "$(route_of "$API")" == "$ROUTE" ]] || { echo "the API session is not on $ROUTE" >&2; exit 1; }
TOKEN=$(curl -fsS -u "$USER_NAME:cuffia2026" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-failover\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# the console's push socket (bench/PushFailover.java) on the same session: a call rung through the other instance
# reaches it, and after the kill it opens again through nginx and hears a call there
OTHER=$( [[ "$ROUTE" == cuffia-1 ]] && echo cuffia-2 || echo cuffia-1 )
OTHER_BASE=http://localhost:$((CLUSTER_BASE + 100 * ${OTHER#cuffia-} + 80))/cuffia
CLIENT_ID=$(curl -fsS -u "$USER_NAME:cuffia2026" -H 'Accept: application/json' "$BASE/api/clients" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
CTI_KEY=$(curl -fsS -u "admin:cuffia2026" -X POST -H 'Accept: application/json' "$BASE/api/clients/$CLIENT_ID/cti-key" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["apiKey"])')
# every cookie, as a browser sends them: Payara's replicated session needs its JSESSIONIDVERSION beside JSESSIONID
COOKIE=$(awk -F'\t' 'NF == 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$CONSOLE")
rm -rf "$OUT/push-failover" && javac -d "$OUT/push-failover" "$ROOT/bench/PushFailover.java"
java -cp "$OUT/push-failover" PushFailover "$BASE" "$OTHER_BASE" "$COOKIE" "$CTI_KEY" "$USER_NAME" $((${BEFORE%.*} + 60)) \
  >"$OUT/failover-push.out" 2>&1 &
PUSH_PID=$!
for _ in $(seq 1 60); do grep -q '^ready' "$OUT/failover-push.out" 2>/dev/null && break; sleep 0.5; done
grep -q '^ready' "$OUT/failover-push.out" || { echo "the push client did not get ready: $(cat "$OUT/failover-push.out")" >&2; exit 1; }

python3 - "$BASE" "$CONSOLE" "$API" "$TOKEN" "$BEFORE" "$AFTER" "$ROOT" "$OUT/failover.json" "$ROUTE" <<'PY'
import glob, http.client, json, os, sys, time, urllib.parse
base, console_jar, api_jar, token, before, after, root, out, route = sys.argv[1:10]
before, after = float(before), float(after)
url = urllib.parse.urlparse(base)

def read_jar(path):   # curl's jar; an HttpOnly cookie's line starts with "#HttpOnly_"
    cookies = {}
    for line in open(path):
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 7 and (not line.startswith("#") or line.startswith("#HttpOnly_")):
            cookies[fields[5]] = fields[6]
    return cookies

jars = {"console": read_jar(console_jar), "api": read_jar(api_jar)}
first_ids = {k: v.get("JSESSIONID", "") for k, v in jars.items()}
# the instance that serves both sessions: its pid file, checked against its command line
pid_files = glob.glob(f"{root}/.run/payara-*/payara6/glassfish/nodes/*/{route}/config/pid")
if not pid_files:
    sys.exit(f"no pid file for instance {route}")
pid = int(open(pid_files[0]).read().strip())
if f"/{route}" not in open(f"/proc/{pid}/cmdline").read().replace("\0", " "):
    sys.exit(f"pid {pid} is not instance {route}")

KINDS = {   # kind: (session, path); the page and /api/statements/mine need the AGENT role
    "console-page": ("console", "/agent/index.xhtml"),
    "console-api": ("console", "/api/statements/mine"),
    "api-session": ("api", "/api/statements/mine"),
    "api-token": (None, "/api/statements/mine"),
}

def request(kind):
    session, path = KINDS[kind]
    headers = {"Accept": "application/json"} if "api" in path else {}
    if session:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jars[session].items())
    else:
        headers["Authorization"] = "Bearer " + token
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=90)
    t = time.perf_counter()
    try:
        conn.request("GET", url.path + path, headers=headers)
        resp = conn.getresponse()
        body = resp.read().decode("utf-8", "replace")
        status = resp.status
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            if session and name in ("JSESSIONID", "CUFFIA_ROUTE"):
                jars[session][name] = rest.split(";", 1)[0]
    except OSError as e:
        status, body = 0, str(e)
    finally:
        conn.close()
    login_page = "login:username" in body
    ok = status == 200 and not login_page and (body.startswith("[") if "api" in path else "agent" in body)
    return {"kind": kind, "status": status, "ok": ok, "ms": round((time.perf_counter() - t) * 1000, 1),
            "lost_login": status in (302, 303, 401) or (status == 200 and login_page), "lost_roles": status == 403}

# one client per kind, each repeating its request one at a time: a request that hangs holds up its own kind only
import threading
records, kinds, killed = [], list(KINDS), {}
start = time.perf_counter()
lock = threading.Lock()

def client(kind):
    while True:
        now = time.perf_counter() - start
        if "at" in killed and now >= killed["at"] + after:
            return
        r = request(kind)
        r["t"], r["after_kill"] = round(now, 3), "at" in killed and now >= killed["at"]
        with lock:
            records.append(r)

threads = [threading.Thread(target=client, args=(k,)) for k in kinds]
for th in threads:
    th.start()
time.sleep(before)
os.kill(pid, 9)
killed["at"] = killed_at = time.perf_counter() - start
for th in threads:
    th.join()
records.sort(key=lambda r: r["t"])

def per_kind(kind):
    rs = [r for r in records if r["kind"] == kind]
    after_ = [r for r in rs if r["after_kill"]]
    failed = [r for r in after_ if not r["ok"]]
    return {"before": len(rs) - len(after_), "failed_before": sum(not r["ok"] for r in rs if not r["after_kill"]),
            "after": len(after_), "failed_after": len(failed),
            "failures_lasted_s": round(max(r["t"] + r["ms"] / 1000 for r in failed) - killed_at, 1) if failed else 0,
            "statuses_after": sorted({r["status"] for r in after_}),
            "slowest_after_ms": max((r["ms"] for r in after_), default=0),
            "last_ok": rs[-1]["ok"] if rs else None,
            "lost_login": sum(r["lost_login"] for r in rs), "lost_roles": sum(r["lost_roles"] for r in rs)}

summary = {"instance_killed": route, "killed_at_s": round(killed_at, 3),
           "median_before_ms": sorted(r["ms"] for r in records if not r["after_kill"])[sum(not r["after_kill"] for r in records) // 2],
           "kinds": {k: per_kind(k) for k in kinds},
           "same_session": {k: jars[k].get("JSESSIONID", "").split(".")[0] == first_ids[k].split(".")[0] for k in jars},
           "route_after": {k: jars[k].get("CUFFIA_ROUTE") for k in jars}}
json.dump({"summary": summary, "records": records}, open(out, "w"), indent=1)
print(json.dumps(summary, indent=1))
PY

wait "$PUSH_PID" || true
PUSH_JSON=$(grep '^{' "$OUT/failover-push.out" || echo '{}')
echo "$PUSH_JSON" >"$OUT/failover-push.json"

# the survivor's log: no session that failed to replicate or to load
SURVIVOR_SEVERE=$(cat "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-*/logs/server.log 2>/dev/null \
  | grep -c 'SEVERE' || true)
cp "$(ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-1/logs/server.log | head -1)" "$OUT/failover-cuffia-1.log" 2>/dev/null || true
cp "$(ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-2/logs/server.log | head -1)" "$OUT/failover-cuffia-2.log" 2>/dev/null || true
if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then (cd "$ROOT" && ./cuffia stop >/dev/null); fi

j() { python3 -c "import json,sys; d=json.load(open('$OUT/failover.json'))['summary']; print($1)"; }
row() {   # row KIND LABEL
  echo "| $2 | $(j "d['kinds']['$1']['before']") ($(j "d['kinds']['$1']['failed_before']")) | $(j "d['kinds']['$1']['after']") | $(j "d['kinds']['$1']['failed_after']") | $(j "d['kinds']['$1']['failures_lasted_s']") s | $(j "'/'.join(map(str, d['kinds']['$1']['statuses_after']))") | $(j "d['kinds']['$1']['slowest_after_ms']") | $(j "'yes' if d['kinds']['$1']['last_ok'] else 'NO'") | $(j "d['kinds']['$1']['lost_login']") / $(j "d['kinds']['$1']['lost_roles']") |"
}
{
  echo "## Failover ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL)"
  echo
  echo "\`./cuffia start --cluster\` (the DAS, the deployment group's two instances, nginx on one port) ready in ${START_S} s. $USER_NAME logged in twice through nginx on the same instance ($(j 'd["instance_killed"]')): a console session (login form, then the agent's home page, and its push socket) and a program's session (login form, then \`/api\` only), plus an API token. Four clients (one per kind, one request at a time) repeated the console page and \`/api/statements/mine\` with the console session, \`/api/statements/mine\` with the program's session and with the token (all need the AGENT role); \`kill -9\` hit the instance after ${BEFORE} s, and the client went on for ${AFTER} s."
  echo
  echo "| request | before the kill (failed) | after | failed after | failures lasted | answers after | slowest ms | last one OK | login lost / 403 |"
  echo "|---|---|---|---|---|---|---|---|---|"
  row console-page "console session: agent page"
  row console-api "console session: /api"
  row api-session "program's session: /api"
  row api-token "API token: /api"
  echo
  echo "Median answer before the kill: $(j 'd["median_before_ms"]') ms. Same session afterwards (no new login): console $(j "'yes' if d['same_session']['console'] else 'no'"), program $(j "'yes' if d['same_session']['api'] else 'no'"); routes afterwards: $(j 'd["route_after"]'). SEVERE lines in the instances' logs: $SURVIVOR_SEVERE."
  echo
  pj() { python3 -c "import json; d=json.load(open('$OUT/failover-push.json')); print($1)"; }
  echo "Push (the console session's socket \`/push/agentCalls\`, \`bench/PushFailover.java\`, opened through nginx on the killed instance): a call rung through the other instance's own port reached it: **$(pj "'yes' if d.get('across_instances') else 'NO'")** ($(pj "d.get('across_ms')") ms from the POST). At the kill the socket closed: $(pj "'yes' if d.get('socket_closed') else 'NO'"); it opened again through nginx, as the page's script does, after $(pj "d.get('reopen_attempts')") attempt(s): the console was without push for **$(pj "d.get('without_push_ms')") ms**; a call rung through nginx then reached it: **$(pj "'yes' if d.get('after_failover') else 'NO'")** ($(pj "d.get('after_ms')") ms). Notes: $(pj "'; '.join(d.get('notes', [])) or 'none'")."
  echo
  echo "Measured with \`bench/failover.sh $BEFORE $AFTER\`; every request in \`bench/out/failover.json\`. ${SHARED_NOTE}${RUNNING_NOTE}"
} >"$OUT/failover.md"
write_section "$OUT/failover.md" "Failover"
cat "$OUT/failover.md"
