"""Events read from verbs and nouns: death, marriage, divorce, engagement, birth,
pregnancy loss and announcements, each with the time expression its verb governs."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.facts.ages import _age_fact
from dateline.extractors.facts.childverbs import married_on_name
from dateline.extractors.facts.clauses import _event_evidence, _governing_verb, _not_asserted, _time_near
from dateline.extractors.facts.context import (
    BABY_WORDS,
    COUPLE_WORDS,
    LIKELY,
    SURE,
    _conjuncts,
    _Ctx,
    _named,
    _resolve,
    _sentences,
    _tok_end,
    patterns,
)
from dateline.extractors.facts.couples import pair_before_who, pair_wed_here, spouse_before_who
from dateline.extractors.facts.deaths import (
    death_notice_verb,
    death_subjects,
    killed_person,
    lost_at_sea,
    passed_away_or_killed,
    person_death_verb,
    preceded_by,
)
from dateline.extractors.facts.deathtimes import death_month, death_time
from dateline.extractors.facts.lexicon import person_heads
from dateline.extractors.facts.namelists import _names_after
from dateline.extractors.facts.spousesince import _since_time, _spouse_since
from dateline.extractors.facts.subjects import _subjects
from dateline.model import Entity, TimeExpr, date_interval
from dateline.nlp import columns, tokens_in, tokens_of, where_in
from dateline.wordstart import finditer_at, occurrences


def _time_right_after(ctx: _Ctx, noun: Token) -> Optional[TimeExpr]:
    """'until her own death in 2011': a date written right after the event noun, which the
    parser hung on the clause's verb instead."""
    end = noun.idx + len(noun.text)
    # (or with no preposition, a date relative to the article's: "before his death last year")
    m = re.match(r"\s+(?:in|on)\s+", ctx.text[end : end + 6]) or re.match(r"\s+(?=(?:last|this|earlier\s+this)\s)", ctx.text[end : end + 20])
    if m is None:
        return None
    return next((t for t in ctx.times_overlapping(end + m.end(), end + m.end() + 1) if t.start == end + m.end() and t.type == "DATE"), None)


# "his death last year at 63", "her death in 2019 at the age of 81": the age the death came at
# ("his death in 1998, aged 61": the age after a comma too)
_AGED_AT = re.compile(r"(?:\s+at\s+(?:the\s+age\s+of\s+)?|,?\s+aged\s+)(\d{1,3})\b(?![-\d]|\s*(?:years?\s+(?:of\s+)?(?:service|marriage)|[ap]\.?m|o'clock|%))")


def _place_object(ctx: _Ctx, verb: Token, obj: Token) -> bool:
    """'drowned off Victor Harbor': a place the parser took for the object, after a preposition
    it took for a particle ('drowned out the noise' has a real one)."""
    # ("off" or "near" a proper noun is a place whatever the tagger called it: "drowned off
    # Portgower in 1987")
    return (obj.pos_ == "PROPN" and any(c.dep_ == "prt" and c.lower_ in ("off", "near", "in", "at", "on") for c in verb.children)
            and (any(c.dep_ == "prt" and c.lower_ in ("off", "near") for c in verb.children)
                 or not any(e.type == "PERSON" for e in [ctx.token_entity(obj)] if e is not None)))


def _age_object(obj: Token) -> bool:
    """'who died in 2019 aged 70': the age the parser took for the verb's object."""
    return obj.like_num and obj.i > 0 and obj.doc[obj.i - 1].lower_ in ("aged", "age")


