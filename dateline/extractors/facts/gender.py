"""Gender facts, only from words the text links to a person: a noun that states one
('husband', 'spokeswoman'), else the pronouns resolved to a named person."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from dateline.extractors.entities.honorifics import after_article
from dateline.extractors.entities.kinwords import joined_to_plural_kin
from dateline.extractors.entities.lexicon import Lexicon, lexicon
from dateline.extractors.entities.setoff import apposed_to_of_noun
from dateline.extractors.entities.syntax import coupled_title, own_description
from dateline.extractors.facts.context import LIKELY, SURE, _Ctx, _sentence, _sentences, token_number
from dateline.model import Entity, Mention
from dateline.nlp import columns, token_at_char, tokens_of
from dateline.paragraphs import title_before_point

# A subject or possessive pronoun follows the subject of the discourse; an object pronoun
# ("Tobin said the board had chosen her") is as often the person just spoken of, so it alone
# does not state a gender.
_ANCHOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
PRONOUN_ANCHORS = 2


def _rule_gender(ctx: _Ctx) -> None:
    """One gender fact per person, from a noun that states it ('husband', 'daughter',
    'spokeswoman'); none when the text is contradictory. A person no such noun describes
    takes the gender of what the entity stage linked to them (``_linked_gender``)."""
    _two_of_a_gender(ctx)
    by_entity: dict[str, list[tuple[Entity, str, int, int, float]]] = {}
    for item in ctx.genders:
        by_entity.setdefault(item[0].id, []).append(item)
    for items in by_entity.values():
        if len({g for _, g, *_ in items}) != 1:
            continue
        best = max(items, key=lambda x: (x[4], -x[2]))
        entity, gender, start, end, conf = best
        ctx.add("gender", entity, start, end, value=gender, confidence=conf, described_parent=True)
    for entity in ctx.entities:
        # ctx.add keeps an unnamed person only when described in place ("A spokeswoman for
        # the guild", "Stuart's wife, 49")
        if entity.id in by_entity or entity.type != "PERSON":
            continue
        found = _linked_gender(ctx, entity)
        if found is not None:
            gender, start, end, conf = found
            ctx.add("gender", entity, start, end, value=gender, confidence=conf)


def _two_of_a_gender(ctx: _Ctx) -> None:
    """'... founded it with a ship's chandler, Walter Hallett. The two men were not related': a
    plural gendered noun counted two ('the two men', 'both women') opening a sentence is the
    last two people the sentence before named, each of that gender."""
    gendered = lexicon().gendered
    # each sentence's first subject found on the dep column: iterating a Span makes a Token per word
    dep, toks = columns(ctx.doc).dep, tokens_of(ctx.doc)
    for sent in _sentences(ctx.doc):
        k = next((k for k in range(sent.start, sent.end) if dep[k] in ("nsubj", "nsubjpass")), None)
        head = None if k is None else toks[k]
        if head is None or head.tag_ != "NNS" or sent.start == 0 or head.left_edge.i != sent.start:
            continue
        if any(c.dep_ == "poss" for c in head.children):
            continue  # ("The couple's two daughters are A and B": somebody's children, not the two named before)
        gender = gendered.get(head.lemma_.lower())
        two = any((ch.dep_ == "nummod" and ch.lower_ == "two") or (ch.dep_ in ("det", "predet") and ch.lower_ == "both") for ch in head.children)
        if gender is None or not two:
            continue
        prev = _sentence(ctx.doc[sent.start - 1])
        named: list[Entity] = []
        for m, e in ctx.mentions_from(prev.start_char):
            if m.start >= prev.end_char:
                break
            if m.start >= prev.start_char and e.type == "PERSON" and m.kind != "pronoun":
                named = [x for x in named if x.id != e.id] + [e]
        for e in named[-2:] if len(named) >= 2 else []:
            if e.gender in (None, gender):
                ctx.add_gender(e, gender, head.left_edge.idx, head.idx + len(head.text), LIKELY)


def _linked_gender(ctx: _Ctx, entity: Entity) -> Optional[tuple[str, int, int, float]]:
    """The gender every gendered word linked to the entity agrees on (its pronouns, a
    descriptor's head noun such as 'her great-niece', an honorific before its name such as
    'Sir'), with the evidence that anchors it: an honorific, a gendered descriptor, else the
    first subject or possessive pronoun. None on any disagreement, since one of the words was
    then linked to the wrong person and nothing says which."""
    evidence = list(_evidence(ctx, entity))
    seen = {g for g, *_ in evidence}
    # the entity stage's own reading may be missing (a list it did not climb) but not other
    if len(seen) != 1 or (entity.gender is not None and entity.gender not in seen):
        return None
    anchors = [e for e in evidence if e[3] > 0]
    # Pronouns alone must agree twice as subject or possessive: one pronoun linked wrongly
    # (a "he" put on the woman just named) would otherwise be a gender the text never gave her.
    if not anchors or (all(e[4] for e in anchors) and len(anchors) < PRONOUN_ANCHORS
                       and not any(_named_just_before(ctx, entity, e[1]) or _speech_tag(ctx, e[1]) or _opens_after_other(ctx, entity, e[1], e[0])
                                   for e in anchors)):
        return None
    return max(anchors, key=lambda e: (e[3], -e[1]))[:4]


def _opens_after_other(ctx: _Ctx, entity: Entity, at: int, gender: str) -> bool:
    """"In 1963 he married Gloria Paul, a nurse. She died in 2016": a subject opening a sentence
    right after one that names the person, where everybody else that sentence speaks of is of
    the other gender. Session 2026-12-07 from 12:36 UTC."""
    pron = token_at_char(ctx.doc, at)
    if pron is None:
        return False
    tok = ctx.doc[pron]
    sent = _sentence(tok)
    if tok.i != sent.start or tok.dep_ not in ("nsubj", "nsubjpass") or sent.start == 0:
        return False
    prev = _sentence(ctx.doc[sent.start - 1])
    if "\n" in ctx.text[prev.end_char : sent.start_char]:
        return False  # (not across a paragraph)
    pronouns = lexicon().pronouns
    if any(t.tag_ in ("PRP", "PRP$") and pronouns.get(t.lower_) == gender for t in prev):
        return False  # ("Tomas Berg, her last doctoral student, said she ...": somebody else of it)
    named = False
    for m, e in ctx.mentions_from(prev.start_char):
        if m.start >= prev.end_char:
            break
        if e.type != "PERSON":
            continue
        if e.id == entity.id:
            named = named or m.kind in ("name", "surname", "firstname", "title")
        elif e.gender is None or e.gender == gender:
            return False
    return named


def _speech_tag(ctx: _Ctx, at: int) -> bool:
    """'"My dad would not believe it," he said': a pronoun that is the subject of a speech verb
    right after a closing quotation mark, the quotation's speaker."""
    pron = token_at_char(ctx.doc, at)
    if pron is None or pron < 2:
        return False
    tok = ctx.doc[pron]
    before = ctx.doc[pron - 1]
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lexicon().speech_verbs and tok.head.i == pron + 1 \
        and before.is_quote and ctx.doc[pron - 2].text in (",", "?", "!", ".")


