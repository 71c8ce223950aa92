"""Employers read from the parse: a role noun tied to an organisation ('an analyst at Fenwick
Bank', 'the theatre's chairwoman', 'professor of law at X') said of a person, and verbs of
employment ('works for', 'teaches at', 'joined X from Y'). Which organisation a role's phrase
stands for is roleemployers.py's (moved out on 2026-12-07). The vocabularies are in
patterns/facts.json ('employment', 'occupations', 'titles')."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.extractors.facts import orgs
from dateline.extractors.facts.appointers import appointed as _appointed
from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import (
    LIKELY,
    ORG,
    _conjuncts,
    _Ctx,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.holders import _holder
from dateline.extractors.facts.itorgs import org_before_it, org_it_continues
from dateline.extractors.facts.itsowner import _its
from dateline.extractors.facts.orgs import _org_for, family_firm, fits_kind, org_kind
from dateline.extractors.facts.roleemployers import (
    _bridges,
    _employer_at,
    _membership,
    _org_at,
    _orgs_of_role,
    _post_head,
    _unlisted_post_at,
    post_fits,
    village_parish,
)
from dateline.extractors.facts.roleorgs import headed_body, kin_of_before, on_org
from dateline.extractors.facts.rolephrase import role_phrase as _role_phrase
from dateline.extractors.facts.runners import _couple_who, _named_after_comma, _run_by, _run_with, _whose_kin_doer
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, Mention
from dateline.nlp import columns, tokens_in, tokens_of, where_in


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Head words of every occupation and title ('director' for 'finance director')."""
    p = patterns()
    excluded = {w.lower() for w in p["employment"]["not_employment_roles"]}
    return frozenset(w.split()[-1].lower() for w in p["occupations"] + p["titles"] if w.lower() not in excluded) - excluded


def _drop_bare_job(ctx: _Ctx, person: Entity, post: str, start: int, end: int) -> None:
    """A post at an organisation read here is a title: the same job read earlier inside the
    same words as a bare occupation ('Jan Kay is a nurse' of 'a nurse at the infirmary',
    'director' of 'Its managing director') goes."""
    for key, f in ctx.facts.items_of("occupation", person.id):
        if (f.evidence.start < end and start < f.evidence.end
                and str(f.value).split()[-1].lower() in (post.split()[-1].lower(), _post_head(post).lower())):  # ("a GP at X": "GP" and "gp")
            del ctx.facts[key]  # (and 'director' of 'where he was director of housing')


def _has_employer(ctx: _Ctx, subject: Entity) -> set[str]:
    return {f.object for f in ctx.facts.of("employer", subject.id) if f.object}


