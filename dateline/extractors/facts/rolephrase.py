"""The words of a post as written around its role noun: 'finance director', 'dean of science',
'shop steward' where the parser took the job word for a modifier of 'shop'. Moved out of
employment.py, which reads the posts."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.extractors.facts.context import patterns


@lru_cache(maxsize=1)
def _job_heads() -> frozenset[str]:
    p = patterns()
    return frozenset(w.split()[-1].lower() for w in p["occupations"] + p["titles"])


def _job_after(role: Token) -> str:
    """' steward' for 'a shop steward at X' parsed with 'shop' as the noun and 'steward' an
    adverb on it: a job's head word right after the noun, hanging from it, is the post's last word."""
    if role.i + 1 >= len(role.doc):
        return ""
    nxt = role.doc[role.i + 1]
    if nxt.head.i != role.i or not nxt.is_lower or nxt.pos_ in ("NOUN", "ADP", "PUNCT") or nxt.lower_ not in _job_heads():
        return ""
    return " " + nxt.lower_


def _hyphened(mod: Token) -> str:
    """'large-animal' for 'animal' in 'a large-animal veterinarian': the words a modifier is
    hyphened to belong to it (the parser hangs 'large' from 'animal', not from the job)."""
    doc, i = mod.doc, mod.i
    while (i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
           and doc[i - 2].is_lower and doc[i - 2].is_alpha):
        i -= 2
    return doc[i : mod.i + 1].text.lower()


def role_phrase(role: Token) -> str:
    drop = set(patterns()["employment"]["role_modifiers_dropped"])
    mods = [c for c in role.children if c.dep_ in ("compound", "amod") and c.i < role.i and c.is_lower and c.lower_ not in drop
            and _hyphened(c) not in drop and not _hyphened(c).endswith("-old")]  # ("longest-serving"; "a 23-year-old labourer": an age)
    # ("an emergency room physician": a compound's own compound, right before it, is the post's too)
    # ("rural affairs correspondent": an adjective of that compound too)
    mods += [g for m in mods if m.dep_ == "compound" for g in m.children
             if g.dep_ in ("compound", "amod") and g.i == m.i - 1 and g.is_lower and g.is_alpha and g.lower_ not in drop]
    # ("co-owner", "vice-chairman" parsed as three words side by side: the prefix is the post's)
    word = role.lower_ if any(role.i - 2 <= t.i < role.i for t in mods) else _hyphened(role)
    phrase = " ".join(_hyphened(t) for t in sorted(mods, key=lambda t: t.i)) + (" " if mods else "") + word + _job_after(role)
    if role.lower_ in patterns()["posts"]["field_titles"]:
        # "dean of science at ORG", "head of sales": a field of lower-case words is the post's
        for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"):
            field = [g for g in prep.children if g.dep_ == "pobj"]
            if len(field) == 1 and field[0].is_lower and field[0].pos_ == "NOUN" and not any(g.dep_ in ("det", "poss") for g in field[0].children):
                words = sorted([g for g in field[0].children if g.dep_ in ("compound", "amod") and g.is_lower] + field, key=lambda t: t.i)
                phrase += " of " + " ".join(t.lower_ for t in words)
            elif len(field) == 1 and field[0].text in patterns()["posts"]["field_abbreviations"]:
                phrase += " of " + field[0].text  # ("head of PE", "head of HR": as written)
            elif len(field) == 1 and field[0].lower_ in patterns()["posts"]["part_nouns"] and any(g.lower_ == "the" for g in field[0].children):
                # "head of the department of chemistry at ORG": a part of the organisation, with its field
                inner = [g for c in field[0].children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj" and g.is_lower and g.pos_ == "NOUN"]
                if len(inner) == 1:
                    phrase += f" of the {field[0].lower_} of {inner[0].lower_}"
    return phrase


def managing_as(tok: Token) -> bool:
    """'succeeded her father as managing director of X' with "managing" parsed as a verb after
    "as" and the post's noun as its object: ``tok`` is that noun (read by asposts.py and
    successors.py; newposts.py reads the "has been managing director" form)."""
    return tok.dep_ == "dobj" and tok.head.lower_ == "managing" and tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "as"
