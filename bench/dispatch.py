#!/usr/bin/env python3
"""Load driver of bench/dispatch.sh: N agents, one thread and one keep-alive connection each,
taking, dialling and closing leads through the REST API for a fixed time.

    dispatch.py HOST PORT USER_PREFIX AGENTS WARMUP_S SECONDS OUT_JSON

Each agent has an API token issued once with its password (POST /cuffia/api/tokens, HTTP Basic) and
then sends only "Authorization: Bearer <token>" (the PBKDF2 check of the password is paid once per
agent, not per request; a token call opens no session). Every 403 is an error: none is sent again.
A cycle is POST /api/outbound/next (200 + lead, 204 = nothing to call), POST
/api/outbound/leads/{id}/dial, POST /api/outbound/leads/{id}/outcome {"outcome":"NOT_INTERESTED"}.
Cycles that start after the warm-up and end before the deadline are counted.
"""
import base64
import http.client
import json
import sys
import threading
import time

HOST, PORT, PREFIX = sys.argv[1], int(sys.argv[2]), sys.argv[3]
AGENTS, WARMUP, SECONDS, OUT = int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7]
PASSWORD = "cuffia2026"
API = "/cuffia/api"
OUTCOME = json.dumps({"outcome": "NOT_INTERESTED"}).encode()

lock = threading.Lock()
t_start = 0.0


def _started():
    global t_start
    t_start = time.monotonic()


ready = threading.Barrier(AGENTS + 1, action=_started)   # the clock starts once every agent has its token
results = {"cycles": [], "next": [], "empty": 0, "errors": [], "error_count": 0, "closed_ids": [],
           "warmup_cycles": 0, "login_failures": 0, "status_403": 0}


class Agent(threading.Thread):
    def __init__(self, n):
        super().__init__(daemon=True)
        self.username = f"{PREFIX}{n:03d}"
        self.conn = None
        self.token = None
        self.cycles, self.nexts, self.errors, self.closed = [], [], [], []
        self.empty = 0
        self.warmup_cycles = 0
        self.last_headers = {}
        self.status_403 = 0

    def request(self, method, path, body=None, basic=False):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if basic:
            headers["Authorization"] = "Basic " + base64.b64encode(f"{self.username}:{PASSWORD}".encode()).decode()
        elif self.token:
            headers["Authorization"] = "Bearer " + self.token
        for attempt in (1, 2):
            try:
                status, data = self._send(method, path, body, headers)
                if status == 403:
                    self.status_403 += 1
                return status, data
            except (http.client.HTTPException, OSError):
                if self.conn is not None:
                    self.conn.close()
                self.conn = None
                if attempt == 2:
                    raise

    def _send(self, method, path, body, headers):
        if self.conn is None:
            self.conn = http.client.HTTPConnection(HOST, PORT, timeout=60)
        self.conn.request(method, API + path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read()
        self.last_headers = {k: v for k, v in resp.getheaders() if k.lower() in ("set-cookie", "www-authenticate", "content-type")}
        return resp.status, data

    def error(self, what, status, data):
        text = data.decode("utf-8", "replace")
        if text.lstrip().startswith("<"):      # an HTML error page: its title is enough
            start = text.find("<title>")
            text = "HTML " + (text[start + 7:text.find("</title>")] if start >= 0 else text[:80])
        self.errors.append(f"{what} -> {status} {self.last_headers} {text[:300]}")

    def run(self):
        try:
            valid_through = time.strftime("%Y-%m-%d", time.localtime(time.time() + 7 * 86400))
            status, data = self.request("POST", "/tokens", basic=True,
                                        body=json.dumps({"name": "bench", "validThrough": valid_through}).encode())
            if status != 201:
                raise RuntimeError(f"token {status} {data[:200]!r}")
            self.token = json.loads(data)["token"]
        except Exception as e:  # noqa: BLE001 - reported, not fatal to the others
            with lock:
                results["login_failures"] += 1
                results["errors"].append(f"{self.username} login: {e}")
            ready.wait()
            return
        ready.wait()
        start, end = t_start + WARMUP, t_start + WARMUP + SECONDS
        while True:
            t0 = time.monotonic()
            if t0 >= end:
                break
            try:
                status, data = self.request("POST", "/outbound/next", body=b"")
                t1 = time.monotonic()
                if status == 204:
                    self.empty += 1
                    time.sleep(0.05)
                    continue
                if status != 200:
                    self.error("next", status, data)
                    time.sleep(0.05)
                    continue
                lead = json.loads(data)["id"]
                status, data = self.request("POST", f"/outbound/leads/{lead}/dial", body=b"")
                if status == 422:
                    pass  # "already on a call": dialled before its outcome failed; that call goes on to its outcome
                elif status != 200:
                    self.error(f"dial {lead}", status, data)
                    continue
                status, data = self.request("POST", f"/outbound/leads/{lead}/outcome", body=OUTCOME)
                t2 = time.monotonic()
                if status != 200:
                    self.error(f"outcome {lead}", status, data)
                    continue
                self.closed.append(lead)
                if t0 >= start and t2 <= end:
                    self.cycles.append(t2 - t0)
                    self.nexts.append(t1 - t0)
                elif t0 < start:
                    self.warmup_cycles += 1
            except Exception as e:  # noqa: BLE001
                self.errors.append(f"exception {type(e).__name__}: {e}")
                time.sleep(0.1)
        with lock:
            results["cycles"] += self.cycles
            results["next"] += self.nexts
            results["empty"] += self.empty
            results["error_count"] += len(self.errors)
            results["errors"] += self.errors[:5]
            results["closed_ids"] += self.closed
            results["warmup_cycles"] += self.warmup_cycles
            results["status_403"] += self.status_403


def pct(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


agents = [Agent(n) for n in range(1, AGENTS + 1)]
for a in agents:
    a.start()
ready.wait()
for a in agents:
    a.join()
closed = results["closed_ids"]
summary = {
    "agents": AGENTS,
    "seconds": SECONDS,
    "warmup_seconds": WARMUP,
    "login_failures": results["login_failures"],
    "cycles": len(results["cycles"]),
    "leads_per_s": round(len(results["cycles"]) / SECONDS, 1),
    "cycle_p50_ms": round(pct(results["cycles"], 50), 1),
    "cycle_p90_ms": round(pct(results["cycles"], 90), 1),
    "cycle_p99_ms": round(pct(results["cycles"], 99), 1),
    "next_p50_ms": round(pct(results["next"], 50), 1),
    "next_p90_ms": round(pct(results["next"], 90), 1),
    "next_p99_ms": round(pct(results["next"], 99), 1),
    "empty_204": results["empty"],
    "errors": results["error_count"],
    "status_403": results["status_403"],
    "error_samples": results["errors"][:20],
    "closed_total": len(closed),
    "closed_twice_client_side": len(closed) - len(set(closed)),
    "warmup_cycles": results["warmup_cycles"],
}
with open(OUT, "w") as f:
    json.dump(summary, f, indent=1)
print(json.dumps({k: v for k, v in summary.items() if k != "error_samples"}))
