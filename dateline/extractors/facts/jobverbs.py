"""Occupations said by a verb or a plural, not a job noun after a copula: 'Kyle teaches in
Boise' (a teacher), 'when she taught at the village school', 'Luis is one of the firefighters
on the line'. None from 'taught me to swim' (a person taught), 'learned to teach' or 'will
teach' (not asserted); 'teaches at ORG' is a title there (its employer read by ``employment``). Words:
patterns key ``job_verbs``. Only the bare verb: with an object ('taught the infants' class')
the development gold gives no job."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    PERSON,
    _Ctx,
    _resolve,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.employment import _has_employer
from dateline.extractors.facts.itorgs import org_before_it
from dateline.extractors.facts.occupations import _has_job, _subject_of, unasserted_copula
from dateline.extractors.facts.orgduties import _owner
from dateline.extractors.facts.orgs import _org_for, org_kind
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.nlp import token_at_char, tokens_in, tokens_of

# A school year or class by its code: 'P3', 'S2', 'Y6' (the tagger may take one for a name)
_CLASS_CODE = re.compile(r"[PSY]\d{1,2}")


@lru_cache(maxsize=1)
def _taught() -> frozenset[str]:
    return frozenset(patterns()["job_verbs"]["taught"]["subjects"])


def _rule_job_verbs(ctx: _Ctx) -> None:
    verbs: dict[str, str] = patterns()["job_verbs"]["verbs"]
    toks = tokens_of(ctx.doc)
    # (a team verb, "captains the side", is read only with a team for its object)
    for k in tokens_in(ctx.doc, "lemma", {**patterns()["job_verbs"]["team_verbs"]["verbs"], **verbs}):
        verb = toks[k]
        # (the tagger may take "teaches" after "and" for a plural noun; no determiner, no noun)
        as_verb = verb.pos_ == "VERB" or (verb.pos_ == "NOUN" and verb.dep_ == "conj" and not any(c.dep_ in ("det", "poss", "amod") for c in verb.children))
        if not as_verb or verb.idx < ctx.article.body_start or _not_asserted(verb) or verb.dep_ == "xcomp":
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # "wants to teach"
        if any(c.dep_ in ("dative", "ccomp", "xcomp", "oprd", "auxpass", "nsubjpass", "agent") and not (c.dep_ == "ccomp" and c.i < verb.i)
               for c in verb.children):
            continue  # "taught her grandson to fish"; "was taught by X": the pupil (not a clause before
            # it the parser hung there: "Tom drives a truck; Becky teaches fourth grade at X")
        # (the parser may hang the place on what is taught: "teaches maths at Girls' High")
        at_org = [g for c in [*verb.children, *(gc for o in verb.children if o.dep_ == "dobj" for gc in o.children)]
                  if c.dep_ == "prep" and c.lower_ in ("at", "for", "with")
                  for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or ctx.covering(g.idx, _tok_end(g), ORG) is not None)]
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if (objs and _coached_team(ctx, verb, objs)) or verb.lemma_ not in verbs:
            continue
        # "taught me", "taught the infants' class": what is taught, not said as a job; but a
        # subject taught at a named organisation is the post held there ("teaches chemistry at
        # Harlan High", "teaches P3 at Rockfield Primary"; in the present, a class taught there too:
        # "teaches the infant class at Ferrholm Primary School", emp49)
        if objs and not (at_org and all(_CLASS_CODE.fullmatch(o.text) or (o.pos_ != "PRON" and ctx.covering(o.idx, _tok_end(o)) is None
                                        and (verb.tag_ in ("VBZ", "VBP") or not any(t.lower_ in ("class", "classes") for t in o.subtree))) for o in objs)) \
                and not (verb.lemma_ == "teach" and not at_org and verb.tag_ in ("VBZ", "VBP") and all(o.lower_ in _taught() and o.pos_ != "PRON" for o in objs)) \
                and not (verb.lemma_ == "teach" and not at_org and verb.tag_ in ("VBZ", "VBP") and _at_a_school(ctx, verb, objs)):
            continue  # (but "teaches third grade", "teaches maths": a subject or a grade taught is the job)
        people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        if not people and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "Kyle, who is forty-nine and teaches in Boise": the first verb's subject
            people = [p for p in _subjects(ctx, verb.head, couples=False) if p.type == "PERSON"]
        job = verbs[verb.lemma_]
        if at_org:
            # "teaches at Harlan State": a post held now at the organisation (its employer is
            # read by ``employment``), when the place is a name; the development gold gives no
            # post for a past one ("taught at Kilcarran National School from 1952") nor for a
            # common noun ("taught at the village school")
            # ("at Pietermaritzburg Girls' High", its head a common noun: inside an organisation's name)
            names = [g for g in at_org if (hit := ctx.covering(g.idx, _tok_end(g), ORG)) is not None and (g.pos_ == "PROPN" or hit[0].kind == "name")]
            # ("has taught at X since 2010": a present perfect with "since" runs up to now)
            since_now = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children) \
                and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
            # ("taught Afrikaans at Drostdy for 38 years": a subject taught there names the post
            # in a past tense too; "taught at X from 1952" alone gives none)
            subject_taught = verb.lemma_ == "teach" and any(o.lower_ in _taught() for o in objs)
            # (each of two subjects joined: "Kimo and Leilani Kahale have coached at Kailani since 2003")
            # (or taught there for a spell of years: "who taught at Helmsdale Primary School for 31
            # years", as the sets from the fiftieth give it)
            spell = verb.lemma_ == "teach" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ("year", "decade") for g in c.children) for c in verb.children)
            if 1 <= len(people) <= 2 and names and (verb.tag_ in ("VBZ", "VBP") or since_now or subject_taught or spell):
                for person in people:
                    ctx.add("title", person, verb.idx, _tok_end(names[0]), value=job, confidence=LIKELY)
            continue
        if len(people) == 1 and not _has_job(ctx, people[0], job):
            ctx.add("occupation", people[0], verb.idx, _tok_end(verb), value=job, confidence=LIKELY)


def _rule_driven_jobs(ctx: _Ctx) -> None:
    """'Anil, 46, drives a taxi in Doha', 'Tom drives a feed truck for a living': driving one of
    the vehicles patterns key ``job_verbs.driven`` lists, said in the present, is its subject's
    occupation (not "drove the tractor home", a past errand). And 'Hastings Chirwa drives the
    estate's lorry', 'drove the bakery's van for twenty years': the organisation the vehicle's
    possessive noun stands for (one named before) employs the driver, in any tense the text
    asserts."""
    vehicles = frozenset(patterns()["job_verbs"]["driven"]["vehicles"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", {"drive"}):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in vehicles:
            continue
        people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        if len(people) != 1:
            continue
        org = _vehicle_owner(ctx, obj)
        if org is not None and org[1].id not in _has_employer(ctx, people[0]):
            ctx.add("employer", people[0], verb.idx, _tok_end(obj), obj=org[1], confidence=LIKELY)
        if verb.tag_ not in ("VBZ", "VBP") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            continue  # ("drives the chapel minibus", "drives his daughter's van": one vehicle, no trade)
        job = f"{obj.lemma_.lower()} driver"
        if not _has_job(ctx, people[0], job):
            ctx.add("occupation", people[0], verb.idx, _tok_end(obj), value=job, confidence=LIKELY)


def _vehicle_owner(ctx: _Ctx, obj: Token) -> Optional[tuple[Mention, Entity]]:
    """The named organisation 'the NOUN' owning the vehicle stands for ("the estate's lorry")."""
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower
                  and [d.lower_ for d in c.children if d.dep_ == "det"] == ["the"]), None)
    org = _org_for(ctx, owner.lower_, owner.idx) if owner is not None else None
    return org if org is not None and org[1].type == "ORG" else None


_ONE_OF_THE = re.compile(r"one\s+of\s+the\s")


def _rule_one_of_the_jobs(ctx: _Ctx) -> None:
    """'Luis is one of the firefighters on the canal line': the plural of a listed job after
    'one of the' is its subject's occupation."""
    if _ONE_OF_THE.search(ctx.text, ctx.article.body_start) is None:
        return  # (every match holds the words, found from their literal "one"; the pattern's opening choice was tried everywhere)
    jobs = _occupation_words()
    rx = re.compile(r"\b(?:is|was)\s+(?:now\s+|also\s+|still\s+)?one\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?([a-z-]+?)s\b")
    for m in rx.finditer(ctx.text, ctx.article.body_start):
        job = m.group(1)
        if job not in jobs or job in patterns()["kinship"]:
            continue
        at = token_at_char(ctx.doc, m.start())
        verb = ctx.doc[at] if at is not None else None
        if verb is None or verb.lemma_ != "be" or unasserted_copula(verb):
            continue
        people = _subject_of(ctx, verb)
        if len(people) == 1 and not _has_job(ctx, people[0], job):
            ctx.add("occupation", people[0], m.start(), m.end(), value=job, confidence=LIKELY)


