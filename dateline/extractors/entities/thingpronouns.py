"""A he, she or her that is a named thing's, no person's ('The district minibus, Big Doris,
failed her MOT'; 'named the still Auld Jean; she was fired on 12 January'): read by
pronouns.py at extraction only, once things.py's evidence has typed the name a thing. Moved
out of things.py."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.extractors.entities.knownthings import called_by_them


def said_of_a_thing(tok: Token, covered: dict, lex) -> bool:
    """'said Banjo had never done a day's work he didn't enjoy': a he/she inside a clause whose
    nearest subject up the parse is a named animal or vessel (a cluster typed as a thing) is that
    animal's or vessel's pronoun, no person's. The walk stops at the first verb with a subject of
    its own, so 'the dog bit Ann Lowe, who said she was fine' still leaves 'she' to a person. Only
    a subject pronoun: 'his old dog Cap was led round by his widow' is a man's widow."""
    # ("The district minibus, Big Doris, failed her MOT": a possessive of no kin noun, too; a
    # named boat has no widow or son)
    kin = tok.head.lemma_.lower()
    owned = tok.dep_ == "poss" and tok.lower_ == "her" and tok.head.pos_ == "NOUN" and not (
        kin in lex.relative_nouns or kin in lex.child_nouns or kin in lex.family_nouns)
    if tok.dep_ not in ("nsubj", "nsubjpass") and not owned:
        return False
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "advcl" and t.i < t.head.i:
            return False  # ("While she is at the shoot, Sally's dog Polly attacks ...": an opening clause's is anyone's)
        t = t.head
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and c.i != tok.head.i]
        if not subj:
            continue
        # ("The Company's shallop, Lady Margery, carried ...; she goes": the name apposed to the subject)
        c = _named_at(subj[0], covered)
        return c is not None and c.root().platform
    return False


def _named_at(tok: Token, covered: dict):
    """The cluster a word names, or the name apposed to it names ("The Company's shallop, Lady
    Margery")."""
    return covered.get(tok.i) or next((covered[a.i] for a in tok.children if a.dep_ == "appos" and a.i in covered), None)


def after_named_thing(tok: Token, covered: dict, lex) -> bool:
    """'The stillhouse crew have named the still Auld Jean; she was fired on 12 January': a "she"
    or "her" whose sentence, up to it, names a thing (a vessel, a machine, a still: a cluster
    typed as a thing) and no person is the thing's, however the parser joins the clauses;
    nobody the text named before. So is a "she" opening a sentence right after one that ends
    on such a thing."""
    if tok.lower_ not in ("she", "her"):
        return False
    sent = tok.sent
    if tok.i == sent.start and tok.dep_ in ("nsubj", "nsubjpass") and sent.start > 0:
        # ("... the town hall clock, known to generations as Old Harriet. She loses a minute a
        # week": a subject opening the next sentence, the last one named before it a thing)
        before = tok.doc[sent.start - 1].sent
        last = next((covered[j] for j in range(before.end - 1, before.start - 1, -1) if j in covered), None)
        if last is not None and last.root().platform and not last.root().is_person_like():
            return True
        if _thing_subject(before, covered, lex):
            return True
        if any(t.pos_ == "PROPN" and called_by_them(t, lex) for t in before):
            return True  # ("a 2,000-litre qvevri the neighbours call Bebia. She still holds", the name untagged)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        # ("The Company's shallop, Lady Margery, carried the Master's party ...; she goes to her
        # boathouse": the next clause's subject goes on from the first clause's, a named thing,
        # past the people named inside that clause)
        first = next((t for t in tok.doc[sent.start : tok.i] if t.dep_ in ("nsubj", "nsubjpass")), None)
        if first is not None and first.head.i != tok.head.i:
            held = _named_at(first, covered)
            if held is not None and held.root().platform and not held.root().is_person_like():
                return True
    thing = False
    for j in range(sent.start, tok.i):
        c = covered.get(j)
        if c is None:
            continue
        r = c.root()
        if r.is_person_like() and not r.platform:
            if _possessor_only(tok.doc[j]):
                # ("made with Alwyn's old racing axe, known around the club as Big Edna; she has
                # been reground": the owner of the thing named after him is no subject of it)
                thing = False  # (the thing must come after its owner)
                continue
            return False
        thing = thing or r.platform
    return thing


