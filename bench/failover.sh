#!/usr/bin/env bash
# An instance of the deployment group dies under an agent: does the agent stay logged in, with their roles?
# Starts ./cuffia start --cluster (two instances behind nginx, PostgreSQL, clock anchored), logs operatore01 in
# through nginx twice (a console session through the login form, and an API token), finds the instance that
# serves the session (the route cookie nginx sets, CUFFIA_ROUTE = the instance's name), and while a client repeats three
# requests through nginx one after the other (the agent's console page and /api/statements/mine with the
# session cookie, /api/statements/mine with the token; the page and the API need the AGENT role), kills that
# instance with kill -9. Reports the requests that failed and for how long, the slowest answer, and whether
# the session still worked with its roles on the other instance without a new login (the same JSESSIONID, the
# page showing the agent, 200 from the AGENT-only API; a redirect to the login page or a 403 counts as lost).
# Writes bench/RESULTS.md section "Failover".
#
#   bench/failover.sh [SECONDS_BEFORE_KILL [SECONDS_AFTER_KILL]]     (defaults 5 and 30)
#   CUFFIA_PORTBASE=36000 bench/failover.sh                           (the cluster on other ports)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BEFORE=${1:-5}
AFTER=${2:-30}
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

# the console session, through the login form as a browser does
JAR="$OUT/failover.cookies"
rm -f "$JAR"
page=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')
nonce=$(grep -o 'nonce="[^"]*"' <<<"$page" | head -1 | sed 's/nonce="//; s/"$//' || true)   # the page's script nonce (CSP)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "login=login" --data-urlencode "login:username=$USER_NAME" \
  --data-urlencode "login:password=cuffia2026" --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "primefaces.nonce=$nonce" "$BASE/login.xhtml"
