"""Work in an organisation's own voice: a staff bulletin, a society's newsletter or an annual
report says 'our', 'us' and 'here' for the body that publishes it (``publisher.publisher``: the
organisation its masthead names, else the one it is about).

- 'Leah Doran, a radiographer in our X-ray department': a job in a part of 'our' body is a
  post there (a title with its employer, not a bare occupation);
- 'Siobhan, who works in our pharmacy department', 'retired from our laboratory in 2019',
  'After 38 years on our wards, X retires': who works in, or leaves, a part of it worked there;
- 'Dr Okafor joins us as consultant cardiologist from Cork University Hospital', 'moved to us
  from the Dromoland Castle kitchens': who joins 'us' works there (as the post 'as' gives), and
  worked where 'from' names;
- 'who worked as a porter here from 1979': 'here' with a verb of work.

Never inside a quotation, where 'our' and 'us' are the speaker's. The words are data
(patterns ``our_posts``)."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, _Ctx, _tok_end, patterns
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.holders import _holder
from dateline.extractors.facts.lexicon import instrument_post
from dateline.extractors.facts.posts import _a_job
from dateline.extractors.facts.publisher import publisher
from dateline.extractors.facts.rolephrase import role_phrase
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.nlp import tokens_of, where_in
from dateline.paragraphs import quoted_at


def _own_words(ctx: _Ctx, words: tuple[str, ...]) -> list[int]:
    """Where the body says these words outside a quotation (there they are the speaker's), in
    text order."""
    index = where_in(ctx.doc, "lower")
    body = ctx.article.body_start
    return [k for k in sorted(k for w in words for k in index.get(w, ()))
            if ctx.doc[k].idx >= body and not quoted_at(ctx.text, ctx.doc[k].idx)]


def own_voice(ctx: _Ctx) -> bool:
    """The text says 'our' or 'us' outside quotations: an organisation's own newsletter, whose
    offices, sign-offs and spells of office are posts at the publisher."""
    return bool(_own_words(ctx, ("our", "us")))


def _rule_our_posts(ctx: _Ctx) -> None:
    hits = _own_words(ctx, ("our", "us", "here"))
    if not hits:
        return
    org = publisher(ctx)
    if org is None:
        return
    cfg = patterns()["our_posts"]
    toks = tokens_of(ctx.doc)
    for k in hits:
        tok = toks[k]
        if tok.lower_ == "our":
            _our_part(ctx, tok, org, cfg)
        elif tok.lower_ == "us":
            _joins_us(ctx, tok, org, cfg)
        else:
            _worked_here(ctx, tok, org, cfg)


def _our_part(ctx: _Ctx, tok: Token, org: tuple[Mention, Entity], cfg: dict) -> None:
    noun = tok.head
    if tok.dep_ == "poss" and noun.pos_ == "NOUN" and noun.lemma_.lower() not in cfg["parts"]:
        _our_job(ctx, tok, noun, org)
        return
    if tok.dep_ != "poss" or noun.lemma_.lower() not in cfg["parts"]:
        return
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from") and noun.head.head.pos_ == "PROPN":
        # "Sam Okafor of our network planning team": who is of a part of it works there
        named = ctx.covering(noun.head.head.idx, _tok_end(noun.head.head))
        if named is not None and named[1].type == "PERSON" and named[0].kind in ("name", "surname", "firstname") \
                and org[1].id not in _has_employer(ctx, named[1]):
            ctx.add("employer", named[1], named[0].start, _tok_end(noun), obj=org[1], confidence=LIKELY)
        return
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cfg["join_verbs"]:
        gov = noun.head  # "who joins our teaching staff as ..."
    elif noun.dep_ == "pobj" and noun.head.lower_ in cfg["part_preps"]:
        gov = noun.head.head
    else:
        return
    if gov.pos_ == "NOUN" and gov.i < noun.i and _a_job(role_phrase(gov)):
        # "a radiographer in our X-ray department"
        holder = _holder(ctx, gov) or _job_read(ctx, gov)
        if holder is not None:
            _post(ctx, holder[0], role_phrase(gov), org, min(holder[1], gov.idx), _tok_end(noun))
        return
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in cfg["work_verbs"]:
        verb = gov  # "who works in our pharmacy department", "retired from our laboratory"
    elif gov.lemma_.lower() in cfg["spells"] and gov.dep_ == "pobj" and (gov.head.head.pos_ in ("VERB", "AUX") or gov.head.head.dep_ == "ROOT"):
        verb = gov.head.head  # "After 38 years on our wards, X retires" (a root the tagger made a noun too)
    else:
        return
    people = _subjects(ctx, verb, couples=False)
    if len(people) == 1 and people[0].type == "PERSON":
        # ("joins our teaching staff as Year 4 teacher from Oakfield Primary": the post and the
        # place before, as for 'joins us')
        _joined(ctx, verb, people[0], org, min(verb.idx, tok.idx), _tok_end(noun))


def _our_job(ctx: _Ctx, tok: Token, noun: Token, org: tuple[Mention, Entity]) -> None:
    """'our leakage technician Dean Farrow', 'Graham Pettifer, 64, our longest-serving process
    operator', 'Nick Haskell is one of our reservoir keepers': a job of 'ours' is a post at the
    publisher, said of the name it is apposed to, or of the subject of 'is one of'."""
    plural = noun.tag_ == "NNS"
    post = role_phrase(noun)
    if plural:
        post = " ".join([*post.split()[:-1], noun.lemma_.lower()])
    if not post or not _a_job(post) or post.split()[-1] in ("member", "members"):
        return  # ("Elsie Greaves, our oldest member": no post)
    holder = None
    if plural:
        one = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if one is not None and one.lower_ == "one" and one.dep_ == "attr" and one.head.lemma_ == "be":
            holder = _copula_subject(ctx, one.head)
    else:
        named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1]
        hit = ctx.covering(named[0].idx, _tok_end(named[0])) if named else None
        holder = (hit[1], tok.idx) if hit is not None and hit[0].kind == "name" else _holder(ctx, noun) if noun.dep_ == "appos" else None
        if holder is None and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holder = _copula_subject(ctx, noun.head)  # "Wally was our branch secretary"
    if holder is not None:
        _post(ctx, holder[0], post, org, min(holder[1], tok.idx), _tok_end(noun))


def _copula_subject(ctx: _Ctx, be: Token) -> Optional[tuple[Entity, int]]:
    """The one person a copula's clause is about ("X is one of our ...", "X was our ..."), and
    where the verb stands."""
    people = _subjects(ctx, be, couples=False)
    return (people[0], be.idx) if len(people) == 1 else None


def _joins_us(ctx: _Ctx, tok: Token, org: tuple[Mention, Entity], cfg: dict) -> None:
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "for"):
        _with_us(ctx, tok, tok.head.head, org, cfg)
        return
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cfg["join_verbs"]:
        return
    people = _subjects(ctx, verb, couples=False)
    if len(people) != 1 or people[0].type != "PERSON":
        return
    _joined(ctx, verb, people[0], org, min(verb.idx, tok.idx), _tok_end(tok))


def _with_us(ctx: _Ctx, tok: Token, gov: Token, org: tuple[Mention, Entity], cfg: dict) -> None:
    """'Alison Tuck, a former payroll officer with us' (a job with us: a post here); 'marks 25
    years with us', 'has driven forklifts for us since 2004' (a spell or a verb of work with
    us: an employer)."""
    if gov.pos_ == "NOUN" and gov.lemma_.lower() not in cfg["spells"] and _a_job(role_phrase(gov)):
        holder = _holder(ctx, gov) or _job_read(ctx, gov)
        if holder is not None:
            _post(ctx, holder[0], role_phrase(gov), org, min(holder[1], gov.idx), _tok_end(tok))
        return
    verb = gov.head if gov.lemma_.lower() in cfg["spells"] and gov.dep_ in ("dobj", "npadvmod") else gov
    seat = next((s for c in verb.children if c.dep_ == "dobj" for s in [_seat(c)] if instrument_post(s)), None) if verb.lemma_ == "play" else None
    if seat is not None:
        # "has played second violin with us since 2019": the seat played is a post here
        people = _subjects(ctx, verb, couples=False)
        if len(people) == 1 and people[0].type == "PERSON":
            _post(ctx, people[0], seat, org, min(verb.idx, tok.idx), _tok_end(tok))
        return
    if verb.pos_ not in ("VERB", "AUX") or (verb is gov and verb.lemma_.lower() not in cfg["with_us_verbs"]):
        return
    people = _subjects(ctx, verb, couples=False)
    if len(people) == 1 and people[0].type == "PERSON" and org[1].id not in _has_employer(ctx, people[0]):
        ctx.add("employer", people[0], min(verb.idx, tok.idx), _tok_end(tok), obj=org[1], confidence=LIKELY)


def _seat(obj: Token) -> str:
    """The words of a seat played ('second violin'), its rank kept (role_phrase drops 'second'
    as it drops 'former')."""
    mods = sorted((c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i and c.is_lower), key=lambda t: t.i)
    return " ".join([t.lower_ for t in mods] + [obj.lower_])


def _joined(ctx: _Ctx, verb: Token, person: Entity, org: tuple[Mention, Entity], start: int, end: int) -> None:
    """Work at the publisher, with the post the verb's 'as' gives, and where 'from' says the
    person worked before."""
    role = _as_role(verb)
    if role is not None:
        end = max(end, _tok_end(role))
        _post(ctx, person, role_phrase(role), org, start, end)
    elif org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=LIKELY)
    # "... from Cork University Hospital": where the newcomer worked before
    # (the parser may hang it on the post: "as consultant cardiologist from X"; and the name may
    # modify a noun: "from the Dromoland Castle hotel kitchens")
    heads = [verb] + ([role] if role is not None else [])
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            before = next((hit for t in obj.subtree for hit in [ctx.covering(t.idx, _tok_end(t), ORG)] if hit is not None), None)
            if before is not None and before[1].id != org[1].id and before[1].id not in _has_employer(ctx, person):
                ctx.add("employer", person, start, before[0].end, obj=before[1], confidence=LIKELY)


def _worked_here(ctx: _Ctx, tok: Token, org: tuple[Mention, Entity], cfg: dict) -> None:
    verb = tok.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "as":
        verb = verb.head.head  # ("served as rector here": the parser hangs "here" on the post)
    jobs = patterns()["job_verbs"]["verbs"]
    if tok.dep_ == "advmod" and verb.pos_ == "VERB" and verb.lemma_.lower() in jobs and verb.tag_ in ("VBZ", "VBP") and not _not_asserted(verb):
        # "Tom Hale teaches maths here", "who both teach PE here": the job the verb names, held here
        for person in [p for p in _subjects(ctx, verb) if p.type == "PERSON"]:
            _post(ctx, person, jobs[verb.lemma_.lower()], org, verb.idx, _tok_end(tok))
        return
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in cfg["here_verbs"]:
        return
    role = _as_role(verb)
    people = _subjects(ctx, verb, couples=False)
    if role is None or len(people) != 1 or people[0].type != "PERSON":
        return
    _post(ctx, people[0], role_phrase(role), org, verb.idx, max(_tok_end(tok), _tok_end(role)))


def _job_read(ctx: _Ctx, job: Token) -> Optional[tuple[Entity, int]]:
    """Whose occupation an earlier rule read in the job noun's own words ("Maeve Tully, a
    physiotherapist in our ..." where the parser made the job the verb's subject)."""
    end = _tok_end(job)
    for f in ctx.facts.values():
        if f.relation == "occupation" and f.evidence.start <= job.idx and f.evidence.end == end:
            person = next((e for e in ctx.entities if e.id == f.subject), None)
            if person is not None:
                return person, f.evidence.start
    return None


def _as_role(verb: Token) -> Optional[Token]:
    """The job noun of the verb's 'as' phrase ('joins us as consultant cardiologist')."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in prep.children:
            # (or a job the lexicon lacks by its ending: "as consultant nephrologist")
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and (_a_job(obj.lower_) or re.search(r"(?:ist|ian|or)$", obj.lower_)):
                return obj
    return None


def _post(ctx: _Ctx, person: Entity, post: str, org: tuple[Mention, Entity], start: int, end: int) -> None:
    if person.type != "PERSON":
        return
    if org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=LIKELY)
    _drop_bare_job(ctx, person, post, start, end)
    if not any(str(f.value).split()[-1:] == post.split()[-1:] for f in ctx.facts.of("title", person.id)):
        ctx.add("title", person, start, end, value=post, confidence=LIKELY)
