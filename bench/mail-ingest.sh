#!/usr/bin/env bash
# Mail ingestion (issue 14): messages ingested per second for N mails (default 10 000), each with a ~20 KB PDF.
#
#   bench/mail-ingest.sh [mails] [duplicates]      BENCH_DB=h2 (default) or postgres
#
# Starts a suite of its own (./cuffia start with CUFFIA_RUN_DIR=bench/out/mail-run: a fresh domain and H2 file,
# or the schema cuffia_mailbench on PostgreSQL 127.0.0.1:5432), whose local GreenMail is the mail server.
# Creates a mailbox of Energia Verde through the REST API (automatic reading off), delivers the mails through
# SMTP, BENCH_ROUND (250) at a time, each time reads the mailbox with POST /api/mailboxes/{id}/fetch (100
# messages a call) until a call finds nothing, then expunges what was read (GreenMail's IMAP slows down with the
# folder's size: see bench/mail_ingest.py): messages/s = tickets made / time of those calls. Then delivers a second copy of [duplicates]
# messages (same Message-ID) and reads again: they must all be duplicates. Checks in the database: one
# inbound row, one ticket and one attachment per mail, no Message-ID twice. Stops its suite at the end
# (BENCH_KEEP_RUNNING=1 leaves it running). With CUFFIA_PORTBASE unset it needs the ports 8080, 4848,
# 2525, 2143, 2180 (stop the demo first); CUFFIA_PORTBASE=31000 CUFFIA_SMTP_PORT=… CUFFIA_IMAP_PORT=…
# CUFFIA_MAIL_API_PORT=… move it. Run it alone on the machine (flock /tmp/cuffia-it.lock bench/mail-ingest.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N=${1:-10000}
DUPLICATES=${2:-100}
ROUND=${BENCH_ROUND:-250}
DB=${BENCH_DB:-h2}
HTTP_PORT=8080
[[ -n "${CUFFIA_PORTBASE:-}" ]] && HTTP_PORT=$((CUFFIA_PORTBASE + 80))
BASE=http://localhost:$HTTP_PORT/cuffia
AUTH=admin:cuffia2026
IMAP_PORT=${CUFFIA_IMAP_PORT:-2143}
SMTP_PORT=${CUFFIA_SMTP_PORT:-2525}
RUN=$OUT/mail-run
SCHEMA=cuffia_mailbench
export CUFFIA_RUN_DIR=$RUN CUFFIA_MAIL_HEAP=2g DB_SCHEMA=$SCHEMA

sql() {
  if [[ "$DB" == postgres ]]; then
    "${PSQL[@]}" -At -c "set search_path = $SCHEMA; $1"
  else
    # the server's own H2 (Payara's), through the file's auto-server port
    java -cp "$(ls "$RUN"/payara-*/payara6/h2db/bin/h2.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$RUN/data/cuffia;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" \
      -user sa -password '' -sql "$1" | sed -n '2p' | xargs
  fi
}

# a fresh suite: its own domain and database, so every run starts from the same demo data
(cd "$ROOT" && ./cuffia stop >/dev/null 2>&1) || true
rm -rf "$RUN"
START_ARGS=()
if [[ "$DB" == postgres ]]; then
  "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"
  START_ARGS=(--postgres)
fi
echo "Starting the suite ($DB) in $RUN…" >&2
t0=$(now)
(cd "$ROOT" && ./cuffia start "${START_ARGS[@]}" >"$OUT/mail-ingest-start.log" 2>&1)
START_S=$(echo "$(now) - $t0" | bc | xargs printf '%.0f')
LOG=$(ls -1 "$RUN"/payara-*/payara6/glassfish/domains/cuffia/logs/server.log)
LOG_LINES=$(wc -l <"$LOG")

