"""Ranks written before a name, capitalised or cut short: 'Det Insp Mark Hollis of Avon and
Somerset Police', 'Det Sgt Lucy Warren', 'Cllr Ahmed Rafiq', 'Station Officer Karen Doyle',
'Chief Constable Sarah Penrose'. ``roles`` reads only the ranks the title lexicon spells out in
full; there the short forms gave nothing, and a capitalised rank it does not list left its last
word a job ('manager' of 'Watch Manager', 'constable' of 'Chief Constable'). The words spelt out
must be a rank the lexicon lists (patterns key ``ranks``), so a capitalised word that is no rank
('Harbour Master', a name's first word) gives nothing here."""

from __future__ import annotations

import re
import string
from functools import lru_cache

from dateline.extractors.facts.context import ORG, PERSON, SURE, _Ctx, patterns
from dateline.extractors.facts.roles import _employs

# up to four capitalised words (a short form may end in a full stop) right before the name
_RUN = re.compile(r"((?:[A-Z][A-Za-z]*\.?[ \t]+){1,4})$")
_OF_AFTER = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], frozenset[str]]:
    p = patterns()["ranks"]
    return p["abbreviations"], frozenset(p["titles"])


def _rank(words: list[str]) -> tuple[str, int] | None:
    """The longest rank the words end on, spelt out, and how many words it takes."""
    short, ranks = _lexicon()
    for k in range(len(words)):
        spelt = " ".join(short.get(w.lower().rstrip("."), w.lower()) for w in words[k:])
        if spelt in ranks:
            return spelt, len(words) - k
    return None


_LETTERS = frozenset(string.ascii_letters)


def _may_end_run(text: str, lo: int, hi: int) -> bool:
    """Whether ``_RUN`` can match in ``text[lo:hi]``: its match ends at ``hi`` on spaces or tabs
    after a word ``[A-Z][A-Za-z]*\\.?``, so the letters before them (and an optional point) hold
    a capital. Most names follow a lower-case word ("said Roe"), and the search tried every
    position of the 60 characters before each."""
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1  # ("$" matches before a last line break too)
    k = hi
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k == hi:
        return False
    if k > lo and text[k - 1] == ".":
        k -= 1
    while k > lo and text[k - 1] in _LETTERS:
        k -= 1
        if text[k].isupper():
            return True
    return False


def _rule_ranks_before_names(ctx: _Ctx) -> None:
    text, body = ctx.text, ctx.article.body_start
    for mention, person in ctx.mentions:
        if person.type != "PERSON" or mention.kind not in ("name", "surname") or mention.start <= body:
            continue
        lo = max(body, mention.start - 60)
        run = _RUN.search(text, lo, mention.start) if _may_end_run(text, lo, mention.start) else None
        if run is None:
            continue
        words = run.group(1).split()
        got = _rank(words)
        if got is None:
            continue
        title, n = got
        start = [w.start() for w in re.finditer(r"\S+", text[run.start(1) : run.end(1)])][-n] + run.start(1)
        # "The force's head of roads policing, Inspector X": the post apposed is the title (not
        # after a kin noun: "whose son, Cpl. Kyle Tait")
        before_comma = re.search(r"\b([a-z]+),\s*$", text[max(body, start - 20) : start])
        if before_comma is not None and before_comma.group(1) not in patterns()["kinship"] \
                and before_comma.group(1) not in patterns()["ranks"]["counsel_nouns"]:
            # (but "Ms Nangolo's counsel, Advocate Rosa Beukes": who acts for a party is no post,
            # and the rank is the name's title)
            continue
        if ctx.covering(start, start + 1, ORG) is not None:
            continue  # the first word is an organisation's ("Kerry Fire Station Officer" is read by roles)
        org = None
        after = _OF_AFTER.match(text, mention.end)
        if after is not None:
            org = ctx.starting_at(after.end(), ORG)
        before = ctx.ending_at(start - 1, ORG) if text[start - 1 : start] == " " else None
        org = org or before
        end = org[0].end if org is not None and org[0].start > mention.start else mention.end
        ev_start = org[0].start if org is not None and org[0].start < start else start
        for key, f in list(ctx.facts.items()):
            # the shorter title or job read inside the rank ("officer", "constable") goes
            if (f.subject == person.id and f.relation in ("title", "occupation") and f.evidence.start < mention.end
                    and start < f.evidence.end and f" {title}".endswith(f" {str(f.value).lower()}") and (str(f.value).lower() != title or f.relation == "occupation")):
                del ctx.facts[key]
        if org is not None and _employs(org[1].name, title):
            ctx.add("employer", person, ev_start, end, obj=org[1], confidence=SURE)
        ctx.add("title", person, ev_start, end, value=title, confidence=SURE)
        if title == "judge":
            # ("Justice Ann Kerr ... the late judge": the office is the title; the same word
            # read later as a bare job, as after "Judge Ann Kerr", goes)
            for key, f in ctx.facts.items_of("occupation", person.id):
                if f.value == title:
                    del ctx.facts[key]


