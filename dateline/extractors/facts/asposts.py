"""Posts and jobs after 'as' or a copula, said of the clause's subject: 'after nine years as
provost', 'who acted as returning officer', 'He was its harbourmaster', 'takes charge as managing
director', 'took over as chief executive', 'moves to the board as non-executive chairman', 'becomes
head of training' (titles); 'spent forty years as a school cook', 'worked as a signalman'
(occupations). Moved out of posts.py, whose possessive rules they share the lexicon with
(patterns key ``posts``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, ORG, PERSON, _Ctx, _named, _tok_end, patterns
from dateline.extractors.facts.described import _occupation_words
from dateline.extractors.facts.employment import _drop_bare_job, _has_employer
from dateline.extractors.facts.itsowner import _its
from dateline.extractors.facts.lexicon import title_words
from dateline.extractors.facts.occupations import unasserted_copula
from dateline.extractors.facts.orgs import _org_for
from dateline.extractors.facts.posts import _add_post, _jobs
from dateline.extractors.facts.publisher import lede_org, publisher
from dateline.extractors.facts.roleemployers import _membership, _post_head
from dateline.extractors.facts.rolephrase import _hyphened, managing_as
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.nlp import columns, tokens_in, tokens_of
from dateline.paragraphs import quoted_at


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """The last words of the titles of more than one word ('executive' of 'chief executive')."""
    return frozenset(t.split()[-1] for t in title_words() if " " in t)


_ELECTING = frozenset({"elected", "appointed", "named", "voted", "chosen"})
# verbs that give their object a post "as" a title
_GIVING = frozenset({"elect", "re-elect", "appoint", "name", "install", "instal", "choose", "select", "confirm"})
# verbs whose object held the post "as" names before their subject takes it up ("succeeds Tom
# Hale as chairman of ORG"; added by emp49)
_SUCCEEDING = frozenset({"succeed", "replace"})


def _post_phrase(tok: Token) -> str:
    """The post's words as written, from its first modifier that is no date or rank ('a
    non-executive director': 'non-executive director', hyphen kept)."""
    drop = set(patterns()["employment"]["role_modifiers_dropped"])
    # (not a participle of the verb the parser misread: "was re-elected chair" as "re - elected chair")
    kept = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_lower and c.lower_ not in drop
            and not (c.tag_ == "VBN" and c.lower_ in _ELECTING)]
    if not kept:
        return _hyphened(tok)  # ("becomes vice-chairman", parsed as three words side by side)
    return tok.doc[min(c.left_edge.i for c in kept) : tok.i + 1].text.lower()


def _field_of(tok: Token) -> Optional[str]:
    """' of marketing' after a post that keeps its field ('becomes head of marketing', patterns
    key posts.field_titles): one or two lower-case words, no organisation's name."""
    if tok.lower_ not in patterns()["posts"]["field_titles"]:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.i - of.i > 2 or not all(t.is_lower and t.is_alpha for t in tok.doc[of.i + 1 : obj.i + 1]):
        return None
    if tok.doc[of.i + 1].lower_ == "the":
        return None  # ("as head of the forge": a body the text named, no field)
    return " of " + tok.doc[of.i + 1 : obj.i + 1].text


def _first_attribute(tok: Token) -> Optional[Token]:
    """The copula's attribute a conjoined post follows, however the parser joined it: to the
    attribute, or to the organisation its "of" names ("a founder member of X and its chairman")."""
    head = tok.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head if head.dep_ == "attr" and head.head.lemma_ in ("be", "become") else None


