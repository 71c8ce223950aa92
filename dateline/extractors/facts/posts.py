"""Posts named by their organisation's possessive, whatever the post is called: 'Its head
brewer, Ann Roe', 'The station's coxswain, Ann Roe', 'Ann Roe, the commission's harbourmaster',
'Ann Roe, who is the club's physiotherapist'; and 'A spokeswoman for ORG, Ann Roe', 'A university
spokesman, Ann Roe' (after Harlan State University). The possessive ties the words between it
and the name to the organisation, so the post need not be in the titles lexicon (patterns key
``posts``). Also posts in other shapes: 'The band's manager is X', 'X, head of elder law at ORG',
'his band ORG', and a job held for a person ('Quintero's lawyer, X': an occupation). Posts
listed in the plural ('Its trustees include X and Y') are in pluralposts.py, posts after 'as'
('after nine years as provost', 'He was its harbourmaster') in asposts.py."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from dateline.extractors.entities.bylines import PRESS_POSTS
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    PERSON,
    SURE,
    _Ctx,
    patterns,
)
from dateline.extractors.facts.described import _occupation_words, is_kin_descriptor
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.itsowner import _its, _their
from dateline.extractors.facts.lexicon import instrument_post, title_words
from dateline.extractors.facts.occupations import _has_job
from dateline.extractors.facts.orgs import (
    _org_by_head,
    _org_for,
    _org_named_as,
    a_persons_name,
    another_body,
    article_org,
    fits_kind,
    org_kind,
)
from dateline.extractors.facts.publisher import publisher
from dateline.extractors.facts.roleemployers import _membership, post_fits
from dateline.extractors.facts.roles import _employs
from dateline.model import Entity, Mention
from dateline.paragraphs import quoted_at

# the possessor: "the dairy's", "Kelby Town's", "Marlowe & Finch's", "Halden Systems'"
# (a full stop only in a short abbreviation, "St.": "Monday. Halden Systems'" is two sentences)
_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w&'’-]*)"
_OWNER = r"(?:[Tt]he\s+(?:[A-Z][a-z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|(?:the\s+)?" + _WORD + r"(?:\s+(?:" + _WORD + r"|&|of|and))*)(?:['’]s|(?<=s)['’])"
# the post: one to four lower-case words, or 'head of production'; no punctuation inside
# ("head of roads policing": a field of two words)
# (a newspaper's beat may be a place: "our Mysuru correspondent", "the Ledger's South Rift
# correspondent")
_POST = (r"(?P<post>(?:[A-Z][a-z][\w-]*\s+){1,2}(?:[a-z][\w-]*\s+){0,1}(?:" + "|".join(sorted(PRESS_POSTS)) + r")\b"
         r"|(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)")


# "coach that year": the time a post was held, not a word of the post
_HELD_WHEN = re.compile(r"\s+(?:(?:that|this|last|next)\s+(?:year|season|summer|winter|spring|autumn|term)|then|at\s+the\s+time)$")

_LATE_JOB = re.compile(r",\s+the\s+late\s+[a-z][\w-]+$")

# "'s son, " between a possessor and the relative's name
_KIN_THEN_NAME = re.compile(r"['’]s\s+[a-z]+,\s+")


@lru_cache(maxsize=1)
def _posts_rx() -> dict[str, re.Pattern]:
    return {
        # "Its head brewer, " / "The dairy's head of production, " / "Acme's drummer, " (before a name)
        # ("Its founder, the late Gordon Fyfe": the dead hold it still)
        "before": re.compile(r"(?P<owner>\b(?:[Ii]ts|[Oo]ur|[Tt]heir|" + _OWNER + r"))\s+" + _POST + r",\s+(?:the\s+late\s+(?:[a-z][\w-]+\s+)?)?$"),
        # "The paper's longest-serving employee, photographer Ray Dubois": a staff word, then the job
        # ("The practice's oldest employee, the clerk Maura Lenihan")
        "before_job": re.compile(r"(?P<owner>\b(?:[Ii]ts|" + _OWNER + r"))\s+" + _POST + r",\s+(?:the\s+)?(?P<job>[a-z][\w-]*)\s+$"),
        # ", the commission's current harbourmaster" (after a name)
        # (or said of her: "Siobhan, who is the club's physiotherapist", "X is the firm's lawyer")
        # (an age between: "Eleni Roe, 54, now the club's registrar", "X's wife, 49, is the firm's
        # transport manager"; 'its' too: "Ann Roe, its finance director")
        "after": re.compile(r"(?:,\s+\d{1,3}|\s+\(\d{1,3}\)|\s+\(\d{4}\s*[–-]\s*\d{4}\))?(?:,\s+(?:who\s+(?:is|was|has\s+been)\s+|now\s+)?|,?\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?)(?P<owner>\b[Ii]ts|[Oo]ur|" + _OWNER + r")\s+" + _POST + r"(?=\s*(?:[,.;]|\s+who\b|\s+and\b|\s+(?:for|since|from)\s+\d|\s+(?:until|till)\s))"),
        # "The band's manager is the siblings' father, " / "The club's secretary is " (before a name)
        # ("Our new general secretary is ": the publication's own organisation)
        # ("Their coach that year was ": a team's, past a time it held in)
        "before_is": re.compile(r"(?P<owner>\b(?:[Ii]ts|[Oo]ur|[Tt]heir|" + _OWNER + r"))\s+" + _POST + r"\s+(?:is|was)\s+(?:the\s+[^,.;]{1,40}?,\s+)?$"),
        # "his band Copperhead Lane": an organisation of one's own, named right after
        "own": re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:own\s+)?(?:" + "|".join(patterns()["posts"]["own_org_nouns"]) + r")(?:\s+|,\s+)$"),
        # ", head of emergency medicine at " (after a name): a department's head works there
        "field": re.compile(r",\s+(?:\d{1,3},\s+)?(?:the\s+)?(?P<post>(?:" + "|".join(patterns()["posts"]["field_heads"]) + r")\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:at|for|with)\s+(?:the\s+)?"),
        # "A university spokesman, " (before a name): the organisation named before by that word
        "indefinite_head": re.compile(r"\b[Aa]n?\s+(?P<head>[a-z]+)\s+" + _POST + r",\s+$"),
        # ", of the force's serious collision unit" (after a name): a unit of the organisation
        "unit": re.compile(r",\s+(?:\d{1,3},\s+)?of\s+(?P<owner>\b[Ii]ts|" + _OWNER + r")\s+(?:[a-z][\w-]*\s+){0,3}(?:"
                           + "|".join(patterns()["posts"]["unit_words"]) + r")\b"),
        # "Inspector ", "Dr " between a post and the name (before a name)
        # ("Its treasurer is Mrs Ada Flett": after a copula too)
        "rank": re.compile(r"(?:(?<=,\s)|(?<=\sis\s)|(?<=\swas\s))(?:" + "|".join(re.escape(r) for r in sorted(patterns()["posts"]["ranks_before_name"], key=len, reverse=True)) + r")\s+$"),
        # "The chairman, " / "The new chief, " opening a sentence (before a name); a copula too:
        # "The new chief operating officer is "
        "the_title": re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]”\s)|(?<=[.!?]\"\s)|\n)The\s+(?:new\s+|current\s+|acting\s+)?(?P<post>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})(?:,|\s+(?:is|was))\s+$"),
        # "At Corbin & Hale Hospitality, group chief executive " (before a name)
        "at_org": re.compile(r"(?:^|[.;]\s+|\n)At\s+(?:the\s+)?(?P<org>[A-Z][^,.;]{1,60}),\s+" + _POST + r"\s+$"),
        # "A spokeswoman for the Marshfield Alliance, " (before a name)
        "indefinite": re.compile(r"\b[Aa]n?\s+" + _POST + r"\s+(?:for|at|of|with)\s+(?:the\s+)?(?P<org>[A-Z][^,.;]{1,60}),\s+$"),
    }


def _post_words(post: str) -> Optional[str]:
    """The post without the words that only date or rank it ('outgoing', 'current'), or None
    when its head is no post at all (a relative, a friend, a fan)."""
    p = patterns()
    cfg = p["posts"]
    words = post.lower().split()
    # "the club's manager for four seasons": a phrase of time after the post only dates it
    spell = next((k for k, w in enumerate(words) if k and w in cfg["spell_preps"]), None)
    words = words[:spell] if spell is not None else words
    while words and words[-1] in ("and", "or", "but"):
        words = words[:-1]  # ("is the workshop's only apprentice and, his father says, ...")
    if not words:
        return None
    head = words[words.index("of") - 1] if "of" in words else words[-1]
    # (any relative: "Sadie's grandfather, Olaf Lindqvist" with "Sadie" tagged an organisation)
    rel = lexicon().relative_nouns
    if head in p["kinship"] or head in rel or (head.endswith("s") and head[:-1] in rel) or head in cfg["not_posts"] or any(w in cfg["not_post_words"] for w in words):
        return None
    drop = set(p["employment"]["role_modifiers_dropped"]) | set(cfg["modifiers_dropped"])
    while words and words[0] in drop:
        words = words[1:]
    return " ".join(words) or None


def _owner(ctx: _Ctx, owner: str, start: int, end: int, post: Optional[str] = None) -> Optional[tuple[Mention, Entity]]:
    """The organisation a possessive names: its own name ('Acme's'), an earlier organisation
    with that word in its name ('the dairy's' after 'Combe Dairy'), or for 'Its' the organisation
    named last in this or the sentence before."""
    low = owner.lower()
    # (an organisation not named near, the one the article is about, holds only a listed post
    # or an agent's ('coordinator'): not "The brewery's best-known beer, Walter's Mild")
    head = post.split(" of ")[0] if post is not None else ""  # ("chair of trustees": a chair)
    job = bool(head) and (_a_job(head) or re.search(r"(?:or|ist|ian|keeper)$", head) is not None)
    if low == "its":
        return _its(ctx, start, end, fallback=job)
    if low == "their":
        return _their(ctx, start, end) if job else None
    if low == "our":
        # "Alex Mensah, our fundraising officer" in the organisation's own newsletter: the
        # organisation the article is about, outside a quotation (there 'our' is the speaker's)
        main = None if quoted_at(ctx.text, start) or not job else publisher(ctx)
        return None if main is None else (main[0].model_copy(update={"start": start, "end": end}), main[1])
    stem_end = end - (1 if owner.endswith(("s'", "s’")) else 2)  # "Halden Systems'" / "Acme's"
    # ("The Chilenje academy's captain": the place before the noun says which, the noun what)
    mh = re.fullmatch(r"[Tt]he\s+(?:[A-Z][a-z][\w-]*\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s", owner)
    if mh is None:
        # ("Rhys Ellis, the Ashby Gazette's editor": a name the entity stage took into his description)
        lead = len(owner) - len(owner.removeprefix("the ").removeprefix("The "))
        words = ctx.text[start + lead : stem_end]
        # ("Halden's chairman, X" after "Halden Systems": a post's owner by its first words)
        named = (ctx.ending_at(stem_end, ORG) or ctx.covering(stem_end - 1, stem_end, ORG)
                 or _org_named_as(ctx, words, start + lead, stem_end, prefix=job and not _said_apart(ctx, words.strip(), start + lead)))
        if named is None and lead and " " not in words.strip():
            # "The Gazette's" after "the Harwick Gazette": the last word of its name
            named = _org_by_head(ctx, words.strip(), start, head_only=True)
        return None if named is None or a_persons_name(ctx, named[1]) else named
    # "the commission's": the organisation named before with that word in its name, rather
    # than whatever the entity stage linked the descriptor to
    noun = " ".join(mh.group(1).split())
    noun = patterns()["posts"]["owner_nouns_as"].get(noun, noun)
    earlier = _org_for(ctx, noun, start)
    if earlier is not None:
        return earlier[0].model_copy(update={"start": start, "end": end}), earlier[1]
    linked = ctx.covering(stem_end - 1, stem_end, ORG)
    if linked is None:
        # "The station's managing director" with no station named: the organisation the
        # article is about, where the noun is one for an organisation and no other kind
        main = article_org(ctx) if job and noun.split()[-1] in patterns()["employment"]["described_orgs"] else None
        if main is not None and fits_kind(main[1], noun.split()[-1]) is not False and not another_body(noun, *main):
            return main[0].model_copy(update={"start": start, "end": end}), main[1]
    # ("The union's secretary" with no union named: not the company the entity stage linked it to)
    return None if linked is None or fits_kind(linked[1], noun.split()[-1]) is False or another_body(noun, *linked) else linked


def _said_apart(ctx: _Ctx, words: str, at: int) -> bool:
    """The words stand elsewhere outside any organisation's name ('the Diocese of Pittsburgh ...
    Pittsburgh's first bishop': a place too, so no 'Pittsburgh Catholic')."""
    inside = [(m.start, m.end) for m, e in ctx.mentions if e.type in ORG and m.kind == "name"]
    for hit in re.finditer(r"\b" + re.escape(words) + r"\b", ctx.text):
        if hit.start() != at and not any(a <= hit.start() and hit.end() <= b for a, b in inside):
            return True
    return False


def _shared_name(holders: dict[str, set[str]], person: Entity, word: str) -> bool:
    """Another person of the article has this word in their name (``holders``: _name_holders)."""
    return any(i != person.id for i in holders.get(word.lower(), ()))


def _name_holders(ctx: _Ctx) -> dict[str, set[str]]:
    """Each word of a person's name, with the ids of the persons whose names hold it: made once
    per article, not a split of every name per surname mention."""
    out: dict[str, set[str]] = {}
    for e in ctx.entities:
        if e.type == "PERSON":
            for w in e.name.lower().split():
                out.setdefault(w, set()).add(e.id)
    return out


# a place's possessive: "the islands'", "the village's"
_PLACE_OWNER = re.compile(r"[Tt]he\s+(?:island|islands|town|village|city|county|parish|valley|district|glen|borough|region|country|nation|state|world)['’]s?")


def _place_job(ctx: _Ctx, person: Entity, post: str, start: int, end: int) -> None:
    """A listed title as a title, a listed job as an occupation ("the village's only GP")."""
    words = post.split()
    job = " ".join(words[1:]) if words[0] in ("only", "first", "last", "own", "longtime", "long-serving") and len(words) > 1 else post
    if job in title_words():
        _add_post(ctx, person, job, None, start, end)
    elif job in _occupation_words() and not _has_job(ctx, person, job):
        ctx.add("occupation", person, start, end, value=job, confidence=LIKELY)


def _unnamed_org(owner: str) -> bool:
    """'the union's', 'the care home's', 'Its': an organisation by a noun of its kind or a
    pronoun, named or not."""
    if owner.lower() == "its":
        return True
    # (up to three words before the noun: "The reindeer husbandry district's")
    mh = re.fullmatch(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)['’]s", owner)
    if mh is None:
        return False
    noun = mh.group(1)
    if org_kind(noun) is not None or noun in patterns()["employment"]["described_orgs"]:
        return True
    # ("The hall's caretaker", "the stable's foreman", "the day's chief steward": a body or an
    # occasion the lexicon has no kind for still holds the post; not a person's, a household's
    # or a place's, which _persons_job and _place_job read)
    lex = lexicon()
    return not (noun in patterns()["kinship"] or noun in lex.relative_nouns or noun in lex.person_or_gendered
                or noun in _NOT_BODIES or _PLACE_OWNER.fullmatch(owner) is not None)


# owners that are no organisation nor an occasion of one
_NOT_BODIES = frozenset({"family", "couple", "household", "pair", "trio", "duo", "twins", "children", "kids", "boy", "girl",
                         "man", "woman", "people", "guests", "winner", "victim", "dog", "horse", "animal"})


# a time closing the words read as a post: "the club's leading goalkicker last season"
_TIME_AFTER = re.compile(r"\s+(?:last|this|next|that)\s+(?:season|year|week|month|summer|winter|spring|autumn|term)$")


def _add_post(ctx: _Ctx, person: Entity, post: str, org: Optional[tuple[Mention, Entity]], start: int, end: int,
              whose: bool = False) -> None:
    post = _TIME_AFTER.sub("", post)
    if (org is not None and not post_fits(post, org[1])) or post.split()[-1] in ("founders", "co-founders"):
        return  # ("The firm's founders, A and B": each a founder, founders.py)
    also = frozenset(patterns()["posts"]["employment_roles"] + (patterns()["posts"]["whose_employment_roles"] if whose else []))
    if org is not None and _employs(org[1].name, post.split()[-1], also) and _employs(org[1].name, post, also) and org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=SURE)
    words = post.split()
    if (words[-1] in patterns()["posts"]["staff_words"] or words[-1] == "member") and all(w.endswith("est") or "-" in w or w in ("new", "old", "only") for w in words[:-1]):
        return  # ("The store's longest-serving employee, Ruth Ocampo", "The oldest member, X": staff or a member, no post; "the Clarion's press hand" is one)
    _drop_bare_job(ctx, person, post, start, end)
    for key, f in ctx.facts.items_of("title", person.id):
        # "head of roads" read from the parse of "head of roads policing", "chief" of "chief
        # underwriting officer" read by the title pattern: the fuller post wins
        if post.startswith(f"{f.value} ") and (
                " of " in f" {f.value} " or (f.evidence.start < end and start < f.evidence.end)):
            del ctx.facts[key]
    # (one post said at two levels of detail once, "coach" and "head coach"; two posts of one head
    # both: "Our new head coach, X" and "where he was forwards coach")
    if not any(_one_post(str(f.value), post) for f in ctx.facts.of("title", person.id)):
        ctx.add("title", person, start, end, value=post, confidence=SURE)


def _one_post(a: str, b: str) -> bool:
    """The same post, one written more fully: the shorter's words end the longer (not a deputy's
    post and the post it deputises for: "principal of the college ... where she was deputy
    principal" are two)."""
    short, long_ = sorted((a.lower().split(), b.lower().split()), key=len)
    if len(long_) > len(short) and long_[len(long_) - len(short) - 1] in _DEPUTY_WORDS:
        return False
    return bool(short) and long_[len(long_) - len(short) :] == short


# words that make a post a lower one than the post they are written before
_DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "sub", "under"})