def _coached_team(ctx: _Ctx, verb: Token, objs: list[Token]) -> bool:
    """'Tumi Ndlovu now coaches the side', 'coaches the club's juniors': a team as the object
    is the post's place (patterns key ``job_verbs.team_verbs``); a present post only. Whether
    the verb was read here."""
    cfg = patterns()["job_verbs"]["team_verbs"]
    if len(objs) != 1 or objs[0].lower_ not in cfg["teams"] or verb.lemma_ not in cfg["verbs"]:
        return False
    if verb.tag_ not in ("VBZ", "VBP") and not _held_since(verb):
        return True
    people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
    if len(people) != 1:
        return True
    post = cfg["verbs"][verb.lemma_]
    if not any(str(f.value).split()[-1] == post for f in ctx.facts.of("title", people[0].id)):
        ctx.add("title", people[0], verb.idx, _tok_end(objs[0]), value=post, confidence=LIKELY)
    owner = next((c for c in objs[0].children if c.dep_ == "poss"), None)
    org = None
    if owner is not None:
        org = ctx.covering(owner.idx, _tok_end(owner), ORG)
        if org is None and owner.pos_ == "NOUN" and org_kind(owner.lower_) is not None:
            org = _org_for(ctx, owner.lower_, owner.idx)
    elif [c.lower_ for c in objs[0].children if c.i < objs[0].i] == ["the"] and org_kind(objs[0].lower_) is not None:
        org = _org_for(ctx, objs[0].lower_, objs[0].idx)  # ("has coached the club since 2019": the club itself)
    if org is not None and org[1].id not in _has_employer(ctx, people[0]):
        ctx.add("employer", people[0], verb.idx, _tok_end(objs[0]), obj=org[1], confidence=LIKELY)
    return True