TOKEN=$(curl -fsS -u "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"name\":\"mail bench\",\"validThrough\":\"$(date -d '+7 days' +%F)\"}" "$BASE/api/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
CLIENT=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/clients" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d["items"] if isinstance(d, dict) else d; print([c["id"] for c in d if c["code"] == "ENVERDE"][0])')
ADDRESS="bench-$(date +%s)@energiaverde.bench"
MAILBOX=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"clientId\":$CLIENT,\"address\":\"$ADDRESS\",
  \"protocol\":\"IMAP\",\"host\":\"localhost\",\"port\":$IMAP_PORT,\"username\":\"$ADDRESS\",\"password\":\"bench\",\"active\":true,
  \"faxGateway\":false,\"pollEnabled\":false,\"ackLanguage\":\"it\"}" "$BASE/api/mailboxes" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
TICKETS_BEFORE=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/tickets?clientId=$CLIENT&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

echo "Delivering $N mails to $ADDRESS and reading them…" >&2
python3 "$ROOT/bench/mail_ingest.py" "$BASE" "$TOKEN" "$MAILBOX" "$SMTP_PORT" "$IMAP_PORT" "$ADDRESS" "$N" "$DUPLICATES" "$ROUND" | tee "$OUT/mail-ingest.json"
R=$OUT/mail-ingest.json
j() { python3 -c "import json,sys; d=json.load(open('$R')); print($1)"; }

TICKETS_AFTER=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/tickets?clientId=$CLIENT&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
# the acknowledgements leave through the outbox every 20 s: give the last ones time to go
sleep 25
ROWS=$(sql "select count(*) from inbound_mail where mailbox_id = $MAILBOX")
ROW_TICKETS=$(sql "select count(distinct ticket_id) from inbound_mail where mailbox_id = $MAILBOX and outcome = 'TICKET'")
TWICE=$(sql "select count(*) from (select message_id from inbound_mail where client_id = $CLIENT group by message_id having count(*) > 1) x")
ATTACHED=$(sql "select count(*) from ticket_attachment a where a.ticket_id in (select ticket_id from inbound_mail where mailbox_id = $MAILBOX)")
ACKS=$(sql "select count(*) from mail_message where recipient like '%@bench.example'")
ACKS_SENT=$(sql "select count(*) from mail_message where recipient like '%@bench.example' and status = 'SENT'")
RAW_MB=$(sql "select round(sum(raw_size) / 1048576.0, 1) from inbound_mail where mailbox_id = $MAILBOX")
SEVERE=$(tail -n +"$((LOG_LINES + 1))" "$LOG" | grep -c '\[SEVERE\]' || true)
WARNING=$(tail -n +"$((LOG_LINES + 1))" "$LOG" | grep -c '\[WARNING\]' || true)
if [[ "${BENCH_KEEP_RUNNING:-}" != 1 ]]; then (cd "$ROOT" && ./cuffia stop >/dev/null); fi

OK=yes
[[ "$(j 'd["first"]["tickets"]')" == "$N" && "$ROWS" == "$N" && "$ROW_TICKETS" == "$N" && "$TWICE" == 0 && "$ATTACHED" == "$N" \
   && "$(j 'd["second"]["duplicates"]')" == "$DUPLICATES" && "$(j 'd["second"]["tickets"]')" == 0 \
   && $((TICKETS_AFTER - TICKETS_BEFORE)) == "$N" ]] || OK=NO
DBNAME=$([[ "$DB" == postgres ]] && echo PostgreSQL || echo "H2 (file, embedded)")
{
  echo "## Mail ingestion, $DBNAME ($(date -u +%Y-%m-%d), $(nproc) cores, $(cpu_name), $N mails with a $(j 'round(d["attachment_bytes"] / 1000)') KB PDF)"
  echo
  echo "| path | mails | seconds | mails/s | fetch calls | call p50 s | call max s | driver CPU s |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| GreenMail IMAP, $ROUND mails delivered at a time → POST /api/mailboxes/{id}/fetch until a call finds nothing (100 messages a call; per message its own transaction: Message-ID check, MIME parse, customer by address or new, routed EMAIL ticket with SLA, PDF through the upload rules, acknowledgement queued, raw .eml kept) | $(j 'd["first"]["tickets"]') | $(j 'd["ingest_s"]') | **$(j 'd["per_s"]')** | $(j 'd["first"]["calls"]') | $(j 'd["fetch_call_p50_s"]') | $(j 'd["fetch_call_max_s"]') | $(j 'd["driver_cpu_s"]') |"
  echo
  echo "Checks: $OK. Tickets made by the reads $(j 'd["first"]["tickets"]') (failed $(j 'd["first"]["failed"]'), threaded $(j 'd["first"]["threaded"]')); the client's tickets through the API $TICKETS_BEFORE → $TICKETS_AFTER (+$((TICKETS_AFTER - TICKETS_BEFORE))); in the database $ROWS inbound rows ($RAW_MB MB of raw mail), $ROW_TICKETS distinct tickets, $ATTACHED attachments, Message-IDs stored twice: **$TWICE**."
  echo "A second copy of $DUPLICATES of the messages (same Message-ID), delivered afterwards: $(j 'd["second"]["fetched"]') fetched, **$(j 'd["second"]["duplicates"]') duplicates, $(j 'd["second"]["tickets"]') new tickets**."
  echo "Acknowledgements queued in the outbox: $ACKS (senders: $(j 'd["senders"]'), 5 mails each; at most 5 an hour to one sender), sent to GreenMail by MailSender (every 20 s) during and after the run: $ACKS_SENT. Delivery of the mails through SMTP between the reads (not counted): $(j 'd["delivery_s"]') s; read messages expunged by the driver after each round: $(j 'd["expunged"]') (with all 10 000 left in one GreenMail folder, GreenMail's IMAP costs O(folder) per FETCH and STORE and makes 0.25 mails/s, GreenMail at 100 % CPU and Payara at 7 %: a JFR of both showed \`ImapSessionFolder.getMsn\` → \`getMessageUids\` in 99 % of GreenMail's samples). WARNING/SEVERE lines in server.log during the run: $WARNING $SEVERE."
  echo "Measured with \`bench/mail-ingest.sh $N $DUPLICATES\` (BENCH_ROUND=$ROUND) (driver \`bench/mail_ingest.py\`: SMTP delivery, the fetch calls with an API token); the driver, GreenMail, Payara$([[ "$DB" == postgres ]] && echo " and PostgreSQL") share the same $(nproc) cores. Suite start-up before the run (fresh domain and database, not counted): $START_S s."
  echo "How to run: \`bench/mail-ingest.sh [mails] [duplicates]\` (BENCH_DB=postgres for PostgreSQL on 127.0.0.1:5432; starts a suite of its own in bench/out/mail-run, stops it at the end)."
} >"$OUT/mail-ingest-$DB.md"
write_section "$OUT/mail-ingest-$DB.md" "Mail ingestion, $DBNAME"
cat "$OUT/mail-ingest-$DB.md"
[[ "$OK" == yes ]]
