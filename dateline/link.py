"""Cross-article linking: each article's entities -> corpus people, with the evidence for each link.

An entity joins an existing corpus person when a name matches (its full name, or, for a name of
one word, a surname or first name the person was called by within an article) and nothing in the
context contradicts it: a stated gender that differs, or birth ranges (from ages) too far apart to
be a misreported age. Every link keeps its reason in ``entities.link_reason``; ``merge`` and
``split`` correct links by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable, Optional

from dateline.model import Article, Entity, Extraction
from dateline.names import NAME_KINDS, normalize
from dateline.store import KEPT_PREFIX, BatchResult

if TYPE_CHECKING:
    from dateline.store import Store

# Ages in news are often a year or two stale or rounded; two namesakes are usually further apart.
# Birth ranges that miss each other by more than this are taken as two people; a smaller miss links
# them and shows up in `dateline conflicts`. A guess, not tuned: correct with `dateline split`.
BIRTH_GAP_DAYS = 5 * 365


def type_group(entity_type: str) -> str:
    return "PERSON" if entity_type == "PERSON" else "ORG"


@dataclass
class Profile:
    """What an entity or a person is known to be, for telling namesakes apart."""

    genders: set[str]
    born: list[tuple[str, str]]

    def born_hull(self) -> Optional[tuple[date, date]]:
        if not self.born:
            return None
        return min(date.fromisoformat(s) for s, _ in self.born), max(date.fromisoformat(e) for _, e in self.born)


def _gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two ranges; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def compatible(person: Profile, entity: Profile) -> tuple[bool, str]:
    """Can this entity be this person? Returns the verdict and the evidence for it."""
    if person.genders and entity.genders and not (person.genders & entity.genders):
        return False, f"stated gender differs ({'/'.join(sorted(person.genders))} vs {'/'.join(sorted(entity.genders))})"
    p, e = person.born_hull(), entity.born_hull()
    if p and e:
        gap = _gap_days(p, e)
        if gap > BIRTH_GAP_DAYS:
            return False, f"born {e[0]}..{e[1]}, person born {p[0]}..{p[1]}: {gap // 365} years apart"
        if gap:
            return True, f"birth ranges miss by {gap} days (a conflict, kept linked)"
        return True, f"birth ranges agree ({max(p[0], e[0])}..{min(p[1], e[1])})"
    return True, "no contradicting context"


def entity_profile(entity: Entity, extraction: Extraction) -> Profile:
    born = [tuple(f.born_between) for f in extraction.facts if f.subject == entity.id and f.born_between]
    return Profile({entity.gender} if entity.gender else set(), born)  # type: ignore[arg-type]


@dataclass
class Candidate:
    pid: int
    name: str
    profile: Profile


def candidates(store: Store, aid: int, entity: Entity) -> list[Candidate]:
    """People already linked to an entity with a matching name, full-name matches first, each with
    what is known of them (stated genders, the hull of their birth ranges), in one query."""
    norm = normalize(entity.name)
    group = ("PERSON",) if type_group(entity.type) == "PERSON" else ("ORG", "ORG_OR_PRODUCT")
    marks = ", ".join("?" for _ in group)
    rows = store.rows(
        "WITH c AS (SELECT e.person_id AS pid, MAX(al.full_name) AS full_name, COUNT(DISTINCT e.aid) AS n"
        "  FROM aliases al JOIN entities e ON e.aid = al.aid AND e.id = al.entity_id"
        f"  WHERE al.norm = ? AND e.aid <> ? AND e.person_id IS NOT NULL AND e.type IN ({marks}) GROUP BY e.person_id)"
        " SELECT c.pid, c.full_name, p.name, g.gmin, g.gmax, b.bmin, b.bmax FROM c JOIN people p ON p.pid = c.pid"
        " LEFT JOIN (SELECT person_id, MIN(gender) AS gmin, MAX(gender) AS gmax FROM entities"
        "   WHERE person_id IN (SELECT pid FROM c) GROUP BY person_id) g ON g.person_id = c.pid"
        " LEFT JOIN (SELECT e.person_id, MIN(f.born_start) AS bmin, MAX(f.born_end) AS bmax"
        "   FROM facts f JOIN entities e ON e.aid = f.aid AND e.id = f.subject"
        "   WHERE e.person_id IN (SELECT pid FROM c) AND f.born_start IS NOT NULL GROUP BY e.person_id) b ON b.person_id = c.pid"
        " ORDER BY c.full_name DESC, c.n DESC, c.pid",
        (norm, aid, *group),
    )
    if " " in norm:
        # A full name only matches people known by that full name, never by a shared surname.
        rows = [r for r in rows if r["full_name"]]
    return [
        Candidate(int(r["pid"]), r["name"], Profile({g for g in (r["gmin"], r["gmax"]) if g},
                                                    [(r["bmin"], r["bmax"])] if r["bmin"] else []))
        for r in rows
    ]


def link_article(store: Store, aid: int, extraction: Extraction) -> None:
    """Link every entity of a freshly stored article to a corpus person, creating people as needed.

    Links are written once per article: candidates never come from the same article."""
    links: list[tuple[int, str, int, str]] = []
    for entity in extraction.entities:
        norm = normalize(entity.name)
        if not norm:
            continue
        mine = entity_profile(entity, extraction)
        fits: list[tuple[Candidate, str]] = []
        refused: list[tuple[Candidate, str]] = []
        # Somebody the article never names ("spokeswoman for Acme", "Kohl's husband") is only
        # described: another article's person of that description may be someone else.
        unnamed = entity.type == "PERSON" and not any(m.kind in NAME_KINDS for m in entity.mentions)
        for c in [] if unnamed else candidates(store, aid, entity):
            ok, why = compatible(c.profile, mine)
            (fits if ok else refused).append((c, why))
        if len(fits) == 1 or (fits and " " in norm):
            best, why = fits[0]
            pid = best.pid
            reason = f"name {norm!r} matches person #{pid}; {why}"
            if len(norm.split()) > len(normalize(best.name).split()):
                store.execute("UPDATE people SET name = ?, norm = ? WHERE pid = ?", (entity.name, norm, pid))
        else:
            if fits:
                reason = f"new person: {norm!r} is ambiguous between " + ", ".join(f"#{c.pid}" for c, _ in fits)
            elif refused:
                reason = f"new person: {norm!r} matches " + "; ".join(f"#{c.pid} but {why}" for c, why in refused)
            elif unnamed:
                reason = f"new person: {norm!r} is a description, not a name, and is never linked"
            else:
                reason = f"new person: no earlier {norm!r}"
            # The person keeps the entity's own type (ORG_OR_PRODUCT stays that): one type everywhere.
            pid = create_person(store, entity.name, norm, entity.type)
        links.append((pid, reason, aid, entity.id))
    if links:
        store.executemany("UPDATE entities SET person_id = ?, link_reason = ? WHERE aid = ? AND id = ?", links)


def write_batch(store: Store, items: Iterable[tuple[Article, Extraction]]) -> BatchResult:
    """Store a batch of extractions and link their people, all in one transaction.

    ``Store.store_batch`` writes the rows (skipping unchanged articles, replacing changed ones);
    each fresh article's entities are then linked. Hand links survive a replacement: an entity of
    the new version with the same normalized name as one that was linked to a hand-corrected person
    (``merge``, ``split``) goes back to that person."""
    with store.transaction():
        stored = store.store_batch(items)
        for aid, article_id, extraction in stored.fresh:
            link_article(store, aid, extraction)
            relinks = [
                (stored.hand[key][0], KEPT_PREFIX + stored.hand[key][1], aid, e.id)
                for e in extraction.entities
                if (key := (article_id, normalize(e.name))) in stored.hand
            ]
            if relinks:
                store.executemany("UPDATE entities SET person_id = ?, link_reason = ? WHERE aid = ? AND id = ?", relinks)
        # After relinking, so that a hand-made person whose only mentions were replaced survives.
        if stored.result.replaced:
            remove_orphans(store)
    return stored.result


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_person(store: Store, name: str, norm: str, group: str, *, manual: bool = False) -> int:
    row = store.one("INSERT INTO people (name, norm, type, manual) VALUES (?, ?, ?, ?) RETURNING pid", (name, norm, group, int(manual)))
    assert row is not None
    return int(row["pid"])


def remove_orphans(store: Store) -> None:
    store.execute("DELETE FROM people WHERE pid NOT IN (SELECT person_id FROM entities WHERE person_id IS NOT NULL)")


def merge(store: Store, keep: int, other: int) -> int:
    """Fold person ``other`` into ``keep``; returns how many entity links moved."""
    with store.transaction():
        for pid in (keep, other):
            if store.one("SELECT pid FROM people WHERE pid = ?", (pid,)) is None:
                raise KeyError(pid)
        moved = store.one("SELECT COUNT(*) AS n FROM entities WHERE person_id = ?", (other,))
        store.execute(
            "UPDATE entities SET person_id = ?, link_reason = ? WHERE person_id = ?",
            (keep, f"merged by hand from person #{other}", other),
        )
        store.execute("UPDATE people SET manual = 1 WHERE pid = ?", (keep,))
        gone = store.one("SELECT name FROM people WHERE pid = ?", (other,))
        # Earlier merges into ``other`` now lead to ``keep``.
        store.execute("UPDATE merged_people SET into_pid = ? WHERE into_pid = ?", (keep, other))
        store.execute("DELETE FROM merged_people WHERE pid = ?", (other,))
        store.execute("INSERT INTO merged_people (pid, into_pid, name, merged_at) VALUES (?, ?, ?, ?)",
                      (other, keep, gone["name"] if gone else "", _now()))
        store.execute("DELETE FROM people WHERE pid = ?", (other,))
    return int(moved["n"]) if moved else 0


def split(store: Store, pid: int, article_ids: list[str]) -> int:
    """Move the given articles' mentions of person ``pid`` to a new person; returns its id."""
    with store.transaction():
        person = store.one("SELECT name, norm, type FROM people WHERE pid = ?", (pid,))
        if person is None:
            raise KeyError(pid)
        marks = ", ".join("?" for _ in article_ids)
        moving = store.rows(
            "SELECT e.aid, e.id FROM entities e JOIN articles a ON a.aid = e.aid"
            f" WHERE e.person_id = ? AND a.id IN ({marks})",
            (pid, *article_ids),
        )
        if not moving:
            raise LookupError(f"person #{pid} has no mention in {', '.join(article_ids)}")
        new = create_person(store, person["name"], person["norm"], person["type"], manual=True)
        for r in moving:
            store.execute(
                "UPDATE entities SET person_id = ?, link_reason = ? WHERE aid = ? AND id = ?",
                (new, f"split by hand from person #{pid}", r["aid"], r["id"]),
            )
        store.execute("UPDATE people SET manual = 1 WHERE pid = ?", (pid,))
        remove_orphans(store)
    return new