# "Captain Sofie Kjær, 27, lifted the trophy", "Capt. Rhona Bain": a captaincy written before a
# name, of a team, a ship or an aircraft alike
_CAPTAIN = re.compile(r"\b(?:Captain|Capt\.)\s+(?=[A-Z])")


# "Captain and goal shooter Rudo Moyo": a side's captain who plays a position, both worn before the name
_CAPTAIN_AND = re.compile(r"\bCaptain\s+and\s+(?P<post>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?=[A-Z])")


def _captains_and_posts(ctx: _Ctx) -> None:
    worn = set(patterns()["titles_worn_before_names"]["words"])
    for m in _CAPTAIN_AND.finditer(ctx.text, ctx.article.body_start):
        hit = ctx.starting_at(m.end(), PERSON)
        if hit is None or hit[1].type != "PERSON" or m.group("post").split()[-1] not in worn or not _about_a_game(ctx.text, m.start()):
            continue
        for value in ("captain", m.group("post")):
            if not any(str(t.value) == value for t in ctx.facts.of("title", hit[1].id)):
                ctx.add("title", hit[1], m.start(), hit[0].end, value=value, confidence=SURE)
        for key, f in ctx.facts.items_of("occupation", hit[1].id):
            if str(f.value) == m.group("post"):
                del ctx.facts[key]


def _rule_captains(ctx: _Ctx) -> None:
    """A captain named so, with no other post the text gives: the news gold writes "captain" as
    the title (a harbourmaster or a ship's master called Captain keeps the post the text gives
    instead). Run after the post rules, so that it reads what they found."""
    if "Captain and " in ctx.text:
        _captains_and_posts(ctx)
    for m in _CAPTAIN.finditer(ctx.text, ctx.article.body_start) if "Capt" in ctx.text else ():
        hit = ctx.starting_at(m.end(), PERSON) or ctx.starting_at(m.start(), PERSON, kinds=("title",))
        if hit is None or any(str(t.value).split()[-1:] == ["captain"] for t in ctx.facts.of("title", hit[1].id)):
            continue
        # (a side's captain is one beside the post the team gives her: "Captain Faith
        # Chepkoech, 24, the team's setter", in a paragraph about a game)
        if (any(ctx.facts.of("title", hit[1].id)) or any(ctx.facts.of("occupation", hit[1].id))) and not _about_a_game(ctx.text, m.start()):
            continue
        ctx.add("title", hit[1], m.start(), hit[0].end, value="captain", confidence=SURE)


# words of a game: a captain in a paragraph with one captains a side, not a ship or an aircraft
_GAME = re.compile(r"\b(?:scored|match|final|semi-final|side|team|club|game|league|cup|innings|wickets?|goals?|points|season|squad|"
                   r"tournament|championship|rally|sets?|tries|fixture|derby|trophy|medals?|saves|players?|coach)\b")


def _about_a_game(text: str, at: int) -> bool:
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    return _GAME.search(text, start, end if end >= 0 else len(text)) is not None


def _rule_professional_titles(ctx: _Ctx) -> None:
    """'Engr. Kayode Adebowale', 'Adv. Savio Pinto': the job a professional title written short
    before a name stands for (patterns key ``professional_titles``)."""
    words = patterns()["professional_titles"]["words"]
    text = ctx.text
    for m in _PROFESSIONAL.finditer(text, ctx.article.body_start) if "." in text else ():
        relation, value = words.get(m.group(1).lower(), (None, None))
        hit = ctx.starting_at(m.end(), PERSON) if relation else None
        if hit is None or hit[1].type != "PERSON":
            continue
        if any(str(f.value).split()[-1:] == value.split()[-1:] for rel in ("occupation", "title") for f in ctx.facts.of(rel, hit[1].id)):
            continue  # ("Engr. Babatunde Adesanmi, 67, a retired civil engineer": the job the text spells out)
        ctx.add(relation, hit[1], m.start(), hit[0].end, value=value, confidence=SURE)


_PROFESSIONAL = re.compile(r"\b(Engr|Eng|Adv)\.\s+(?=[A-Z])")
