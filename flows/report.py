"""A run report: one static HTML page per run, `warehouse/reports/<run_id>.html`.

What came in and what became of it, rows per table, events per month by type, the top
participants, a timeline of the statistics and how much of each article the extractors
covered. Charts are drawn with matplotlib and inlined as SVG; the page loads nothing from
anywhere (no scripts, no fonts, no stylesheets from the network), so it opens offline and can
be mailed as it is.
"""

from __future__ import annotations

import html
import io
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from flows.warehouse import DATABASE
from schemas.enums import PARTICIPANT_KINDS, PLOVER_EVENT_TYPES

if TYPE_CHECKING:
    from flows.pipeline import RunSummary

REPORTS = "reports"
TOP_PARTICIPANTS = 15
TOP_UNITS = 8
TOP_CLAIMS = 10

#: One colour per PLOVER type (cooperation in blues and greens, conflict in warm colours),
#: per participant kind and per unit, the same in every report.
EVENT_COLOURS = dict(
    zip(
        PLOVER_EVENT_TYPES,
        [
            "#1f77b4", "#aec7e8", "#17becf", "#9edae5", "#2ca02c", "#98df8a", "#bcbd22", "#dbdb8d",
            "#ff7f0e", "#ffbb78", "#e377c2", "#f7b6d2", "#9467bd", "#c5b0d5", "#d62728", "#8c564b",
        ],
        strict=True,
    )
)  # fmt: skip
KIND_COLOURS = dict(
    zip(PARTICIPANT_KINDS, ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f"], strict=True)
)
UNIT_COLOURS = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
]  # fmt: skip
OTHER_COLOUR = "#c7c7c7"

Rows = list[tuple[Any, ...]]


# Data -------------------------------------------------------------------------------------


@dataclass
class ReportData:
    """What the report shows, read from the warehouse's views."""

    languages: Rows  # language, articles
    quarantine: Rows  # stage, outcome, reason, count
    events_by_month: Rows  # month, event_type, events
    undated_events: int
    top_participants: Rows  # name, kind, article_count, mention_count
    statistics: Rows  # published_date, value, unit, mention, article_title
    undated_statistics: int
    claims: Rows  # mention, measured key, unit, articles, mentions, first, last, cited_by
    coverage: Rows  # what, articles with at least one, articles extracted


_QUERIES = {
    "languages": "SELECT language, count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
    "quarantine": """
        SELECT stage, outcome, reason, count(*) FROM quarantine
        GROUP BY ALL ORDER BY 4 DESC, 1, 3 LIMIT 20""",
    "events_by_month": """
        SELECT month, event_type, count(*) FROM events_flat
        WHERE month IS NOT NULL GROUP BY ALL ORDER BY 1, 2""",
    "undated_events": "SELECT count(*) FROM events_flat WHERE month IS NULL",
    "top_participants": f"""
        SELECT name, kind, article_count, mention_count FROM entities
        ORDER BY article_count DESC, mention_count DESC, name LIMIT {TOP_PARTICIPANTS}""",
    "statistics": """
        SELECT published_date, value, unit, mention, article_title FROM statistics_flat
        WHERE published_date IS NOT NULL AND value > 0 ORDER BY 1, 2""",
    "undated_statistics": "SELECT count(*) FROM statistics_flat WHERE published_date IS NULL",
    "claims": f"""
        SELECT example_mention, measured_key, unit, article_count, mention_count,
            first_published_date, last_published_date, cited_by
        FROM claims ORDER BY article_count DESC, mention_count DESC, claim_key
        LIMIT {TOP_CLAIMS}""",
    "coverage": """
        WITH extracted AS (SELECT article_id FROM articles WHERE language = 'en')
        SELECT what, count(DISTINCT t.article_id), (SELECT count(*) FROM extracted)
        FROM (
            SELECT 'participant' AS what, article_id FROM participants
            UNION ALL SELECT 'quote', article_id FROM quotes
            UNION ALL SELECT 'statistic', article_id FROM statistics
            UNION ALL SELECT 'event', article_id FROM events
        ) AS t
        WHERE t.article_id IN (SELECT article_id FROM extracted)
        GROUP BY what""",
}


