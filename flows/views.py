"""Views for analysts and BI tools, over the base views of `warehouse.duckdb`.

Every view here is flat (no list or struct columns), so that a spreadsheet, a BI tool or a CSV
export takes it as it is. Each has a comment (`COMMENT ON VIEW`) that DuckDB shows in
`duckdb_views()`. `create_analyst_views` is called by `flows.warehouse.write_views` once the
base views exist; the views read the base views by name, so they follow every new snapshot.
"""

from __future__ import annotations

import duckdb

#: A date in UTC from a TIMESTAMPTZ column, whatever the session's time zone.
_UTC_DATE = "CAST(timezone('UTC', {column}) AS DATE)"

#: Words too common to tell two `measured` phrases apart.
_STOPWORDS = [
    "the", "and", "for", "from", "with", "are", "was", "were", "been", "has", "have", "had",
    "that", "this", "these", "those", "its", "their", "his", "her", "our", "per", "than",
    "more", "about", "into", "over", "under", "after", "before", "which", "who", "will",
    "would", "also", "but", "not",
]  # fmt: skip

#: A statistic's measured phrase as a key: the distinct words of three letters or more that
#: are not stop words, lower case, sorted. "people die from fentanyl overdoses" and "fentanyl
#: overdoses people die from" are the same claim.
MEASURED_KEY = (
    "array_to_string(list_sort(list_distinct(list_filter("
    "string_split_regex(lower(coalesce(s.measured, '')), '[^a-z0-9]+'), "
    "lambda w: length(w) > 2 AND NOT list_contains(["
    + ", ".join(f"'{w}'" for w in _STOPWORDS)
    + "], w)))), ' ')"
)

#: The unit a claim is compared by: lower case, single spaces.
UNIT_KEY = "nullif(lower(trim(regexp_replace(coalesce(s.unit, ''), '\\s+', ' ', 'g'))), '')"

#: One claim: the same value (and upper end), unit and measured key.
CLAIM_KEY = (
    "concat_ws('|', CAST(s.value AS VARCHAR), coalesce(CAST(s.value_max AS VARCHAR), ''), "
    f"coalesce({UNIT_KEY}, ''), {MEASURED_KEY})"
)

QUOTES_FLAT = f"""
SELECT
    q.quote_id,
    q.article_id,
    q.text,
    q.speaker,
    p.kind AS speaker_kind,
    p.entity_id AS speaker_entity_id,
    q.cue,
    q.medium,
    q.is_direct,
    a.title AS article_title,
    a.published_at,
    {_UTC_DATE.format(column="a.published_at")} AS published_date,
    a.url,
    a.source,
    q.char_start,
    q.char_end,
    q.extractor_version
FROM quotes AS q
JOIN articles AS a USING (article_id)
LEFT JOIN participants AS p ON p.participant_id = q.speaker_participant_id
ORDER BY a.published_at, q.article_id, q.char_start
"""

EVENTS_FLAT = f"""
WITH roles AS (
    SELECT
        ep.event_id,
        string_agg(p.name, ', ' ORDER BY p.name) FILTER (WHERE ep.role = 'actor') AS actors,
        string_agg(p.name, ', ' ORDER BY p.name) FILTER (WHERE ep.role = 'target') AS targets,
        string_agg(p.entity_id, ', ' ORDER BY p.name) FILTER (WHERE ep.role = 'actor')
            AS actor_entity_ids,
        string_agg(p.entity_id, ', ' ORDER BY p.name) FILTER (WHERE ep.role = 'target')
            AS target_entity_ids
    FROM event_participants AS ep
    JOIN participants AS p USING (participant_id)
    GROUP BY ep.event_id
)
SELECT
    e.event_id,
    e.article_id,
    e.event_type,
    e.status,
    e.trigger,
    r.actors,
    r.targets,
    r.actor_entity_ids,
    r.target_entity_ids,
    e.location,
    e.when_text,
    e.event_date,
    e.date_precision,
    CAST(date_trunc('month', coalesce(
        e.event_date, {_UTC_DATE.format(column="a.published_at")}
    )) AS DATE) AS month,
    e.mention_count,
    e.evidence,
    a.title AS article_title,
    a.published_at,
    {_UTC_DATE.format(column="a.published_at")} AS published_date,
    a.url,
    a.source,
    e.char_start,
    e.char_end,
    e.extractor_version
FROM events AS e
JOIN articles AS a USING (article_id)
LEFT JOIN roles AS r USING (event_id)
ORDER BY a.published_at, e.article_id, e.char_start
"""

