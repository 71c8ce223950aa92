"""The name an entity is given in the output when the text gives none in full: an unnamed
relative by the person whose relative it is ("Joan Pryce's husband"), a spokesperson by the
organisation ("spokesman for Halvern Flour"), and a first name by the surname its partner's
full name shares ("Ben and Laura Ashworth")."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.syntax import _key
from dateline.nlp import columns, text_of, tokens_of

# ("The 45-year-old's husband": the age descriptor's person, as a name's)
_KIN_PHRASE = re.compile(r"^(?:(?P<pron>[Hh]is|[Hh]er|[Ww]hose)|(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|[Tt]he\s+\d{1,3}-year-old)['’]s?)"
                         r"\s+(?P<late>late\s+)?(?P<kin>[a-z]+)$")
_ROLE_PHRASE = re.compile(r"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<role>[a-z]+)$")
_ROLE_OF = re.compile(r"\s+(?P<prep>for|of|at|with)\s+")


def _name_of(text: str, c: _Cluster) -> Optional[str]:
    names = [m for m in c.mentions if m.kind in ("name", "surname", "firstname")]
    if not names:
        return None
    best = max(names, key=lambda m: (m.end - m.start, -m.start))
    return text[best.start : best.end]


def _described_name(text: str, c: _Cluster, ms: list, roots: list[_Cluster], lex) -> Optional[str]:
    """An unnamed person named by whom the text ties them to: a relative by the owner
    ("whose husband" after Joan Pryce is "Joan Pryce's husband", as "her husband" and "Kohl's
    husband" are), a spokesperson by the organisation ("A spokeswoman for the council" is
    "spokeswoman for Ashby Borough Council")."""
    desc = next((m for m in ms if m.kind == "descriptor"), None)
    if desc is None:
        return None
    phrase = text[desc.start : desc.end]
    others = [o for o in roots if o is not c]
    kin = _KIN_PHRASE.match(phrase)
    if kin is not None and kin.group("kin") in lex.relative_nouns:
        owner = None
        if kin.group("pron") and kin.group("pron").lower() == "whose":
            before = re.search(r",\s*(?:\d{1,3},\s*)?$", text[max(0, desc.start - 10) : desc.start])
            at = desc.start - len(before.group(0)) if before else -1
            owner = next((o for o in others if o.is_person_like() and any(m.end == at and m.kind != "pronoun" for m in o.mentions)), None)
        else:
            word_end = desc.start + len(kin.group("pron") or kin.group("owner"))
            owner = next((o for o in others if o.is_person_like() and any(m.start == desc.start and m.end == word_end for m in o.mentions)), None)
        owner_name = _name_of(text, owner) if owner is not None else None
        if owner_name:
            return f"{owner_name}'s {kin.group('late') or ''}{kin.group('kin')}"
        return None
    role = _ROLE_PHRASE.match(phrase)
    if role is not None and role.group("role") in lex.speaker_nouns:
        prep = _ROLE_OF.match(text, desc.end)
        if prep is not None:
            at = {prep.end(), prep.end() + 4} if text[prep.end() : prep.end() + 4].lower() == "the " else {prep.end()}
            here = [o for o in others if any(m.start in at and m.kind in ("name", "descriptor") for m in o.mentions)]
            # an organisation; else a one-off name the types took for a person's ("Halvern Flour")
            org = next((o for o in here if not o.is_person_like()), None) or next(
                (o for o in here if all(m.kind == "name" for m in o.mentions)), None)
            org_name = _name_of(text, org) if org is not None else None
            if org_name:
                return f"{role.group('role')} {prep.group('prep')} {org_name}"
    return None


# how far after "Ben and Laura Ashworth" a word may show they are family (characters: the
# sentence and the next, in news prose)
SHARED_SURNAME_REACH = 300


def _shared_surname(text: str, names: list, full_names: dict, cluster: _Cluster, cues: frozenset[str]) -> Optional[str]:
    """'Ben and Laura Ashworth': a first name written alone right before 'and' and another
    person's first name and surname shares that surname; the person is 'Ben Ashworth'."""
    for m in names:
        if text[m.end : m.end + 5] != " and ":
            continue
        hit = full_names.get(m.end + 5)
        if hit is None or hit[1] is cluster:
            continue
        # only when the text says they are family ("the couple", "the Ashworths"): "Biden and
        # Donald Trump" is a surname and another man's full name
        surname = text[hit[0].start : hit[0].end].split()[-1]
        after = text[hit[0].end : hit[0].end + SHARED_SURNAME_REACH].lower()
        words = set(re.findall(r"[a-z]+", after))
        if words & cues or f"the {surname.lower()}s" in after:
            return f"{text[m.start : m.end]} {surname}"
    return None


# verbs whose subject takes the object as a spouse ("He married Maureen Pickles in 1976")
_MARRY = frozenset({"marry", "wed"})


def married_name(married: dict[tuple[str, ...], tuple[str, ...]], key: tuple[str, ...], title_gender: Optional[str], text: str) -> Optional[tuple[str, ...]]:
    """The wife a name may be by her married name: a first name and the surname, or the surname
    alone after "Mrs" (not "Dr Asamoah-Boateng", a hyphened surname of two words and no space)."""
    return married.get(key) if (len(key) > 1 and " " in text) or title_gender == "female" else None