@lru_cache(maxsize=1)
def _rank_ends() -> tuple[str, ...]:  # (what the words before a name end on where "rank" matches)
    return tuple(r.rstrip() for r in patterns()["posts"]["ranks_before_name"])


def _job_last(head: str) -> bool:  # ("before_job" needs a last word in lower case after a comma or "the")
    words = head.rstrip().rsplit(None, 1)
    return len(words) == 2 and "a" <= words[1][0] <= "z" and words[0].endswith((",", "the"))


def _plural_post(post: str) -> bool:
    """'could lose half its orders, Tess Dizon said': a plural noun before one name is no post
    the name holds (two names share one: "Its owners, Judith and Clive Farrant")."""
    head = post.split(" of ")[0].split()[-1]
    return head.endswith("s") and not head.endswith(("ss", "us"))


# an honorific between a post's comma and the name ("The rector, the Rev. X", "Its head, Dr X")
_HONORIFIC_END = re.compile(r"(?<=,)\s+(?:the\s+)?(?:(?:Very|Rt\.?|Right)\s+)?(?:Rev(?:d|erend)?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Fr\.?|"
                            r"Father|Pastor|Canon|Sister|Brother)\s+$")


def _rule_possessive_posts(ctx: _Ctx) -> None:
    rx = _posts_rx()
    text, body = ctx.text, ctx.article.body_start
    holders = _name_holders(ctx)
    for mention, person in ctx.mentions:
        if person.type != "PERSON" or mention.start < body:
            continue
        if mention.kind in ("surname", "firstname") and _shared_name(holders, person, mention.text):
            continue  # "Halloran" when Priya and Tom Halloran are both named: not sure whose
        if mention.kind not in ("name", "surname", "firstname"):
            # "Stuart's wife, 49, is the firm's transport manager": a relative described, not named
            got = rx["after"].match(text, mention.end, min(len(text), mention.end + 90))
            if mention.kind == "descriptor" and is_kin_descriptor(mention.text) and got is not None:
                post = _post_words(got.group("post"))
                org = _owner(ctx, got.group("owner"), got.start("owner"), got.end("owner"), post)
                if post and org is not None:
                    _add_post(ctx, person, post, org, mention.start, got.end())
            continue
        head = text[max(body, mention.start - 90) : mention.start]
        base = mention.start - len(head)
        # (the searches below only where plain string tests allow a match: each tried every character)
        rank = rx["rank"].search(head) if head[-1:].isspace() and head.rstrip().endswith(_rank_ends()) else None
        if rank is not None:
            # "The force's head of roads policing, Inspector Hannah Greaves": past the rank
            head = head[: rank.start()]
        hon = _HONORIFIC_END.search(head) if head.endswith((". ", "d ", "r ", "s ", "o ", "n ")) else None
        if hon is not None:
            # "The rector, the Rev. Desmond Callender": past the honorific, as past a rank
            head = head[: hon.start()] + " "
        # What every match of the patterns below must hold, as plain string tests: most
        # mentions have none, and a search tries each pattern at every word of the 90 characters.
        bare = head.rstrip()
        # ",\s+(?:the\s+late\s+)?$", or with the job of the dead: "its founder, the late saxophonist X"
        comma_end = len(bare) < len(head) and (bare.endswith(",") or bare.endswith(", the late") or (", the late " in bare[-40:] and bool(_LATE_JOB.search(bare))))
        owner = "'" in head or "\u2019" in head or "its" in head or "Its" in head or "our" in head or "Our" in head or "heir " in head  # a possessive, its, our or their
        got = rx["before"].search(head) if comma_end and owner else None
        done = False
        if got is not None:
            post = _post_words(got.group("post"))
            org = _owner(ctx, got.group("owner"), base + got.start("owner"), base + got.end("owner"), post)
            pair = _pair_after(ctx, mention, post) if post else None
            if pair is not None and post and org is not None:
                # "Its owners, Judith and Clive Farrant": each holds the post, in the singular
                post = post[:-1]
                for who, end in ((person, mention.end), pair):
                    _add_post(ctx, who, post, org, base + got.start(), end, whose=True)
                done = True
            elif post and org is not None and not _plural_post(post):
                _add_post(ctx, person, post, org, base + got.start(), mention.end)
                done = True
        if got is not None and not done and post and _a_job(post) and _unnamed_org(got.group("owner")):
            # "The union's regional secretary, Ann Roe" with no union named: the post alone
            _add_post(ctx, person, post, None, base + got.start(), mention.end)
            done = True
        if got is not None and not done:
            _persons_job(ctx, person, got, base, mention.end)
        got = rx["before_job"].search(head) if owner and not done and head[-1:].isspace() and _job_last(head) else None
        job_like = got is not None and (got.group("job") in _jobs() or re.search(r"(?:er|or|ist|ian)$", got.group("job")) is not None)
        if got is not None and job_like and _post_words(got.group("post")) in patterns()["posts"]["staff_words"]:
            org = _owner(ctx, got.group("owner"), base + got.start("owner"), base + got.end("owner"), got.group("job"))
            if org is not None:
                _add_post(ctx, person, got.group("job"), org, base + got.start(), mention.end)
                done = True
        elif got is not None and job_like and (post := _post_words(got.group("post"))) and _a_job(post) and not _plural_post(post):
            # "Its first patron, the developer Clive Merren": the post the possessive names, the
            # job apposed to the name staying the person's own
            org = _owner(ctx, got.group("owner"), base + got.start("owner"), base + got.end("owner"), post)
            if org is not None:
                _add_post(ctx, person, post, org, base + got.start(), mention.end)
                done = True
        copula = head.endswith((" is ", " was "))
        holder: Optional[tuple[Entity, int]] = (person, mention.end)
        if copula and text[mention.end : mention.end + 2] in ("'s", "’s"):
            # "The new owner is Marcia's son, Andre Reid": the post is the son's, named after him
            kin = _KIN_THEN_NAME.match(text, mention.end, mention.end + 40)
            named = ctx.starting_at(kin.end()) if kin is not None else None
            holder = (named[1], named[0].end) if named is not None and named[0].kind == "name" else None
        got = None if done or not (owner and head[-1:].isspace() and head.rstrip().endswith(("is", "was", ","))) else rx["before_is"].search(head)
        if got is not None and holder is not None:
            post = _post_words(_HELD_WHEN.sub("", got.group("post")))
            org = _owner(ctx, got.group("owner"), base + got.start("owner"), base + got.end("owner"), post)
            # (a post of several words only where its last word is a job: "Our new catering
            # manager is X", not "The club's proudest moment was X"; "The workshop's apprentice is
            # Tonderai's nephew, Farai Gweshe": the nephew's)
            if post and org is not None and (" " not in post.strip() or _a_job(post)):
                _add_post(ctx, holder[0], post, org, base + got.start(), holder[1])
        got = rx["the_title"].search(head) if (comma_end or copula) and "The " in head and holder is not None else None
        # ("The jury chairman, Harm Jansma": a title after a noun of what it is held over)
        last = got.group("post").split()[-1] if got is not None else ""
        if got is not None and holder is not None and (got.group("post") in title_words() or _ranked_job(got.group("post"))
                                                       or (last != got.group("post") and last in title_words() and last not in _occupation_words())) \
                and got.group("post") not in _occupation_words():
            # "The chairman, Alun Bevan": a title the text gives with no organisation
            _add_post(ctx, holder[0], got.group("post"), None, base + got.start("post") - 4, holder[1])
        got = rx["at_org"].search(head) if "At " in head and head[-1:].isspace() else None
        org = ctx.ending_at(base + got.end("org"), ORG) if got is not None else None
        if got is not None and org is not None and org[0].start <= base + got.start("org") and _a_job(got.group("post")):
            # "At Corbin & Hale Hospitality, group chief executive Priya Nair has named ..."
            _add_post(ctx, person, got.group("post"), org, base + got.start("org"), mention.end)
        got = rx["indefinite"].search(head) if comma_end else None
        if got is not None:
            # "A spokeswoman for the Marshfield Alliance, Leah Dunmore": the organisation's name
            # runs from the preposition to the comma before the person's
            org = ctx.starting_at(base + got.start("org"), ORG)
            post = _post_words(got.group("post"))
            if post and org is not None and org[0].end == base + got.end("org") and post in title_words():
                _add_post(ctx, person, post, org, base + got.start(), mention.end)
        got = rx["indefinite_head"].search(head) if comma_end else None
        if got is not None:
            earlier = _org_by_head(ctx, got.group("head"), base + got.start())
            post = _post_words(got.group("post"))
            if post and earlier is not None and post in title_words():
                org = (earlier[0].model_copy(update={"start": base + got.start("head"), "end": base + got.end("head")}), earlier[1])
                _add_post(ctx, person, post, org, base + got.start(), mention.end)
        got = rx["after"].match(text, mention.end, min(len(text), mention.end + 90))
        if got is not None:
            post = _post_words(got.group("post"))
            org = _owner(ctx, got.group("owner"), got.start("owner"), got.end("owner"), post)
            if post and org is not None:
                _add_post(ctx, person, post, org, mention.start, got.end())
            elif post and _a_job(post) and _unnamed_org(got.group("owner")):
                # "Gina is the circus's wire walker" with no circus named: the post alone
                _add_post(ctx, person, post, None, mention.start, got.end())
            elif post and _PLACE_OWNER.fullmatch(got.group("owner")):
                # "Cyril Jago, the islands' harbourmaster": a post, or a job, a place has, at no employer
                _place_job(ctx, person, post, mention.start, got.end())
        got = rx["unit"].match(text, mention.end, min(len(text), mention.end + 90))
        org = _owner(ctx, got.group("owner"), got.start("owner"), got.end("owner")) if got is not None else None
        if got is not None and org is not None and not _membership(org[1]) and org[1].id not in _has_employer(ctx, person):
            # "Ravi Anand, of the force's serious collision unit": who serves in a unit of an
            # organisation works for it (the unit is no post)
            ctx.add("employer", person, mention.start, got.end(), obj=org[1], confidence=LIKELY)
        got = rx["field"].match(text, mention.end, min(len(text), mention.end + 90))
        org = ctx.starting_at(got.end(), ORG) if got is not None else None
        if got is not None and org is not None and not _membership(org[1]):
            post = got.group("post")
            if org[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, mention.start, org[0].end, obj=org[1], confidence=SURE)
            if not any(f.value == post for f in ctx.facts.of("title", person.id)):
                ctx.add("title", person, mention.start, org[0].end, value=post, confidence=SURE)


