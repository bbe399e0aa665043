#!/usr/bin/env bash
# HQ and three laptops (two in Nepal, one in Bangladesh) import sheets, edit the same record on
# both Nepal laptops, delete one on one of them while the other edits it, and exchange bundles in
# two different orders: both worlds end identical, with the conflicts listed. Then a tampered and
# a truncated bundle are rejected. Run from the repository: bash docs/sync-walkthrough.sh [DIR]
# (output as shown in docs/sync-walkthrough.txt).
set -euo pipefail
G="${GLO_ACT:-$(pwd)/.venv/bin/glo-act}"
W="${1:-$(mktemp -d)}"
mkdir -p "$W" && cd "$W"
say() { printf '\n$ %s\n' "$*"; }
run() { say "$@"; "$@"; }
edit_cell() {  # edit_cell FILE ID COLUMN VALUE: what an officer does in Excel
  python3 - "$@" <<'PY'
import csv, sys
path, rid, column, value = sys.argv[1:]
with open(path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))
fields = list(rows[0])
for row in rows:
    if row["id"] == rid:
        row[column] = value
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    out = csv.DictWriter(f, fields)
    out.writeheader()
    out.writerows(rows)
PY
}

echo "# Sheets to start from: an office's tracker exported as CSV"
"$G" --data-dir office init --country NP --device-name "Office tracker" >/dev/null
"$G" --data-dir office demo --records 600 --seed 5 >/dev/null 2>&1
"$G" --data-dir office sheet export --kind consultations --country NP -o np-consultations.csv
"$G" --data-dir office sheet export --kind trainings --country BD -o bd-trainings.csv

echo; echo "# HQ and three enrolled laptops"
run "$G" --data-dir hq hq init --name "UNODC HQ Vienna"
declare -A NAME=([np-1]="Nepalgunj laptop 1" [np-2]="Biratnagar laptop 2" [bd-1]="Cox's Bazar laptop")
declare -A COUNTRY=([np-1]=NP [np-2]=NP [bd-1]=BD)
for l in np-1 np-2 bd-1; do
  "$G" --data-dir hq hq enrol --country "${COUNTRY[$l]}" --device-name "${NAME[$l]}" -o "$l.enrol"
  "$G" --data-dir "$l" init --enrolment "$l.enrol"
done

run "$G" --data-dir np-1 sheet import np-consultations.csv --kind consultations
run "$G" --data-dir bd-1 sheet import bd-trainings.csv --kind trainings
for l in np-1 np-2 bd-1; do "$G" --data-dir $l sync export -o $l-first.glo-act-bundle 2>/dev/null; done
run "$G" --data-dir hq sync import np-1-first.glo-act-bundle np-2-first.glo-act-bundle bd-1-first.glo-act-bundle
for l in np-1 np-2 bd-1; do
  "$G" --data-dir hq sync export --to "${NAME[$l]}" -o hq-to-$l.glo-act-bundle 2>/dev/null
  "$G" --data-dir $l sync import hq-to-$l.glo-act-bundle 2>/dev/null | sed -n 1p
done
run "$G" --data-dir np-2 sync status

A=$(sed -n 2p np-consultations.csv | cut -d, -f1)
B=$(sed -n 3p np-consultations.csv | cut -d, -f1)
echo; echo "# Both Nepal laptops edit the title of consultation $A (each in its sheet);"
echo "# np-1 also edits $B's place while np-2 deletes $B"
for l in np-1 np-2; do "$G" --data-dir $l sheet export --kind consultations -o $l-edit.csv >/dev/null 2>&1; done
edit_cell np-1-edit.csv "$A" title "Coordination meeting with Banke district police"
edit_cell np-1-edit.csv "$B" place "Nepalgunj, Banke"
edit_cell np-2-edit.csv "$A" title "District police coordination, Banke"
run "$G" --data-dir np-1 sheet import np-1-edit.csv --kind consultations
run "$G" --data-dir np-2 sheet import np-2-edit.csv --kind consultations
run "$G" --data-dir np-2 delete --kind consultations "$B"
for l in np-1 np-2 bd-1; do "$G" --data-dir $l sync export -o $l-week2.glo-act-bundle 2>/dev/null; done

echo; echo "# Two copies of the network receive the same bundles in two different orders"
for world in order-a order-b; do mkdir -p $world; cp -r hq np-1 np-2 bd-1 $world/; done
(cd order-a
 say "world A: np-1's bundle, then np-2's, then bd-1's"
 "$G" --data-dir hq sync import ../np-1-week2.glo-act-bundle ../np-2-week2.glo-act-bundle ../bd-1-week2.glo-act-bundle 2>/dev/null
 for l in np-1 np-2 bd-1; do
   "$G" --data-dir hq sync export --to "${NAME[$l]}" -o hq-$l.glo-act-bundle 2>/dev/null
   "$G" --data-dir $l sync import hq-$l.glo-act-bundle 2>/dev/null | sed -n 1p
 done)
(cd order-b
 say "world B: bd-1's, np-2's, np-1's, and np-2's a second time; HQ replies in another order"
 "$G" --data-dir hq sync import ../bd-1-week2.glo-act-bundle ../np-2-week2.glo-act-bundle ../np-1-week2.glo-act-bundle ../np-2-week2.glo-act-bundle 2>/dev/null
 for l in bd-1 np-2 np-1; do
   "$G" --data-dir hq sync export --to "${NAME[$l]}" -o hq-$l.glo-act-bundle 2>/dev/null
   "$G" --data-dir $l sync import hq-$l.glo-act-bundle 2>/dev/null | sed -n 1p
 done)

echo; echo "# Every node of both worlds holds the same rows (fingerprint per country)"
for world in order-a order-b; do
  for l in hq np-1 np-2; do printf '%-8s %-5s NP ' $world $l; "$G" --data-dir $world/$l sync fingerprint --country NP; done
  for l in hq bd-1; do printf '%-8s %-5s BD ' $world $l; "$G" --data-dir $world/$l sync fingerprint --country BD; done
done
say "glo-act sync conflicts   (world A, on np-1; the same on hq and np-2 of both worlds)"
"$G" --data-dir order-a/np-1 sync conflicts
for world in order-a order-b; do for l in hq np-1 np-2; do
  printf '%s %s: ' $world $l; "$G" --data-dir $world/$l sync conflicts | tail -1; done; done

echo; echo "# Bad bundles: rejected with a reason, quarantined, nothing changed"
"$G" --data-dir np-1 sync export -o good.glo-act-bundle 2>/dev/null
cp good.glo-act-bundle tampered.glo-act-bundle
python3 - <<'PY'
data = bytearray(open("tampered.glo-act-bundle", "rb").read())
data[-100] ^= 0x01  # one bit of the ciphertext
open("tampered.glo-act-bundle", "wb").write(bytes(data))
PY
head -c $(( $(stat -c %s good.glo-act-bundle) / 2 )) good.glo-act-bundle > truncated.glo-act-bundle
before=$("$G" --data-dir hq sync fingerprint)
say "glo-act sync import tampered.glo-act-bundle truncated.glo-act-bundle"
"$G" --data-dir hq sync import tampered.glo-act-bundle truncated.glo-act-bundle 2>&1 || echo "exit code $?"
[ "$before" = "$("$G" --data-dir hq sync fingerprint)" ] && echo "HQ's fingerprint is unchanged"
ls hq/sync/quarantine
