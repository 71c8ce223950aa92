"""Features of a (person, organisation) pair for a learned employer scorer (issue 9).

A candidate is a person entity and an organisation entity with mentions in one sentence, or a
pair the rules already tied. Its features are read from the mention pair with the shortest
dependency path between their heads: the path (dependency labels and the lemmas on it, proper
names blanked so that no one organisation's spelling is learned), the words between, the
distance, the mentions' kinds, whether a role word is on the path or next to the person, and
whether the rules made the fact. Nothing here is specific to one corpus.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.tokens import Doc, Span, Token

from dateline.model import Entity, Extraction

ORG_TYPES = ("ORG", "ORG_OR_PRODUCT")
MAX_BETWEEN = 10  # words between the two mentions kept as a bag; farther pairs say "far"
MAX_PATH = 5  # path steps spelt out with lemmas; longer paths keep their labels only


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Head words of occupations, titles and workplace posts: the nouns that name a job."""
    root = Path(__file__).resolve().parent.parent / "patterns"
    facts = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    ents = json.loads((root / "entities.json").read_text(encoding="utf-8"))
    words = {w.split()[-1].lower() for w in facts["occupations"] + facts["titles"]}
    words |= {w.lower() for w in ents.get("workplace_posts", []) + ents.get("personal_posts", [])}
    return frozenset(words)


def rule_pairs(ex: Extraction) -> set[tuple[str, str]]:
    """The (person, organisation) pairs the rules tied: employer facts and titles with an object."""
    return {(f.subject, f.object) for f in ex.facts
            if f.object is not None and (f.relation == "employer" or f.relation == "title")}


def _span(doc: Doc, start: int, end: int) -> Optional[Span]:
    return doc.char_span(start, end, alignment_mode="expand")


def _lemma(t: Token) -> str:
    if t.pos_ == "PROPN":
        return "PROPN"
    if t.like_num:
        return "NUM"
    return t.lemma_.lower()


def _ancestors(t: Token) -> list[Token]:
    out = [t]
    while out[-1].head.i != out[-1].i and len(out) < 60:
        out.append(out[-1].head)
    return out


def dep_path(a: Token, b: Token) -> Optional[tuple[list[str], list[Token]]]:
    """Labels along the path a -> common ancestor -> b, and the tokens strictly inside it."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    index_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in index_b:
            j = index_b[t.i]
            labels = [f"{x.dep_}^" for x in up_a[:k]] + [f"v{x.dep_}" for x in reversed(up_b[:j])]
            inner = up_a[1:k] + ([t] if 0 < k and 0 < j else []) + list(reversed(up_b[1:j]))
            return labels, inner
    return None


def _bucket(n: int) -> str:
    for top in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= top:
            return str(top)
    return "more"


def pair_features(doc: Doc, pm: Span, om: Span, p_kind: str, o_kind: str) -> tuple[int, dict[str, float]]:
    """(path length, features) of one person mention and one organisation mention."""
    f: dict[str, float] = {}
    a, b = pm.root, om.root
    roles = role_words()
    got = dep_path(a, b)
    if got is None:
        return 99, {"path=none": 1.0}
    labels, inner = got
    f["pk=" + p_kind] = 1.0
    f["ok=" + o_kind] = 1.0
    f["order=" + ("po" if pm.start < om.start else "op")] = 1.0
    f["plen=" + _bucket(len(labels))] = 1.0
    f["deps=" + " ".join(labels) if len(labels) <= 2 * MAX_PATH else "deps=long"] = 1.0
    if len(labels) <= MAX_PATH:
        lem = [_lemma(t) for t in inner]
        f["path=" + "|".join(labels) + "|" + " ".join(lem)] = 1.0
    for t in inner:
        f["on=" + _lemma(t)] = 1.0
        if t.lemma_.lower() in roles:
            f["role_on_path"] = 1.0
        if t.pos_ == "VERB":
            f["verb_on=" + t.lemma_.lower()] = 1.0
    if not inner:
        f["direct=" + (labels[0] if labels else "same")] = 1.0
    lo, hi = (pm, om) if pm.start < om.start else (om, pm)
    between = doc[lo.end : hi.start] if lo.end <= hi.start else doc[0:0]
    f["gap=" + _bucket(len(between))] = 1.0
    if len(between) <= MAX_BETWEEN:
        for t in between:
            f["bw=" + _lemma(t)] = 1.0
            if t.lemma_.lower() in roles:
                f["role_between"] = 1.0
        if len(between) <= 3:
            f["bws=" + " ".join(t.lower_ for t in between)] = 1.0
    else:
        f["bw=far"] = 1.0
    near = [doc[i] for i in (pm.start - 1, pm.start - 2, pm.end, pm.end + 1) if 0 <= i < len(doc)]
    if any(t.lemma_.lower() in roles for t in near) or any(t.lemma_.lower() in roles for t in pm):
        f["role_by_person"] = 1.0
    if b.dep_ in ("pobj", "poss"):
        f["org_dep=" + b.dep_ + ":" + b.head.lower_] = 1.0
    return len(labels), f


def candidates(doc: Doc, ex: Extraction) -> dict[tuple[str, str], dict[str, float]]:
    """Features of every (person, organisation) pair met in one sentence, or tied by the rules."""
    rules = rule_pairs(ex)
    # a rule may tie a name the entity stage typed as a person to a role ('manager of Galatasaray')
    people = [e for e in ex.entities if e.type == "PERSON" or e.id in {p for p, _ in rules}]
    orgs = [e for e in ex.entities if e.type in ORG_TYPES or e.id in {o for _, o in rules}]
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]

    def sent_of(ch: int) -> int:
        from bisect import bisect_right
        return bisect_right(starts, ch) - 1

    def by_sent(e: Entity) -> dict[int, list]:
        out: dict[int, list] = {}
        for m in e.mentions:
            sp = _span(doc, m.start, m.end)
            if sp is not None and len(sp):
                out.setdefault(sent_of(m.start), []).append((sp, m.kind))
        return out

    org_sents = {o.id: by_sent(o) for o in orgs}
    out: dict[tuple[str, str], dict[str, float]] = {}
    for p in people:
        ps = by_sent(p)
        for o in orgs:
            tied = (p.id, o.id) in rules
            if not tied and (p.type != "PERSON" or o.type not in ORG_TYPES or p.id == o.id):
                continue
            os_ = org_sents[o.id]
            shared = sorted(set(ps) & set(os_))
            best: Optional[tuple[int, dict[str, float]]] = None
            for s in shared:
                for pm, pk in ps[s]:
                    for om, ok in os_[s]:
                        if pm.start < om.end and om.start < pm.end:
                            continue  # one mention inside the other ('the Fenwick Bank chief')
                        got = pair_features(doc, pm, om, pk, ok)
                        if best is None or got[0] < best[0]:
                            best = got
            if best is None and not tied:
                continue
            f = dict(best[1]) if best else {"nosent": 1.0}
            f["sents=" + _bucket(len(shared))] = 1.0
            f["otype=" + o.type] = 1.0
            if tied:
                f["rule"] = 1.0
            f["bias"] = 1.0
            out[(p.id, o.id)] = f
    return out