def _lost_when(verb: Token) -> bool:
    """'who lost his wife, Maureen, in 2019': 'lose' with one's own relative and only a date
    beside it (no place: 'lost her son in the crowd' is no death)."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    dated = [c for c in preps if all(g.ent_type_ == "DATE" for g in c.children if g.dep_ == "pobj") and any(g.dep_ == "pobj" for g in c.children)]
    return bool(dated) and len(dated) == len(preps) and any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" for g in c.children) for c in verb.children)


_DEATH_NOUNS = ("death", "loss", "passing")
_SYMPATHY = frozenset({"sympathy", "sympathies", "condolence", "condolences"})


def _rule_events(ctx: _Ctx) -> None:
    doc = ctx.doc
    ev = patterns()["events"]
    topics = set(patterns()["announcement_topics"])
    toks = tokens_of(doc)
    cols = columns(doc)
    # Every rule below starts from one of these words (as the token's lemma or its lower case):
    # the rest of the tokens are passed over unread.
    dying = set(patterns()["death_verbs"]["lemmas"])
    lemmas = {*dying, *patterns()["death_verbs"]["person_only"], *patterns()["death_verbs"]["notice"]["verbs"], "pass", "kill", "precede", "find", "lose", "tie", "welcome", "bear", "born", "marry", "wed", "married", "divorce",
              "engage", *ev["pregnancy loss"]["verbs"], *ev["announcement"]["verbs"]}
    wed_of = patterns()["wedding_of"]
    lows = {*_DEATH_NOUNS, "divorce", "engagement", "birth", "d", "marriage", "marriages", *wed_of["nouns"], *ev["pregnancy loss"]["nouns"]}
    # (their indices once from the Doc's word indexes, sliced per sentence: no step per word;
    # the lemmas folded from the lemma index, which other rules read too)
    starts = sorted({*(k for lem, at in where_in(doc, "lemma").items() if lem.lower() in lemmas for k in at),
                     *tokens_in(doc, "lower", lows)})
    for sent in _sentences(doc):
        if sent.end_char <= ctx.article.body_start:
            continue
        for i in starts[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]:
            lemma, low = cols.lemma_lower[i], cols.lower[i]
            if lemma not in lemmas and low not in lows:
                continue
            tok = toks[i]
            # death: "X died on Tuesday aged 81", "X passed away", "X was found dead"
            # ("drowned the kittens" is no death of the subject)
            if tok.pos_ in ("VERB", "AUX") and ((lemma in dying and not any(c.dep_ == "dobj" and not _place_object(ctx, tok, c) and not _age_object(c) for c in tok.children))
                                                 or passed_away_or_killed(tok) or person_death_verb(tok) or death_notice_verb(tok)
                                                 or killed_person(tok) is not None
                                                 or (lemma == "find" and any(c.lower_ == "dead" for c in tok.children))
                                                 or lost_at_sea(tok)):
                if _not_asserted(tok):
                    continue
                for person in death_subjects(ctx, tok)[:1]:
                    t = death_time(ctx, tok)
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    value = t.value if t and t.type == "DATE" else None
                    ctx.add("death", person, start, end, value=value, time=t.id if t else None, confidence=SURE)
            for agent in preceded_by(tok) if lemma == "precede" else ():
                # "She was preceded in death by a brother, Carl Baum": the one named after the noun
                people = _resolve(ctx, agent, couples=False) if agent.pos_ == "PROPN" else _names_after(ctx, agent.i, sent, many=True)[0]
                for person in people:
                    if person.type == "PERSON" and _named(person):
                        ctx.add("death", person, tok.idx, _tok_end(agent), confidence=LIKELY)
            # "She lost her husband, Tom, to cancer in 2015", "... in a crash": the relative named there died
            if lemma == "lose" and tok.pos_ == "VERB" and not _not_asserted(tok) and (any(
                    c.dep_ == "prep" and c.lower_ in patterns()["loss_causes"]["prepositions"]
                    and any(g.dep_ == "pobj" and g.lower_ in patterns()["loss_causes"]["words"] for g in c.children)
                    for c in tok.children) or _lost_when(tok)):
                for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lower_ in patterns()["kinship"]):
                    named, _ = _names_after(ctx, obj.i, sent, many=False)
                    if len(named) == 1 and _named(named[0]):
                        t = _time_near(ctx, tok, sent, ("DATE",))
                        start, end = _event_evidence(ctx, [tok, obj], [(t.start, t.end)] if t else [])
                        ctx.add("death", named[0], start, end, value=t.value if t else None, time=t.id if t else None, confidence=LIKELY)
            # "the death of X", "X's death"
            if low in _DEATH_NOUNS and tok.pos_ == "NOUN":
                who = [c for c in tok.children if c.dep_ == "poss"] if low == "death" else []
                who += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
                # ("on the loss of his sister, Maureen": a relative lost is a death; "the loss of
                # Ann Roe to a rival club" is not, nor "the loss of his job")
                who = who if low == "death" else [w for w in who if w.lower_ in patterns()["kinship"] or (low == "passing" and w.pos_ == "PROPN")]
                ents = [e for w in who for e in _resolve(ctx, w, couples=False)]
                if len(ents) == 1:
                    t = death_month(ctx, _time_near(ctx, tok, sent, ("DATE", "TIME")) or _time_right_after(ctx, tok))
                    if t is None and low != "death" and tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _SYMPATHY:
                        # ("Our sympathy to X on the loss of his sister, Maureen, in April": the
                        # parser hangs the month on the sympathy, the message's whole phrase)
                        t = _time_near(ctx, tok.head.head, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok] + [w for w in who] + [w.left_edge for w in who], [(t.start, t.end)] if t else [])
                    ctx.add("death", ents[0], start, end, value=t.value if t and t.type == "DATE" else None,
                            time=t.id if t else None, confidence=LIKELY)
                    after = max(_tok_end(tok), t.end if t is not None and t.start >= tok.idx else 0)
                    aged = _AGED_AT.match(ctx.text, after)
                    if aged is not None and 0 < int(aged.group(1)) < 120 and t is not None and t.type == "DATE":
                        _age_fact(ctx, ents[0], int(aged.group(1)), start, aged.end(), LIKELY, (start, aged.end()), at=t)
            # marriage idiom: "X and Y tied the knot in 2015"
            if lemma == "tie" and any(c.lower_ == "knot" for c in tok.children) and not _not_asserted(tok):
                subj = _subjects(ctx, tok)
                if len(subj) == 2:
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok] + [c for c in tok.children if c.lower_ == "knot"], [(t.start, t.end)] if t else [])
                    ctx.add("spouse", subj[0], start, end, obj=subj[1], confidence=SURE)
                    ctx.note_couple(start, subj[0], subj[1])
                    ctx.add("event", subj[0], start, end, obj=subj[1], value="marriage", time=t.id if t else None, confidence=SURE)
            # "X filed for divorce from Y", "her divorce from Y"
            if low in ("divorce", "engagement") and tok.pos_ == "NOUN":
                verb = _governing_verb(tok)
                # "divorce from Y" or, as the parser often attaches it, "filed for divorce from Y"
                preps = list(tok.children) + (list(verb.children) if verb is not None else [])
                partner = [g for c in preps if c.dep_ == "prep" and c.lower_ in ("from", "to", "with") for g in c.children]
                others = [e for g in partner for e in _resolve(ctx, g, couples=False)]
                subj = _subjects(ctx, verb, couples=False) if verb is not None and verb.lemma_ not in ("announce", "reveal") else []
                owner = [e for c in tok.children if c.dep_ == "poss" for e in _resolve(ctx, c, couples=False)]
                subj = owner or subj
                if subj and others and subj[0] is not others[0]:
                    t = _time_near(ctx, verb if verb is not None else tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok] + partner, [(t.start, t.end)] if t else [])
                    ctx.add("event", subj[0], start, end, obj=others[0], value=low, time=t.id if t else None, confidence=LIKELY)
            # birth: "X gave birth to Y", "Y was born in 2016", "X welcomed daughter Y"
            if low == "birth" and tok.head.lemma_ == "give":
                verb = tok.head
                mothers = _subjects(ctx, verb)
                babies = []
                for c in list(tok.children) + list(verb.children):
                    if c.dep_ == "prep" and c.lower_ == "to":
                        for obj in c.children:
                            baby_ent = ctx.token_entity(obj)
                            if baby_ent:
                                babies.append(baby_ent)
                t = _time_near(ctx, verb, sent, ("DATE", "TIME"))
                start, end = _event_evidence(ctx, [verb, tok], [(t.start, t.end)] if t else [])
                for mother in mothers[:1]:
                    ctx.add("event", mother, start, end, obj=babies[0] if babies else None, value="birth",
                            time=t.id if t else None, confidence=SURE)
                    for b in babies:
                        ctx.add("child", mother, start, end, obj=b, confidence=SURE)
            if lemma == "welcome" and tok.pos_ == "VERB" and not _not_asserted(tok):
                baby_words = [c for c in tok.children if c.dep_ == "dobj" and (c.lower_ in BABY_WORDS or c.lower_ in patterns()["kinship"])]
                if baby_words:
                    parents = _subjects(ctx, tok)
                    named, _ = _names_after(ctx, baby_words[0].i, sent, many=False)
                    if not named:
                        hit = ctx.covering(baby_words[0].idx, _tok_end(baby_words[0]))
                        named = [hit[1]] if hit and _named(hit[1]) else []
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok, baby_words[0]], [(t.start, t.end)] if t else [])
                    for parent in parents[:1]:
                        ctx.add("event", parent, start, end, obj=named[0] if named else None, value="birth",
                                time=t.id if t else None, confidence=LIKELY)
            if lemma in ("bear", "born") and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
                for baby in _subjects(ctx, tok, couples=False)[:1]:
                    t = _time_near(ctx, tok, sent, ("DATE", "TIME"))
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    if t is not None:
                        # ("was born in a two-up, two-down in Wolverton": a birth with no time
                        # dates nothing, and the development gold lists none)
                        ctx.add("event", baby, start, end, value="birth", time=t.id, confidence=SURE)
                    # "was born to Grace and Felix Reed"
                    for prep in tok.children:
                        if prep.dep_ == "prep" and prep.lower_ == "to":
                            for pobj in prep.children:
                                # "to the Reverend Joseph Brill and Sarah Brill": the names hang from a title
                                heads = [pobj] + [c for c in pobj.children if c.dep_ == "appos"]
                                for parent_tok in [t for h in heads for t in _conjuncts(h)]:
                                    for parent in _resolve(ctx, parent_tok, couples=False):
                                        ctx.add("child", parent, tok.idx, _tok_end(pobj.right_edge), obj=baby, confidence=SURE)
            # marriage: "X married Y in 2010", "X and Y wed in 2010"
            # spaCy's tokenizer reads "wed" as "we'd" ("we" + "d"); the "d" then carries the clause
            split_wed = low == "d" and tok.i > 0 and doc[tok.i - 1].lower_ == "we" and _tok_end(doc[tok.i - 1]) == tok.idx
            # ("is not married to": the negation hangs from the copula)
            if (lemma in ("marry", "wed", "married") and tok.pos_ in ("VERB", "ADJ") or split_wed) and not _not_asserted(tok) and not (
                    tok.dep_ == "acomp" and _not_asserted(tok.head)):
                subj = _subjects(ctx, tok)
                obj_toks = [c for c in tok.children if c.dep_ == "dobj"]
                obj_toks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
                # ("Mr Stack's wife, Bríd, whom he married in 1992": the name the clause hangs on)
                obj_toks = [tok.head if c.lower_ == "whom" and tok.dep_ == "relcl" and tok.head.i < c.i else c for c in obj_toks]
                if not obj_toks and tok.tag_ == "VBD":
                    # ("Dr Chiamaka Eze, a paediatrician at X, wed Obinna Nwosu": the parser takes the
                    # one wed for a second subject, after the verb)
                    obj_toks = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i and c.pos_ == "PROPN"]
                    # ("In 1984 Ueli married Margrit Bühler": the one who married read into the
                    # fronted date's phrase, the one married made the subject)
                    fronted = [e for g in [*(g for c in tok.children if c.dep_ == "prep" and c.i < tok.i for g in c.children if g.dep_ == "pobj"),
                                           *(c for c in tok.children if c.dep_ == "npadvmod")]
                               if g.pos_ == "PROPN" and g.i == tok.i - 1 for e in _resolve(ctx, g) if e.type == "PERSON"]
                    subj = fronted if obj_toks and len(fronted) == 1 else subj
                if len(subj) < 2 and not obj_toks:
                    subj = pair_wed_here(ctx, tok) or subj  # ("X and Y (both Music, 2008) were married", parse broken)
                if len(subj) < 2 and not obj_toks:
                    subj = _plural_people(ctx, tok) or subj
                if len(subj) < 2 and not obj_toks:
                    subj = pair_before_who(ctx, tok) or spouse_before_who(ctx, tok) or subj
                if len(subj) < 2 and not obj_toks and (name := married_on_name(tok)) is not None:
                    wed = [e for c in _conjuncts(name) for e in _resolve(ctx, c) if e.type == "PERSON"]
                    subj = wed if len(wed) == 2 else subj  # (the name and the one joined to it)
                objs = [e for c in obj_toks for e in _resolve(ctx, c)]
                if not objs and obj_toks and obj_toks[0].pos_ == "NOUN" and obj_toks[0].lower_ not in patterns()["kinship"]:
                    # "married a Canadian acrobat, Luc Bright, in 2003": the name after the job
                    # noun, however the parser hangs it
                    objs, named_end = _names_after(ctx, obj_toks[0].i, sent, many=False)
                    obj_toks += [t for t in sent if objs and obj_toks[0].i < t.i and _tok_end(t) == named_end]
                pair = (subj[0], objs[0]) if subj and objs else (subj[0], subj[1]) if len(subj) == 2 else None
                if pair:
                    # "is married to" states a marriage; only "married (in 2010)" is the event
                    is_state = tok.pos_ == "ADJ" or any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in tok.children) or (
                        (tok.dep_ == "acl" or (tok.i > 0 and doc[tok.i - 1].text == ","))
                        and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children))  # ("Tom, married to Dr. Ruiz, ...")
                    # ... but "were wed at Bethel the following spring", "was married in a
                    # registry office": a past passive with its place is the wedding
                    is_state = is_state and not (any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in tok.children)
                                                 and any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on") for c in tok.children))
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    if tok.tag_ in ("VBZ", "VBP") and any(w.type == "DATE" and _after_article(ctx, w.value)
                                                          for w in ctx.times_within(sent.start_char, sent.end_char)):
                        continue  # "marries his partner, Ana, next month": a wedding still to come
                    ev_toks = [tok] + [o.left_edge for o in obj_toks] + obj_toks + ([doc[tok.i - 1]] if split_wed else [])
                    start, end = _event_evidence(ctx, ev_toks, [(t.start, t.end)] if t else [])
                    ctx.add("spouse", pair[0], start, end, obj=pair[1], confidence=SURE)
                    ctx.note_couple(start, pair[0], pair[1])
                    if not is_state or t is not None:
                        ctx.add("event", pair[0], start, end, obj=pair[1], value="marriage", time=t.id if t else None, confidence=SURE)
                    # "was married to A, B and C (at different times)": each is a spouse
                    # (not a kin noun joined on: "married to Subrata Pal, a goldsmith, and the
                    # couple's son, Ayan, 7, flew his first kite")
                    # (nor the next of a list the parser joined on past a semicolon: "who is married to a
                    # surgeon, Dr Alphonse Kayitare; Grâce Ingabire, 52, a tailor; ...")
                    more = [e for c in obj_toks for cj in c.conjuncts if not (cj.pos_ == "NOUN" and cj.lower_ in patterns()["kinship"])
                            and ";" not in ctx.text[min(c.idx, cj.idx) : max(c.idx, cj.idx)]
                            for e in _resolve(ctx, cj, couples=False) if e not in objs]
                    for other in more if subj and objs else []:
                        ctx.add("spouse", subj[0], start, end, obj=other, confidence=LIKELY)
            # "his marriage to X", "marriages to X and Y"
            if low in ("marriage", "marriages") and tok.pos_ == "NOUN":
                preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
                if not preps and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 1].dep_ == "prep":
                    preps = [doc[tok.i + 1]]  # "children from her marriage to X": "to" hung from "children"
                partners = [g for c in preps for g in c.children if g.dep_ == "pobj"]
                partners = [cj for g in partners for cj in _conjuncts(g)]
                owner = [e for c in tok.children if c.dep_ == "poss" for e in _resolve(ctx, c, couples=False)]
                verb = _governing_verb(tok)
                if not owner and verb is not None and tok.dep_ in ("dobj", "pobj", "conj", "appos", "attr"):
                    owner = _subjects(ctx, verb, couples=False)
                for g in partners:
                    for other in _resolve(ctx, g, couples=False):
                        if owner and other is not owner[0]:
                            ctx.add("spouse", owner[0], tok.idx, _tok_end(g), obj=other, confidence=LIKELY)
            if low in wed_of["nouns"] and tok.pos_ == "NOUN":
                _wedding_of(ctx, tok, wed_of)
            # divorce / engagement
            # "got engaged" / "are engaged", not "engaged the enemy" (a transitive verb)
            if (lemma in ("divorce", "engage") and tok.pos_ in ("VERB", "ADJ") and not _not_asserted(tok)
                    and not (lemma == "engage" and any(c.dep_ == "dobj" for c in tok.children))):
                subj = _subjects(ctx, tok)
                if subj:
                    t = _time_near(ctx, tok, sent, ("DATE",))
                    start, end = _event_evidence(ctx, [tok], [(t.start, t.end)] if t else [])
                    value = "divorce" if lemma == "divorce" else "engagement"
                    ctx.add("event", subj[0], start, end, obj=subj[1] if len(subj) > 1 else None, value=value,
                            time=t.id if t else None, confidence=LIKELY)
            # pregnancy loss: "lost their son following a miscarriage"
            if low in ev["pregnancy loss"]["nouns"] or lemma in ev["pregnancy loss"]["verbs"]:
                verb = _governing_verb(tok)
                if verb is None:
                    continue
                subj = _subjects(ctx, verb)
                if not subj:
                    continue
                lost = None
                for c in verb.children:
                    if c.dep_ == "dobj":
                        lost = ctx.token_entity(c)
                        if lost is None:
                            hit = ctx.covering(c.left_edge.idx, _tok_end(c))
                            lost = hit[1] if hit else None
                t = _time_near(ctx, verb, sent, ("DATE", "TIME"))
                start, end = _event_evidence(ctx, [verb, tok])
                # The grammatical subject's first conjunct is the person who was pregnant in
                # "she and husband X lost"; both partners get the child relation elsewhere.
                ctx.add("event", subj[0], start, end, obj=lost, value="pregnancy loss", time=t.id if t else None,
                        confidence=LIKELY)
            # announcement of a pregnancy, engagement, birth ...
            if lemma in ev["announcement"]["verbs"] and tok.pos_ == "VERB":
                words = {t.lower_ for t in tok.subtree}
                topic = words & topics
                if not topic:
                    continue
                subj = _subjects(ctx, tok)
                if not subj or any(c.dep_ == "nsubjpass" for c in tok.children):
                    for c in tok.children:
                        if c.dep_ in ("ccomp", "xcomp"):
                            subj = _subjects(ctx, c) or subj
                if not subj:
                    continue
                if not topic & {"pregnant", "pregnancy", "expecting", "baby", "birth"}:
                    # an engagement or divorce is the event itself (read from its noun), not its announcement
                    continue
                what = "birth" if "birth" in topic and not topic & {"pregnant", "pregnancy", "expecting"} else "pregnancy"
                t = _time_near(ctx, tok, sent)
                clause = [x for x in tok.subtree]
                start, end = _event_evidence(ctx, [clause[0], clause[-1] if not clause[-1].is_punct else clause[-2]])
                if t is not None:
                    start, end = min(start, t.start), max(end, t.end)
                ctx.add("event", subj[0], start, end, value=f"{what} announced", time=t.id if t else None, confidence=LIKELY)


def _wedding_of(ctx: _Ctx, tok: Token, lex: dict) -> None:
    """'The wedding of A, daughter of ..., with B, son of ..., was solemnised on Sunday', 'The
    marriage of A to B took place in Ennis': the noun's 'of' and its 'to'/'with' are a couple
    (not when the clause undoes or only plans it: 'was called off', 'announced plans')."""
    ofs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    tos = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in lex["partner_preps"] for g in c.children if g.dep_ == "pobj"]
    verb = _governing_verb(tok)
    if len(ofs) != 1 or len(tos) != 1 or verb is None or _not_asserted(verb) or verb.lemma_.lower() in lex["undone_verbs"]:
        return
    if any(c.dep_ == "amod" and c.lower_ in lex["future_modifiers"] for c in tok.children):
        return  # ("the forthcoming marriage of A to B is announced")
    a, z = _resolve(ctx, ofs[0], couples=False), _resolve(ctx, tos[0], couples=False)
    if len(a) == 1 and len(z) == 1 and a[0] is not z[0] and a[0].type == z[0].type == "PERSON":
        ctx.add("spouse", a[0], tok.idx, _tok_end(tos[0]), obj=z[0], confidence=LIKELY)


_TO, _GAP, _WORD = re.compile(r"\s+to\b"), re.compile(r"[\s,]+"), re.compile(r"[^\s,]+")


def _rule_marriage_surface(ctx: _Ctx) -> None:
    """'Khan wed Rosa Lane in 2015', 'Lane is married to surgeon Dr. Amir Khan': a marriage read
    from the words where the parse is broken (patterns key ``marriage_surface``). The parse
    rule above reads the usual cases; facts it already gave are not given twice."""
    p = patterns()["marriage_surface"]
    text = ctx.text
    # (every match is one of the verbs as written: no search in an article with none)
    written = any(text.find(v, ctx.article.body_start) >= 0 for v in p["verbs"])
    aux, state_aux, neg = set(p["aux"]), set(p["state_aux"]), set(p["negations"])
    honorifics, stop = set(p["honorifics"]), set(p["stop"])
    body = text[ctx.article.body_start :]  # (matched only where a verb stands: wordstart.finditer_at)
    for m in finditer_at(re.compile(r"\b(?:" + "|".join(map(re.escape, p["verbs"])) + r")\b"), body,
                         sorted({at for v in p["verbs"] for at in occurrences(body, v)}) if written else []):
        vs, ve = m.start() + ctx.article.body_start, m.end() + ctx.article.body_start
        verb = ctx.doc.char_span(vs, ve, alignment_mode="expand")
        if verb is not None and _not_asserted(verb.root):
            continue  # ("Reports that X has married Y are nonsense")
        # left: the subject's name, past auxiliaries and an age (", 40,")
        base = max(0, vs - 60)
        words = [w.group(0).lower() for w in re.finditer(r"\S+", text[base:vs])]
        ends = [w.end() for w in re.finditer(r"\S+", text[base:vs])]
        state = False
        while words and words[-1] in aux:
            # pop both lists every time: a short-circuit `or` once skipped the pop of `words`
            # after 'been', so "has been married" ran `ends` dry and the rule died for the article
            state = words.pop() in state_aux or state
            ends.pop()
        if not words or words[-1] in neg or words[-1].endswith("n't"):
            continue
        # ("Owain Rees, married to Dr. Lowri Bevan, played on": a participle set off by commas
        # states the marriage, as "is married to" does)
        state = state or (words[-1].endswith(",") and re.match(r"\s+to\b", text[ve : ve + 4]) is not None)
        pos = base + ends[-1]
        # ("Kwame Asante (MBA '03) married Ruth-Ellen Pike": back past a graduate's class year)
        class_year = re.search(r"\s+\((?:both\s+)?[A-Z][A-Za-z]{1,6}\s+['’]\d{2}\)$", text[max(0, pos - 24) : pos])
        pos -= len(class_year.group(0)) if class_year else 0
        age = re.search(r",\s+\d{1,3},$", text[max(0, pos - 6) : pos])
        subj = ctx.ending_at(pos - len(age.group(0)) if age else pos)
        if subj is None and not age:
            # "He is married to nurse Ann Ray", "The 51-year-old is married to surgeon Dr Amara
            # Osei": the person a subject pronoun or an age descriptor was resolved to
            subj = ctx.ending_at(pos, kinds=("pronoun", "descriptor"))
            if subj is not None and not (subj[0].text.lower() in ("he", "she") or subj[0].text.lower().endswith("year-old")):
                subj = None
        if subj is None and text[pos - 1 : pos] == "," and verb is not None:
            # "Priya Nair, 34, an analyst at X, is married to surgeon Dr Y": past an apposition,
            # the copula's subject in the parse
            cop = verb.root.head if verb.root.dep_ in ("acomp", "attr", "ROOT") else verb.root
            names = [c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"]
            hit = ctx.covering(names[0].idx, _tok_end(names[0])) if len(names) == 1 else None
            subj = hit if hit is not None and hit[0].kind == "name" else None
        if subj is None and words[-1] == "and" and verb is not None:
            # "X, 60, emigrated to Nova Scotia in 1990 and married Y": the first verb's subject
            root = verb.root.sent.root
            # (or a he/she the entity stage resolved: "Born X in Ijebu-Ode, she learned to dye ...
            # and married Chief Joseph Ogunleye")
            names = [c for c in root.children if c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she")) and c.i < verb.root.i]
            hit = ctx.covering(names[0].idx, _tok_end(names[0])) if len(names) == 1 else None
            subj = hit if hit is not None and hit[0].kind in ("name", "pronoun") and hit[1].type == "PERSON" and _named(hit[1]) else None
        if subj is None:
            continue
        # right: "to", a few lower-case words or honorifics, then the partner's name
        at = ve
        # ("has been married since 2012 to X": the wedding's year, before the partner)
        since = _since_time(ctx, at) if state else None
        at = since.end if since is not None else at
        # (matched in place: a match on ``text[at:]`` copied the rest of the article each time)
        rest = _TO.match(text, at)
        at = rest.end() if rest else at
        partner = None
        described = False  # (after "a": "married to a Galway GP, Dr X", a place or an acronym in the description)
        for _ in range(p["bridge_max"] + 1):
            gap = _GAP.match(text, at)
            at = gap.end() if gap else at
            partner = ctx.starting_at(at)
            if partner is not None:
                break
            word = _WORD.match(text, at)
            if word is None or word.group(0) in honorifics:
                at = word.end() if word else at
                continue
            if (not word.group(0).islower() and not (described and word.group(0)[:1].isupper() and word.group(0).isalpha())) \
                    or word.group(0) in stop:
                break
            described = described or word.group(0) in ("a", "an")
            at = word.end()
        if partner is None or partner[1] is subj[1] or text[partner[0].end : partner[0].end + 1] in ("'", "’"):
            continue  # "married Y's sister": the partner is not Y
        ctx.add("spouse", subj[1], subj[0].start, partner[0].end, obj=partner[1], confidence=LIKELY)
        ctx.note_couple(subj[0].start, subj[1], partner[1])
        when = re.match(r"\s+(?:there\s+)?(?:in|on)\s+", text[partner[0].end : partner[0].end + 12])
        t = next((t for t in ctx.times_overlapping(partner[0].end + when.end(), partner[0].end + when.end() + 1)
                  if t.start == partner[0].end + when.end()), None) if when else None
        if not state:
            ctx.add("event", subj[1], subj[0].start, t.end if t else partner[0].end, obj=partner[1], value="marriage",
                    time=t.id if t else None, confidence=LIKELY)
        elif (since := since or _since_time(ctx, partner[0].end)) is not None:
            # "X has been married to Y since 2012": a state that began with a wedding then
            ctx.add("event", subj[1], subj[0].start, max(since.end, partner[0].end), obj=partner[1], value="marriage",
                    time=since.id, confidence=LIKELY)
    _spouse_since(ctx)


def _plural_people(ctx: _Ctx, verb: Token) -> list[Entity]:
    """"The singers met in 2008 and married two years later": a plural noun for people ('the
    singers', 'the two dancers') as the subject of a wedding verb is the couple named last."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and subj[0].lower_ == "who" and verb.dep_ == "relcl":
        subj = [verb.head]  # "The Quintanas, who wed in Seville in 2003"
    if not subj or not any(c.lower_ == "the" for c in subj[0].children):
        return []
    noun = subj[0]
    if noun.lower_ in COUPLE_WORDS:
        pair = ctx.couple_before(noun.idx)  # "The pair met in 1979 and were wed the following spring"
        return list(pair) if pair else []
    if noun.text[:1].isupper() and noun.lower_.endswith("s") and noun.tag_ in ("NNPS", "NNP", "NNS"):
        # "The Quintanas, who wed in 2003": the couple of that surname named before
        pair = ctx.pair_before(noun.idx, noun.text[:-1])
        return list(pair) if pair and all(e.name.split()[-1] == noun.text[:-1] for e in pair) else []
    if noun.tag_ != "NNS" or not noun.text.islower() or noun.lemma_.lower() not in person_heads():
        return []
    pair = ctx.couple_before(noun.idx)
    return list(pair) if pair else []


def _after_article(ctx: _Ctx, value: object) -> bool:
    """A date wholly after the article's own dates (both as ISO text of any precision)."""
    when = ctx.article.date_interval()
    got = date_interval(value) if isinstance(value, str) and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value) else None
    return when is not None and got is not None and got[0] > when[1]
