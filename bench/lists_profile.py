"""The statements PostgreSQL ran for bench/lists.sh's profile pass, per request kind, from its log
(log_min_duration_statement = 0): how many, how long, grouped by text (a statement run once per row of a
page shows as a count of 20), and EXPLAIN (ANALYZE, BUFFERS) of each distinct one that took 5 ms or more,
run again with its logged parameters.

    python3 bench/lists_profile.py STATEMENTS.log "psql -q -X -h … -d test"
"""
import re
import shlex
import os
import subprocess
import sys
from collections import OrderedDict

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] \S*\s*(LOG|DETAIL|ERROR|STATEMENT|WARNING):\s+(.*)$")
EXECUTE = re.compile(r"duration: ([\d.]+) ms\s+(?:execute [^:]*|statement): (.*)$", re.S)
MARK = re.compile(r"select 'bench-profile ([\w-]+)'")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")

log_file, psql = sys.argv[1], shlex.split(sys.argv[2])
entries = []  # [pid, kind, text]
for line in open(log_file, encoding="utf-8", errors="replace"):
    m = ENTRY.match(line)
    if m:
        entries.append([m.group(1), m.group(2), m.group(3)])
    elif entries:
        entries[-1][2] += "\n" + line.rstrip("\n")

sections = OrderedDict()
section = None
last = {}
for pid, kind, text in entries:
    if kind == "LOG":
        m = EXECUTE.match(text)
        if not m:
            continue
        sql = m.group(2).strip()
        mark = MARK.search(sql)
        if mark:
            section = mark.group(1)
            sections[section] = []
            continue
        if section is None or m.group(0).find("execute") < 0:
            continue
        statement = {"ms": float(m.group(1)), "sql": sql, "params": {}}
        sections[section].append(statement)
        last[pid] = statement
    elif kind == "DETAIL" and text.startswith("parameters:") and pid in last:
        last[pid]["params"] = {int(n): v for n, v in PARAM.findall(text)}
        del last[pid]


def bound(statement):
    sql = statement["sql"]
    for n in sorted(statement["params"], reverse=True):
        sql = sql.replace(f"${n}", statement["params"][n])
    return sql


for name, statements in sections.items():
    print(f"=== {name}: {len(statements)} statements, {sum(s['ms'] for s in statements):.1f} ms in PostgreSQL")
    groups = OrderedDict()
    for s in statements:
        groups.setdefault(s["sql"], []).append(s)
    for sql, runs in sorted(groups.items(), key=lambda g: -sum(s["ms"] for s in g[1])):
        print(f"  {len(runs):4d} × {sum(s['ms'] for s in runs):9.2f} ms  {sql[:300]}")
    print()
    for sql, runs in groups.items():
        slowest = max(runs, key=lambda s: s["ms"])
        if slowest["ms"] < 5 or not sql.lstrip().upper().startswith("SELECT"):
            continue
        print(f"--- {name}: {slowest['ms']:.1f} ms\n{bound(slowest)}")
        plan = subprocess.run(psql + ["-c", "set search_path = " + os.environ.get("DB_SCHEMA", "cuffia"), "-c", "explain (analyze, buffers) " + bound(slowest)],
                              capture_output=True, text=True)
        print(plan.stdout + plan.stderr)