def read_report_data(warehouse_dir: Path) -> ReportData:
    """Everything the report shows, from the warehouse's DuckDB views (read-only)."""
    with duckdb.connect(str(warehouse_dir / DATABASE), read_only=True) as con:
        con.execute("SET TimeZone = 'UTC'")
        rows = {name: con.execute(sql).fetchall() for name, sql in _QUERIES.items()}
    found = {what: (n, total) for what, n, total in rows["coverage"]}
    total = found[next(iter(found))][1] if found else 0
    coverage = [
        (what, found.get(what, (0, total))[0], total)
        for what in ("participant", "quote", "statistic", "event")
    ]
    return ReportData(
        languages=rows["languages"],
        quarantine=rows["quarantine"],
        events_by_month=rows["events_by_month"],
        undated_events=int(rows["undated_events"][0][0]),
        top_participants=rows["top_participants"],
        statistics=rows["statistics"],
        undated_statistics=int(rows["undated_statistics"][0][0]),
        claims=rows["claims"],
        coverage=coverage,
    )


# Charts -----------------------------------------------------------------------------------


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)  # the Agg backend: no display, no global pyplot state
    return figure


_SVG_START = re.compile(r"<svg\b")
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


def figure_svg(figure: Figure) -> str:
    """The figure as an inline <svg> element: text kept as text, no metadata, no header."""
    buffer = io.StringIO()
    with _svg_settings():
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    start = _SVG_START.search(text)
    svg = _SVG_METADATA.sub("", text[start.start() if start else 0 :])
    return f'<div class="chart">{svg}</div>'


def _svg_settings() -> Any:
    return matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "newsfacts"})


def _style(axes: Any) -> None:
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(labelsize=9)
    axes.grid(axis="x", color="#e5e5e5", linewidth=0.8)
    axes.set_axisbelow(True)


