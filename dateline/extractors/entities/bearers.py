"""Which of several people a one-word surname or first name means, once ``builder._partial``
has found every name it could be part of: the honorific's gender and the one going on speaking,
the lede's person or the one mentioned most, the subject over a relative named in passing, an
age said with it, and a couple's honorific left for the text to settle (couples.defer)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from dateline.extractors.entities.agewords import age_after, age_said_with
from dateline.extractors.entities.clusters import _Cluster, _gender_conflict, _majority
from dateline.extractors.entities.couples import couple_of, defer
from dateline.extractors.entities.honorifics import (
    apposed_kin,
    by_title,
    not_other_kin,
)
from dateline.extractors.entities.namesakes import (
    kin_gender,
    only_gendered,
)
from dateline.extractors.entities.naming import married_by
from dateline.extractors.entities.peeks import speaker_going_on
from dateline.extractors.entities.surnames import (
    is_newcomer,
    kin_of_the_subject,
    living_over_dead,
    passing_object,
    prior_subject,
    the_late,
    titled_relative,
)
from dateline.extractors.entities.syntax import (
    same_paragraph,
)
from dateline.extractors.entities.wedding import pair_member
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


_NAMED_AFTER = re.compile(r"(?:,\s*\d{1,3})?,\s*(?:who\s+(?:is|was)\s+)?named\s+(?:after|for)\s")
# years between the age said at a name and every age its one bearer was given, past which the name
# is a namesake's (a generation: ages told of one person at dates years apart stay well inside it)
_NAMESAKE_GAP = 20


def pick_bearer(b: "_Builder", word: str, at: int, found: list[tuple[_Cluster, str]], gender: Optional[str],
                hint: Optional[str], titled: Optional[str]) -> tuple[Optional[_Cluster], str]:
    """The one of ``found`` (cluster, kind) the name at token ``at`` means, or (None, "name")."""
    if titled and len(found) > 1 and b.observe is None:
        found = speaker_going_on(b, at, found) or found
        # ("She married Kwabena Mensah, a railway clerk ... Mrs Mensah is survived by": not the man she married)
        found = [f for f in found if not married_by(b.doc, f[0], gender)] or found
    if titled and len(found) > 1:
        found = by_title(b, found, titled, lambda f: f[0], at=at)
    if titled and len(found) > 1 and b.observe is None:
        # ("Ewan Bell, 41, no relation ... Captain Bell said": the Bell the article was about;
        # "the late Mrs Mackie": the Mackie who died)
        found = the_late(b, at, found) or [f for f in found if not is_newcomer(b, f[0])] or found
    kin = apposed_kin(b, at) if titled and gender and b.observe is None else None
    if kin is not None:
        # "Mr. Lund, the bride's father": not "The bride's brother, Erik Lund"
        found = not_other_kin(b, found, kin, lambda f: f[0])
    if titled and gender and len(found) > 1 and b.observe is None:
        # "Ms. Lal" in a wedding notice: the bride or groom of that surname, not her brother
        mine = pair_member(b, at, [f[0] for f in found])
        found = [f for f in found if f[0].root() is mine] if mine is not None else only_gendered(b, found, gender, at)
    if hint and len(found) > 1:
        found = [f for f in found if not _gender_conflict(f[0], hint) and kin_gender(b, f[0]) in (None, hint)] or found
        found = [f for f in found if hint in (f[0].root().gender, _majority(f[0].root().peek))] or found
    found = [(c, "name" if k == "org_short" else k) for c, k in found]
    if len(found) > 1 and b.observe is None:
        # ("His father, Kofi Mensah, 79 ... Mensah, 51, joined": an age said here rules out
        # a namesake whose stated age differs, at extraction only)
        # (or before it: "The 68-year-old Raghunathan" after "her father, K. Raghunathan, 68")
        age = age_said_with(b.doc, at)
        if age is not None:
            found = [f for f in found if not f[0].root().other_age(age)] or found
    if len(found) == 1 and b.observe is None:
        # ("have two children, Vincenzo, 12, who is named after his great-grandfather", after
        # "Vincenzo Ferrante, who ... died in 1983 aged 71": one named after another, or a
        # namesake whose stated ages are a generation apart, is somebody else; at extraction only)
        tok = b.doc[at]
        if _NAMED_AFTER.match(text_of(b.doc), tok.idx + len(tok.text)):
            return None, "name"
        age = age_after(b.doc, at + 1) if found[0][0].root().ages else None
        if age is not None and all(abs(a - age) > _NAMESAKE_GAP for a in found[0][0].root().ages):
            return None, "name"
    if len(found) <= 1:
        return found[0] if found else (None, "name")
    sent = b.sent_of[at]
    latest = found[0]
    seen = b.last_seen.get(id(latest[0]), 0)
    # ("'...,' Mr. Danforth told them": the one named in this paragraph, past a quote. Requiring
    # a quote between, so that a family's children named since would not take a titled
    # surname from the lede's person, cost Re-DocRED dev 0.6 on 2026-12-01 and was undone)
    if sent - b.sent_of[seen] <= 1 or (titled and b.observe is None and same_paragraph(b.doc, seen, at)):
        pick = None if titled_relative(b, latest[0], [f[0] for f in found[1:]], titled, gender) else \
            b._subject_over_relative(latest[0], [f[0] for f in found[1:]]) or prior_subject(b, at, latest[0], [f[0] for f in found[1:]]) \
            or (passing_object(b, at, latest[0], [f[0] for f in found[1:]]) if not titled else None) \
            or (kin_of_the_subject(b, at, latest[0], [f[0] for f in found[1:]]) if not titled else None)
        chosen = latest if pick is None else next(f for f in found[1:] if f[0] is pick)
    else:
        # the one mentioned most so far; on a tie, the one named last (the earliest named instead
        # cost the development folders 92.51 -> 92.39 on 2026-12-04, session from 13:36 UTC);
        # a titled surname far from its last bearer is the one the lede named, the article's
        # subject ("When Mereana Tipene walked on to the ward ... Hemi used to say ... Aroha
        # Tipene, 43, ... Mrs Tipene also has eleven grandchildren")
        # (past a headline, the sentence under it is the lede: "Drumbrick's sub-postmistress ...
        # Eileen McCaffrey, who ran the post office counter, died ... Mrs McCaffrey had been";
        # not one whom the pronoun after her name gives the other gender)
        lede = [f for f in found if titled and b._in_lede(f[0]) or (
            titled and b.observe is None and b._in_lede(f[0], under_headline=True) and not (gender and _lede_gender(b, f[0]) not in (None, gender)))]
        found = found if lede or titled else living_over_dead(b, found)
        passing = passing_object(b, at, found[0][0], [f[0] for f in found[1:]]) if not titled and not lede else None
        chosen = lede[0] if len(lede) == 1 else next(f for f in found if f[0] is passing) if passing is not None \
            else max(found, key=lambda f: len(f[0].mentions))
    pair = couple_of(b, chosen[0], [f[0] for f in found]) if gender and titled and b.observe is None else None
    if pair is not None and gender:
        # "Mr Verhoeven" after "Ada and Tomas Verhoeven": which one is for the text to say,
        # not the order they were named in (couples.settle, after pronouns)
        return defer(b, word, pair, gender, chosen[0]), "name"
    return chosen


def _lede_gender(b: "_Builder", c: _Cluster) -> Optional[str]:
    """The gender of the he or she that opens the sentence after the one naming the person first
    ("... has named Park Ji-yeon as chief executive. She takes charge on 1 November"), which the
    clusters do not know yet when a titled surname is read."""
    first = min((m.head for m in c.root().mentions), default=None)
    if first is None:
        return None
    end = b.doc[first].sent.end
    nxt = next((t for t in b.doc[end:end + 3] if not t.is_space), None) if end < len(b.doc) else None
    return b.lex.pronouns.get(nxt.lower_) if nxt is not None and nxt.dep_ == "nsubj" and nxt.lower_ in ("he", "she") else None


# a kin noun of the older generation right before a name ("his father, Gideon Moyo")
_PARENT_BEFORE = re.compile(r"\b(?:father|mother|dad|mum|mom|grandfather|grandmother),?\s+$", re.I)


def elder_bearer(b: "_Builder", found: list[tuple[_Cluster, str]], elder: bool) -> list[tuple[_Cluster, str]]:
    """'Moyo took over from his father, Gideon Moyo ... The elder Moyo': of two people with the
    surname, the one the text introduced as the other's parent (with "younger", the other); the
    candidates as they were when no one of them, or both, was so introduced."""
    text = text_of(b.doc)
    roots = {id(c.root()): c.root() for c, _ in found}
    if len(roots) != 2:
        return found
    parents = {k for k, c in roots.items() if any(_PARENT_BEFORE.search(text, max(0, m.start - 16), m.start) for m in c.mentions)}
    if len(parents) != 1:
        return found
    return [f for f in found if (id(f[0].root()) in parents) == elder]
