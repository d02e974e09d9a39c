#!/usr/bin/python3
"""Reference values for `orgnet validate`, counted with Python's csv module from the files.

    /usr/bin/python3 scripts/golden_validate.py                 # writes test/golden/validate/acme.json
    /usr/bin/python3 scripts/golden_validate.py FILE [PEOPLE]   # prints the counts of any file

For an interactions file `source,target[,weight][,timestamp][,relation…]` (the acme layout:
columns named source, target, timestamp and channel) and an optional people file with an `id`
column:

  rows              data rows (blank rows left out);
  selfLoops         rows whose source and target are the same id;
  duplicates        rows identical to an earlier row in every field, each field stripped of the
                    spaces around it; distinctRows the rows left once those are dropped;
  firstDuplicates   the first three repeated rows as [line, line of the first copy];
  ties              distinct (source, target) pairs of the rows that are not self-loops;
  people            ids of the people file and of every row, self-loops included;
  isolates          people without a tie;
  unknownIds        ids of the rows the people file lacks, in order of first appearance;
  withoutRows       people-file ids that appear in no row;
  relations         rows per value of the `channel` column (an empty cell counts as "(none)");
  first, last       the earliest and latest timestamp (ISO 8601 with an offset or `Z`, read as
                    UTC), as ISO 8601 UTC with milliseconds;
  months            calendar months from the first to the last, both included.

Lines are physical lines (header = 1); the acme files hold no quoted line breaks.
"""
import csv
import json
import os
import sys
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_time(text):
    t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=timezone.utc)
    return t.astimezone(timezone.utc)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def counts(path, people_path=None):
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        col = {name: header.index(name) for name in header}
        rows = self_loops = 0
        seen, first_dupes = {}, []
        duplicates = 0
        ties, named, tied = set(), {}, set()
        relations = {}
        times = []
        for line, row in enumerate(reader, start=2):
            if all(cell.strip() == "" for cell in row):
                continue
            rows += 1
            key = tuple(cell.strip() for cell in row)
            if key in seen:
                duplicates += 1
                if len(first_dupes) < 3:
                    first_dupes.append([line, seen[key]])
            else:
                seen[key] = line
            source, target = row[col["source"]].strip(), row[col["target"]].strip()
            for person in (source, target):
                named.setdefault(person, len(named))
            if "channel" in col:
                value = row[col["channel"]].strip() or "(none)"
                relations[value] = relations.get(value, 0) + 1
            if source == target:
                self_loops += 1
                continue
            ties.add((source, target))
            tied.update((source, target))
            if "timestamp" in col and row[col["timestamp"]].strip():
                times.append(parse_time(row[col["timestamp"]].strip()))
    out = {
        "rows": rows,
        "selfLoops": self_loops,
        "duplicates": duplicates,
        "distinctRows": len(seen),
        "firstDuplicates": first_dupes,
        "ties": len(ties),
        "relations": dict(sorted(relations.items())) if "channel" in col else None,
    }
    people = set(named)
    if people_path:
        with open(people_path, newline="", encoding="utf-8-sig") as f:
            listed = [row["id"].strip() for row in csv.DictReader(f)]
        listed_set = set(listed)
        out["unknownIds"] = [i for i in sorted(named, key=named.get) if i not in listed_set]
        out["withoutRows"] = [i for i in listed if i not in named]
        people |= listed_set
    out["people"] = len(people)
    out["isolates"] = len(people - tied)
    if times:
        first, last = min(times), max(times)
        out["first"], out["last"] = iso(first), iso(last)
        out["months"] = (last.year - first.year) * 12 + last.month - first.month + 1
    return out


def main():
    if len(sys.argv) > 1:
        print(json.dumps(counts(*sys.argv[1:3]), indent=2))
        return
    acme = os.path.join(ROOT, "fixtures", "acme")
    result = counts(os.path.join(acme, "interactions.csv"), os.path.join(acme, "people.csv"))
    target = os.path.join(ROOT, "test", "golden", "validate", "acme.json")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
