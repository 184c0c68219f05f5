#!/usr/bin/env bash
# Lead import: a 100 000-row CSV (Italian header, UTF-8, ';') uploaded to a campaign through
# POST /api/outbound/campaigns/{id}/imports and followed until the batch job is DONE, beside
# psql \copy of the same file into a plain staging table with the same columns.
#
# The file (bench/out/leads-100k.csv) has 2 % numbers that cannot exist and 2 % numbers repeated
# in the file (both must be rejected and reported), and 1 % numbers the client already has as
# customers (linked: "merged"). Cuffia runs on PostgreSQL (schema cuffia, demo server directory
# .run/) with the clock anchored on 2026-03-10 10:00; the bench client BENCH-IMP, a DRAFT campaign
# and the 1 000 existing customers are made by SQL (ids from 910 000 000 up) after deleting the
# previous run's. Stops the server at the end (BENCH_KEEP_RUNNING=1 keeps it).
# Writes bench/RESULTS.md (section "Lead import").
#
#   bench/import.sh [rows]      default 100000
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ROWS=${1:-100000}
CLIENT=910000000
CAMPAIGN=910000001
CSV="$OUT/leads-$((ROWS / 1000))k.csv"
AUTH=admin:cuffia2026

vacuum_tables() {
  "${PSQL[@]}" -c "vacuum (analyze) cuffia.customer, cuffia.customer_phone, cuffia.consent, cuffia.lead, cuffia.lead_attribute,
    cuffia.lead_import_issue, cuffia.lead_import, cuffia.campaign"
}

read -r _ N_INVALID N_DUP N_EXISTING N_NEW < <(python3 "$ROOT/bench/import_csv.py" "$ROWS" "$CSV" "$OUT/import-existing.txt")
SIZE_MB=$(echo "scale=1; $(stat -c %s "$CSV") / 1048576" | bc)
echo "CSV: $CSV ($SIZE_MB MB, $ROWS rows: $N_NEW new, $N_EXISTING already customers, $N_INVALID invalid phones, $N_DUP repeated phones)"

wait_for_quiet_machine
start_suite import

clean_client BENCH-IMP
"${PSQL[@]}" -v client=$CLIENT -v campaign=$CAMPAIGN -v existing="$(paste -sd, "$OUT/import-existing.txt")" <<'SQL'
set search_path = cuffia;
insert into client (id, version, code, name, zone_id, active) values (:client, 0, 'BENCH-IMP', 'Bench import', 'Europe/Rome', true);
insert into campaign (id, version, client_id, name, type, status, starts_on, ends_on, legal_profile, max_attempts,
                      consent_purpose, caller_id, rpo_window_days, briefing)
values (:campaign, 0, :client, 'Bench import', 'SURVEY', 'DRAFT', date '2026-03-01', date '2026-03-31', 'SURVEY_WIDE', 5,
        null, '+390212345678', 30, 'bench/import.sh');
create temp table existing as select unnest(string_to_array(:'existing', ','))::varchar(20) as number;
insert into customer (id, version, client_id, first_name, last_name, city, country, active)
select 911000000 + row_number() over (order by number), 0, :client, 'Già', 'Cliente', 'Milano', 'IT', true from existing;
insert into customer_phone (id, version, customer_id, number, kind, valid)
select 912000000 + n, 0, 911000000 + n, number, 'MOBILE', true
from (select number, row_number() over (order by number) n from existing) e;
SQL
# PostgreSQL here runs with autovacuum off: without this, the dead rows of earlier runs (and of the
# floor's rolled-back inserts) stay in the tables and their indexes and slow the next import down
# (49 s instead of 21 s once 1.3 M dead rows had piled up in each table)
vacuum_tables

# An API token, issued once with the password: a Basic call sets no session cookie (and checks the
# password with PBKDF2 each time), so the upload and the polls carry the token.
TOKEN=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench-import\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
BEARER="Authorization: Bearer $TOKEN"

