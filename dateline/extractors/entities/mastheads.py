"""A masthead in capitals: the first line of a newsletter or bulletin names the body that issues
it ("ST AIDAN'S PRIMARY SCHOOL - SUMMER NEWSLETTER", "HARLOW ROWING CLUB | NEWS"). The small
model reads such a line as one name running over the separator, or as a person. The words up
to the body's keyword, before a dash or bar, are the organisation (at extraction only), and the
rest of the line (the issue's title) is nobody; the facts stage reads 'our' and 'us' as it
(facts/ourposts.py, publisher.publisher).

A broadcast script's cue labels ("REPORTER (VO):", "PRESENTER 1 (IN VISION):", "SUPER:") are
nobody either: ``script_cues``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import per_doc, text_of
from dateline.read import HEADER

# the first few lines of the body; a line in capitals, its parts split by a dash or a bar
_LINES_READ = 3
_SEPARATOR = re.compile(r"\s+[-–—|:]\s+")
# bodies that issue a newsletter or bulletin in their own voice (not a section heading that ends
# on a trade, "PEOPLE IN SHIPPING")
_INSTITUTIONS = frozenset({"school", "club", "hospital", "society", "association", "union", "council", "church", "university",
                           "college", "trust", "co-operative", "cooperative", "guild", "federation", "league", "academy",
                           "institute", "hospice", "infirmary", "foundation", "grange", "lodge", "legion", "parish",
                           "chapel", "chamber", "cathedral", "abbey", "practice", "surgery", "brigade", "collegiate",
                           # ("SKELWITH FELL RESCUE TEAM", "FRIENDS OF THE ... MARITIME MUSEUM": a
                           # volunteer team's or a museum's report)
                           "team", "museum", "library", "gallery", "centre", "center", "choir", "orchestra", "corps",
                           # ("North Pennine Sinfonia" over its concert programme)
                           "sinfonia", "philharmonic", "symphony", "chorus", "players", "singers", "ensemble"})
# a newspaper's name closing a masthead's first part ("The Southern Ledger | BUSINESS",
# "THE AVON COURIER | Out & About"): the paper, an organisation, whose "our" is its own staff's
# (not a body's organ, "UTK ENGINEERING BULLETIN | Universiti Teknologi Kinta": the body is the
# one speaking)
_PAPERS = frozenset({"ledger", "courier", "press", "weekly", "times", "gazette", "herald", "post", "chronicle", "echo",
                     "mercury", "observer", "tribune", "examiner", "advertiser", "voice", "sentinel", "argus", "express",
                     "telegraph", "dispatch", "clarion", "register", "recorder", "leader", "daily", "standard",
                     "record", "tidings", "journal", "mail", "star", "guardian", "citizen", "bugle",
                     "messenger", "review", "globe", "monitor", "enquirer", "inquirer", "gleaner", "pioneer",
                     "banner", "beacon", "sun", "independent", "reporter", "eagle", "champion"})
# a publication "of" its body, on a masthead's second line
_ISSUED_BY = re.compile(r"(?:The\s+)?(?:Journal|Newsletter|Bulletin|Magazine|Gazette|Quarterly|Yearbook)\s+of\s+(?:the\s+)?"
                        r"(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&.-]*){1,6})")
# a body's name alone on the first line in title case ("North Pennine Sinfonia", "The Harbour
# Singers"): every word capitalised but the joining ones, no sentence's stop
_TITLE_CASE_LINE = re.compile(r"(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w'’&.-]*){1,5}")
_ISSUE_TAIL = re.compile(r"(?:\s+(?:WEEKLY|MONTHLY|QUARTERLY|FRIDAY|MONDAY|SUNDAY|SPRING|SUMMER|AUTUMN|FALL|WINTER|CHRISTMAS|EASTER"
                         r"|STAFF|PARENTS'?|MEMBERS'?|NEWSLETTER|BULLETIN|NEWS|NOTES|MAGAZINE|UPDATE|DIGEST))+\s*$")
# a body's word that opens its name in the Romance languages ("CIRCOLO AMICI DEI PUPI | MEMBERS'
# NEWSLETTER"): the masthead's body is the words up to the separator
_OPENING_INSTITUTIONS = frozenset({"circolo", "associazione", "società", "compagnia", "asociación", "asociacion", "sociedad",
                                   "círculo", "circulo", "cofradía", "cofradia", "peña", "association", "société", "societe",
                                   "cercle", "amicale", "associação", "associacao", "sociedade", "clube"})
# words that name no body on their own: "THE TEAM" is a heading
_NOT_NAMING = frozenset({"THE", "OF", "AND", "&", "OUR", "MEET"})

# a newspaper's desks, named in capitals before a bar and the story's topic or place
_DESK_LINE = re.compile(r"(?P<desk>[A-Z][A-Z &]*?)\s+\|\s+[A-Z][A-Z '’&.-]*")
_DESKS = frozenset({"BUSINESS", "SPORT", "SPORTS", "OBITUARIES", "OBITUARY", "COURTS", "COURT", "CULTURE", "ARTS", "LIFE", "REGION",
                    "REGIONS", "COMMUNITY", "APPOINTMENTS", "LAW", "SOCIETY", "COMPANIES", "MARKETS", "RACING", "NEWS", "LOCAL",
                    "WORLD", "NATIONAL", "POLITICS", "FEATURES", "EDUCATION", "HEALTH", "ENVIRONMENT", "FARMING", "RURAL",
                    "MOTORING", "PROPERTY", "TRAVEL", "FOOD", "MUSIC", "FAITH", "HERITAGE", "PEOPLE", "OPINION", "WEEKEND",
                    "AGRICULTURE", "ECONOMY", "METRO", "CITY", "LIFESTYLE", "TOWN", "COUNCIL", "COUNCILS",
                    "CRIME", "SCHOOLS", "FUNERALS", "NOTICES", "WEDDINGS"})


def _slug_line(line: str) -> bool:
    """"BAGAN | CRAFTS", "OLD DHAKA | SHAKRAIN": a place and a topic in capitals, a short word
    or two each side of the bar, neither naming a body or a paper (those are read below)."""
    cells = [c.split() for c in line.split("|")]
    return len(cells) == 2 and all(1 <= len(c) <= 2 for c in cells) and not any(
        w.lower().strip("'’.") in _INSTITUTIONS or w.lower() in _PAPERS or w.lower() in _OPENING_INSTITUTIONS for c in cells for w in c)


def _desk_line(line: str) -> bool:
    """A desk and its topic or place ("COURTS | KAZANLAK", "BAGAN | CRAFTS"), or a desk's word
    alone on its line ("OBITUARY")."""
    line = line.rstrip()
    desk = _DESK_LINE.fullmatch(line)
    if desk is not None:
        return set(re.findall(r"[A-Z]+", desk.group("desk"))) <= _DESKS or _slug_line(line)
    return bool(line) and line.isupper() and set(line.split()) <= _DESKS


def _head_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """The body's first lines (at most ``_LINES_READ``, up to an empty one), each with its start
    and end."""
    header = HEADER.match(text)
    pos = header.end() if header else 0
    for _ in range(_LINES_READ):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos >= end:
            return
        yield pos, end, text[pos:end]
        pos = end + 1


def desk_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of a newspaper's desk line among the body's first lines ("BUSINESS | CUENCA",
    "SPORTS | LAAMB"): the section and its topic or place, never a mention of anybody or of
    any organisation, however the body later names the place ("the Cuenca exporter")."""
    memo = per_doc(doc, "entities.desk_tokens")
    if None in memo:
        return memo[None]
    out = set[int]()
    for pos, end, line in _head_lines(text_of(doc)):
        if _desk_line(line):
            span = doc.char_span(pos, end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    memo[None] = frozenset(out)
    return memo[None]


def institution_word(word: str) -> bool:
    """A word that ends the name of a body issuing a newsletter in its own voice ("parish")."""
    return word.lower().strip("'’.") in _INSTITUTIONS


def opening_institution_word(word: str) -> bool:
    """A word that opens such a body's name in the Romance languages ("Circolo")."""
    return word.lower() in _OPENING_INSTITUTIONS


def masthead_orgs(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[_NameSpan]:
    """An ORG span for the masthead's body; every word of the masthead line is claimed."""
    text = text_of(doc)
    out: list[_NameSpan] = []
    first = True  # (only the body's first line is a masthead in title case; later ones are headings)
    start = -1
    for pos, end, line in _head_lines(text):
        start = pos if start < 0 else start
        if _desk_line(line):
            # ("SPORTS | LAAMB", "OBITUARIES | OURENSE": a newspaper's desk and its topic or place,
            # nobody and no organisation; "EASTMOOR UNIVERSITY | NEWS RELEASE" is read below)
            line_span = doc.char_span(pos, end, alignment_mode="expand")
            if line_span is not None:
                for k in range(line_span.start, line_span.end):
                    taken[k] = True
            continue
        issued = _ISSUED_BY.match(line)
        if issued is not None and issued.group("org").split()[-1].lower() in _INSTITUTIONS:
            # "Journal of the Suir Valley Beekeepers' Association, May 2023": the body the
            # journal is of, under a masthead that names the journal
            span = doc.char_span(pos + issued.start("org"), pos + issued.end("org"), alignment_mode="expand")
            if span is not None and not any(taken[k] for k in range(span.start, span.end)):
                # (and the lines above it, the publication's own title, "STRUNA", and the line's
                # place after the body, ", Winnipeg": nobody)
                head = doc.char_span(start, end, alignment_mode="expand")
                for k in range(head.start if head is not None else span.start, head.end if head is not None else span.end):
                    taken[k] = True
                out.append(_NameSpan(span.start, span.end, "ORG"))
                return out
        titled = _TITLE_CASE_LINE.fullmatch(line.rstrip()) if first else None
        if titled is not None and line.split()[-1].lower() in _INSTITUTIONS and not line.isupper():
            span = doc.char_span(pos, pos + len(line.rstrip()), alignment_mode="expand")
            if span is not None and not any(taken[k] for k in range(span.start, span.end)):
                for k in range(span.start, span.end):
                    taken[k] = True
                out.append(_NameSpan(span.start, span.end, "ORG"))
                return out
        paper = paper_name(doc) if first else None
        if paper is not None:
            span = doc.char_span(paper[0], paper[1], alignment_mode="expand")
            # (a section's one word after the bar, "| MYSURU", "| WEEKEND", is nobody either; not
            # "| Newsletter of Royal Canadian Legion Branch 217")
            section = re.fullmatch(r"\s+[-–—|:]\s+[A-Z][A-Z]+\s*", text[paper[1] : end])
            line_span = doc.char_span(pos, end, alignment_mode="expand") if section else None
            if span is not None and not any(taken[k] for k in range(span.start, span.end)):
                for k in range(span.start, line_span.end if line_span is not None else span.end):
                    taken[k] = True
                out.append(_NameSpan(span.start, span.end, "ORG"))
                return out
        first = False
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and not re.search(r"[.!?]\s*$", line):
            # ("BELMORE COLLEGIATE FRIDAY BULLETIN", "ST BRIDGET'S PARISH NEWSLETTER": the issue's
            # words closing the line, with no separator before them)
            part = _ISSUE_TAIL.sub("", _SEPARATOR.split(line)[0])
            part = part.split(",")[0]  # ("ALA-TOO FELT MAKERS' COOPERATIVE, KOCHKOR": the body, then its place)
            words = re.findall(r"[A-Z][A-Z'’&.-]*", part)
            if len(words) >= 2 and (words[-1].lower().strip("'’.") in _INSTITUTIONS or words[0].lower() in _OPENING_INSTITUTIONS) \
                    and set(words[:-1]) - _NOT_NAMING:
                span = doc.char_span(pos, pos + len(part.rstrip()), alignment_mode="expand")
                line_span = doc.char_span(pos, end, alignment_mode="expand")
                if span is not None and line_span is not None and not any(taken[k] for k in range(line_span.start, line_span.end)):
                    for k in range(line_span.start, line_span.end):
                        taken[k] = True
                    out.append(_NameSpan(span.start, span.end, "ORG"))
                    return out
    return out


def paper_name(doc: Doc) -> tuple[int, int] | None:
    """The character span of the newspaper's name on the body's first line, if it opens on one
    (read by context.py: such a name is the paper's, an organisation, however often the tagger
    or a later "he" says otherwise)."""
    memo = per_doc(doc, "entities.paper_name")
    if None in memo:
        return memo[None]
    first = next(_head_lines(text_of(doc)), None)
    got = _paper(first[2]) if first is not None else None
    memo[None] = (first[0] + got[0], first[0] + got[1]) if first is not None and got is not None else None
    return memo[None]


def of_paper(doc: Doc, c) -> bool:
    """The cluster is the masthead's newspaper: its first word is the town it serves ("The
    Rosevale Record ... half of Rosevale"), no first name of it."""
    paper = paper_name(doc)
    return paper is not None and bool(c.mentions) and paper[0] <= c.mentions[0].start < paper[1]


_ORGAN_OF = re.compile(r"\b(?:Newsletter|Bulletin|Magazine|Journal|Gazette|Quarterly)\s+of\b", re.I)


def _paper(line: str) -> tuple[int, int] | None:
    """Where a newspaper's name stands on a masthead line split by a bar or a dash: its first
    part, of two words or more, every one capitalised, the last a newspaper's word."""
    parts = _SEPARATOR.split(line)
    if len(parts) < 2 or _ORGAN_OF.search(line):
        return None  # ("The Bugle | Newsletter of the Kestrel Bay Rowing Club": a body's organ, the body speaking)
    name = parts[0].rstrip()
    words = name.split()
    if len(words) < 2 or len(words) > 5 or not all(w[:1].isupper() for w in words) or words[-1].lower() not in _PAPERS:
        return None
    start = 4 if words[0] in ("The", "THE") else 0
    return start, len(name)


# a line that opens on a label in capitals, with a direction in brackets, before a colon
_CUE = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z0-9&'’. -]*?(?:\s*\([A-Z0-9 ,'’.-]+\))?)[ \t]*:", re.M)


