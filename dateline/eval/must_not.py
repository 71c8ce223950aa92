"""The gold's `must_not` list, checked where a rule can be read mechanically.

`must_not` entries are sentences for a human reader ("Assert a gender for Luna or Miles: the article
states none."). Two families recur and say exactly what would break them, so the facts scorer checks
them on every run instead of leaving them to hand-written tests:

- "Assert a gender for A, B or C ..." : a gender fact on any of those people;
- "Type A or B as a person" / "Type A ... as anything but a person": an entity of the wrong type.

Every other entry is counted as not checkable, so a report never claims more than it looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.model import Extraction

_GENDER = re.compile(r"^Assert an? gender for (?P<names>[^:.;]+)", re.IGNORECASE)
_TYPE = re.compile(r"^Type (?P<names>.+?) as (?P<but>anything but )?an? (?P<type>person|organi[sz]ation|place)\b", re.IGNORECASE)
_TYPES = {"person": "PERSON", "organisation": "ORG", "organization": "ORG", "place": "GPE"}


@dataclass(frozen=True)
class Check:
    rule: str
    checkable: bool
    violated_by: tuple[str, ...] = ()


def _names(phrase: str) -> list[str]:
    """'Teigen, Legend or Jack' -> the three names; a trailing clause after a comma stays out
    only by not being a name anyone is called."""
    parts = re.split(r",\s*|\s+or\s+|\s+and\s+", phrase.strip())
    return [p.strip() for p in parts if p.strip()]


def _called(names: list[str], gold: dict) -> set[str]:
    """The gold entity ids that any of these names is a canonical name or a mention of."""
    wanted = {n.lower() for n in names}
    out = set()
    for ent in gold.get("entities", []):
        said = {ent.get("canonical", "").lower()} | {m.get("text", "").lower() for m in ent.get("mentions", [])}
        if wanted & said:
            out.add(ent["id"])
    return out


def check(gold: dict, extraction: Extraction, mapping: dict[str, str]) -> list[Check]:
    """One Check per `must_not` entry. ``mapping`` is system entity id -> gold entity id, as the
    facts scorer maps them; a system entity is also caught by its own name, so that one the
    mapping left out cannot hide a violation."""
    by_id = {e.id: e for e in extraction.entities}

    def hits(names: list[str]) -> list[str]:
        ids = _called(names, gold)
        lowered = {n.lower() for n in names}
        return [e.id for e in extraction.entities if mapping.get(e.id) in ids or e.name.lower() in lowered]

    out = []
    for rule in gold.get("must_not", []):
        if m := _GENDER.match(rule):
            suspects = set(hits(_names(m["names"])))
            bad = sorted({by_id[f.subject].name for f in extraction.facts if f.relation == "gender" and f.subject in suspects})
            out.append(Check(rule, True, tuple(bad)))
        elif m := _TYPE.match(rule):
            want = _TYPES[m["type"].lower()]
            wrong = [by_id[i] for i in hits(_names(m["names"]))]
            bad = sorted({e.name for e in wrong if (e.type.split("_")[0] != want) == bool(m["but"])})
            out.append(Check(rule, True, tuple(bad)))
        else:
            out.append(Check(rule, False))
    return out
