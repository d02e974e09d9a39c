#!/usr/bin/env python3
"""The pseudonym of each id, as `orgnet --pseudonymize` writes it: "p-" + the first 10 hex
characters of HMAC-SHA256(salt, id), salt and id as UTF-8 bytes, the id trimmed.

Joins pseudonymized results back to people, for whoever holds the salt: feed it the ids you know
(one per line, or the id column of a people file) and it prints `id,pseudonym` as CSV.

    ORGNET_SALT=... python3 scripts/pseudonyms.py < ids.txt > pseudonyms.csv
    ORGNET_SALT=... python3 scripts/pseudonyms.py --csv people.csv --column id > pseudonyms.csv

Python's standard library only (hmac, hashlib, csv): an implementation independent of orgnet's,
which the tests compare with orgnet's output.
"""
import argparse
import csv
import hashlib
import hmac
import os
import sys


def pseudonym(salt: str, person_id: str) -> str:
    digest = hmac.new(salt.encode("utf-8"), person_id.strip().encode("utf-8"), hashlib.sha256).hexdigest()
    return "p-" + digest[:10]


def ids_of(args: argparse.Namespace):
    if args.csv is None:
        for line in sys.stdin:
            if line.strip():
                yield line.strip()
        return
    with open(args.csv, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            value = (row.get(args.column) or "").strip()
            if value:
                yield value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", help="a CSV file to read the ids from (default: one id per line on stdin)")
    parser.add_argument("--column", default="id", help="the id column of --csv (default: id)")
    args = parser.parse_args()
    salt = os.environ.get("ORGNET_SALT")
    if not salt:
        print("pseudonyms.py: set ORGNET_SALT to the salt the results were made with", file=sys.stderr)
        return 2
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["id", "pseudonym"])
    for person_id in ids_of(args):
        out.writerow([person_id, pseudonym(salt, person_id)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