def _rule_role_employers(ctx: _Ctx) -> None:
    roles = _roles()
    body = ctx.article.body_start
    staff = set(patterns()["employment"]["staff_compounds"])
    field_titles = set(patterns()["posts"]["field_titles"])
    ranked_roles, rank_prefixes = set(patterns()["posts"]["ranked_employment_roles"]), {w.lower() for w in patterns()["posts"]["rank_prefixes"]}
    cols = columns(ctx.doc)
    toks = tokens_of(ctx.doc)
    # A noun the roles do not list is a post only with an 'at' ('with', 'for') phrase of its
    # own (_unlisted_post_at) or as a staff 'member': the rest need no Token.
    lower, head = cols.lower, cols.head
    with_prep = {head[j] for j in tokens_in(ctx.doc, "dep", ("prep",)) if lower[j] in ("at", "with", "for", "on")}
    # (those words' indices from the Doc's indexes, in text order, not a test per word)
    maybe = {*tokens_in(ctx.doc, "lower", roles), *with_prep, *where_in(ctx.doc, "lemma").get("member", ()),
             *tokens_in(ctx.doc, "lower", field_titles)}
    # (also a post the tagger took for an adjective, "who was principal of Belle Garden School":
    # the complement of "was" with its "of" or "at")
    for k in [k for k in sorted(maybe) if cols.idx[k] >= body and (cols.pos[k] in ("NOUN", "PROPN") or (
            cols.pos[k] == "ADJ" and toks[k].dep_ == "attr" and any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in toks[k].children)))]:
        if lower[k] not in roles and k not in with_prep and cols.lemma[k] != "member" and lower[k] not in field_titles:
            continue
        tok = toks[k]
        if lower[k] in patterns()["kinship"] and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
            continue  # ("her sister, Kathleen Corrigan, 83, of Enniskillen": kin, not a nursing post)
        # ('a deputy head at Lowfield Primary School': a ranked head is staff, see lexicon.ranked_title)
        ranked = tok.lower_ in ranked_roles and any(c.i < tok.i and c.lower_ in rank_prefixes for c in tok.children)
        # 'a faculty member of X', 'a staff member at X': a member of staff works there
        unlisted: list[tuple[Mention, Entity]] = []
        # ('appointed X as head of performance': a head of a field is staff, a bare head is not)
        fielded = tok.lower_ in field_titles and " of " in _role_phrase(tok)
        # ("was for years the head of Galesburg High School": a school's or college's head is its staff)
        ranked = ranked or headed_body(ctx, tok)
        if tok.lower_ not in roles and not fielded and not ranked and not (tok.lemma_ == "member" and any(c.dep_ == "compound" and c.lower_ in staff for c in tok.children)):
            unlisted = _unlisted_post_at(ctx, tok)
            if not unlisted:
                continue
        appointed = _appointed(ctx, tok, _org_at)
        if appointed is not None:
            # "Copperline Brewing named Sanjay Mehta as its managing director"
            (named, named_at), giver = appointed
            s, e = min(named_at, giver[0].start, tok.idx), _tok_end(tok)
            if giver[1].id not in _has_employer(ctx, named):
                ctx.add("employer", named, s, e, obj=giver[1], confidence=LIKELY)
            ctx.add("title", named, s, e, value=_role_phrase(tok), confidence=LIKELY)
            continue
        # (a listed job with its organisation 'on': "a fireman on the Northampton & Tove Railway")
        orgs = unlisted or _orgs_of_role(ctx, tok) or on_org(ctx, tok, _org_at)
        if tok.pos_ == "PROPN" and not tok.text.isupper():
            # a title-case title is more often an office or part of a name ('Bishop of Ely');
            # a possessive organisation still makes it a job: 'ORG's Managing Director, X'
            orgs = [hit for c in tok.children if c.dep_ == "poss" for hit in [_employer_at(ctx, c)] if hit]
        if not orgs:
            continue
        holder = _holder(ctx, tok)
        if holder is None:
            continue
        person, start = holder
        known = _has_employer(ctx, person)
        for mention, org in orgs:
            if any(c.dep_ == "poss" for c in tok.children) and not post_fits(_role_phrase(tok), org):
                continue
            if org.type == "PERSON" and kin_of_before(ctx, mention.start):
                continue  # ("a retired coach driver and grandfather of Lily Boyd": the kin noun's "of")
            s, e = min(start, tok.idx, mention.start), max(_tok_end(tok), mention.end)
            if org.id not in known and not village_parish(tok.lower_, org.name):
                ctx.add("employer", person, s, e, obj=org, confidence=LIKELY)
            # (the post still, where another sentence gave the employer: "joined the practice
            # in 2004" before "a GP at the Harehills Medical Practice")
            role = _role_phrase(tok)
            if role in patterns()["posts"]["staff_words"] or tok.lower_ in patterns()["posts"]["staff_words"]:
                continue  # "the company's newest worker": staff, no post; "worked her final shift at X": no post either
            _drop_bare_job(ctx, person, role, s, e)
            # one title per job: not a second wording of a title already read for this person
            if not any(f.relation == "title" and f.subject == person.id and _post_head(str(f.value)) == _post_head(role)
                       for f in ctx.facts.values()):
                ctx.add("title", person, s, e, value=role, confidence=LIKELY)