def _named_just_before(ctx: _Ctx, entity: Entity, at: int) -> bool:
    """"Josiah Crane, a wool merchant, who ran it with his sons": a pronoun whose sentence names
    the person last before it is theirs; not one in what somebody is said to have said ("Eileen
    Royce said his funeral ...")."""
    pron = token_at_char(ctx.doc, at)
    if pron is None:
        return False
    tok = ctx.doc[pron]
    speech = lexicon().speech_verbs
    if _speakers_own(ctx, tok, entity) or _speaker_goes_on(ctx, tok, entity) or _kin_joined(ctx, tok, entity):
        return True
    if any(a.lemma_.lower() in speech for a in tok.ancestors):
        return False
    # (the pronoun's own clause is about the person: "who ran it from his house", not "Hemi, who
    # is five, and the eldest already rides his own pony")
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    own = ctx.covering(subj[0].idx, subj[0].idx + len(subj[0].text)) if subj else None
    if subj and (own is None or own[1].id != entity.id):
        return False
    start = _sentence(tok).start_char
    last = None
    for m, e in ctx.mentions_from(start):
        if m.start >= at:
            break
        if m.start >= start and e.type == "PERSON" and m.kind in ("name", "title", "surname", "firstname"):
            last = e
    return last is not None and last.id == entity.id


