#!/usr/bin/env python3
"""Writes the lead list of bench/import.sh: an Italian spreadsheet export (UTF-8, ';', header
Nome;Cognome;Telefono;Email;Città;Provincia;Consenso marketing) and the numbers that the bench
client already has as customers (to be linked, "merged", rather than created).

    import_csv.py ROWS CSV_FILE EXISTING_NUMBERS_FILE

Rows, by line index i (1-based, header not counted), deterministic:
  i % 50 == 0    phone that cannot exist ('123', 'n.d.', '+39 1', '3471')  -> rejected phoneInvalid
  i % 50 == 25   the phone of row i-10 again, typed differently           -> rejected duplicateInFile
  i % 100 == 7   a number the client already has                          -> merged (linked customer)
  otherwise      a new unique Italian mobile number, typed three ways     -> imported
Printed on stdout: rows invalid duplicate existing new
"""
import sys

ROWS, CSV_FILE, EXISTING = int(sys.argv[1]), sys.argv[2], sys.argv[3]
PREFIXES = ["347", "348", "349", "339", "338", "333", "340", "345", "320", "328"]
FIRST = ["Giuseppe", "Maria", "Giovanni", "Anna", "Antonio", "Giulia", "Francesco", "Chiara", "Niccolò", "Lucìa",
         "Mario", "Francesca", "Luca", "Sara", "Andrea", "Elena", "Marco", "Valentina", "Nicola", "Federica"]
LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "D'Amico", "De Luca", "Bruno", "Gallo", "Conti", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi"]
CITIES = [("Milano", "MI"), ("Napoli", "NA"), ("Forlì", "FC"), ("Cantù", "CO"), ("Città di Castello", "PG"),
          ("Roma", "RM"), ("Torino", "TO"), ("Sant'Agnello", "NA"), ("Palermo", "PA"), ("Bari", "BA")]
INVALID = ["123", "n.d.", "+39 1", "3471"]


def mobile(i):
    prefix = PREFIXES[i % len(PREFIXES)]
    return prefix, f"{1000000 + i:07d}"


def typed(prefix, rest, style):
    if style == 0:
        return f"{prefix} {rest}"
    if style == 1:
        return f"+39 {prefix}{rest}"
    return f"{prefix}{rest}"


def quote(value):
    return '"' + value.replace('"', '""') + '"' if ";" in value or '"' in value else value


counts = {"invalid": 0, "duplicate": 0, "existing": 0, "new": 0}
with open(CSV_FILE, "w", encoding="utf-8", newline="") as out, open(EXISTING, "w") as existing:
    out.write("Nome;Cognome;Telefono;Email;Città;Provincia;Consenso marketing\r\n")
    for i in range(1, ROWS + 1):
        first, last = FIRST[i % len(FIRST)], LAST[(i // 7) % len(LAST)]
        if i % 1000 == 3:
            last = f"{last}; {LAST[(i + 3) % len(LAST)]}"          # a quoted field holding the delimiter
        city, province = CITIES[(i // 3) % len(CITIES)]
        if i % 50 == 0:
            phone = INVALID[(i // 50) % len(INVALID)]
            counts["invalid"] += 1
        elif i % 50 == 25:
            prefix, rest = mobile(i - 10)
            phone = typed(prefix, rest, (i - 10 + 1) % 3)
            counts["duplicate"] += 1
        else:
            prefix, rest = mobile(i)
            phone = typed(prefix, rest, i % 3)
            if i % 100 == 7:
                existing.write(f"+39{prefix}{rest}\n")
                counts["existing"] += 1
            else:
                counts["new"] += 1
        email = f"{first.lower().replace('ò', 'o').replace('ì', 'i')}.{i}@esempio.it"
        consent = "sì" if i % 3 else "no"
        out.write(";".join(quote(v) for v in (first, last, phone, email, city, province, consent)) + "\r\n")
print(ROWS, counts["invalid"], counts["duplicate"], counts["existing"], counts["new"])