def cue_tokens(doc: Doc) -> frozenset[int]:
    """The words of every cue label in a script (two such lines or more: one "BREAKING:" is a
    heading), made once per Doc. A name in the label's brackets ("ACTUALITY (KEN):") is one of
    them; the person it names is named again in the text."""
    memo = per_doc(doc, "entities.cues")
    got = memo.get(None)
    if got is None:
        text = text_of(doc)
        cues = [m for m in _CUE.finditer(text) if any(c.isalpha() for c in m.group("label"))]
        spans = [doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand") for m in cues] if len(cues) >= 2 else []
        got = memo[None] = frozenset(k for sp in spans if sp is not None for k in range(sp.start, sp.end))
    return got


def script_cues(doc: Doc, taken: list[bool]) -> None:
    """Claim the cue labels' words: no name, and no description ("REPORTER") either."""
    for k in cue_tokens(doc):
        taken[k] = True


# a letter's greeting to a group, alone on its line: "Dear Friends,", "Dear fellow members,"
_GREETING = re.compile(r"^Dear\s+(?P<who>[A-Za-z][\w'’ -]*?)\s*,?\s*$", re.M)


def group_greetings(doc: Doc, taken: list[bool]) -> None:
    """Claim a greeting to readers in the plural ("Dear Friends,"): the tagger calls it an
    organisation; a greeting to one named reader ("Dear Mrs Okafor,") stays a name."""
    text = text_of(doc)
    at = text.find("Dear")
    if at < 0:
        return
    for m in _GREETING.finditer(text, at):
        span = doc.char_span(m.start(), m.end("who"), alignment_mode="expand")  # ("Dear" too: the tagger's span opens there)
        if span is not None and span[-1].tag_ in ("NNS", "NNPS") and span[-1].lower_.endswith("s"):
            for k in range(span.start, span.end):
                taken[k] = True