def married_names(doc: Doc, spans: list[_NameSpan], gendered: Optional[dict] = None) -> dict[tuple[str, ...], tuple[str, ...]]:
    """'He married Maureen Pickles ... Mrs Hallam, 72, told the court': the names a wife is
    later written by under her husband's surname ("Hallam", "Maureen Hallam"), each mapped to
    the key of the name she was introduced by. The husband is the subject's name, or for a
    pronoun the nearest earlier full name (the family's surname either way). Only a full name
    as the object, and only a surname that differs from hers."""
    full = [sp for sp in spans if sp.end - sp.start >= 2 and sp.label != "ORG" and not sp.platform]
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    # the test on the token columns: a Token object per word of the article cost more than the rest
    cols = columns(doc)
    pos, toks = cols.pos, tokens_of(doc)
    # Each lookup below reads an index of the full names made once (a walk over every name per
    # marriage verb was quadratic in a long article): the first name (in list order) ending at a
    # token, the first holding it, and for "he" the last ending by it, by bisection on the
    # least end from each name on (that minimum only grows along the list).
    by_last: dict[int, _NameSpan] = {}
    holding: dict[int, _NameSpan] = {}
    for sp in full:
        by_last.setdefault(sp.end - 1, sp)
        for t in range(sp.start, sp.end):
            holding.setdefault(t, sp)
    least_end = [sp.end for sp in full]
    for k in range(len(least_end) - 2, -1, -1):
        least_end[k] = min(least_end[k], least_end[k + 1])
    for i in [i for i, lemma in enumerate(cols.lemma_lower) if lemma in _MARRY and pos[i] == "VERB"]:
        verb = toks[i]
        objs = [ch for ch in verb.children if ch.dep_ == "dobj"]
        objs += [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "to" for g in ch.children if g.dep_ == "pobj"]
        subj = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        wife = next((by_last[o.i] for o in objs if o.i in by_last), None)
        if wife is None or subj is None:
            continue
        if subj.tag_ == "PRP" and subj.lower_ == "he":
            k = bisect_right(least_end, subj.i) - 1
            # (not a name the text gave as a woman's: "the founder's daughter, Sandrine Appadoo ...
            # He married Rosemay Pillay", the founder named in between tagged an organisation)
            while k >= 0 and gendered is not None and _apposed_to(doc, full[k].start, gendered) == "female":
                k -= 1
            husband = full[k] if k >= 0 else None
        else:
            husband = holding.get(subj.i)
        if husband is None:
            continue
        # ("Asamoah-Boateng": a hyphened surname is all its words)
        first = husband.end - 1
        while first - 2 >= husband.start and doc[first - 1].text == "-" and not doc[first - 2].whitespace_ and not doc[first - 1].whitespace_:
            first -= 2
        surname = _key(doc, first, husband.end)
        key = _key(doc, wife.start, wife.end)
        if surname[-1] == key[-1]:
            continue
        out[surname] = key
        out[(key[0], *surname)] = key
    for surname, key in _wives_by_first_name(doc, full, spans):
        out.setdefault(surname, key)
        out.setdefault((key[0], *surname), key)
    return out


def _apposed_to(doc: Doc, start: int, gendered: dict) -> Optional[str]:
    """The gender of the gendered noun a name is set off after ("his daughter, Ada Roe"), if any."""
    k = start - 1 - (start > 0 and doc[start - 1].text == ",")
    return gendered.get(doc[k].lower_) if k >= 0 else None


# ("and his wife of 44 years, Kirsty": past how long they have been married)
_OF_YEARS = r"(?:\s+of\s+(?:\d{1,2}|[a-z]+(?:[- ][a-z]+)?)\s+(?:years|decades))?"
_HIS_WIFE = re.compile(r"^(?:,\s*\d{1,3},?)?\s*(?:,\s*)?(?:and|with)\s+his\s+wife" + _OF_YEARS + r",?\s+$")
_WIFE_BEFORE = re.compile(r"\bhis\s+wife" + _OF_YEARS + r",?\s+$")


def _wives_by_first_name(doc: Doc, full: list[_NameSpan], spans: list[_NameSpan]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """'Duncan Ross, 81, and his wife Isla, 79 ... Mrs Ross', 'Ross Lennox and his wife of 44
    years, Kirsty ... Mrs Lennox': a wife named by her first name
    alone right after her husband's full name is the Mrs of his surname."""
    text = text_of(doc)
    ends = {doc[sp.end - 1].idx + len(doc[sp.end - 1].text): sp for sp in full}
    out = []
    for sp in spans:
        if sp.end - sp.start != 1 or sp.platform:
            continue
        at = doc[sp.start].idx
        m = _WIFE_BEFORE.search(text[max(0, at - 40) : at])
        if m is None:
            continue
        lead = at - (len(text[max(0, at - 40) : at]) - m.start())
        husband = next((h for e, h in ends.items() if e <= lead and _HIS_WIFE.match(text[e:at])), None)
        if husband is not None:
            out.append((_key(doc, husband.end - 1, husband.end), _key(doc, sp.start, sp.end)))
    return out


def married_by(doc: Doc, c: _Cluster, gender: Optional[str]) -> bool:
    """The person is named as the one a he or she of ``gender`` married ("She married Kwabena
    Mensah"): that one's spouse, so no "Mrs" or "Mr" of that gender."""
    pronoun = {"female": "she", "male": "he"}.get(gender or "")
    if pronoun is None:
        return False
    for m in c.root().mentions:
        tok = doc[m.head]
        verb = tok.head
        if m.kind == "name" and tok.dep_ == "dobj" and verb.lemma_.lower() in _MARRY and any(
                s.dep_ == "nsubj" and s.lower_ == pronoun for s in verb.children):
            return True
    return False
