"""The records behind each explorer page, built once: the page renders them as HTML and
``?format=json`` returns the very same dict. Charts are derived from these records, never queried
separately."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Optional

from dateline import browse, query
from dateline.errors import QueryError
from dateline.store import Store

PAGE_SIZE = 20

RELATION_WORDS = {
    "number_of_children": "number of children", "occupation": "occupation", "employer": "works for", "title": "title",
    "age": "age", "gender": "gender (as the text states it)", "death": "died", "event": "event", "spouse": "spouse",
    "child": "child", "parent": "parent", "sibling": "sibling", "divorce": "divorced",
}


def words(relation: str) -> str:
    return RELATION_WORDS.get(relation, relation.replace("_", " "))


def evidence_link(article: str, start: int, end: int) -> str:
    from urllib.parse import quote

    return f"/articles/{quote(article, safe='')}?at={start}-{end}#ev"


def home(store: Store) -> dict[str, Any]:
    conflicts = sorted(query.conflicts(store), key=lambda c: (c.second.date or "", c.first.date or ""), reverse=True)
    return {
        "counts": asdict(browse.counts(store)),
        "most_quoted": [asdict(p) for p in browse.people(store, sort="quotes", limit=10) if p.quotes],
        "recent_conflicts": [asdict(c) for c in conflicts[:5]],
    }


@dataclass
class Hit:
    kind: str  # quote or article
    article: str
    title: Optional[str]
    date: Optional[str]
    person: Optional[int]
    speaker: Optional[str]
    channel: Optional[str]
    snippet: str
    start: Optional[int]
    end: Optional[int]
    score: float


def search(store: Store, q: str, *, since: Optional[str] = None, until: Optional[str] = None, channel: Optional[str] = None,
           speaker: Optional[str] = None, page: int = 1, size: int = PAGE_SIZE) -> dict[str, Any]:
    """Quote hits, then article hits, filtered and paged. Speaker and channel filter quotes only, so
    with either set no article hits are shown."""
    first, last = query.parse_day(since, "since"), query.parse_day(until, "until")
    pids = set(query.find_people(store, speaker)) if speaker else None
    if speaker and not pids:
        raise QueryError("E301", name=speaker)
    hits: list[Hit] = []
    qhits = store.search_quotes(q, 1000) if q.strip() else []
    if qhits:
        marks = ", ".join("?" for _ in qhits)
        info = {r["qid"]: r for r in store.rows(
            "SELECT q.qid, a.id AS article, a.title, a.date, a.date_start, a.date_end, e.person_id, COALESCE(p.name, e.name) AS speaker,"
            " q.channel, q.start_char, q.end_char FROM quotes q JOIN articles a ON a.aid = q.aid"
            " LEFT JOIN entities e ON e.aid = q.aid AND e.id = q.speaker LEFT JOIN people p ON p.pid = e.person_id"
            f" WHERE q.qid IN ({marks})", [h["qid"] for h in qhits])}
        for h in qhits:
            r = info[h["qid"]]
            if not _in_window(r, first, last) or (channel and (r["channel"] or "").lower() != channel.lower()):
                continue
            if pids is not None and r["person_id"] not in pids:
                continue
            hits.append(Hit("quote", r["article"], r["title"], r["date"], r["person_id"], r["speaker"], r["channel"], h["snippet"],
                            r["start_char"], r["end_char"], round(float(h["score"]), 4)))
    if q.strip() and not speaker and not channel:
        ahits = store.search_articles(q, 1000)
        if ahits:
            marks = ", ".join("?" for _ in ahits)
            info = {r["aid"]: r for r in store.rows(
                f"SELECT aid, id, title, date, date_start, date_end FROM articles WHERE aid IN ({marks})", [h["aid"] for h in ahits])}
            for h in ahits:
                r = info[h["aid"]]
                if _in_window(r, first, last):
                    hits.append(Hit("article", r["id"], r["title"], r["date"], None, None, None, " ".join(h["snippet"].split()),
                                    None, None, round(float(h["score"]), 4)))
    pages = max(1, -(-len(hits) // size))
    page = min(max(page, 1), pages)
    channels = sorted({r["channel"] for r in store.rows("SELECT DISTINCT channel FROM quotes WHERE channel IS NOT NULL")})
    return {
        "q": q, "since": since, "until": until, "channel": channel, "speaker": speaker, "page": page, "pages": pages,
        "total": len(hits), "results": [asdict(h) for h in hits[(page - 1) * size : page * size]], "channels": channels,
    }


def _in_window(r: dict, first: Optional[date], last: Optional[date]) -> bool:
    # An article dated only to a month counts if any of its days falls in the window.
    return (not first or (r["date_end"] or "9999") >= first.isoformat()) and (not last or (r["date_start"] or "") <= last.isoformat())


def people(store: Store, sort: str = "quotes") -> dict[str, Any]:
    return {"sort": sort, "people": [asdict(p) for p in browse.people(store, sort=sort)]}


def person(store: Store, pid: int, today: Optional[date] = None) -> dict[str, Any]:
    report = query.person(store, f"#{pid}")[0]
    today = today or date.today()
    age = next((f.value for f in query.facts(store, f"#{pid}", as_of=today.isoformat()) if f.relation == "age"), None)
    facts = [{"relation": f.relation, "words": words(f.relation), "value": f.value, "as_of": f.as_of, "when": f.when,
              "evidence": asdict(f.evidence), "link": evidence_link(f.evidence.article, f.evidence.start, f.evidence.end)}
             for f in report.facts]
    # One sentence per relation, with the evidence of every article that states it.
    grouped: dict[tuple, dict[str, Any]] = {}
    for f in report.relations:
        left, _, right = browse.relation_sentence(report.name, f)
        me_left = f.direction == "in"
        key = (left, f.relation, right, f.other_person)
        entry = grouped.setdefault(key, {
            "left": left, "left_person": pid if me_left else f.other_person, "words": words(f.relation) + " of",
            "right": right, "right_person": f.other_person if me_left else pid, "relation": f.relation, "direction": f.direction,
            "evidence": [],
        })
        entry["evidence"].append({**asdict(f.evidence), "as_of": f.as_of,
                                  "link": evidence_link(f.evidence.article, f.evidence.start, f.evidence.end)})
    relations = list(grouped.values())
    articles = store.rows(
        "SELECT DISTINCT a.id, a.title, a.date, a.date_start FROM entities e JOIN articles a ON a.aid = e.aid"
        " WHERE e.person_id = ? ORDER BY a.date_start DESC, a.id", (pid,))
    quotes = [asdict(r) for r in reversed(query.quotes(store, by=f"#{pid}"))]
    return {
        "person": pid, "name": report.name, "type": report.type, "aliases": report.aliases, "born": report.born,
        "age_today": age, "today": today.isoformat(), "quote_count": report.quote_count,
        "articles": [{"id": a["id"], "title": a["title"], "date": a["date"]} for a in articles],
        "facts": facts, "relations": relations, "quotes": quotes,
        "quotes_per_month": [asdict(m) for m in browse.quotes_per_month(store, pid)],
    }


def timeline(store: Store, pid: int) -> dict[str, Any]:
    report = query.person(store, f"#{pid}")[0]
    return {"person": pid, "name": report.name, "events": [{**asdict(e), "certain": e.certain} for e in query.timeline(store, f"#{pid}")]}


def conflicts(store: Store) -> dict[str, Any]:
    rows = []
    for c in query.conflicts(store):
        d = asdict(c)
        d["first"]["link"] = evidence_link(c.first.article, c.first.start, c.first.end)
        d["second"]["link"] = evidence_link(c.second.article, c.second.start, c.second.end)
        rows.append(d)
    return {"conflicts": rows}


def sources(store: Store) -> dict[str, Any]:
    rows = browse.sources(store)
    by_org: dict[str, dict[str, Any]] = {}
    by_speaker: dict[str, dict[str, Any]] = {}
    pid_of = {p.name: p.person for p in browse.people(store, sort="id")}
    for r in rows:
        org = r.organization or "(no organization stated)"
        o = by_org.setdefault(org, {"organization": org, "quotes": 0, "channels": {}})
        o["quotes"] += r.quotes
        o["channels"][r.channel] = o["channels"].get(r.channel, 0) + r.quotes
        s = by_speaker.setdefault(r.speaker, {"speaker": r.speaker, "person": pid_of.get(r.speaker), "type": r.speaker_type,
                                              "organization": r.organization, "quotes": 0})
        s["quotes"] += r.quotes
    return {
        "rows": [asdict(r) for r in rows],
        "organizations": sorted(by_org.values(), key=lambda o: (-o["quotes"], o["organization"])),
        "speakers": sorted(by_speaker.values(), key=lambda s: (-s["quotes"], s["speaker"])),
    }


def article(store: Store, article_id: str, at: Optional[tuple[int, int]] = None) -> tuple[dict[str, Any], Any]:
    """The stored extraction of one article (the JSON) and its highlighted rendering, with entity
    names linked to their corpus people."""
    from dateline.model import Article
    from dateline.render.html import highlight

    row = store.one("SELECT aid, id, date, date_precision, body_start, title, url, source, text FROM articles WHERE id = ?",
                    (article_id,))
    if row is None:
        raise QueryError("E310", article=article_id)
    ex = store.read_extraction(int(row["aid"]))
    art = Article(**{k: row[k] for k in ("id", "date", "date_precision", "body_start", "title", "url", "source", "text")})
    people = {r["id"]: int(r["person_id"]) for r in store.rows(
        "SELECT id, person_id FROM entities WHERE aid = ? AND person_id IS NOT NULL", (row["aid"],))}
    data = {**ex.model_dump(mode="json"), "people": people}
    h = highlight(art, ex, person_href=lambda eid: f"/people/{people[eid]}" if eid in people else None, at=at)
    return data, h