def _rule_as_posts(ctx: _Ctx) -> None:
    """'after nine years as provost', 'who acted as returning officer', 'He was its
    harbourmaster': a listed title said of the clause's subject. With 'its' the post is at the
    organisation 'its' stands for (or, when that is unclear, at the one employer the text gives
    the person); without, the title alone."""
    titles = title_words()
    jobs = _jobs()
    bare_jobs = _occupation_words()
    as_verbs = set(patterns()["employment"]["as_verbs"]) | set(patterns()["posts"]["as_verbs"])
    spells = set(patterns()["posts"]["as_spells"])
    cols, toks, body = columns(ctx.doc), tokens_of(ctx.doc), ctx.article.body_start
    # ("took over as chief executive": a title of two words whose last word alone is none)
    heads = _title_heads()
    no_org = {t.lower() for t in patterns()["person_titles_without_org"]}
    # (the job and head words' indices, in text order, rather than a step per word)
    for tok in [toks[k] for k in sorted({*tokens_in(ctx.doc, "lower", jobs), *tokens_in(ctx.doc, "lower", heads)})
                if cols.pos[k] == "NOUN" and cols.idx[k] >= body]:
        if tok.lower_ not in jobs and _post_phrase(tok) not in titles:
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and (tok.lower_ in titles or _post_phrase(tok) in titles or any(c.lower_ == "its" for c in tok.children)):
            verb = tok.head.head
            # only a verb of holding a post or a spell of time: 'served as', 'nine years as'; not
            # 'praised her as leader'; with 'its' any verb: "kept the accounts as its treasurer"
            if verb.lemma_ not in as_verbs and verb.lower_ not in spells and not any(c.lower_ == "its" for c in tok.children) \
                    and not _runs_body(ctx, verb):
                continue
        elif managing_as(tok) and tok.head.head.head.lemma_ in as_verbs:
            verb = tok.head.head.head  # "succeeded her father as managing director of X", "managing" read as a verb
        elif tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become") and any(c.lower_ == "its" for c in tok.children):
            verb = tok.head
        elif tok.dep_ == "conj" and any(c.lower_ == "its" for c in tok.children) and (first := _first_attribute(tok)) is not None:
            verb = first.head  # "was a founder member of X and its chairman": the second attribute
        elif (tok.dep_ == "attr" and tok.head.lemma_ in ("be", "become")
              # ("became managing director": a title of two words, though its last is a job too)
              and ((tok.lower_ in titles and tok.lower_ not in bare_jobs) or (tok.head.lemma_ == "become" and " " in _post_phrase(tok) and (_post_phrase(tok) in titles
                                                                                      # ("becomes production manager": a job word qualified by its department)
                                                                                      or tok.lower_ in titles or tok.lower_ in bare_jobs)))
              and not any(c.dep_ in ("det", "poss") or (c.dep_ == "prep" and _field_of(tok) is None) for c in tok.children)
              and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)):
            # "who becomes non-executive chairman": an office with no article, no organisation
            # (said of the verb's own subject: a verb the parse joined to a relative clause's
            # would take the clause's)
            verb = tok.head
        elif (tok.dep_ in ("oprd", "xcomp") and tok.head.lemma_ in patterns()["posts"]["office_verbs"] and (tok.lower_ in no_org or tok.lower_ in titles)
              and not any(c.dep_ in ("det", "poss") for c in tok.children)):
            # "Hannah Okoye has been elected mayor of Wexley": an office that needs no
            # organisation; "Tom Hill was elected secretary": a title, its body unsaid
            verb = tok.head
        else:
            continue
        for _ in range(3):  # "after nine years as provost": up to the clause's verb
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or (_not_asserted(verb) and not _stays_on(verb)):
            continue
        if verb.lemma_ in ("take", "move") and unasserted_copula(verb):
            continue  # "is expected to take over as managing director": a post to come, if at all
        # ("The Hollis Varga brewery named Sam Ortiz as its head brewer": the small parser makes
        # the one named an object predicate)
        given = [e for c in verb.children if c.dep_ in ("dobj", "oprd") for e in [ctx.token_entity(c)] if e is not None]
        succeeded = verb.lemma_ in _SUCCEEDING and (tok.dep_ == "pobj" or managing_as(tok))
        if given and not succeeded and not (len(given) == 1 and verb.lemma_ in _GIVING and tok.dep_ == "pobj"
                                            and (tok.lower_ in titles or any(c.lower_ == "its" for c in tok.children))
                                            and not any(s.type not in PERSON for s in _subjects(ctx, verb, couples=False))):
            continue  # "Priya Nair has named Sam Okafor as chief financial officer": the post is his
        if succeeded:
            given = []  # ("X succeeds Y as chairwoman of ORG": the post is the subject's; Y held it, successors.py)
        # ("The meeting installed Andrew Pellow as chairman": the post is the object's; an
        # organisation's own appointment is employment.py's)
        people = given or [p for p in _subjects(ctx, verb, couples=False) if p.type == "PERSON"]
        if len(people) != 1:
            continue
        person = people[0]
        post = _post_phrase(tok) + (_field_of(tok) or "")
        if managing_as(tok) and not post.startswith("managing"):
            post = "managing " + post
        its = next((c for c in tok.children if c.lower_ == "its"), None)
        org = _its(ctx, its.idx, its.idx + 3) if its is not None else None
        known = _has_employer(ctx, person)
        if org is None and its is not None and len(known) == 1:
            org = next(((m, e) for m, e in ctx.mentions if e.id in known), None)
        if org is None and its is None:
            # "He stays on as Glenbawn's chairman": the organisation in the possessive
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            org = ctx.covering(owner.idx, _tok_end(owner), ORG) if owner is not None else None
        if org is None and its is None:
            # "took over as manager of Harwick Rovers": the organisation the post is of
            of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            org = ctx.covering(of.idx, _tok_end(of), ORG) if of is not None else None
            if org is None and not unasserted_copula(verb):
                # ("named his eldest daughter as head of the forge": the body "the forge" stands for;
                # not "is expected to be confirmed as leader of the council")
                the = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                            if g.dep_ == "pobj" and g.pos_ == "NOUN" and [d.lower_ for d in g.children if d.dep_ == "det"] == ["the"]), None)
                org = _org_for(ctx, the.lower_, _tok_end(the)) if the is not None else None
        our = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "our"), None)
        if org is None and its is None and our is not None and not quoted_at(ctx.text, our.idx):
            org = publisher(ctx)  # ("After 14 years as our treasurer, Mag. Karl Url": the body that says 'our')
        if org is None and its is None:
            org = _clause_org(ctx, verb)
        if org is None and its is None and " " in post:
            # "served as branch president from 1971" in the branch's own newsletter: a post named
            # with the word the publisher's name holds is a post there
            own = publisher(ctx)
            if own is not None and post.split()[0] in own[1].name.lower().split() and post.split()[0] not in ("the", "a"):
                org = own
        if org is None and its is None and tok.lower_ not in no_org and (post in titles or (tok.lower_ in titles and post.endswith(tok.lower_))):
            org = _home_org(ctx, verb)  # ("stays on as honorary chairman": a listed title, qualified)
        start, end = min(tok.head.idx, tok.idx), tok.idx + len(tok.text)
        if org is not None and org[0].start > end and org[0].start - end < 40:
            end = org[0].end  # (the evidence runs to the organisation: "as manager of Harwick Rovers")
        _predecessor(ctx, verb, tok, post, org, start)
        if org is not None:
            _add_post(ctx, person, post, (org[0].model_copy(update={"start": its.idx, "end": its.idx + 3}) if its else org[0], org[1]), start, end)
        elif not any(f.relation == "title" and f.subject == person.id and tok.lower_ in (str(f.value).split()[-1], _post_head(str(f.value)))
                     for f in ctx.facts.values()):
            _drop_bare_job(ctx, person, post, start, end)
            ctx.add("title", person, start, end, value=post, confidence=LIKELY)