def _name_head(t: Token) -> Token:
    """The last word of the name ``t`` is in, as the parse joins it ("Alwyn Targett's")."""
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    return t


def _possessor_only(t: Token) -> bool:
    t = _name_head(t)
    return t.dep_ == "poss" and t.head.pos_ == "NOUN"


def _thing_subject(sent, covered: dict, lex) -> bool:
    """"The museum's engine, a beam engine known to volunteers as Old Bessie, was built in 1871 by
    Harvey and Co of Hayle.", "The boat, a jahazi named Bi Mwanaisha after Salim's late mother, took
    two years to build.": a sentence whose subject's phrase names a thing hands its subject on to a
    "She" opening the next one, when it names no person outside that phrase, nor as the subject or
    apposed to it (a person deeper inside it, after whom the thing is named, is no subject)."""
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i]
    # (an apposition the parser made a second subject: "Mangueira's best-known float this year, a
    # giant jaguar called Onça, took ...")
    second = subjects[1] if len(subjects) == 2 and sent.doc[subjects[1].left_edge.i - 1].text == "," else None
    if len(subjects) != 1 and second is None:
        return False
    subj = subjects[0]
    inside = range(subj.left_edge.i, (second or subj).right_edge.i + 1)
    heads = {subj.i, *(a.i for a in subj.children if a.dep_ == "appos"), *((second.i,) if second is not None else ())}
    things = False
    for j in range(sent.start, sent.end):
        c = covered.get(j)
        if c is None:
            continue
        r = c.root()
        if r.is_person_like() and not r.platform:
            tok = _name_head(sent.doc[j])
            if j not in inside or tok.i in heads:
                return False
        elif r.platform and j in inside:
            things = True
    # ("Its best-known piece, the Amber Rose, was given to the city in 2005. She sits in the
    # museum": a thing's noun with a name apposed that the tagger left untagged)
    # (or with a description apposed that names it: "Mangueira's best-known float this year, a
    # giant jaguar called Onça, took four months to build. She will lead the parade")
    return things or (subj.tag_ == "NN" and subj.lemma_.lower() in lex.things
                      and (second is not None or any(a.dep_ == "appos" and ((a.pos_ == "PROPN" and a.i not in covered) or a.pos_ == "NOUN")
                                                     for a in subj.children)))


def thing_part_owner(tok: Token, covered: dict, lex) -> bool:
    """'For 52 years X has sailed tourists in the same felucca, the Nour el-Nil. On Monday the
    74-year-old captain handed her tiller to his granddaughter': a "her" owning a part of a boat
    or a machine (patterns key ``thing_parts``), with a thing named in its sentence or the two
    before, is the thing's, whoever else is named."""
    if tok.lower_ != "her" or tok.dep_ != "poss" or tok.head.lemma_.lower() not in lex.thing_parts:
        return False
    start = tok.sent.start
    for _ in range(2):
        start = tok.doc[start - 1].sent.start if start > 0 else start
    return any(covered[j].root().platform and not covered[j].root().is_person_like() for j in range(start, tok.i) if j in covered)


def thing_over_other_gender(tok: Token, covered: dict, lex) -> bool:
    """'When the sixareen Sigrid slid into the harbour, Jógvan ... stood with his hands in his
    pockets. The boatbuilder had drawn her lines': a she/her after a sentence that names a thing,
    when every person named in that sentence and this one up to the pronoun has been called by
    the other gender's pronouns only, is the thing's."""
    gender = lex.pronouns.get(tok.lower_)
    if gender != "female" or tok.lower_ not in ("she", "her"):
        return False
    sent = tok.sent
    first = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    thing, people = False, {}
    for j in range(first, tok.i):
        c = covered.get(j)
        if c is None:
            continue
        r = c.root()
        if r.platform and not r.is_person_like():
            thing = True
        elif not r.platform:
            people[id(r)] = r
    return thing and bool(people) and all(
        not r.genders.get("female") and not r.pgenders.get("female") and (r.pgenders.get("male", 0) + r.genders.get("male", 0)) > 0
        for r in people.values())