def events_chart(rows: Rows) -> str:
    """Stacked bars: events per month, one colour per PLOVER type."""
    months = sorted({month for month, _, _ in rows})
    types = [t for t in PLOVER_EVENT_TYPES if any(r[1] == t for r in rows)]
    counts = {(month, kind): n for month, kind, n in rows}
    labels = [month.strftime("%Y-%m") for month in months]
    figure = _figure(10, 3.6)
    axes = figure.add_subplot()
    bottom = [0] * len(months)
    for kind in types:
        heights = [counts.get((month, kind), 0) for month in months]
        axes.bar(labels, heights, bottom=bottom, color=EVENT_COLOURS[kind], label=kind, width=0.7)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    _style(axes)
    axes.grid(axis="x", visible=False)
    axes.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    axes.set_ylabel("events", fontsize=9)
    axes.tick_params(axis="x", labelrotation=60)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    handles, labels = axes.get_legend_handles_labels()
    axes.legend(  # top of the stack first, as the bars read
        handles[::-1],
        labels[::-1],
        fontsize=8,
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    return figure_svg(figure)


def participants_chart(rows: Rows) -> str:
    """Horizontal bars: the participants seen in most articles, coloured by kind."""
    rows = list(reversed(rows))
    figure = _figure(10, 0.32 * len(rows) + 0.9)
    axes = figure.add_subplot()
    axes.barh(
        [_shorten(str(name), 45) for name, *_ in rows],
        [count for _, _, count, _ in rows],
        color=[KIND_COLOURS.get(kind, "#999999") for _, kind, _, _ in rows],
    )
    _style(axes)
    axes.set_xlabel("articles", fontsize=9)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    kinds = [k for k in PARTICIPANT_KINDS if any(r[1] == k for r in rows)]
    handles = [axes.bar(0, 0, color=KIND_COLOURS[k], label=k) for k in kinds]
    axes.legend(handles=handles, fontsize=8, frameon=False, loc="lower right")
    return figure_svg(figure)


def statistics_chart(rows: Rows) -> str:
    """Each statistic at its article's publication date, by value (log scale), by unit."""
    by_unit: dict[str, int] = {}
    for _, _, unit, _, _ in rows:
        by_unit[unit or "(no unit)"] = by_unit.get(unit or "(no unit)", 0) + 1
    top = sorted(by_unit, key=lambda u: (-by_unit[u], u))[:TOP_UNITS]
    figure = _figure(10, 4.2)
    axes = figure.add_subplot()
    for index, unit in enumerate([*top, "other"]):
        points = [
            (day, value)
            for day, value, u, _, _ in rows
            if (u or "(no unit)") == unit or (unit == "other" and (u or "(no unit)") not in top)
        ]
        if not points:
            continue
        colour = OTHER_COLOUR if unit == "other" else UNIT_COLOURS[index]
        axes.scatter(
            [p[0] for p in points],
            [p[1] for p in points],
            s=26,
            alpha=0.85,
            color=colour,
            label=unit,
            edgecolors="none",
        )
    axes.set_yscale("log")
    _style(axes)
    axes.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    axes.set_ylabel("value (log scale)", fontsize=9)
    axes.set_xlabel("article published", fontsize=9)
    axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return figure_svg(figure)


def coverage_chart(rows: Rows) -> str:
    """Share of extracted articles with at least one row of each table."""
    figure = _figure(10, 2.0)
    axes = figure.add_subplot()
    labels = [f"≥1 {what}" for what, _, _ in reversed(rows)]
    shares = [100 * n / total if total else 0 for _, n, total in reversed(rows)]
    axes.barh(labels, shares, color="#4e79a7")
    for y, share in enumerate(shares):
        axes.text(share + 1, y, f"{share:.0f}%", va="center", fontsize=9)
    axes.set_xlim(0, 110)
    axes.set_xticks([0, 25, 50, 75, 100])
    _style(axes)
    axes.set_xlabel("% of articles extracted", fontsize=9)
    return figure_svg(figure)


# HTML -------------------------------------------------------------------------------------


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def html_table(headers: Sequence[str], rows: Rows, numeric: Sequence[int] = ()) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        cells = []
        for index, value in enumerate(row):
            text = "" if value is None else _number(value)
            css = ' class="num"' if index in numeric else ""
            cells.append(f"<td{css}>{html.escape(text)}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _section(anchor: str, title: str, *parts: str) -> str:
    return f'<section id="{anchor}"><h2>{html.escape(title)}</h2>{"".join(parts)}</section>'


def _note(text: str) -> str:
    return f'<p class="note">{html.escape(text)}</p>'


def _empty(what: str) -> str:
    return _note(f"No {what} in this warehouse.")


def inputs_section(summary: RunSummary, data: ReportData) -> str:
    facts = [
        ("inputs read (files and records)", summary.inputs_seen),
        ("articles in the warehouse", summary.articles),
        ("new articles extracted", summary.articles_new),
        ("articles re-extracted (new extractor version)", summary.articles_updated),
        ("articles carried over unchanged", summary.articles_reused),
        ("articles in unsupported languages (kept, not extracted)", summary.skipped_language),
        ("inputs or rows quarantined", summary.quarantined),
    ]
    parts = [html_table(["", "count"], facts, numeric=[1])]
    parts += ["<h3>Articles by language</h3>"]
    parts += [html_table(["language", "articles"], data.languages, numeric=[1])]
    parts += ["<h3>Quarantine</h3>"]
    parts += [
        html_table(["stage", "outcome", "reason", "rows"], data.quarantine, numeric=[3])
        if data.quarantine
        else _note("Nothing was quarantined.")
    ]
    return _section("inputs", "Inputs and what became of them", *parts)


def rows_section(summary: RunSummary) -> str:
    rows = list(summary.rows.items())
    return _section("rows", "Rows per table", html_table(["table", "rows"], rows, numeric=[1]))


def events_section(data: ReportData) -> str:
    parts = [events_chart(data.events_by_month)] if data.events_by_month else [_empty("events")]
    parts.append(
        _note(
            "Month: the event's own date when the article gives one, else the article's "
            "publication date; months without events are left out. "
            f"{data.undated_events} event(s) have neither date and are not shown."
        )
    )
    return _section("events", "Events per month by type", *parts)


def participants_section(data: ReportData) -> str:
    if not data.top_participants:
        return _section("participants", "Top participants", _empty("participants"))
    return _section(
        "participants",
        "Top participants",
        participants_chart(data.top_participants),
        html_table(["name", "kind", "articles", "mentions"], data.top_participants, numeric=[2, 3]),
    )


def statistics_section(data: ReportData) -> str:
    parts = [statistics_chart(data.statistics)] if data.statistics else [_empty("statistics")]
    parts.append(
        _note(
            f"{len(data.statistics)} statistic(s) with a positive value, placed at their "
            f"article's publication date; {data.undated_statistics} from undated articles "
            "are not shown."
        )
    )
    if data.claims:
        headers = ["claim", "about", "unit", "articles", "mentions", "first", "last", "quoted from"]
        parts += ["<h3>Claims cited most often</h3>"]
        parts += [html_table(headers, data.claims, numeric=[3, 4])]
    return _section("statistics", "Timeline of statistics", *parts)


def coverage_section(data: ReportData) -> str:
    rows = [
        (f"at least one {what}", n, total, f"{100 * n / total:.0f}%" if total else "")
        for what, n, total in data.coverage
    ]
    total = data.coverage[0][2] if data.coverage else 0
    parts = [coverage_chart(data.coverage)] if total else [_empty("extracted articles")]
    parts.append(html_table(["articles with", "articles", "of", "share"], rows, numeric=[1, 2]))
    return _section("coverage", "Extraction coverage", *parts)


_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
color:#222;margin:0;background:#fafafa}
main{max-width:1080px;margin:0 auto;padding:24px 32px 48px;background:#fff}
h1{font-size:1.6em;margin:0 0 4px}
h2{font-size:1.2em;margin:32px 0 8px;padding-bottom:4px;border-bottom:1px solid #ddd}
h3{font-size:1em;margin:16px 0 6px}
p.meta{color:#666;margin:0 0 8px}
p.note{color:#666;font-size:.9em;margin:4px 0}
nav a{margin-right:12px;font-size:.9em}
table{border-collapse:collapse;margin:8px 0;font-size:.92em}
th,td{padding:3px 10px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
th{background:#f3f3f3}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.chart svg{max-width:100%;height:auto}
"""

_SECTIONS = [
    ("inputs", "Inputs"),
    ("rows", "Rows per table"),
    ("events", "Events per month"),
    ("participants", "Top participants"),
    ("statistics", "Statistics"),
    ("coverage", "Coverage"),
]


def render_report(run_id: str, summary: RunSummary, data: ReportData) -> str:
    """The whole page: static HTML, inline CSS and SVG, nothing loaded from elsewhere."""
    nav = "".join(f'<a href="#{a}">{html.escape(t)}</a>' for a, t in _SECTIONS)
    body = [
        f"<h1>newsfacts run {html.escape(run_id)}</h1>",
        f'<p class="meta">extractor {html.escape(summary.extractor_version)} · '
        f"raw {html.escape(str(summary.raw_dir))} · "
        f"warehouse {html.escape(str(summary.warehouse_dir))}</p>",
        f"<nav>{nav}</nav>",
        inputs_section(summary, data),
        rows_section(summary),
        events_section(data),
        participants_section(data),
        statistics_section(data),
        coverage_section(data),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>newsfacts run {html.escape(run_id)}</title>"
        f"<style>{_CSS}</style></head>\n<body><main>\n"
        + "\n".join(body)
        + "\n</main></body></html>\n"
    )


KEEP_REPORTS = 100  # an hourly schedule keeps about four days of reports


def write_run_report(
    warehouse_dir: Path, run_id: str, summary: RunSummary, *, keep: int = KEEP_REPORTS
) -> Path:
    """Write `warehouse/reports/<run_id>.html` (to the side, then renamed) and return it.
    Only the `keep` newest reports stay (run ids sort by time): a scheduled deployment
    would otherwise add a file every run for ever. The `runs` table keeps every run."""
    folder = warehouse_dir / REPORTS
    folder.mkdir(parents=True, exist_ok=True)
    page = render_report(run_id, summary, read_report_data(warehouse_dir))
    path = folder / f"{run_id}.html"
    temporary = folder / f".{run_id}.html.tmp"
    temporary.write_text(page, encoding="utf-8")
    os.replace(temporary, path)
    for old in sorted(folder.glob("*.html"), reverse=True)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return path