def _runs_body(ctx: _Ctx, verb: Token) -> bool:
    """'has run the mill as managing director since 2003': running or leading an organisation
    (its object) as a post (not 'ran as an independent', which has none)."""
    return verb.lemma_ in ("run", "lead", "manage") and any(
        c.dep_ == "dobj" and (ctx.covering(c.idx, c.idx + len(c.text), ORG) is not None
                              or (c.pos_ == "NOUN" and _org_for(ctx, c.lower_, c.idx) is not None)) for c in verb.children)


def _home_org(ctx: _Ctx, verb: Token) -> Optional[tuple[Mention, Entity]]:
    """'Rory Fennessy stays on as treasurer', 'Sam Hodgson hands over as treasurer after eleven
    years', 'after nine years as provost': a post of an organisation (a listed title, not an
    office such as mayor that needs none) taken, kept or left in a sentence that names no
    organisation is a post at the one the article opens on and is about (``publisher.lede_org``),
    when the verb keeps, hands on or leaves the post (``_KEPT_OR_LEFT``), or takes it on
    (``_taken_on``)."""
    if verb.lemma_ not in _KEPT_OR_LEFT and not _taken_on(verb):
        return None  # ("served as churchwarden", "acted as returning officer": a post anywhere)
    sent = verb.sent
    if any(e.type in ORG for m, e in ctx.mentions_from(sent.start_char) if sent.start_char <= m.start < sent.end_char):
        return None  # (an organisation of its own sentence the post may be at: left to the rules above)
    return lede_org(ctx)


# verbs of keeping a post one holds, handing it on or leaving it, which news says of a post at
# the body it reports on ("stays on as treasurer", "hands over as treasurer", "retires after nine
# years as provost"); not "served as" or "acted as", said of any post in a life
_KEPT_OR_LEFT = frozenset({"stay", "remain", "continue", "hand", "step", "retire", "sit"})