# the API token, issued once with the password
TOKEN=$(curl -fsS -u "$USER_NAME:cuffia2026" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-failover\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

python3 - "$BASE" "$JAR" "$TOKEN" "$BEFORE" "$AFTER" "$ROOT" "$OUT/failover.json" "$USER_NAME" <<'PY'
import glob, http.client, json, os, subprocess, sys, time, urllib.parse
base, jar_file, token, before, after, root, out, user = sys.argv[1:9]
before, after = float(before), float(after)
url = urllib.parse.urlparse(base)
cookies = {}
for line in open(jar_file):   # curl's jar; an HttpOnly cookie's line starts with "#HttpOnly_"
    fields = line.rstrip("\n").split("\t")
    if len(fields) == 7 and (not line.startswith("#") or line.startswith("#HttpOnly_")):
        cookies[fields[5]] = fields[6]
session_id = cookies.get("JSESSIONID")
route = cookies.get("CUFFIA_ROUTE")
if not session_id or not route:
    sys.exit(f"no session or no route after login: {cookies}")
# the instance that serves the session: its pid file, checked against its command line
pid_files = glob.glob(f"{root}/.run/payara-*/payara6/glassfish/nodes/*/{route}/config/pid")
if not pid_files:
    sys.exit(f"no pid file for instance {route}")
pid = int(open(pid_files[0]).read().strip())
cmdline = open(f"/proc/{pid}/cmdline").read().replace("\0", " ")
if f"/{route}/" not in cmdline and f" {route}" not in cmdline:
    sys.exit(f"pid {pid} is not instance {route}: {cmdline[:200]}")

def cookie_header():
    return "; ".join(f"{k}={v}" for k, v in cookies.items())

def request(kind):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    if kind == "page":
        path, headers = url.path + "/agent/index.xhtml", {"Cookie": cookie_header()}
    elif kind == "api-session":
        path, headers = url.path + "/api/statements/mine", {"Cookie": cookie_header(), "Accept": "application/json"}
    else:
        path, headers = url.path + "/api/statements/mine", {"Authorization": "Bearer " + token, "Accept": "application/json"}
    t = time.perf_counter()
    try:
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        body = resp.read().decode("utf-8", "replace")
        status, location = resp.status, resp.getheader("Location") or ""
        for header in resp.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            value = rest.split(";", 1)[0]
            if kind != "api-token" and name in ("JSESSIONID", "CUFFIA_ROUTE"):
                cookies[name] = value
    except OSError as e:
        status, body, location = 0, str(e), ""
    finally:
        conn.close()
    ms = (time.perf_counter() - t) * 1000
    if kind == "page":
        ok = status == 200 and "login:username" not in body and user in body
    else:
        ok = status == 200 and body.startswith("[")
    lost_login = status in (302, 303, 401) or (status == 200 and "login:username" in body)
    return {"kind": kind, "status": status, "ok": ok, "ms": round(ms, 1), "lost_login": lost_login,
            "lost_roles": status == 403, "location": location}

records, kinds = [], ["page", "api-session", "api-token"]
start = time.perf_counter()
killed_at = None
i = 0
while True:
    now = time.perf_counter() - start
    if killed_at is None and now >= before:
        os.kill(pid, 9)
        killed_at = now
    if killed_at is not None and now >= killed_at + after:
        break
    r = request(kinds[i % 3])
    r["t"] = round(now, 3)
    r["after_kill"] = killed_at is not None
    records.append(r)
    i += 1

after_kill = [r for r in records if r["after_kill"]]
failed = [r for r in after_kill if not r["ok"]]
summary = {
    "instance_killed": route, "pid": pid, "killed_at_s": round(killed_at, 3),
    "requests_before": len(records) - len(after_kill), "failed_before": sum(not r["ok"] for r in records if not r["after_kill"]),
    "requests_after": len(after_kill), "failed_after": len(failed),
    "failed_by_kind": {k: sum(1 for r in failed if r["kind"] == k) for k in kinds},
    "failed_statuses": sorted({r["status"] for r in failed}),
    "failure_window_s": round(max(r["t"] for r in failed) - killed_at + max(r["ms"] for r in failed) / 1000, 3) if failed else 0,
    "slowest_after_kill_ms": max(r["ms"] for r in after_kill), "first_after_kill_ms": after_kill[0]["ms"],
    "median_before_ms": sorted(r["ms"] for r in records if not r["after_kill"])[(len(records) - len(after_kill)) // 2],
    "lost_login": sum(r["lost_login"] for r in records), "lost_roles": sum(r["lost_roles"] for r in records),
    "same_session_id": cookies.get("JSESSIONID", "").split(".")[0] == session_id.split(".")[0],
    "route_after": cookies.get("CUFFIA_ROUTE"),
    "last_ok": {k: next((r["ok"] for r in reversed(records) if r["kind"] == k), None) for k in kinds},
}
json.dump({"summary": summary, "records": records}, open(out, "w"), indent=1)
print(json.dumps(summary, indent=1))
PY

# the survivor's log: no session that failed to replicate or to load
SURVIVOR_SEVERE=$(cat "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-*/logs/server.log 2>/dev/null \
  | grep -c 'SEVERE\|NotSerializable' || true)
cp "$(ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-1/logs/server.log | head -1)" "$OUT/failover-cuffia-1.log" 2>/dev/null || true
cp "$(ls -1 "$ROOT"/.run/payara-*/payara6/glassfish/nodes/*/cuffia-2/logs/server.log | head -1)" "$OUT/failover-cuffia-2.log" 2>/dev/null || true
if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then (cd "$ROOT" && ./cuffia stop >/dev/null); fi

j() { python3 -c "import json,sys; d=json.load(open('$OUT/failover.json'))['summary']; print($1)"; }
{
  echo "## Failover ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL)"
  echo
  echo "\`./cuffia start --cluster\`: the DAS, the deployment group's two instances and nginx on one port, ready in ${START_S} s. $USER_NAME logged in through nginx (login form → session on instance $(j 'd["instance_killed"]'), and an API token); one client repeated the console page and \`/api/statements/mine\` with the session cookie and \`/api/statements/mine\` with the token, one request at a time, and \`kill -9\` hit the session's instance after ${BEFORE} s."
  echo
  echo "| | figure |"
  echo "|---|---|"
  echo "| requests before the kill (failed) | $(j 'd["requests_before"]') ($(j 'd["failed_before"]')) |"
  echo "| requests in the ${AFTER} s after the kill | $(j 'd["requests_after"]') |"
  echo "| failed after the kill (page / API session / API token) | $(j 'd["failed_after"]') ($(j '"/".join(str(v) for v in d["failed_by_kind"].values())')) |"
  echo "| failures lasted | $(j 'd["failure_window_s"]') s |"
  echo "| first answer after the kill | $(j 'd["first_after_kill_ms"]') ms (median before: $(j 'd["median_before_ms"]') ms) |"
  echo "| slowest answer after the kill | $(j 'd["slowest_after_kill_ms"]') ms |"
  echo "| answers sending to the login page (login lost) | $(j 'd["lost_login"]') |"
  echo "| 403 answers (roles lost) | $(j 'd["lost_roles"]') |"
  echo "| the same session after the kill (no new login) | $(j '"yes" if d["same_session_id"] else "no"'), now on $(j 'd["route_after"]') |"
  echo "| SEVERE or NotSerializable lines in the instances' logs | $SURVIVOR_SEVERE |"
  echo
  echo "Measured with \`bench/failover.sh $BEFORE $AFTER\`; requests in \`bench/out/failover.json\`. ${SHARED_NOTE}${RUNNING_NOTE}"
} >"$OUT/failover.md"
write_section "$OUT/failover.md" "Failover"
cat "$OUT/failover.md"
