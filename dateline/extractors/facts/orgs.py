"""Which organisation a description or a short name stands for, where the entity stage left
it unlinked or linked it elsewhere: 'the theatre' after 'the Lyric Theatre', 'the band's' after
'Hollis Grey, the folk band', 'Harlan State' for 'Harlan State University'."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities.context import CALLED_SO
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.placeuses import after_from
from dateline.extractors.facts.context import ORG, _Ctx, _named, _sentence, patterns
from dateline.extractors.facts.orgtally import Tally, _thing_named, called_so, names_between
from dateline.extractors.facts.orgtext import _described_in_text, _name_before_noun, lede_end
from dateline.model import Entity, Mention


def _word_at(words: list[str], noun: str) -> Optional[int]:
    """Where the last word of ``noun`` (one or more words, singular) stands in a name's words,
    plural or not ('hotel' in 'Kurinji Palace Hotels'), or None."""
    want = noun.lower().split()
    n = len(want)
    for i in range(len(words) - n + 1):
        got = words[i : i + n]
        if got[:-1] == want[:-1] and got[-1] in (want[-1], want[-1] + "s", want[-1] + "es"):
            return i + n - 1
    return None


def _is_head(words: list[str], i: int) -> bool:
    """The word at ``i`` is what the name is a name of: its last word, or one before 'of' or
    only a legal tail ('Combe Dairy Ltd', 'University of Hamburg'; not 'company' in 'National
    Company Law Tribunal')."""
    rest = words[i + 1 :]
    return not rest or rest[0] in ("of", "for", "in", "at", "on") or all(w in patterns()["org_kinds"]["name_tails"] for w in rest)


def _org_by_head(ctx: _Ctx, noun: str, before: int, head_only: bool = False) -> Optional[tuple[Mention, Entity]]:
    """The organisation last named before ``before`` whose name has ``noun`` for a word: 'the
    theatre' after 'the Lyric Theatre', 'the inn' after 'the Saltmarsh Inn in Port Ellery'. With
    ``head_only``, only a name the noun is the head of."""
    # (the name mentions that fit, listed once per noun and article, in the mentions' order, then
    # a bisection on their starts: a walk over every earlier mention per call was quadratic)
    key = ("org_by_head", noun, head_only)
    found = ctx.memo.get(key)
    if found is None:
        starts: list[int] = []
        pairs: list[tuple[Mention, Entity]] = []
        fit: dict[str, bool] = {}
        for m, e in ctx.mentions:
            if e.type in ORG and m.kind == "name":
                ok = fit.get(e.name)
                if ok is None:
                    ok = fit[e.name] = _head_fits(e.name, noun, head_only)
                if ok:
                    starts.append(m.start)
                    pairs.append((m, e))
        found = ctx.memo[key] = (starts, pairs)
    k = bisect_left(found[0], before)
    return found[1][k - 1] if k else None


def _head_fits(name: str, noun: str, head_only: bool) -> bool:
    words = name.lower().split()
    at = _word_at(words, noun) if " " in noun or head_only else (words.index(noun.lower()) if noun.lower() in words else None)
    return at is not None and (not head_only or _is_head(words, at))


def org_kind(noun: str) -> Optional[str]:
    kinds = patterns()["org_kinds"]
    low = " ".join(noun.lower().split())
    return kinds["aliases"].get(low, low if low in kinds["kinds"] else None)


def fits_kind(org: Entity, noun: str) -> Optional[bool]:
    """Whether the organisation is of the kind the noun names ('the paper': a name ending in
    'Sentinel'): False when its name's head marks another kind ('National Company Law
    Tribunal' for 'the company'), None when the noun names no kind the lexicon knows or the name
    tells nothing ('Laurentian Mutual')."""
    kind = org_kind(noun)
    if kind is None:
        return None
    cfg = patterns()["org_kinds"]
    words = org.name.lower().split()
    sites = cfg["site_nouns"]
    if kind == "company" and " ".join(noun.lower().split()) in sites["nouns"] and words[-1:] and words[-1] in sites["heads"]:
        return False  # ("the yard's oldest hand" after "a pilot with Atlantic Airways")
    if kind == "company" and set(words) & set(cfg["company_marks"]):
        return True  # "Marlowe & Finch", "Kurinji Palace Hotels Pvt. Ltd.": a firm's name, wherever the mark stands
    ats = [_word_at(words, w) for w in [noun, *cfg["kinds"][kind]]]
    if any(at is not None and _is_head(words, at) for at in ats):
        return True
    if len(words) > 1 and words[0] in cfg["opening_heads"] and (words[0] in cfg["kinds"][kind] or words[0] == noun.lower()):
        return True  # ("Teatro Ferrante" for "the theatre", "Taller Don Nica" for "the workshop": the head first)
    others = [w for k, ws in cfg["kinds"].items() if k != kind for w in ws] + cfg["other_heads"]
    heads = [at for at in (_word_at(words, w) for w in others) if at is not None and _is_head(words, at)]
    return False if heads else None


def _masthead_line(ctx: _Ctx, m: Mention) -> bool:
    """The mention is the body's first line, alone on it: a publication's masthead."""
    body = ctx.article.body_start
    return not ctx.text[body : m.start].strip() and ctx.text[m.end : m.end + 1] in ("\n", "")


def _org_of_kind(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'the paper' for the Pembrook Lake Sentinel, 'the company' for Kurinji Palace Hotels Pvt.
    Ltd.: of the organisations named before of the noun's kind (patterns key org_kinds), those
    named in this sentence or the one before if any, the one named most (the first on a tie:
    an article names the organisation it is about first)."""
    if org_kind(noun) is None:
        return None
    # (the organisations' name mentions that fit, tallied once per noun and article: asked of
    # every mention for every such noun, a long article was quadratic)
    tally = ctx.memo.get(("of_kind", noun))
    if tally is None:
        fit: dict[str, bool] = {}
        for m, e in ctx.mentions:
            if e.type in ORG and m.kind == "name" and e.id not in fit:
                # (not the paper's own masthead, its first line: "Freight & Logistics Weekly")
                fit[e.id] = bool(fits_kind(e, noun)) and not _masthead_line(ctx, m)
        tally = ctx.memo[("of_kind", noun)] = Tally((m, e) for m, e in ctx.mentions if e.type in ORG and m.kind == "name" and fit[e.id])
    named = tally.before(before)
    if not named:
        return None
    near = _sentence_start(ctx, before, back=1)
    local = [v for v in named if v.last[0].start >= near]
    if not local and len(named) > 1:
        # (a column of several firms, a paragraph each: "Lanark Aviation Services ... has appointed
        # X ... The company was set up in 1978": the one named in this paragraph)
        para = ctx.text.rfind("\n", 0, before) + 1
        local = [v for v in named if v.last[0].start >= para]
        if not local and any(m.start >= para and e.type == "ORG" and m.kind == "name" and fits_kind(e, noun) is None
                             for m, e in ctx.mentions_from(para) if m.start < before):
            return None  # ("At Ostrava Rail Cargo, ... Novak, who joined the firm": the one this paragraph is about)
    # ("joined Halden Systems from Corran Bank. ... the firm's finance director": of those
    # named near, the one named most, not the one it was joined from)
    # (not one named only as where somebody came from: "came to the company last year from the
    # Amathole Fresh Foods chain ... The company now employs 86 people")
    stayed = [v for v in local or named if not (after_from(ctx.text, v.first[0].start) and after_from(ctx.text, v.last[0].start))]
    if not stayed:
        return None
    best = max(stayed, key=lambda v: (v.times, -v.first[0].start))
    return best.last


def _sentence_start(ctx: _Ctx, at: int, back: int = 0) -> int:
    """Where the sentence holding ``at`` starts, or ``back`` sentences before it."""
    span = ctx.doc.char_span(at, min(len(ctx.text), at + 1), alignment_mode="expand")
    if span is None or not len(span):
        return at  # (``at`` on a space between words: no token to read the sentence from)
    sent = _sentence(span[0])
    for _ in range(back):
        if sent.start == 0:
            break
        sent = _sentence(ctx.doc[sent.start - 1])
    return sent.start_char


def _org_for(ctx: _Ctx, noun: str, before: int, described_before: Optional[int] = None) -> Optional[tuple[Mention, Entity]]:
    """The named organisation 'the NOUN' stands for: one named with that word as its head, one
    of the noun's kind by its name, one described by it (not of another kind), or for a noun
    of no known kind one with the word anywhere in its name."""
    at = before - 3 if noun == "op" else before  # (where "co-op" would start: the tokenizer splits it in three)
    if noun in ("co", "op") and re.fullmatch(r"[Cc]o-op", ctx.text[at : at + 5]):
        noun = "co-op"
    described = _org_described(ctx, noun, before if described_before is None else described_before)
    if described is not None and (fits_kind(described[1], noun) is False or another_body(noun, *described)):
        described = None  # ("the company" the entity stage linked to a tribunal)
    # (one of the kind by its name before the entity stage's link: "the company" linked to a city;
    # and for "the company" a description in apposition, else the organisation the article is
    # about, before a link to whichever was named last)
    in_text = _described_in_text(ctx, noun, before)
    appositive = (described if described is not None and _apposed(ctx, described) else None) or in_text \
        or _name_before_noun(ctx, noun, before)
    # (a name the text itself called so, "Dar Bakkouche, one of the last family workshops", over
    # one only of the noun's kind by its name, "Sfax Textile Group")
    hit = _settled_head(ctx, noun, before, _org_by_head(ctx, noun, before, head_only=True)) or _called_as(ctx, noun, before) \
        or in_text or _passing_kind(ctx, before, _org_of_kind(ctx, noun, before), described) or appositive
    if hit is None and org_kind(noun) == "company":
        hit = _main_company(ctx, noun, before, described)
    hit = hit or described
    if hit is not None and org_kind(noun) == "company" and not names_between(ctx, hit[1], _sentence_start(ctx, before, back=2), before):
        # ("Hezron Ouma, who founded Lakeside Millers in 1968, died ... His son has been the
        # company's chief executive since 2009": a body founded or run two sentences back, over
        # one of the kind by its name further back)
        hit = _founded_near(ctx, noun, before) or hit
    if hit is None and " " in noun.strip():
        return _org_for(ctx, noun.split()[-1], before, described_before)  # "the family firm": the firm
    return hit if hit is not None or org_kind(noun) is not None else _org_by_head(ctx, noun, before)




def _called_as(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'Annapurna Dabba Seva, as the business has been called since 1979 ... Kamalabai ran the
    business', '... managing director of the firm': the organisation the text said is called so
    by a noun of this one's kind, before any other of the kind by its name."""
    for m in CALLED_SO.finditer(ctx.text, ctx.article.body_start, before):
        # (of the noun's kind: "the firm" after "as the business has been called")
        if m.group(1).lower() == noun.lower() or (org_kind(noun) is not None and org_kind(m.group(1)) == org_kind(noun)):
            hit = ctx.ending_at(m.start(), ORG)
            if hit is not None:
                return hit
    return None


def _founded_near(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """The last organisation founded, run or owned in this sentence or the two before, by name."""
    start = _sentence_start(ctx, before, back=2)
    last = None
    for m, e in ctx.mentions_from(start):
        if m.start >= before:
            break
        if m.start >= start and e.type in ORG and m.kind == "name" and fits_kind(e, noun) is not False and _actor(ctx, m, founded=True):
            last = (m, e)
    return last


def _settled_head(ctx: _Ctx, noun: str, before: int, hit: Optional[tuple[Mention, Entity]]) -> Optional[tuple[Mention, Entity]]:
    """'The mart's senior auctioneer, X, who spent 31 years at Brecon Farmers Mart ... his son, a
    trainee at the mart': of two names with the noun as head, the one named last only in passing
    (once, as a workplace after a preposition, never a clause's subject) is not the one the text
    has kept talking about; the other, named more often before, is."""
    if hit is None:
        return hit
    named = names_between(ctx, hit[1], 0, before)
    if len(named) != 1 or _actor(ctx, named[0]):
        return hit
    # (the mentions of organisations with that head, listed once per noun and article)
    key = ("settled_head", noun.lower())
    fitting = ctx.memo.get(key)
    if fitting is None:
        fitting = ctx.memo[key] = [(m, e) for m, e in ctx.mentions if e.type in ORG and _head_fits(e.name, noun, True)]
    counts: dict[str, int] = {}
    last: dict[str, tuple[Mention, Entity]] = {}
    for m, e in fitting:
        if m.start >= before:
            break
        if e.id != hit[1].id:
            counts[e.id] = counts.get(e.id, 0) + 1
            if m.kind == "name":
                last[e.id] = (m, e)
    rivals = [k for k in counts if k in last and counts[k] >= 2]
    if not rivals:
        # (or one named in the lede, the article's own: "at Ballinreagh Co-operative Mart last
        # Thursday ... joins from Gortnahoe Mart ... The mart's chairperson")
        lede = lede_end(ctx)
        rivals = [k for k in counts if k in last and last[k][0].start < lede]
    if len(rivals) != 1:
        return hit
    return last[rivals[0]]


def _passing_kind(ctx: _Ctx, before: int, hit: Optional[tuple[Mention, Entity]],
                  described: Optional[tuple[Mention, Entity]]) -> Optional[tuple[Mention, Entity]]:
    """'... joined the firm from Banwo Chambers. His wife is a tax adviser at Ernst & Young.
    ... runs the firm's Abuja office': the firm of the kind named near only in passing (once,
    never a clause's subject) is not the one the text has called 'the firm' before."""
    if hit is None or described is None or described[1].id == hit[1].id:
        return hit
    named = names_between(ctx, hit[1], 0, before)
    if len(named) != 1:
        return hit
    names = names_between(ctx, described[1], 0, before)
    called = sum(1 for m in described[1].mentions if m.kind == "descriptor" and m.start < before)
    if _actor(ctx, named[0]) and not (names and called >= 2 and names[0].start < named[0].start
                                      and not ctx.text[names[0].start : names[0].end].isupper()):
        # (an agent named once is no passing name, unless the other was named first and called
        # so twice since: "Ceylon Crest Teas ... the company ... the company ... instructed by
        # Fonseka & Dias ... the company's finance manager"; not a section's heading in capitals
        # that the entity stage took for it)
        return hit
    if len(names) >= 2:
        return described
    # (or named once, before the other, and called by its nouns since: "Sebina Furnishers ... the
    # family-owned business ... the company's showroom ... Mokgware & Partners ... a director of
    # the company")
    return described if names and called and names[0].start < named[0].start else hit


def _apposed(ctx: _Ctx, described: tuple[Mention, Entity]) -> bool:
    """The description stands right after the organisation's name: 'Hollis Grey, the folk band'."""
    m, e = described
    return any(n.kind == "name" and n.end <= m.start and ctx.text[n.end : m.start] in (", ", " , ") for n in e.mentions)


def _main_company(ctx: _Ctx, noun: str, before: int, linked: Optional[tuple[Mention, Entity]] = None) -> Optional[tuple[Mention, Entity]]:
    """'the company', 'the firm' where no organisation is one by its name: of those named before
    that are of no other kind, the one named most, the first named on a tie (an article names
    the organisation it is about first). 'Edinburgh insurer Hallett Brannock has appointed ...
    joins from Nordhavn Re ... Before that she was at Skagen Mutual. ... ran the company': Hallett
    Brannock, not the one the entity stage linked by recency."""
    # The names that may be meant, whatever ``before``: tallied once per noun and article (each
    # call walked every earlier mention, and a_persons_name every entity per mention).
    tally = ctx.memo.get(("main_company", noun))
    if tally is None:
        not_employers = set(patterns()["employment"]["not_employers"])
        tally = ctx.memo[("main_company", noun)] = Tally(
            (m, e) for m, e in ctx.mentions
            if e.type in ORG and m.kind == "name" and fits_kind(e, noun) is None and not _thing_named(ctx, e) and e.name.lower().split()[-1:] != []
            and e.name.lower().split()[-1] not in not_employers and not a_persons_name(ctx, e))
    counts = tally.before(before)
    if not counts:
        return None
    # One that acted in this sentence or the one before wins ("The brewhouse was bought by Morland
    # Pike Developments. Ruth Moss, who joined the company in 2012"); then the one the entity
    # stage ``linked``, if it acted a sentence further back; then the one named most.
    acted = [v for v in counts if _fresh(ctx, v.first[1], before, back=1)]
    # (the organisation named most, of the organisations proper: not a horse named twice)
    bodies = [v for v in counts if v.first[1].type == "ORG"]
    most = max(bodies, key=lambda v: (v.times, -v.first[0].start)).last[1] if bodies else None
    if linked is not None and called_so(ctx, linked[1], noun, before) >= 2 and linked[1] is most:
        # "the company announced ... joined the company ... a grey mare named Dolores has
        # appeared ... the company's chairman": the organisation the text has kept calling so
        return linked
    if acted:
        return max(acted, key=lambda v: v.last[0].start).last
    if linked is not None and (_fresh(ctx, linked[1], before) or _spoke_near(ctx, linked[1], before)):
        return linked
    # (on a tie, one somebody founded or runs: "the timber shed beside the Röthenbach ... who has
    # run Wyss Alphornbau since 1990 ... The workshop's apprentice")
    best = max(counts, key=lambda v: (any(_actor(ctx, m, founded=True) for m, _e in (v.first, v.last)), v.times, -v.first[0].start))
    return best.last


_FOUNDING_LEMMAS = frozenset({"found", "co-found", "establish", "start", "run", "own", "set", "open"})


def _actor(ctx: _Ctx, m: Mention, founded: bool = False) -> bool:
    """The name is a clause's subject or the agent of a passive ('bought by X'), not a place or
    a workplace after a preposition ('an analyst at X', 'joined from X', 'in Leith'); with
    ``founded``, only the object of founding or running it ('who founded Lakeside Millers')."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if founded:
        return root.dep_ == "dobj" and root.head.lemma_.lower() in _FOUNDING_LEMMAS
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.dep_ == "agent")


_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _spoke_near(ctx: _Ctx, org: Entity, before: int) -> bool:
    """'A spokesman for Brittany Ferries said ... Mr Le Goff, who has worked for the company':
    the company spoke through its spokesperson in this sentence or the two before."""
    for m in names_between(ctx, org, _sentence_start(ctx, before, back=2), before):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.dep_ == "nsubj" \
                and root.head.head.lemma_.lower() in _VOICES:
            return True
    return False


def _fresh(ctx: _Ctx, org: Entity, before: int, back: int = 2, founded: bool = False) -> bool:
    """The organisation acted in this sentence or the ``back`` before it (see ``_actor``): 'bought
    by Tessier Lyle Developments ... Ms Tessier joined the company' is it; 'a partner at the law
    firm Moncrieff Baird. A spokeswoman for the company' is not."""
    near = _sentence_start(ctx, before, back=back)
    return any(_actor(ctx, m, founded) for m in names_between(ctx, org, near, before))


def company_meant(ctx: _Ctx, hit: tuple[Mention, Entity], noun: str, at: int) -> tuple[Mention, Entity]:
    """The organisation a descriptor 'the company' / 'the firm' the entity stage linked stands
    for, read as ``_org_for`` reads it (the link goes to the organisation named last)."""
    if hit[0].kind != "descriptor" or org_kind(noun) != "company":
        return hit
    better = _org_for(ctx, noun, at)
    return hit if better is None else (better[0].model_copy(update={"start": hit[0].start, "end": hit[0].end}), better[1])


def _org_by_head_most(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """Of the organisations named before ``before`` with ``noun`` in their name, the one
    mentioned most so far ('Club president X' in an article about one club that names another
    in passing). The noun must be what the name is a name of: 'fair manager X' is not the
    manager of the Osgood County Fair Board."""
    counts: dict[str, int] = {}
    last: dict[str, tuple[Mention, Entity]] = {}
    for m, e in ctx.mentions:
        if m.start >= before:
            break
        words = e.name.lower().split()
        if e.type in ORG and noun.lower() in words and _is_head(words, words.index(noun.lower())):
            counts[e.id] = counts.get(e.id, 0) + 1
            if m.kind == "name":
                last[e.id] = (m, e)
    named = [k for k in counts if k in last]
    return last[max(named, key=lambda k: counts[k])] if named else None


def _org_described(ctx: _Ctx, noun: str, before: int) -> Optional[tuple[Mention, Entity]]:
    """'the band's' after 'Hollis Grey, the folk band': the named organisation last described
    before by a phrase with that head word. The entity stage may link a later 'the band' to
    another organisation; the description beside the name is firmer."""
    # (listed once per noun and article, then a bisection, as in _org_by_head)
    low = noun.lower()
    found = ctx.memo.get(("org_described", low))
    if found is None:
        starts: list[int] = []
        pairs: list[tuple[Mention, Entity]] = []
        first_name: dict[int, int] = {}
        for m, e in ctx.mentions:
            if e.type in ORG and m.kind == "descriptor" and m.text.lower().split()[-1:] == [low]:
                if id(e) not in first_name:
                    first_name[id(e)] = min((n.start for n in e.mentions if n.kind == "name"), default=m.start)
                if first_name[id(e)] < m.start:  # named before this description
                    starts.append(m.start)
                    pairs.append((m, e))
        found = ctx.memo[("org_described", low)] = (starts, pairs)
    k = bisect_left(found[0], before)
    return found[1][k - 1] if k else None


def _org_named_as(ctx: _Ctx, words: str, start: int, end: int, prefix: bool = False) -> Optional[tuple[Mention, Entity]]:
    """An organisation the entity stage did not mark here but names elsewhere: the same name
    ('Fenwold Logistics' read only at its second use), or the first words of its name, two at
    least, when the rest is a generic word of one ('Harlan State' for 'Harlan State University',
    not 'New York' for 'New York Times'), or a club's town alone ('Ashcombe' for 'Ashcombe Town');
    with ``prefix`` (before a title and a name), any first words of one named before. The mention returned spans the words here."""
    words = " ".join(words.split())
    if not words or not words[0].isupper():
        return None
    emp = patterns()["employment"]
    tails = set(emp["short_name_tails"])
    # ("Ashcombe chairman X" for Ashcombe Town: a club goes by its town's name alone)
    club_tails = set(emp["club_name_tails"])
    found = {e.id: e for _, e in ctx.mentions
             if e.type in ORG and (e.name == words or (e.name.startswith(words + " ") and (
                 (" " in words and e.name[len(words) + 1 :].lower() in tails) or e.name[len(words) + 1 :].lower() in club_tails
                 or (prefix and any(m.kind == "name" and m.end <= start for m in e.mentions)))))}
    if len(found) != 1:
        return None
    e = next(iter(found.values()))
    m = next(m for m in e.mentions if m.kind == "name") if any(m.kind == "name" for m in e.mentions) else e.mentions[0]
    return m.model_copy(update={"start": start, "end": end, "text": ctx.text[start:end]}), e


def a_persons_name(ctx: _Ctx, org: Entity) -> bool:
    """An 'organisation' the entity stage made of a person's surname ('Grange's partner' after
    'Hollis Grange'): the possessive is the person's, not a firm's."""
    low = org.name.lower()
    # (the surnames listed once per article: a walk over every entity per call was quadratic)
    surnames = ctx.memo.get(("person_surnames",))
    if surnames is None:
        surnames = ctx.memo[("person_surnames",)] = {
            e.name.lower().split()[-1] for e in ctx.entities if e.type == "PERSON" and _named(e) and e.name.lower().split()}
    return " " not in low and low in surnames


def article_org(ctx: _Ctx) -> Optional[tuple[Mention, Entity]]:
    """The organisation the article is about: of those the body names, the one mentioned most
    (by name or description), three times or by name twice, and more often than any other; not a
    membership or a person's surname. 'The station's managing director' or 'Its chief financial
    officer' with no station or organisation near stands for it."""
    memo = ctx.memo.get(("article_org",))
    if memo is not None:
        return memo[0]
    not_employers = set(patterns()["employment"]["not_employers"])
    counts: dict[str, list[Mention]] = {}
    first: dict[str, tuple[Mention, Entity]] = {}
    # (a company typed organisation-or-product gets no descriptors, so its "the company" may have
    # gone to a rival: named first, its names alone must not match the winner's, "Marlowe & Finch
    # ... sold to Greystead Holdings")
    hedged: dict[str, list[int]] = {}
    for m, e in ctx.mentions:
        if e.type == "ORG_OR_PRODUCT" and m.start >= ctx.article.body_start and m.kind == "name":
            hedged.setdefault(e.id, []).append(m.start)
        if e.type != "ORG" or m.start < ctx.article.body_start or m.kind not in ("name", "descriptor"):
            continue
        counts.setdefault(e.id, []).append(m)
        if m.kind == "name":
            first.setdefault(e.id, (m, e))
    ranked = sorted((k for k in counts if k in first), key=lambda k: -len(counts[k]))
    best = None
    names = sum(m.kind == "name" for m in counts[ranked[0]]) if ranked else 0
    # (named twice, or named once and described twice: "Hartigan & Co. ... the firm ... the family firm")
    if ranked and (names >= 2 or len(counts[ranked[0]]) >= 3) and (
            len(ranked) == 1 or len(counts[ranked[0]]) > len(counts[ranked[1]])) and (
            names > max((len(at) for at in hedged.values() if at[0] < first[ranked[0]][0].start), default=0)):
        m, e = first[ranked[0]]
        # (one the text talks about, as a description or a clause's subject or possessor: not a
        # place named twice in passing, "BLACK RIVER, St Elizabeth — ... part of St Elizabeth")
        talked = any(n.kind == "descriptor" or _actor(ctx, n) or ctx.text[n.end : n.end + 2] in ("'s", "’s") for n in counts[e.id])
        if talked and not set(e.name.lower().split()[-1:]) & not_employers and not a_persons_name(ctx, e):
            best = (m, e)
    ctx.memo[("article_org",)] = (best,)
    return best


def family_firm(ctx: _Ctx, people: list[Entity], obj: Token) -> Optional[tuple[Mention, Entity]]:
    """'Mr Karalis, who ran the firm' (a running verb's object): for 'the firm', 'the company', the one
    organisation named before whose name holds the surname the people share ('Karalis Maritime
    Agency'), over whichever the word would otherwise stand for."""
    if org_kind(obj.lower_) != "company" or [c.lower_ for c in obj.children if c.i < obj.i][:1] != ["the"]:
        return None
    surnames = {p.name.split()[-1].lower() for p in people if p.type == "PERSON" and " " in p.name}
    if len(surnames) != 1 or len(people) != len([p for p in people if " " in p.name]):
        return None
    found = {e.id: (m, e) for m, e in ctx.mentions if m.start < obj.idx and m.kind == "name" and e.type in ORG
             and surnames & set(e.name.lower().split()) and not a_persons_name(ctx, e)}
    if len(found) != 1:
        return None
    m, e = next(iter(found.values()))
    return m.model_copy(update={"start": obj.idx, "end": obj.idx + len(obj.text)}), e


def service_named(ctx: _Ctx, tok: Token) -> Optional[tuple[Mention, Entity]]:
    """'joined the force from the Royal Navy': an armed service one serves in as a member (no
    employer when joined) is the job one left, after 'from', for the organisation joined."""
    hit = ctx.covering(tok.idx, tok.idx + len(tok.text), ORG)
    words = hit[1].name.lower().split() if hit is not None and hit[0].kind == "name" else []
    return hit if words and words[-1] in patterns()["employment"]["service_bodies"] else None


def another_body(noun: str, m: Mention, org: Entity) -> bool:
    """"Themba Nkosi, the orchestra's principal cellist" after Sundays River Opera: 'the
    orchestra' is a performing group of its own (patterns key employment.in_groups), not the
    opera company the entity stage linked it to (whose name's head is another body word)."""
    lex = lexicon()
    low = noun.lower()
    words = org.name.lower().split()
    groups = set(patterns()["employment"]["in_groups"]) - lex.org_nouns  # (an orchestra, a choir)
    return (low in groups and _word_at(words, low) is None and bool(words) and words[-1] in lex.org_keywords)