echo "Uploading $CSV…"
read -r -a CPU0 < <(cut -d' ' -f16,17 /proc/$$/stat)    # CPU of this script's finished children (curl, python3), in ticks
t0=$(now)
RESPONSE=$(curl -sS -w '\n%{http_code}' -H "$BEARER" -H 'Content-Type: text/csv' -H "X-File-Name: $(basename "$CSV")" \
  --data-binary @"$CSV" "$BASE/api/outbound/campaigns/$CAMPAIGN/imports")
t_upload=$(now)
CODE=$(tail -1 <<<"$RESPONSE")
BODY=$(sed '$d' <<<"$RESPONSE")
[[ "$CODE" == 202 ]] || { echo "upload answered $CODE: $BODY" >&2; exit 1; }
IMPORT=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$BODY")
STATUS=""
for _ in $(seq 1 18000); do     # at most an hour; read by bash, not a python3 per poll (the driver shares the cores)
  STATUS_JSON=$(curl -fsS -H "$BEARER" "$BASE/api/outbound/imports/$IMPORT")
  [[ "$STATUS_JSON" =~ \"status\":\"([A-Z]+)\" ]] && STATUS=${BASH_REMATCH[1]}
  [[ "$STATUS" == DONE || "$STATUS" == FAILED ]] && break
  sleep 0.2
done
t1=$(now)
read -r -a CPU1 < <(cut -d' ' -f16,17 /proc/$$/stat)
DRIVER_CPU=$(echo "scale=2; (${CPU1[0]} + ${CPU1[1]} - ${CPU0[0]} - ${CPU0[1]}) / $(getconf CLK_TCK)" | bc)
echo "$STATUS_JSON" >"$OUT/import-status.json"
read -r TOTAL PROCESSED IMPORTED MERGED REJECTED FAILURE < <(python3 - "$STATUS_JSON" <<'PY'
import json, sys
s = json.loads(sys.argv[1])
print(s.get("totalRows"), s["processedRows"], s["importedRows"], s["mergedRows"], s["rejectedRows"], (s.get("failure") or "-").replace("\n", " "))
PY
)
WALL=$(echo "$t1 - $t0" | bc)
UPLOAD_S=$(echo "$t_upload - $t0" | bc)
RPS=$(echo "scale=0; $PROCESSED / $WALL" | bc)

read -r LEADS ISSUES_REJ ISSUES_MERGED PHONE_INVALID DUP_FILE SERVER_S < <("${PSQL[@]}" -At -F' ' -v campaign=$CAMPAIGN -v import=$IMPORT <<'SQL'
set search_path = cuffia;
select (select count(*) from lead where campaign_id = :campaign),
       (select count(*) from lead_import_issue where import_id = :import and kind = 'REJECTED'),
       (select count(*) from lead_import_issue where import_id = :import and kind = 'MERGED'),
       (select count(*) from lead_import_issue where import_id = :import and reason_key = 'leads.row.phoneInvalid'),
       (select count(*) from lead_import_issue where import_id = :import and reason_key = 'leads.row.duplicateInFile'),
       (select coalesce(round(extract(epoch from finished_at - uploaded_at)::numeric, 1)::text, '-') from lead_import where id = :import);
SQL
)
"${PSQL[@]}" -At -c "select reason_key, count(*) from cuffia.lead_import_issue where import_id = $IMPORT group by 1 order by 1" >"$OUT/import-issues.txt" || true
LOG=$(server_log)
grep -nE 'SEVERE|WARNING' "$LOG" | tail -50 >"$OUT/import-server-warnings.txt" || true

stop_suite

# Baseline: psql \copy of the same file into a plain table with the same seven columns (3 runs, median)
COPY_TIMES=()
for run in 1 2 3; do
  "${PSQL[@]}" -c "drop schema if exists bench_import cascade; create schema bench_import;
    create table bench_import.lead_staging (nome text, cognome text, telefono text, email text, citta text, provincia text, consenso_marketing text)"
  c0=$(now)
  "${PSQL[@]}" -c "\\copy bench_import.lead_staging from '$CSV' with (format csv, header, delimiter ';', encoding 'UTF8')"
  c1=$(now)
  COPY_TIMES+=("$(echo "$c1 - $c0" | bc)")
done
COPY_S=$(printf '%s\n' "${COPY_TIMES[@]}" | sort -n | sed -n 2p)
COPIED=$("${PSQL[@]}" -At -c "select count(*) from bench_import.lead_staging")
RATIO=$(echo "scale=1; $WALL / $COPY_S" | bc)

# Floor: what PostgreSQL alone needs to store what the import stored (same tables, indexes and foreign
# keys; new ids; INSERT … SELECT from temporary tables, rolled back), median of 3
FLOOR_TIMES=()
FLOOR_ROWS=0
for run in 1 2 3; do
  IFS='|' read -r f_s f_rows < <("${PSQL[@]}" -At -v campaign=$CAMPAIGN -v import=$IMPORT -f "$ROOT/bench/import_floor.sql")
  FLOOR_TIMES+=("$f_s")
  FLOOR_ROWS=$f_rows
done
FLOOR_S=$(printf '%s\n' "${FLOOR_TIMES[@]}" | sort -n | sed -n 2p)
vacuum_tables
FLOOR_RATIO=$(echo "scale=1; $WALL / $FLOOR_S" | bc)
COPY_RPS=$(echo "scale=0; $COPIED / $COPY_S" | bc)

{
  echo "## Lead import ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), PostgreSQL, $ROWS rows, $SIZE_MB MB)"
  echo
  echo "| path | seconds | rows/s | imported | merged | rejected |"
  echo "|---|---|---|---|---|---|"
  printf '| curl POST /api/outbound/campaigns/{id}/imports (text/csv) then GET /api/outbound/imports/{id} every 0.2 s until %s, API token (batch job, chunks of 5000: validation, libphonenumber, de-duplication in memory from one query per chunk and table; customers, phones, consents, leads, attributes and the per-line report written by COPY) | %.1f | %s | %s | %s | %s |\n' \
    "$STATUS" "$WALL" "$RPS" "$IMPORTED" "$MERGED" "$REJECTED"
  printf '| psql \\copy of the same file into a plain 7-column text table (format csv, header, delimiter ;), median of 3 | %.2f | %s | %s | | |\n' "$COPY_S" "$COPY_RPS" "$COPIED"
  printf '| floor: PostgreSQL alone stores again what the import stored (%s rows: customers, phones, consents, leads, report lines; same indexes and foreign keys; INSERT … SELECT, `bench/import_floor.sql`, rolled back), median of 3 | %.2f | | | | |\n' "$FLOOR_ROWS" "$FLOOR_S"
  echo
  echo "Ratio import / COPY: **${RATIO}×** the time; import / floor (the database's own work for the same rows): **${FLOOR_RATIO}×** (floor runs: ${FLOOR_TIMES[*]} s). Upload request alone (202): $(printf '%.2f' "$UPLOAD_S") s; job time on the server (uploaded_at → finished_at): $SERVER_S s. CPU of the driver (curl and the status polls, user + system): $DRIVER_CPU s."
  echo "Expected from the file: $N_NEW imported, $N_EXISTING merged, $((N_INVALID + N_DUP)) rejected ($N_INVALID invalid numbers, $N_DUP repeated in the file). Counted in the database: $LEADS leads; issues $ISSUES_REJ rejected ($PHONE_INVALID phoneInvalid, $DUP_FILE duplicateInFile), $ISSUES_MERGED merged. Total rows seen by the job: $TOTAL, processed $PROCESSED; failure: $FAILURE."
  echo "Measured with \`bench/import.sh $ROWS\` (file written by \`bench/import_csv.py\`); the client and the server share the same 2 cores; the \\copy runs after \`./cuffia stop\`."
  echo "How to run: \`bench/import.sh [rows]\` (PostgreSQL on 127.0.0.1:5432, psql; restarts the demo server on PostgreSQL with the clock anchor, stops it at the end)."
  [[ -n "$SHARED_NOTE" ]] && echo "$SHARED_NOTE"
  [[ -n "$RUNNING_NOTE" ]] && echo "$RUNNING_NOTE"
  true
} >"$OUT/import.md"
write_section "$OUT/import.md" "Lead import"
cat "$OUT/import.md"
[[ "$STATUS" == DONE ]] || { echo "import ended $STATUS: $FAILURE" >&2; exit 1; }
