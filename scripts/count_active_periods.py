#!/usr/bin/env python3
"""Count each person's active periods in a data set, independently of orgnet.

Usage: count_active_periods.py DATASET_DIR [--period day|week|month|quarter]

Reads DATASET_DIR/interactions.csv (columns source, target, timestamp; header names are
matched case-insensitively) with the standard library only, drops self-loops as orgnet
does, and prints JSON {id: number of distinct complete UTC periods with at least one row in or out}.
A period is complete when the observed window -- from the start of the first timestamp's day to
the end of the last timestamp's day -- covers all of it (docs/metrics.md#activity: an export cut in the
middle of a month leaves that month partial, and partial periods are not counted).
Periods default to months; weeks are ISO weeks (datetime.isocalendar).
Timestamps: ISO-8601 (no zone = UTC) or unix seconds; numbers above 1e11 are milliseconds.
It is the reference the activity tests compare orgnet's timeline against.
"""
import argparse
import csv
import datetime
import json
import os
import sys

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def parse_time(text):
    text = text.strip()
    try:
        number = float(text)
    except ValueError:
        when = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return when if when.tzinfo else when.replace(tzinfo=datetime.timezone.utc)
    seconds = number / 1000 if abs(number) > 1e11 else number
    # timedelta rather than fromtimestamp: exact for negative (pre-1970) clocks on every platform.
    return EPOCH + datetime.timedelta(seconds=seconds)


def period_of(when, period):
    when = when.astimezone(datetime.timezone.utc)
    if period == "day":
        return when.date().isoformat()
    if period == "week":
        year, week, _ = when.isocalendar()
        return "%04d-W%02d" % (year, week)
    if period == "month":
        return "%04d-%02d" % (when.year, when.month)
    return "%04d-Q%d" % (when.year, (when.month - 1) // 3 + 1)


def period_bounds(when, period):
    """The [start, end) datetimes of the UTC period holding `when`."""
    day = datetime.datetime(when.year, when.month, when.day, tzinfo=datetime.timezone.utc)
    if period == "day":
        return day, day + datetime.timedelta(days=1)
    if period == "week":
        start = day - datetime.timedelta(days=day.weekday())
        return start, start + datetime.timedelta(days=7)
    first_month = when.month if period == "month" else (when.month - 1) // 3 * 3 + 1
    months = 1 if period == "month" else 3
    start = datetime.datetime(when.year, first_month, 1, tzinfo=datetime.timezone.utc)
    year, month = divmod(first_month - 1 + months, 12)
    return start, datetime.datetime(when.year + year, month + 1, 1, tzinfo=datetime.timezone.utc)


def column(header, name):
    lowered = [cell.strip().lstrip("\ufeff").lower() for cell in header]
    if name not in lowered:
        sys.exit("%s column missing; found: %s" % (name, ", ".join(header)))
    return lowered.index(name)


def count(path, period):
    active = {}
    seen = []
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        source, target, timestamp = (column(header, name) for name in ("source", "target", "timestamp"))
        for row in rows:
            if not row or row[source] == row[target]:
                continue
            when = parse_time(row[timestamp])
            seen.append(when)
            key = period_of(when, period)
            for person in (row[source], row[target]):
                active.setdefault(person, set()).add(key)
    first, last = min(seen).astimezone(datetime.timezone.utc), max(seen).astimezone(datetime.timezone.utc)
    window_from = datetime.datetime(first.year, first.month, first.day, tzinfo=datetime.timezone.utc)
    window_to = datetime.datetime(last.year, last.month, last.day, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=1)
    # Only the first and the last period can be partial.
    partial = set()
    for when in (first, last):
        start, end = period_bounds(when, period)
        if start < window_from or end > window_to:
            partial.add(period_of(when, period))
    return {person: len(periods - partial) for person, periods in sorted(active.items())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset_dir")
    parser.add_argument("--period", choices=["day", "week", "month", "quarter"], default="month")
    args = parser.parse_args()
    result = count(os.path.join(args.dataset_dir, "interactions.csv"), args.period)
    json.dump(result, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
