#!/usr/bin/env bash
# Does a failed login tell whether the user name exists? Times wrong-password API calls (HTTP Basic,
# 401) for existing demo users and for names that do not exist, on the suite running on PostgreSQL.
# Each existing name gets 3 wrong passwords (the 5th would start its lock), each unknown name one;
# the address stays under its 100 free failures (79 in all). Only 401 answers are timed. Writes bench/RESULTS.md section "Failed login timing".
#
#   bench/login-timing.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"
wait_for_quiet_machine
start_suite login-timing
python3 - "$BASE" "$OUT/login-timing.json" <<'PY'
import base64, http.client, json, statistics, sys, time, urllib.parse, uuid
base, out = sys.argv[1], sys.argv[2]
url = urllib.parse.urlparse(base)
def attempt(user):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    auth = base64.b64encode(f"{user}:not-the-password-{uuid.uuid4().hex[:6]}".encode()).decode()
    t0 = time.perf_counter()
    conn.request("GET", url.path + "/api/clients", headers={"Authorization": "Basic " + auth, "Accept": "application/json"})
    resp = conn.getresponse(); resp.read()
    elapsed = (time.perf_counter() - t0) * 1000
    conn.close()
    return resp.status, elapsed
known_users = [f"operatore{n:02d}" for n in range(1, 11)] + ["commerciale1", "commerciale2", "commerciale3"]
attempt("warm-up-" + uuid.uuid4().hex[:6])
known, unknown, statuses = [], [], set()
for round_ in range(3):               # interleaved, so that a slower moment hits both kinds alike
    for user in known_users:
        s, ms = attempt(user); statuses.add(s)
        if s == 401: known.append(ms)
        s, ms = attempt("nessuno-" + uuid.uuid4().hex[:8]); statuses.add(s)
        if s == 401: unknown.append(ms)
summary = {"known": len(known), "unknown": len(unknown), "statuses": sorted(statuses),
           "known_median_ms": round(statistics.median(known), 1), "unknown_median_ms": round(statistics.median(unknown), 1),
           "known_p90_ms": round(sorted(known)[int(0.9 * (len(known) - 1))], 1),
           "unknown_p90_ms": round(sorted(unknown)[int(0.9 * (len(unknown) - 1))], 1)}
json.dump(summary, open(out, "w"), indent=1)
print(json.dumps(summary))
PY
stop_suite
read -r KN UN ST KM UM KP UP < <(python3 - "$OUT/login-timing.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(s["known"], s["unknown"], "/".join(map(str, s["statuses"])), s["known_median_ms"], s["unknown_median_ms"], s["known_p90_ms"], s["unknown_p90_ms"])
PY
)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "## Failed login timing ($(date -u +%Y-%m-%d), $(nproc) cores, $cpu, PostgreSQL)"
  echo
  echo "| wrong password for | attempts | answers | median ms | p90 ms |"
  echo "|---|---|---|---|---|"
  echo "| an existing user (13 demo users, 3 each) | $KN | $ST | $KM | $KP |"
  echo "| a name that does not exist | $UN | $ST | $UM | $UP |"
  echo
  echo "An unknown name is checked against a decoy PBKDF2 hash, so both take one PBKDF2 check; before that, 4 ms against 200 ms told the names apart."
  echo "Measured with \`bench/login-timing.sh\`, one request at a time, interleaved. ${SHARED_NOTE}${RUNNING_NOTE}"
} >"$OUT/login-timing.md"
write_section "$OUT/login-timing.md" "Failed login timing"
cat "$OUT/login-timing.md"