def _persons_job(ctx: _Ctx, person: Entity, got: re.Match, base: int, end: int) -> None:
    """"Quintero's lawyer, Jae-won Park": a job held for a person, not at an organisation, is
    the named one's occupation (a kin word is no job)."""
    words = got.group("post").lower().split()
    owner = got.group("owner")
    stem_end = base + got.end("owner") - (1 if owner.endswith(("s'", "s’")) else 2)
    if len(words) != 1 or words[0] in patterns()["kinship"] or words[0] not in _occupation_words():
        return
    # ("The family's gardener, Walter Penny": a household's, no organisation's)
    if ctx.ending_at(stem_end) is None and not re.fullmatch(r"[Tt]he\s+(?:family|couple|household)['’]s", owner):
        return
    ctx.add("occupation", person, base + got.start(), end, value=words[0], confidence=LIKELY)


@lru_cache(maxsize=1)
def _jobs() -> frozenset[str]:
    """Titles and occupations lower-cased, made once (a set of them per article cost more than
    the rules that read it)."""
    return title_words() | _occupation_words()


# the first words of a post of rank ("The new master blender is X", "The head brewer, X")
_RANK_WORDS = frozenset({"head", "chief", "master", "assistant", "deputy", "senior", "general", "managing", "executive", "principal", "lead"})