def _taken_on(verb: Token) -> bool:
    """'took over as managing director', 'was elected chair', 'was appointed treasurer': a post
    taken on, which news says of a post at the body it reports on too."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return verb.lemma_ in ("elect", "appoint") and any(c.dep_ == "nsubjpass" for c in verb.children)


def _stays_on(verb: Token) -> bool:
    """'Tom Vale, 71, will stay on as chairman': what one will go on holding one holds now; only
    "will" before a verb of staying, nothing negated."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "neg")]
    return verb.lemma_ in ("stay", "remain", "continue") and len(aux) == 1 and aux[0].lower_ in ("will", "'ll")


def _predecessor(ctx: _Ctx, verb: Token, post_tok: Token, post: str, org: Optional[tuple[Mention, Entity]], start: int) -> None:
    """'takes over as treasurer from Bill Renwick': the person taken over from held the post
    (at the same organisation, where one is named)."""
    if not (verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)):
        return
    for prep in (*verb.children, *post_tok.children):  # (the parser may hang "from" on the post)
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < verb.i:
            continue
        for g in prep.children:
            hit = ctx.covering(g.idx, _tok_end(g)) if g.dep_ == "pobj" and g.pos_ == "PROPN" else None
            if hit is None or hit[1].type != "PERSON" or not _named(hit[1]) or hit[0].kind not in ("name", "surname"):
                continue
            if org is not None:
                _add_post(ctx, hit[1], post, org, start, hit[0].end)
            else:
                ctx.add("title", hit[1], start, hit[0].end, value=post, confidence=LIKELY)


def _rule_appointment_posts(ctx: _Ctx) -> None:
    """'Harrowgate Analytics today announced the appointment of Priya Raman as chief financial
    officer': a listed title after 'as' on a noun of taking a post (patterns key
    posts.appointment_nouns) is the post of the person its 'of' names, at the organisation that
    is the subject of the verb the noun is the object of ('X confirmed the appointment of ...'),
    or at the one its own 'of'/'at' names ('as finance director of Brandt Foods')."""
    nouns = set(patterns()["posts"]["appointment_nouns"]["words"])
    titles = title_words()
    body = ctx.article.body_start
    toks = tokens_of(ctx.doc)
    # (the index of the nouns' few places, not every token's lower_ read as a Token attribute)
    for k in tokens_in(ctx.doc, "lower", nouns):
        noun = toks[k]
        if noun.pos_ != "NOUN" or noun.idx < body:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        as_ = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        holder = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        tok = next((g for g in as_.children if g.dep_ == "pobj"), None) if as_ is not None else None
        if holder is None or tok is None:
            continue
        person = ctx.token_entity(holder)
        post = _post_phrase(tok) + (_field_of(tok) or "")
        if person is None or post not in titles:
            continue
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _not_asserted(verb):
            continue  # ("if the board approves the appointment ..." or a noun that is no object)
        org = None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
            org = next((h for g in prep.children if g.dep_ == "pobj" and (h := ctx.covering(g.idx, _tok_end(g), ORG)) is not None), None)
        if org is None:
            org = next((h for c in verb.children if c.dep_ == "nsubj" and (h := ctx.covering(c.idx, _tok_end(c), ORG)) is not None), None)
        if org is not None and (org[0].kind != "name" or _membership(org[1])):
            org = None
        _add_post(ctx, person, post, org, noun.idx, tok.idx + len(tok.text))


# a verb of working and the prepositions naming where: "now works for Gannet Earthmoving as a
# trainee operator", "retired from the State Bank of India as a deputy general manager" (a post
# held there, as after "joined")
_WORKED_AT = {"work": ("for", "at", "with"), "retire": ("from",)}


def _clause_org(ctx: _Ctx, verb: Token) -> Optional[tuple[Mention, Entity]]:
    """The organisation a post taken is at, from the clause: 'At Skerry Air, the island
    operator, Capt. X becomes head of training' (a fronted 'at'), 'works for X as ...', 'retired
    from X as ...', 'Halden & Sons will be run by
    a woman when X takes charge as managing director' (the subject of the clause a 'when'
    clause hangs on). A name only, and no body one belongs to."""
    for c in verb.children:
        if c.dep_ == "prep" and ((c.lower_ == "at" and c.i < verb.i) or c.lower_ in _WORKED_AT.get(verb.lemma_, ())):
            for g in c.children:
                hit = ctx.covering(g.idx, _tok_end(g), ORG) if g.dep_ == "pobj" else None
                if hit is not None and hit[0].kind == "name" and not _membership(hit[1]):
                    return hit
    if verb.lemma_ in ("join", "rejoin"):
        # ("who joined the hospital in March from X as chief of medicine": the body joined)
        for c in verb.children:
            hit = ctx.covering(c.idx, _tok_end(c), ORG) if c.dep_ == "dobj" else None
            if hit is not None and not _membership(hit[1]):
                return hit
    if verb.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children):
        # (or parsed as a relative clause on 'the first time')
        main = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb.head)
        for c in main.children:
            hit = ctx.covering(c.idx, _tok_end(c), ORG) if c.dep_ in ("nsubj", "nsubjpass") else None
            if hit is not None and hit[0].kind == "name" and not _membership(hit[1]):
                return hit
    return None


