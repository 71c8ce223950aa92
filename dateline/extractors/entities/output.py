"""The entity stage's output: the builder's clusters as the typed model's ``Entity`` list."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from dateline.extractors.entities.naming import _described_name, _shared_surname
from dateline.extractors.entities.notices import uninverted
from dateline.model import Entity, EntityType, MentionKind, trusted_entity, trusted_mention
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def entities_of(b: "_Builder") -> list[Entity]:
    """The finished ``Entity`` list of a builder's clusters: each cluster's mentions in text
    order, its name (the longest name mention, or a description), its type and gender."""
    doc = b.doc
    text = text_of(doc)
    out = []
    roots = list({id(c.root()): c.root() for c in b.clusters}.values())
    full_names = {m.start: (m, c) for c in roots if c.is_person_like() for m in c.mentions
                  if m.kind == "name" and len(text[m.start : m.end].split()) == 2}
    for c in roots:
        if not c.mentions:
            continue
        seen = set()
        ms = []
        for m in sorted(c.mentions, key=lambda m: (m.start, -m.end)):
            cut = text.rfind("\n", m.start, m.end)
            if cut >= 0 and m.kind == "descriptor" and text[cut + 1 : m.end].strip():
                # ("3. Ferry ¶ The Vice-chair reported": a heading's line is no part of it)
                m = replace(m, start=cut + 1 + (len(text[cut + 1 : m.end]) - len(text[cut + 1 : m.end].lstrip())))
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            ms.append(m)
        names = [m for m in ms if m.kind in ("name", "surname", "firstname") and m.start not in c.former] \
            or [m for m in ms if m.kind in ("name", "surname", "firstname")]
        if names:
            name = max(names, key=lambda m: (m.end - m.start, -m.start))
            name_text = uninverted(text[name.start : name.end])
            if " " not in name_text and c.is_person_like():
                name_text = _shared_surname(text, names, full_names, c, b.lex.shared_surname_cues) or (
                    f"{name_text} {c.pair_surname}" if c.pair_surname else name_text)
        else:
            # ("Mr. Dunn, a nurse at ORG": the honorific's name over the description)
            # (not over a relative's description: "a foal, which their daughter named Sir
            # Percival", parsed as a daughter so named, is no person of that name)
            kin = any(m.kind == "descriptor" and re.search(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+(?:\w+\s+)?(?:daughter|son|wife|husband|mother|father|sister|brother|child)\b", text[m.start : m.end]) for m in ms)
            titled = None if kin else next((text[m.start : m.end] for m in ms if m.kind == "title" and re.search(r"\s[A-Z]", text[m.start : m.end])), None)
            name_text = titled or _described_name(text, c, ms, roots, b.lex) or c.unnamed_text or text[ms[0].start : ms[0].end]
        if c.platform:
            etype = "ORG_OR_PRODUCT"
        elif c.unnamed_text is not None and not names:
            etype = "PERSON" if c.votes["ORG"] <= c.votes["PERSON"] else "ORG"
        else:
            etype = "PERSON" if c.is_person_like() else "ORG"
        if etype == "PERSON" and b.observe is None and names and _place_named_side(text, text[name.start : name.end], c, ms, roots, b):
            etype = "ORG"
        gender = c.gender if etype == "PERSON" else None
        out.append((ms[0].start, name_text, etype, gender, ms))
    out.sort(key=lambda x: x[0])
    # token offsets, our own kinds and types: nothing for validation to check
    return [
        trusted_entity(f"e{n}", name_text, cast(EntityType, etype), gender,
                       [trusted_mention(m.start, m.end, text[m.start : m.end], cast(MentionKind, m.kind)) for m in ms])
        for n, (_, name_text, etype, gender, ms) in enumerate(out, 1)
    ]



def _place_named_side(text: str, name: str, c, ms, roots, b: "_Builder") -> bool:
    """'Redan Creek kept its finals hopes alive ... the Redan Creek Football Club': a "person"
    named as a natural place ("... Creek", "... Bay", "... Falls") with nothing of a person about
    them (no pronoun, description, gender or age), when an organisation is named after the same
    words, is that organisation's side, called by its place (at extraction only)."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in b.lex.natural_place_heads or c.gender or c.ages:
        return False
    if any(m.kind not in ("name", "surname", "firstname") for m in ms):
        return False
    low = name.lower() + " "
    return any(o is not c and not o.is_person_like() and m.kind == "name" and text[m.start : m.end].lower().startswith(low)
               for o in roots for m in o.mentions)