def _rule_employment_verbs(ctx: _Ctx) -> None:
    """'works for Acme', 'teaches at X', 'joined the faculty of X', 'joined Acme from Brindle',
    'is on the faculties of X and Y' ('be' only through a staff noun: 'verbs_via_staff')."""
    emp = patterns()["employment"]
    verbs: dict[str, list[str]] = emp["verbs"]
    bridges = _bridges()
    via_staff = set(emp["verbs_via_staff"])
    by_description = set(emp["verbs_by_description"])
    description_only = set(emp["verbs_by_description_only"])
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", verbs):
        tok = toks[k]
        # ("Dave Hughes and his daughter, Stacey Hughes, work at ORG": the tagger's noun that
        # has a subject is the verb)
        verbal = tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children))
        if tok.lemma_ not in verbs or not verbal or tok.idx < ctx.article.body_start or _not_asserted(tok):
            continue
        if tok.pos_ == "AUX" and tok.lemma_ not in via_staff:
            continue
        if tok.lemma_ in emp["spell_verbs"] and not any(
                c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in patterns()["posts"]["as_spells"] for c in tok.children):
            continue  # "spent 12 years at ORG", not "spent the night at ORG"
        run_by = _run_by(ctx, tok) if tok.lemma_ in emp["run_by_verbs"] else None
        # ("took over the family workshop, Taller Don Nica": a business taken over is one run)
        slots = ["dobj"] if tok.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) else verbs[tok.lemma_]
        objs: list[Token] = list(run_by[1]) if run_by is not None else []
        came_from: set[int] = set()
        if tok.lemma_ in emp["job_taking_verbs"]:
            # "took a position with the Democratic National Committee", "took a job at the mill"
            # (the preposition on the verb or on the job; Re-DocRED dev)
            jobs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in emp["job_nouns"]]
            objs += [o for v in (tok, *jobs) for c in v.children if jobs and c.dep_ == "prep" and c.lower_ in ("at", "with", "for")
                     for g in c.children if g.dep_ == "pobj" for o in _conjuncts(g)]
        for c in tok.children:
            # each conjunct: 'taught at Northwestern University and the School of Art'
            if c.dep_ == "dobj" and "dobj" in slots and c.tag_ == "WDT" and tok.dep_ == "relcl" and tok.head.i < c.i:
                objs.append(tok.head)  # "Baird Coppersmiths, which Calum and Isla Baird now run": what "which" stands for
            elif c.dep_ == "dobj" and "dobj" in slots:
                objs += _conjuncts(c)
            elif c.dep_ == "npadvmod" and "dobj" in slots and c.pos_ == "PROPN" and any(g.dep_ == "nummod" for g in c.children):
                objs.append(c)  # "joined Coast 104 from X": a name closing on a number, parsed as a measure
            if c.dep_ == "advmod" and c.lower_ == "where" and "at" in slots and tok.dep_ == "relcl" and tok.head.i < tok.i \
                    and tok.head.pos_ == "PROPN":
                # "Stoughton High School, where she later taught for 30 years" (a name: not "a
                # Houston-based LNG company, where he serves as", whose modifier is no employer)
                objs.append(tok.head)
            if c.dep_ == "prep" and c.lower_ == "in" and tok.lemma_ == "work":
                # "works in the commercial department of the Welsh Rugby Union": a part of one
                objs += [g for g in c.children if g.dep_ == "pobj" and (g.lower_ in bridges or g.lemma_ in bridges)]
            if c.dep_ in ("prep", "agent") and c.lower_ in slots:  # ("is employed by X": an agent)
                objs += [o for g in c.children if g.dep_ == "pobj" for o in _conjuncts(g)]
                came_from |= {o.i for g in c.children if g.dep_ == "pobj" for o in _conjuncts(g)} if c.lower_ == "from" else set()
            if "from" in slots and ((c.dep_ == "dobj" and c.lower_ not in emp["team_nouns"]) or (c.dep_ == "prep" and c.lower_ == "as")):
                # "joined the archive from the Clydeside Records Office", "joined X as general
                # manager from Y": the parser hangs "from" on the object or the post (not "joined
                # the army's athletics squad from Kenya Prisons": a team one runs for)
                nouns = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                left = [o for n in nouns for f in n.children if f.dep_ == "prep" and f.lower_ == "from"
                        for g in f.children if g.dep_ == "pobj" for o in _conjuncts(g)]
                objs += left
                came_from |= {o.i for o in left}
        if not objs:
            continue  # (no employer to read: whose subjects the verb has, the costly part, is not asked)
        people = _subjects(ctx, tok, couples=False)
        whose = _whose_kin_doer(ctx, tok)
        people = [whose] if whose is not None else people
        people = run_by[0] if run_by is not None else people  # ("Casa Urrutia, is run by Mikel Urrutia")
        couple = tok.lemma_ in emp["run_by_verbs"] and (
            _couple_who(ctx, tok) or (not people and any(c.dep_ == "nsubj" and c.lower_ in ("couple", "pair") for c in tok.children)))
        if couple and any(c.dep_ == "dobj" and not any(a.dep_ == "poss" for a in c.children) for c in tok.children):
            # "the couple ran the Desai Superette", "Mariam and Yusuf Haddad, who ... now run the
            # Cedar Oven bakery": both of them (not "ran the club's tea room", a part of a body
            # they belong to)
            people = _subjects(ctx, tok, couples=True) or people
        if not people:
            continue
        # (or described: "joined the band from X", the band named before; "joined the charity from X"; "joined the force", police)
        joined = any(_org_at(ctx, o, named=True) or (o.pos_ == "NOUN" and (_org_for(ctx, o.lower_, o.idx, o.left_edge.idx) or o.lower_ in emp["described_orgs"]
                     or (tok.lemma_ == "join" and o.lower_ in emp["joined_forces"]))) for o in objs if o.i not in came_from)
        # ("came to the council in 2021 from Tywi Valley Housing Association": the body described
        # is the one come to, with a named one left behind; "came to the school" alone is a pupil's)
        described = tok.lemma_ in by_description and not (tok.lemma_ == "come" and not any(_org_at(ctx, o, named=True) for o in objs if o.i in came_from))
        # ("moved to the family business in 2019 from Coastal Savings": a move to a workplace's
        # noun, not to a town someone moved to, "moved to Waimate from Christchurch")
        moved_to_work = tok.lemma_ == "move" and any(o.pos_ == "NOUN" and (o.lower_ in emp["described_orgs"] or o.lower_ in emp["joined_workplaces"]
                                                                         or o.lower_ == "business") for o in objs if o.i not in came_from)
        for obj in objs:
            if tok.lemma_ == "come" and obj.i in came_from and not joined:
                continue  # ("came from Aleppo", "came from Google": only 'came to the school from X' says a job)
            if tok.lemma_ == "move" and (obj.i not in came_from or not moved_to_work):
                continue
            hits = [] if tok.lemma_ in via_staff or tok.lemma_ in description_only else [h for h in [_org_at(ctx, obj, named=not described or (tok.lemma_ == "come" and obj.i in came_from), staff=tok.lemma_ == "work" or tok.lemma_ in emp["run_by_verbs"])] if h]
            if not hits and tok.lemma_ in emp["job_taking_verbs"]:
                # (a job with a committee or a party is a job, not a membership)
                hits = [h for h in [ctx.covering(obj.idx, _tok_end(obj), ORG)] if h and h[0].kind != "descriptor"]
            hits = [h for h in [family_firm(ctx, people, obj)] if h and tok.lemma_ in emp["run_by_verbs"]] or hits
            if hits and obj.pos_ == "NOUN" and hits[0][0].kind == "descriptor" and fits_kind(hits[0][1], obj.lower_) is False:
                hits = []  # ("drove for the firm" the entity stage linked to a council: the firm named before, below)
            if tok.lemma_ == "serve":
                # ("served with the Royal Canadian Air Force during the war": military service, a
                # membership, though "a sergeant with the Fiji Police Force" is a job)
                hits = [h for h in hits if h[1].name.lower().split()[-1:] != ["force"] or "police" in h[1].name.lower().split()]
            if tok.lemma_ in emp["spell_verbs"]:
                # (years at a university or a school may be a student's)
                hits = [h for h in hits if not set(h[1].name.lower().split()) & set(emp["study_words"])]
            if not hits and joined and obj.i in came_from:
                # "joined Marlowe & Finch from Kettlewick Ales": after an organisation joined,
                # the name it came from is the one before, though the entity stage took it
                # for a person's (a name with no pronoun or gender of its own: _employer_at)
                hits = [h for h in [_employer_at(ctx, obj)] if h]
                # "from the ska outfit The Pennyfolds": the name in apposition
                hits = hits or [h for a in obj.children if a.dep_ == "appos" for h in [_employer_at(ctx, a)] if h]
                # "from Renfrewshire Council's housing department": a part of an organisation, a job at it
                hits = hits or [h for a in obj.children if a.dep_ == "poss" and obj.pos_ == "NOUN" for h in [_org_at(ctx, a, named=True)] if h] \
                    or [h for h in [orgs.service_named(ctx, obj)] if h]  # ("from the Royal Navy")
            # ("joined the weekly from X": joining a paper, a firm, a hotel is a job there; joining
            # a band or a union is membership)
            # ("joined the museum in 2019", after the Harrowgate Folk Museum: a workplace's noun)
            # (or any body joined from a named organisation: "joined the society in 2020 from Old
            # Mutual", "joined the estate from Scourie Salmon": a move from one job to another)
            kind_joined = tok.lemma_ == "join" and obj.i not in came_from and (
                org_kind(obj.lower_) in patterns()["org_kinds"]["employing_kinds"] or obj.lower_ in emp["joined_workplaces"]
                or any(_org_at(ctx, t, named=True) for i in came_from
                       for t in (ctx.doc[i], *(c for c in ctx.doc[i].children if c.dep_ == "poss"))))  # ("from the Department of Conservation's Twizel office")
            # ("joined the family firm": a lower-case modifier after the article; not "led the Czech
            # women's gymnastics team", a name's or a possessor's)
            before_obj = [c for c in obj.children if c.i < obj.i]
            if (not hits and ((described and not (tok.lemma_ == "come" and obj.i in came_from)) or kind_joined) and obj.pos_ == "NOUN"
                    and [c.lower_ for c in before_obj][:1] == ["the"]
                    and all(c.is_lower and c.dep_ in ("compound", "amod") for c in before_obj[1:])):
                # "ran the inn for 30 years", "led the festival": the organisation named
                # before with that word in its name
                # ("joined the family firm": the one named with the family's name, if any)
                family = any(c.lower_ == "family" for c in obj.children if c.i < obj.i)
                earlier = (family_firm(ctx, people, obj) if family else None) or _org_for(ctx, obj.lower_, obj.idx)
                if earlier is not None and not _membership(earlier[1]):
                    hits = [(earlier[0].model_copy(update={"start": obj.idx, "end": _tok_end(obj)}), earlier[1])]
            if not hits and described and not (tok.lemma_ == "come" and obj.i in came_from) and tok.lemma_ not in description_only and obj.pos_ == "NOUN":
                # "ran the firm's workshop for 30 years": a part of a business the text described as
                # one (not "ran the Independents' data operation", a group's volunteer work)
                hits = [h for p in obj.children if p.dep_ == "poss" and p.pos_ == "NOUN" for h in [_employer_at(ctx, p, direct=False)] if h and not _membership(h[1])]
                # ("now runs its maintenance workshop": the organisation 'its' stands for)
                hits = hits or [h for p in obj.children if p.dep_ == "poss" and p.lower_ == "its" and obj.lemma_.lower() in bridges
                                for h in [_its(ctx, p.idx, _tok_end(obj), fallback=True)] if h and h[1].type == "ORG" and not _membership(h[1])]
            if not hits and obj.pos_ == "NOUN" and (org_kind(obj.lower_) is not None or obj.lower_ in emp["business_nouns"]):
                # "runs a boatbuilding business, Voss Shells": the name apposed to a noun of an
                # organisation's kind
                hits = [h for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN" for h in [_org_at(ctx, a, named=True)] if h]
                hits = hits or _named_after_comma(ctx, obj, _org_at)
            if not hits and obj.pos_ == "NOUN" and obj.lower_ in emp["business_nouns"]:
                # "now run the Cedar Oven bakery": the name the business's noun closes
                # (its whole name: not "the Wirrabilla bakery", a town's, after the Wirrabilla Race Club)
                hits = [h for a in obj.children if a.dep_ == "compound" and a.pos_ == "PROPN" for h in [_org_at(ctx, a, named=True)]
                        if h and h[0].text == h[1].name][:1]
            if not hits and (obj.lower_ in bridges or obj.lemma_ in bridges):
                # 'joined the faculty of the University of Hamburg', 'on the faculties of X and Y'
                hits = [h for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                        for g in c.children if g.dep_ == "pobj" for o in _conjuncts(g) for h in [_org_at(ctx, o)] if h]
            if not hits and obj.lower_ == "it" and tok.lemma_ in emp["run_by_verbs"]:
                # "ran Whitehouse Joinery for 40 years; Rodney runs it now"
                # (or, with nothing before it in its own sentence, what the sentence before was about:
                # "The business was started by X. The couple ran it from a tin shed")
                hits = [h for h in [org_before_it(ctx, obj) or org_it_continues(ctx, obj)] if h]
            if hits and tok.lemma_ in emp["run_by_verbs"]:
                # "who runs Haskett & Sons with his wife, Lorna": the one it is run with too
                people = people + [p for p in _run_with(ctx, tok) if p not in people]
            for hit in hits:
                # each of the subjects: "Lena and Marta Kovac, sisters who run Kovac Dental"
                for person in people:
                    if hit[1].id not in _has_employer(ctx, person):
                        # ("X, which they run": from the name before the verb)
                        start = min(tok.idx, hit[0].start) if obj.i < tok.i else tok.idx
                        end = max(hit[0].end, _tok_end(obj), _tok_end(tok) if start < tok.idx else 0)
                        ctx.add("employer", person, start, end, obj=hit[1], confidence=LIKELY)