def _is_named(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """``tok`` is in a name (not a pronoun) of ``entity``, itself or a name apposed to it."""
    for t in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        hit = ctx.covering(t.idx, t.idx + len(t.text))
        if hit is not None and hit[1].id == entity.id and hit[0].kind in ("name", "surname", "firstname", "title"):
            return True
    return False


def _speaker_goes_on(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """"The head butcher, Mzwandile Mgwebi, 47, insists he shares nothing": the subject of what a
    speaker, named as the speech verb's subject (or by the noun a 'who said' clause hangs on),
    says is the speaker. Session 2026-12-07 from 12:36 UTC (45 development genders withheld)."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return False  # (not a possessive: "Ana Whitcombe said her long service ..." may be the nurse's)
    said = clause.head
    if said.lemma_.lower() not in lexicon().speech_verbs or said.i > tok.i:
        return False
    subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in ("who", "that") and said.dep_ == "relcl":
        subj = said.head
    return _is_named(ctx, subj, entity)


def _kin_joined(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """"a seine fisherman, Nathaniel Bobb, and his wife, Eudora": a possessive on a noun joined
    by 'and' to the person's name (or to the noun the name is apposed to) is that person's.
    Session 2026-12-07 from 12:36 UTC."""
    if tok.dep_ != "poss":
        return False
    noun = tok.head
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "conj" and noun.head.head.i < tok.i:
        # ("Aram Abrahamyan has run the workshop since 2015, and his son, Davit, is its third
        # carver": the subject of the clause the pronoun's clause is joined to)
        first_verb = noun.head.head
        # (the subject itself a name: not "The works' best-selling bar, Sitt Samira, is named
        # after her, and her photograph hangs")
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first_verb.i and c.pos_ == "PROPN" and _is_named(ctx, c, entity)
                   for c in first_verb.children)
    if noun.dep_ != "conj":
        return False
    first = noun.head
    # ("Ignacio Villarreal, a railroad section hand, and his wife": joined to the description
    # apposed to the name, or to an age set off after it, "Antonio Cruz, 72, and his wife")
    for _ in range(3):
        if first.i < tok.i and _is_named(ctx, first, entity):
            return True
        if first.dep_ not in ("appos", "npadvmod", "nummod", "amod") or first.head.i >= first.i:
            return False
        first = first.head
    return False


def _speakers_own(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """"Tess Mercer, a physiotherapist, said her father had ...": a possessive opening what the
    speaker, just named as the speech verb's subject, says is the speaker's own."""
    if tok.dep_ != "poss" or tok.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head.head
    said = verb.head if verb.dep_ == "ccomp" else None
    if said is None or said.lemma_.lower() not in lexicon().speech_verbs or said.i > tok.i:
        return False
    subj = [c for c in said.children if c.dep_ == "nsubj"]
    own = ctx.covering(subj[0].idx, subj[0].idx + len(subj[0].text)) if subj else None
    # (a full name: not "Counsel for the brothers, Martin Siu, said his clients", the common noun
    # opening the sentence read as a name)
    return own is not None and own[1].id == entity.id and own[0].kind in ("name", "surname", "firstname", "title") and " " in entity.name


def _evidence(ctx: _Ctx, entity: Entity) -> Iterator[tuple[str, int, int, float, bool]]:
    """(gender, start, end, confidence as an anchor, 0 when it only has to agree; whether it
    is a pronoun)."""
    lex = lexicon()
    for m in entity.mentions:
        words = m.text.lower().split()
        if not words:
            continue
        if m.kind == "pronoun" and lex.pronouns.get(words[0]):
            tok = _token_at(ctx, m.start)
            anchor = tok is not None and tok.dep_ in _ANCHOR_DEPS and not _said_of_other(tok, entity, lex)
            alone = not (anchor and tok is not None and _continues_subject(ctx, tok, entity))
            if tok is not None and not anchor and _bound_reflexive(ctx, tok, entity):
                # a reflexive bound to its clause's subject states the gender alone
                yield lex.pronouns[words[0]], m.start, m.end, LIKELY, False
                continue
            yield lex.pronouns[words[0]], m.start, m.end, LIKELY if anchor else 0.0, alone
        elif m.kind == "descriptor" and lex.gendered.get(words[-1]):
            yield lex.gendered[words[-1]], m.start, m.end, LIKELY, False
        elif m.kind in ("name", "firstname") and len(words) > 1 and (after := lex.suffix_honorifics.get(words[-1])):
            yield after, m.start, m.end, SURE, False  # ("Osman Bey", "Fatma Hanım": an honorific after the name)
        elif m.kind in ("title", "name"):
            title = _honorific(ctx, m)
            if title is not None:
                yield title[0], title[1], m.end, SURE, False
            noun = _apposed_noun(ctx, m) if m.kind == "name" else None
            if noun is not None and _noun_gender(noun):
                yield _noun_gender(noun), noun.idx, m.end, LIKELY, False  # type: ignore[misc]


def _bound_reflexive(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """'Her partner, Jonah Briand, rebuilt the deck himself': a reflexive means its own clause's
    subject (or the name apposed to it), so linked to that very person it states the gender
    alone."""
    if tok.lower_ not in ("himself", "herself"):
        return False
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # (a Token is made anew on each read)
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [a for t in subjects for a in t.children if a.dep_ == "appos"]
    return any(m.kind != "pronoun" and m.start <= t.idx < m.end for t in subjects for m in entity.mentions)


def _continues_subject(ctx: _Ctx, tok: Token, entity: Entity) -> bool:
    """'Ravi Anand said the car was grey. He asked garages ...', '"Come forward," she said'
    after 'Inspector Ada Vale said ...': a subject pronoun with nobody else named before it in
    its sentence, right after a sentence whose main-clause subject (or the name apposed to it)
    names this very person, or one after this person's name in its own sentence, by a name and
    not an epithet ('the 84-year-old', itself a guess); and nobody else in the two sentences whom
    the pronoun could mean (a person of no stated gender or of its own). Such a pronoun states
    the gender alone (``_linked_gender`` wants two otherwise)."""
    lex = lexicon()
    gender = lex.pronouns.get(tok.lower_)
    sent = _sentence(tok)
    # ("... by Idris Prosser, a checkweigher. His grandson, Huw, ...": a possessive opening the
    # sentence after one that named this person and nobody else it could mean)
    opening_poss = tok.dep_ == "poss" and tok.tag_ == "PRP$" and tok.i == sent.start
    if not opening_poss and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "PRP"):
        return False
    prev = _sentence(ctx.doc[sent.start - 1]) if sent.start > 0 else sent
    lo, hi = prev.start_char, tok.idx
    subjects = [t for t in prev.root.children if t.dep_ in ("nsubj", "nsubjpass")] if sent.start > 0 else []
    # ("The Gazette's critic, Nell Baptiste, judged ...": the name apposed to the subject)
    subjects += [a for t in subjects for a in t.children if a.dep_ == "appos"]
    subject = here = other_here = named_before = False
    # ("Alasdair and Shona Fraser, she said, had opened ...": the people a mid-sentence speech tag
    # interrupts are what is reported, none of them the one who says it)
    tag = tok.head.dep_ == "parataxis" and tok.head.lemma_.lower() in lex.speech_verbs and tok.i > 0 and ctx.doc[tok.i - 1].text == ","
    for m, e in ctx.mentions_from(lo):
        if m.start >= hi or (tag and m.start >= sent.start_char):
            break
        # (a pronoun makes anyone a candidate, whatever the type: "her" put on a name typed ORG)
        if m.end <= lo or (e.type != "PERSON" and not (m.kind == "pronoun" and lex.pronouns.get(m.text.lower()))):
            continue
        if e.id == entity.id:
            # (a name, not an epithet: "The 84-year-old said he" rests on a guess at who is 84)
            named = m.kind not in ("pronoun", "descriptor")
            subject = subject or (named and any(m.start <= t.idx < m.end for t in subjects))
            here = here or (named and m.start >= sent.start_char)
            named_before = named_before or (named and m.start < sent.start_char)
        elif e.gender in (None, gender):
            return False
        else:
            other_here = other_here or m.start >= sent.start_char
    # ("... married a Canadian acrobat, Luc Bright, in 2003; he now manages the tour": named in
    # the pronoun's own sentence, everyone else there of the other gender)
    return here or (subject and not other_here) or (opening_poss and named_before and not other_here)


def _said_of_other(tok: Token, entity: Entity, lex: Lexicon) -> bool:
    """'Her former student, Tomas Berg, said she ...': the pronoun went to the speaker by the
    reporting convention (``binding.reported_speaker``), but the speaker is described as the
    student of a person of that very gender, whom the pronoun may as well mean; such a link
    states no gender of the speaker ('his son ... says he' may be either)."""
    verb = tok.head
    gender = lex.pronouns.get(tok.lower_)
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.speech_verbs:
        return False
    for ch in verb.head.children:
        if ch.dep_ != "nsubj":
            continue
        nouns = [ch] + [a for a in ch.children if a.dep_ == "appos"]
        if not any(m.start <= n.idx < m.end for n in nouns for m in entity.mentions):
            continue
        if any(p.dep_ == "poss" and p.tag_ == "PRP$" and lex.pronouns.get(p.lower_) == gender for n in nouns for p in n.children):
            return True
    return False


def _honorific(ctx: _Ctx, m: Mention) -> Optional[tuple[str, int]]:
    """'Mrs Quayle', 'Sir Barnaby Coode': a capitalised honorific that states a gender, as the
    mention's first word or the word right before it ('I'll miss Glenn' is no title)."""
    titles = lexicon().titles
    tok = _token_at(ctx, m.start)
    if tok is None:
        return None
    if m.kind == "name" and tok.i > 0:
        tok = ctx.doc[tok.i - 1]
    tok = title_before_point(ctx.doc, tok.i) or tok  # ("and Fr. Peter Fernandes": the title split from its point)
    gender = titles.get(tok.lower_)
    if coupled_title(tok, titles) or after_article(tok):
        # "Mr and Mrs Kostas Papadakis", "Dr and Mrs X": the couple's titles, not his; "the
        # Lady Fatima", a yacht, "to the Lord Teodora Macaraig": no person's title
        return None
    return (gender, tok.idx) if gender and tok.text[:1].isupper() else None


def _noun_gender(tok: Token) -> Optional[str]:
    gendered = lexicon().gendered
    return gendered.get(tok.lemma_.lower() if tok.tag_ == "NNS" else tok.lower_)


def _apposed_noun(ctx: _Ctx, m: Mention) -> Optional[Token]:
    """The noun a name is apposed to, through a list ('their two sons, Obinna, 12, and
    Kelechi, 9'; 'two daughters, Freya and Imogen')."""
    tok = _token_at(ctx, m.end - 1)
    if tok is None or own_description(tok):
        return None
    doc = tok.doc
    if 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
        return None  # "sons Mark (Lisa) and Paul": the bracketed name is a son's spouse
    place = 1
    name_at = tok.i
    while tok.dep_ == "conj" and tok.head.i < tok.i and (tok.head.pos_ == "PROPN" or _described_item(tok.head)):
        if any(ch.dep_ in ("det", "amod") and ch.i < tok.i for ch in tok.children):
            return None  # "twin boys Rory and Finn, 8, and the youngest, Maeve": described apart
        # ("her brothers, Raymond, 61, the company chairman, and Patrick": past the item's description)
        tok, place = tok.head if tok.head.pos_ == "PROPN" else tok.head.head, place + 1
    # "run by brothers Kemar and Rohan Ellis": a plural kin noun the parser made the first name's
    # compound
    plural = [c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.i < tok.i and _noun_gender(c)]
    if plural:
        return plural[0]
    if tok.dep_ in ("appos", "conj") and tok.head.pos_ == "NOUN" and any(t.text == ";" for t in doc[tok.head.i : name_at]):
        return None  # ("and her husband, Doug, of Cypress Bend; Gary Dietz, 56": the list's next item)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and (apposed_to_of_noun(tok.head, tok, lexicon()) or joined_to_plural_kin(tok.head, lexicon())):
        return None  # "the grandson of the founder, Alexander Lennox": apposed to the founder ("two daughters and a son: Carla": no son)
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        counts = [token_number(c) for c in tok.head.children if c.dep_ == "nummod"]
        twins = any(c.lower_ in ("twin", "twins") for c in tok.head.children)
        # (a singular noun is one name's: "Otar's nephew, Dato Gogoladze, and Levan Shengelia")
        limit = counts[0] if counts and counts[0] else 2 if twins else 1 if tok.head.tag_ == "NN" else None
        return tok.head if limit is None or place <= limit else None
    # "two sons, Caspian, 12, and Ansel, 9": the last name parsed as a conjunct of the noun
    # whose first name is apposed to it
    if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and any(
        ch.dep_ == "appos" and ch.pos_ == "PROPN" and ch.i < tok.i for ch in tok.head.children
    ):
        return tok.head
    first = _token_at(ctx, m.start)
    if first is not None and tok.dep_ not in ("appos", "conj") and first.i >= 2 and doc[first.i - 1].text == "," \
            and (noun := doc[first.i - 2]).tag_ == "NN" and _noun_gender(noun) and noun.lower_ in lexicon().kin_kinds \
            and any(c.dep_ == "poss" for c in noun.children):
        # ("farmed by his grandfather, Paddy Stack (1921-1998)", the name parsed loose of the
        # kin noun it is set off after)
        return noun
    return None


def _described_item(noun: Token) -> bool:
    """The noun is a description apposed to the name before it ("Raymond, 61, the company
    chairman, and Patrick"), so a name conjoined to it is the list's next item."""
    return noun.pos_ == "NOUN" and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i


def _token_at(ctx: _Ctx, start: int) -> Optional[Token]:
    i = token_at_char(ctx.doc, start)
    return None if i is None else ctx.doc[i]