def _held_since(verb: Token) -> bool:
    """'has chaired Sizanani since 2019', 'has conducted the choir for 31 years': a present
    perfect with 'since', or with 'for' and a span of time, holds the post now."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children) \
        and any(c.dep_ == "prep" and (c.lower_ == "since" or (c.lower_ == "for" and any(
            o.dep_ == "pobj" and o.lemma_ in ("year", "decade", "month", "season") for o in c.children))) for c in verb.children)


def _rule_post_verbs(ctx: _Ctx) -> None:
    """'Samuel Owusu chairs the Leeds Ghana Union', 'became the first woman to chair the Norwich
    Tamil Association': a verb that names a post held at the named organisation it takes as its
    object gives that post as a title, and the organisation as an employer where ``employment``
    has not read it (it reads only a finite verb's subject). Only a post held
    now or taken up: not 'chaired it for a decade' (past), 'will chair' (not yet). Words:
    patterns key ``job_verbs.posts``."""
    posts: dict[str, str] = patterns()["job_verbs"]["posts"]
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", posts):
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.idx < ctx.article.body_start or _not_asserted(verb):
            continue
        if _post_by(ctx, verb, posts[verb.lemma_]) or _post_passive(ctx, verb, posts[verb.lemma_]):
            continue
        orgs = [o for o in verb.children if o.dep_ == "dobj" and ctx.covering(o.idx, _tok_end(o), ORG) is not None]
        if not orgs:
            # ("owns a rival workshop, Golden Lion Lacquer": the name apposed to the object's noun)
            orgs = [a for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN" for a in o.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and ctx.covering(a.idx, _tok_end(a), ORG) is not None][:1]
        if not orgs and verb.dep_ == "relcl" and verb.head.i < verb.i and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in verb.children) \
                and ctx.covering(verb.head.idx, _tok_end(verb.head), ORG) is not None:
            orgs = [verb.head]  # ("the Tsento Archery Club, which he captained through the 1970s": what "which" stands for)
        # ("who has chaired the society since 2011": the organisation the noun stands for)
        # ("chairs the co-operative": a hyphened noun the tagger split, its first part the object)
        described = [(o, hit) for o in verb.children if o.dep_ == "dobj" and (o.pos_ == "NOUN" or _hyphened(o) != o.lower_)
                     and [c.lower_ for c in o.children if c.i < _hyphen_start(o)] == ["the"]
                     for hit in [_org_for(ctx, _hyphened(o), o.idx)] if hit is not None][:1] if not orgs else []
        if not orgs and not described:
            # ("set up the trust in 2017 and chairs it still": the organisation this sentence
            # named before "it"; across sentences "it" may be anything)
            described = [(o, hit) for o in verb.children if o.dep_ == "dobj" and o.lower_ == "it"
                         for hit in [org_before_it(ctx, o)] if hit is not None][:1]
        if not orgs and not described:
            described = _board_of(ctx, verb)
        if not orgs and not described:
            continue
        orgs = orgs or [described[0][0]]
        past = verb.tag_ == "VBD" and verb.lemma_ in patterns()["job_verbs"]["past_posts"]
        if past and any(hit[1].type != "ORG" for o in orgs if (hit := ctx.covering(o.idx, _tok_end(o), ORG)) is not None):
            continue  # ("captained the trawler Girl Merryn": a vessel, no employer)
        if verb.tag_ in ("VBZ", "VBP") or _held_since(verb) or past:
            people = [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        elif verb.tag_ == "VB" and verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and verb.head.dep_ == "attr" and verb.head.head.lemma_ in ("be", "become") and verb.head.head.tag_ in ("VBD", "VBZ", "VBP"):
            # "became the first woman to chair X": the copula's subject
            people = [p for p in _subjects(ctx, verb.head.head, couples=False) if p.type == "PERSON"]
        else:
            continue
        if len(people) == 1:
            end = _tok_end(ctx.doc[_hyphen_end(orgs[0])])
            org = ctx.covering(orgs[0].idx, _tok_end(orgs[0]), ORG) or (described[0][1] if described else None)
            start = verb.idx
            if orgs[0].i < verb.i and org is not None:
                start, end = org[0].start, _tok_end(verb)  # (the organisation named before its "which")
            _hold_post(ctx, people[0], posts[verb.lemma_], (start, end), org[1] if org is not None else None, start)


def _board_of(ctx: _Ctx, verb: Token) -> list:
    """'chairs the board of Kasama Mills', 'chairs the company's board', 'chairs its board': the
    organisation whose board it is (session 2026-12-07 from 12:36 UTC)."""
    for o in verb.children:
        if o.dep_ != "dobj" or o.lower_ != "board":
            continue
        for g in (g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"):
            hit = ctx.covering(g.idx, _tok_end(g), ORG)
            if hit is not None and hit[1].type == "ORG":
                return [(o, hit)]
        poss = next((c for c in o.children if c.dep_ == "poss"), None)
        owner = _owner(ctx, poss, fallback=False) if poss is not None else None
        mention = next((m for m, e in ctx.mentions if owner is not None and e.id == owner.id), None)
        return [(o, (mention, owner))] if owner is not None and mention is not None else []
    return []


def _hold_post(ctx: _Ctx, person: Entity, post: str, span: tuple[int, int], org: Optional[Entity], org_start: int) -> None:
    """The post as a title, and the organisation as the employer, unless already said. An owner
    only where the text shows the owner is a person (a gender or an age; a job word may be a
    firm's, "video game developer Square"): firms own firms ("Square Enix has owned Taito
    Corporation", "The magazine is owned by Lagardère"), and the entity stage may type a firm's
    name a person's; a job apposed to the name shows it too: "Anil Menon, a pharmacist who owns
    Yarrabin Pharmacy")."""
    if post == "owner" and person.gender is None and not ctx.facts.has("age", person.id) and not _apposed_job(ctx, person):
        return
    # (not a second "chair" for "The theatre's chairwoman, Ruth Adeyemi ... has chaired the board")
    if not any(str(f.value).split()[-1].startswith(post) for f in ctx.facts.of("title", person.id)):
        ctx.add("title", person, span[0], span[1], value=post, confidence=LIKELY)
    if org is not None and org.id not in _has_employer(ctx, person):
        ctx.add("employer", person, org_start, span[1], obj=org, confidence=LIKELY)


def _apposed_job(ctx: _Ctx, person: Entity) -> bool:
    """An occupation read from a job set off after the person's name ("Anil Menon, a pharmacist"):
    the entity is somebody, whom no firm's name is apposed to so."""
    return any(re.match(r"[^,]{2,60},\s+(?:\d{1,3},\s+)?an?\s", f.evidence.text) is not None
               for f in ctx.facts.of("occupation", person.id))


def _post_passive(ctx: _Ctx, verb: Token, post: str) -> bool:
    """'The side is coached by Gerrit van der Laan', 'Harwood Town are managed by Ann Roe': a
    present passive whose subject is a named organisation, or a team's or a body's noun after
    'the' that stands for one, has the post's holder for its agent (not 'was coached by X as a
    boy', a past and a pupil's). Whether the verb was read so."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj and verb.dep_ == "conj" and verb.head.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.head.children):
        # ("Ramdial Brothers Transport, which runs six maxis on the route and is managed by his
        # older brother, X": the name the relative clause's "which" stands for)
        subj = [verb.head.head]
    if verb.tag_ != "VBN" or len(agents) != 1 or len(subj) != 1 or not (
            any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children) or _held_since(verb)):
        return False
    body = subj[0]
    org = ctx.covering(body.idx, _tok_end(body), ORG)
    if org is None and body.pos_ == "NOUN" and [c.lower_ for c in body.children if c.i < body.i] == ["the"] and (
            org_kind(body.lower_) is not None or body.lower_ in patterns()["job_verbs"]["team_verbs"]["teams"]):
        org = _org_for(ctx, "club" if body.lower_ in ("side", "team", "squad") else body.lower_, body.idx)
    if org is None or org[1].type != "ORG":
        return False
    people = [p for p in _resolve(ctx, agents[0], couples=False) if p.type == "PERSON"]
    if len(people) != 1:
        return False
    held = ctx.covering(agents[0].idx, _tok_end(agents[0]), PERSON)
    end = held[0].end if held is not None and held[1] is people[0] and held[0].end > agents[0].idx else _tok_end(agents[0])
    _hold_post(ctx, people[0], post, (verb.idx, end), org[1], subj[0].left_edge.idx)
    return True


def _post_by(ctx: _Ctx, verb: Token, post: str) -> bool:
    """"won by Lakshmibazar Rooftop Club, captained by Sanjib Das": a participle set off after a
    named organisation, its post's holder the agent. Whether the verb was read so."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBN" or len(agents) != 1 or verb.i < 1 or ctx.doc[verb.i - 1].text != ",":
        return False
    # (the name right before the comma, however the parse hung the participle; a club's name
    # may end on "'s", which the name's mention may leave out: "St Fintan's, managed by X")
    hit = ctx.ending_at(ctx.doc[verb.i - 1].idx, ORG)
    if hit is None and verb.i > 1 and ctx.doc[verb.i - 2].tag_ == "POS":
        hit = ctx.ending_at(ctx.doc[verb.i - 2].idx, ORG)
    if hit is None or hit[1].type != "ORG" or hit[0].kind != "name":
        return False
    people = [p for p in _resolve(ctx, agents[0], couples=False) if p.type == "PERSON"]
    if len(people) != 1:
        return False
    _hold_post(ctx, people[0], post, (verb.idx, _tok_end(agents[0])), hit[1], hit[0].start)
    return True


def _hyphened(tok) -> str:
    """The word written through hyphens with no space around ``tok`` ("co-operative", whichever
    part the parser made the head)."""
    return tok.doc[_hyphen_start(tok) : _hyphen_end(tok) + 1].text.lower()


def _hyphen_start(tok) -> int:
    doc, k = tok.doc, tok.i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha:
        k -= 2
    return k


def _hyphen_end(tok) -> int:
    doc, k = tok.doc, tok.i
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha:
        k += 2
    return k


def _job_of(tok) -> str | None:
    """The lexicon's job a noun heads, with its compound words ('fisheries officer') if listed."""
    words = _occupation_words()
    full = " ".join([c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i] + [tok.lower_])
    return full if full in words else tok.lower_ if tok.lower_ in words else None


def _rule_respective_jobs(ctx: _Ctx) -> None:
    """'The twins, Wiremu and Rawiri, are a paramedic in Hastings and a physiotherapist in
    Perth': two people named as one subject and two jobs, each with its own 'a', after one
    copula: the jobs in the order the people are named."""
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", ("be",)):
        verb = toks[k]
        if verb.idx < ctx.article.body_start:
            continue
        attrs = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        # (the clause's assertion tested after the attribute: most copulas have no noun one)
        if len(attrs) != 1 or unasserted_copula(verb):
            continue
        # (the second job may hang on the first one's place: "a paramedic in Napier and a physiotherapist")
        jobs = [attrs[0]] + [t for t in verb.subtree if t.i > attrs[0].i and t.dep_ == "conj" and t.pos_ == "NOUN"
                             and t.i >= 2 and t.doc[t.i - 2].lower_ == "and" and _job_of(t) is not None]
        if len(jobs) != 2 or not all(any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in j.children) for j in jobs):
            continue
        values = [_job_of(j) for j in jobs]
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if None in values or len(subj) != 1:
            continue
        people: list = []
        for t in subj[0].subtree:
            if t.dep_ == "relcl" or any(a.dep_ == "relcl" and a.i < t.i <= a.right_edge.i for a in t.ancestors):
                continue  # ("who are forty": not another subject)
            e = ctx.token_entity(t)
            if e is not None and e.type == "PERSON" and e not in people and t.pos_ == "PROPN":
                people.append(e)
        if len(people) != 2:
            continue
        pairs = {(p.id, v) for p, v in zip(people, values, strict=True)}
        sent = verb.sent
        for key, f in list(ctx.facts.items()):
            # (a rule that gave both jobs to the first person read the list as one person's)
            if f.relation == "occupation" and f.subject in {p.id for p in people} and f.value in values \
                    and (f.subject, f.value) not in pairs and sent.start_char <= f.evidence.start < sent.end_char:
                del ctx.facts[key]
        for person, job, value in zip(people, jobs, values, strict=True):
            ctx.add("occupation", person, verb.idx, _tok_end(job), value=value, confidence=LIKELY)


def _at_a_school(ctx: _Ctx, verb, objs) -> bool:
    """'teaches karawitan at a secondary school': whatever is taught, in the present, at a
    school's or a college's noun (patterns key ``employment.study_words``) is a teacher's job,
    when what is taught is nobody."""
    schools = set(patterns()["employment"]["study_words"])
    return all(o.pos_ != "PRON" and o.is_lower and ctx.covering(o.idx, _tok_end(o), PERSON) is None for o in objs) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "in") and any(g.dep_ == "pobj" and g.lemma_.lower() in schools for g in c.children)
        for o in [verb, *objs] for c in o.children)