def _ranked_job(post: str) -> bool:
    """A job of two or three words that opens on a word of rank ('master blender')."""
    words = post.split()
    return 1 < len(words) <= 3 and words[0] in _RANK_WORDS and _a_job(post)


def _pair_after(ctx: _Ctx, mention: Mention, post: str) -> Optional[tuple[Entity, int]]:
    """For a post in the plural whose singular is a job, the second person of a pair named
    right after the first ("owners, Judith and Clive Farrant"), and where that name ends."""
    if not post.endswith("s") or post.endswith("ss") or not _a_job(post[:-1]):
        return None
    joined = re.match(r"\s+and\s+", ctx.text[mention.end : mention.end + 8])
    second = ctx.starting_at(mention.end + joined.end(), PERSON) if joined else None
    if second is None or second[0].kind != "name" or not re.match(r"\s*[,.;]", ctx.text[second[0].end : second[0].end + 3]):
        return None
    return second[1], second[0].end


def _a_job(post: str) -> bool:
    """A listed title or job, or one whose last word is ('regional secretary', 'wire walker'), or
    whose last word has an agent's ending ('our volunteer miller', 'our race controller')."""
    return post in _jobs() or post.split()[-1] in _jobs() or instrument_post(post) or _agent_word(post.split()[-1])


@lru_cache(maxsize=4096)
def _agent_word(word: str) -> bool:
    """A word of six letters or more with an agent's ending that names no state of life, part or
    relative (patterns keys ``retired_occupations``: 'agent_suffixes', 'not_agents', 'not_jobs')."""
    p = patterns()["retired_occupations"]
    return len(word) >= 6 and word.endswith(tuple(p["agent_suffixes"])) and word not in p["not_agents"] \
        and word not in p["not_jobs"] and word not in patterns()["kinship"] and word not in patterns()["posts"]["not_posts"]