def _rule_as_occupations(ctx: _Ctx) -> None:
    """'spent forty years as a school cook', 'worked as a signalman': a job (not a title) after
    'as' is the occupation of the clause's subject (patterns key posts.as_occupation_verbs)."""
    p = patterns()["posts"]
    verbs, spells = set(p["as_occupation_verbs"]), set(p["as_spells"])
    jobs, titles = _occupation_words(), title_words()
    cols, toks, body = columns(ctx.doc), tokens_of(ctx.doc), ctx.article.body_start
    for k in tokens_in(ctx.doc, "lower", jobs):  # (the job words' indices, in text order)
        low = cols.lower[k]
        if low not in jobs or low in titles or cols.pos[k] != "NOUN" or cols.idx[k] < body:
            continue
        tok = toks[k]
        verb = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and (verb.lemma_ in _MOVING or verb.lemma_ in _WORKED_AT) and not _not_asserted(verb):
            # ("worked as a signalman" with no workplace stays an occupation)
            if _moved_as(ctx, verb, tok) or verb.lemma_ in _MOVING:
                continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "as" or verb.lemma_ not in verbs or _not_asserted(verb):
            continue
        # ("spent 30 years as a cook": the spell may be parsed as a measure)
        if verb.lemma_ == "spend" and not any(c.dep_ in ("dobj", "npadvmod") and c.lower_ in spells for c in verb.children):
            continue
        if any(c.lower_ == "where" or (c.dep_ == "prep" and any(ctx.token_entity(g, ORG) for g in c.children)) for c in [*verb.children, *tok.children]):
            continue  # "where she spent five years as a sports scientist", "as a nurse at ORG": a post at a place of work
        people = [e for e in _subjects(ctx, verb, couples=False) if e.type == "PERSON"]
        if len(people) == 1:
            ctx.add("occupation", people[0], verb.idx, tok.idx + len(tok.text), value=_post_phrase(tok), confidence=LIKELY)


# verbs of taking a job at an organisation named by their object or their 'to' phrase
_MOVING = frozenset({"move", "join", "return", "go", "come"})


def _moved_as(ctx: _Ctx, verb: Token, tok: Token) -> bool:
    """'has moved to Fundy Tidal Power as a field technician', 'joined Kelso Mills as a weaver',
    'works for Gannet Earthmoving as a trainee operator': a job after 'as' held at the
    organisation the person moved to or works for: a title there. Whether one was found."""
    preps = _WORKED_AT.get(verb.lemma_, ("to",))
    places = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ == "join" else \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    orgs = [hit for g in places[:1] for hit in [ctx.covering(g.idx, _tok_end(g), ORG)] if hit is not None]
    if not orgs and verb.lemma_ in _MOVING and places and places[0].pos_ == "NOUN" and any(c.lower_ == "the" for c in places[0].children):
        # ("joined the factory as a clerk", "came to the distillery as a warehouse hand", the
        # factory, the distillery named before: the organisation of that word)
        orgs = [hit for hit in [_org_for(ctx, places[0].lower_, places[0].idx)] if hit is not None]
    people = [e for e in _subjects(ctx, verb, couples=False) if e.type == "PERSON"]
    if len(orgs) != 1 or len(people) != 1 or _membership(orgs[0][1]) or (verb.lemma_ in _WORKED_AT and orgs[0][0].kind != "name"):
        return False
    person, org = people[0], orgs[0]
    start, end = min(verb.idx, org[0].start if org[0].start >= verb.sent.start_char else verb.idx), tok.idx + len(tok.text)
    if org[1].id not in _has_employer(ctx, person):
        ctx.add("employer", person, start, end, obj=org[1], confidence=LIKELY)
    if not any(f.relation == "title" and f.subject == person.id and _post_head(str(f.value)) == tok.lower_ for f in ctx.facts.values()):
        ctx.add("title", person, start, end, value=re.sub(r"^(?:an?|the)\s+", "", _post_phrase(tok)), confidence=LIKELY)
    return True