STATISTICS_FLAT = f"""
SELECT
    s.statistic_id,
    s.article_id,
    s.value,
    s.value_max,
    s.unit,
    s.period,
    s.measured,
    s.approximate,
    s.mention,
    {CLAIM_KEY} AS claim_key,
    a.title AS article_title,
    a.published_at,
    {_UTC_DATE.format(column="a.published_at")} AS published_date,
    a.url,
    a.source,
    s.char_start,
    s.char_end,
    s.extractor_version
FROM statistics AS s
JOIN articles AS a USING (article_id)
ORDER BY a.published_at, s.article_id, s.char_start
"""

ENTITIES = f"""
SELECT
    p.entity_id,
    min(p.name) AS name,
    min(p.kind) AS kind,
    array_to_string(list_sort(list_distinct(flatten(list(p.aliases)))), '; ') AS aliases,
    nullif(array_to_string(list_sort(list_distinct(list(p.title))), '; '), '') AS titles,
    nullif(array_to_string(list_sort(list_distinct(list(p.affiliation))), '; '), '')
        AS affiliations,
    count(DISTINCT p.article_id) AS article_count,
    CAST(sum(p.mention_count) AS BIGINT) AS mention_count,
    min({_UTC_DATE.format(column="a.published_at")}) AS first_published_date,
    max({_UTC_DATE.format(column="a.published_at")}) AS last_published_date
FROM participants AS p
JOIN articles AS a USING (article_id)
GROUP BY p.entity_id
ORDER BY article_count DESC, p.entity_id
"""

CLAIMS = f"""
WITH cited AS (
    SELECT
        s.statistic_id,
        s.article_id,
        s.value,
        s.value_max,
        {UNIT_KEY} AS unit,
        {MEASURED_KEY} AS measured_key,
        {CLAIM_KEY} AS claim_key,
        s.mention,
        s.char_start,
        s.char_end,
        {_UTC_DATE.format(column="a.published_at")} AS published_date
    FROM statistics AS s
    JOIN articles AS a USING (article_id)
),
speakers AS (
    SELECT c.statistic_id, coalesce(p.name, q.speaker) AS speaker
    FROM cited AS c
    JOIN quotes AS q
        ON q.article_id = c.article_id
        AND q.char_start < c.char_end
        AND c.char_start < q.char_end
    LEFT JOIN participants AS p ON p.participant_id = q.speaker_participant_id
    WHERE coalesce(p.name, q.speaker) IS NOT NULL
)
SELECT
    c.claim_key,
    any_value(c.value) AS value,
    any_value(c.value_max) AS value_max,
    any_value(c.unit) AS unit,
    any_value(c.measured_key) AS measured_key,
    min(c.mention) AS example_mention,
    count(DISTINCT c.article_id) AS article_count,
    count(DISTINCT c.statistic_id) AS mention_count,
    min(c.published_date) AS first_published_date,
    max(c.published_date) AS last_published_date,
    nullif(array_to_string(list_sort(list_distinct(list(sp.speaker))), '; '), '') AS cited_by,
    array_to_string(list_sort(list_distinct(list(c.article_id))), '; ') AS article_ids,
    array_to_string(list_sort(list_distinct(list(c.statistic_id))), '; ') AS statistic_ids
FROM cited AS c
LEFT JOIN speakers AS sp USING (statistic_id)
GROUP BY c.claim_key
ORDER BY article_count DESC, c.claim_key
"""

#: View name -> SQL, in the order they are created (a view may read the ones before it).
VIEWS: dict[str, str] = {
    "quotes_flat": QUOTES_FLAT,
    "events_flat": EVENTS_FLAT,
    "statistics_flat": STATISTICS_FLAT,
    "entities": ENTITIES,
    "claims": CLAIMS,
}

#: View name -> what one row is, shown by `duckdb_views()` and the docs.
DESCRIPTIONS: dict[str, str] = {
    "quotes_flat": "One row per quote, with the speaker's kind and entity_id and the "
    "article's title, publication time, URL and source.",
    "events_flat": "One row per event, with its actors and targets as comma-joined canonical "
    "names, a month (event_date, else the article's publication date) and the article.",
    "statistics_flat": "One row per statistic, with its claim_key (see claims) and the "
    "article's title, publication time and source.",
    "entities": "One row per entity_id across all articles: canonical name, kind, every "
    "alias, title and affiliation seen ('; '-joined), article count and first/last "
    "publication dates.",
    "claims": "One row per claim: the same value, unit (lower case) and measured key cited "
    "in one or more articles, with who says it in a quote overlapping the number (cited_by), "
    "how many articles cite it, when first and last, and the article and statistic ids.",
}


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


def create_analyst_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create (or replace) every analyst view on a connection that has the base views."""
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        con.execute(f"COMMENT ON VIEW {name} IS '{_sql_string(DESCRIPTIONS[name])}'")
    return list(VIEWS)
