"""Load driver of bench/mail-ingest.sh: delivers N mails with a ~20 KB PDF attachment into a mailbox of the
suite through SMTP, ROUND at a time; after each delivery has the suite read them (POST /api/mailboxes/{id}/fetch,
100 messages a call, again and again until a call finds nothing; only these calls are timed), then expunges
what the suite marked seen, as a mail server's retention would. Without that, GreenMail's IMAP costs O(folder
size) per FETCH and STORE (ImapSessionFolder.getMsn copies every UID): with 10 000 messages in the folder the
test server, not the suite, is the bottleneck (0.25 mails/s, GreenMail at 100 % CPU, Payara at 7 %). Finally
delivers a second copy of some of the mails (same Message-ID) and reads again: all must be duplicates. Prints
one JSON line with the figures and its own CPU time; a progress line per round on stderr.

usage: mail_ingest.py BASE TOKEN MAILBOX_ID SMTP_PORT IMAP_PORT ADDRESS N DUPLICATES [ROUND]
"""
import imaplib
import json
import resource
import smtplib
import sys
import time
import urllib.request
import zlib
from email.message import EmailMessage
from email.utils import formatdate

BASE, TOKEN, MAILBOX, SMTP_PORT, IMAP_PORT, ADDRESS = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
N, DUPLICATES = int(sys.argv[7]), int(sys.argv[8])
ROUND = int(sys.argv[9]) if len(sys.argv) > 9 else 250
SENDERS = max(1, N // 5)  # five mails per sender: each is acknowledged (at most 5 an hour to one sender)


def pdf(size=20_000):
    """A valid one-page PDF of about `size` bytes: a text page whose content stream carries the bulk."""
    lines = ["BT /F1 9 Tf 40 800 Td 11 TL"]
    i = 0
    while sum(len(l) + 1 for l in lines) < size - 700:
        lines.append("(Riga %05d della bolletta: consumo 123,45 kWh, importo 67,89 EUR) '" % i)
        i += 1
    lines.append("ET")
    content = "\n".join(lines).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


ATTACHMENT = pdf()


def message(i):
    m = EmailMessage()
    sender = i % SENDERS
    m["From"] = "Cliente %d <cliente%05d@bench.example>" % (sender, sender)
    m["To"] = ADDRESS
    m["Subject"] = "Richiesta %d: bolletta di novembre" % i
    m["Date"] = formatdate(localtime=False)
    m["Message-ID"] = "<bench-%d-%s@bench.example>" % (i, MAILBOX)
    m.set_content("Buongiorno,\nallego la bolletta di novembre: l'importo non torna.\nGrazie, cliente %d\n" % sender)
    m.add_attachment(ATTACHMENT, maintype="application", subtype="pdf", filename="bolletta-%d.pdf" % i)
    return m


def deliver(indexes):
    started = time.monotonic()
    with smtplib.SMTP("127.0.0.1", SMTP_PORT) as smtp:
        for i in indexes:
            smtp.send_message(message(i))
    return time.monotonic() - started


def fetch_until_empty():
    totals = {"fetched": 0, "tickets": 0, "threaded": 0, "duplicates": 0, "failed": 0, "calls": 0, "errors": []}
    per_call = []
    while True:
        t0 = time.monotonic()
        req = urllib.request.Request("%s/api/mailboxes/%s/fetch" % (BASE, MAILBOX), data=b"", method="POST",
                                     headers={"Authorization": "Bearer " + TOKEN, "Accept": "application/json",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=600) as r:
            result = json.load(r)
        per_call.append(time.monotonic() - t0)
        totals["calls"] += 1
        for k in ("fetched", "tickets", "threaded", "duplicates", "failed"):
            totals[k] += result[k]
        if result.get("error"):
            totals["errors"].append(result["error"])
            if len(totals["errors"]) > 5:
                break
        if result["fetched"] == 0:
            break
    return totals, per_call


def expunge_seen():
    imap = imaplib.IMAP4("127.0.0.1", IMAP_PORT)
    imap.login(ADDRESS, "bench")
    imap.select("INBOX")
    ids = imap.search(None, "SEEN")[1][0].split()
    if ids:
        imap.store(b",".join(ids).decode(), "+FLAGS", "\\Deleted")
        imap.expunge()
    imap.logout()
    return len(ids)


first = {"fetched": 0, "tickets": 0, "threaded": 0, "duplicates": 0, "failed": 0, "calls": 0, "errors": []}
calls = []
delivery_s = 0.0
ingest_s = 0.0
expunged = 0
for start in range(0, N, ROUND):
    delivery_s += deliver(range(start, min(N, start + ROUND)))
    started = time.monotonic()
    result, round_calls = fetch_until_empty()
    ingest_s += time.monotonic() - started
    calls += round_calls[:-1]
    for k, v in result.items():
        first[k] += v
    expunged += expunge_seen()
    print("round %d: %d tickets so far, %.1f s of fetch calls, %.2f mails/s" % (start // ROUND + 1, first["tickets"], ingest_s,
          first["tickets"] / ingest_s if ingest_s else 0), file=sys.stderr, flush=True)
    if result["errors"]:
        break
dup_delivery_s = deliver(range(0, N, max(1, N // DUPLICATES))[:DUPLICATES])
second, _ = fetch_until_empty()
usage = resource.getrusage(resource.RUSAGE_SELF)
calls_sorted = sorted(calls) or [0]
print(json.dumps({
    "n": N, "round": ROUND, "expunged": expunged, "senders": SENDERS, "attachment_bytes": len(ATTACHMENT), "delivery_s": round(delivery_s, 1),
    "ingest_s": round(ingest_s, 1), "per_s": round(first["tickets"] / ingest_s, 1) if ingest_s else 0,
    "first": first, "second": second, "duplicate_delivery_s": round(dup_delivery_s, 1),
    "fetch_call_p50_s": round(calls_sorted[len(calls_sorted) // 2], 2), "fetch_call_max_s": round(calls_sorted[-1], 2),
    "driver_cpu_s": round(usage.ru_utime + usage.ru_stime, 1)}))
