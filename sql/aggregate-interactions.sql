-- Raw interaction events → one row per (source, target, relation, day), for orgnet.
--
-- Billions of raw events (e-mail, chat, calendar metadata) live in a data lake; an engine that
-- already holds them sums them into daily ties, and orgnet analyses the result, which is small:
-- it grows with distinct (pair, relation, day), not with events. Run it unchanged on DuckDB,
-- Spark SQL or BigQuery, then
--
--   orgnet analyze daily-ties.csv --time-col first [--people people.csv …]
--
-- Every figure of the report equals the one orgnet computes from the raw events (activity per
-- day, week, month or quarter included, since a day never straddles two periods), except those
-- that count rows (org.interactions, meta.input row counts, ties' `count`).
--
-- Input: a table or view named `interactions` with columns
--   source      who shares (text)           target      who receives (text)
--   relation    channel or type (text; NULL allowed, or write a constant)
--   event_time  when (TIMESTAMP, UTC)       weight      how much (number; NULL counts as 1)
-- Rename your columns in a view if they differ. Rows with a missing end and self-loops are left
-- out here; orgnet would drop and count them.
--
-- Portability: plain SELECT / WHERE / GROUP BY over a derived table, with CAST(… AS DATE),
-- COALESCE, SUM, MIN, MAX, COUNT and <>. No dialect features: no date_trunc or its argument
-- order (which differ), no backtick or bracket quoting, no QUALIFY, no GROUP BY ALL or ordinal
-- positions, no `::` casts, and no column named with a reserved word.

SELECT
  source,
  target,
  relation,
  period,
  SUM(weight) AS weight,
  MIN(event_time) AS first,
  MAX(event_time) AS last
FROM (
  SELECT
    source,
    target,
    relation,
    CAST(event_time AS DATE) AS period,
    event_time,
    COALESCE(weight, 1) AS weight
  FROM interactions
  WHERE source IS NOT NULL
    AND target IS NOT NULL
    AND source <> target
) AS events
GROUP BY source, target, relation, period
ORDER BY source, target, relation, period
