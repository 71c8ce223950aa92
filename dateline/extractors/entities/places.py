"""Names the small model took for people's or organisations' that the text writes as places:
a one-word name once after a preposition of place, a longer one ending in a place's word, a
word before a role that the text elsewhere uses as a place."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from dateline.extractors.entities.common import placed_kin, subjects_kin
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.syntax import _possessive
from dateline.nlp import columns, ents_of, per_doc, text_of, tokens_of, where_in


def _place_once(tok: Token, lex: Lexicon, extraction: bool = False) -> bool:
    """A one-word name used once, as the object of a preposition of place ("between Oxmere
    and Lisk", "a band from Dunmore"): a place, not a person or an organization. With
    ``extraction``, also a residence and a town after a street (the ranker learnt without)."""
    return _place_object(tok, lex, extraction) and len(where_in(tok.doc, "lower").get(tok.lower_, ())) == 1


def _place_object(tok: Token, lex: Lexicon, extraction: bool = False) -> bool:
    if tok.ent_type_ == "ORG" and len(tok.text) > 1 and tok.text.isupper() and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
        return False  # "an editor at the KNT": a place written as letters is a GPE ("the UK")
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if extraction and head is not tok and head.lower_ in ("here", "there") and head.head.lower_ in ("between", "from"):
        return True  # ("every reef between here and Suðuroy": a place joined to "here")
    if extraction and head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.i < head.i and (
            head.head.ent_type_ in ("FAC", "GPE", "LOC") or head.head.lower_ in lex.place_heads):
        head = head.head  # "of Bramley Road, Pudsey": the town after the street
    if head.dep_ != "pobj":
        return False
    # ("the Cecilia Singers of Durban": where a group named by its members' plural is from)
    group_of = extraction and head.head.lower_ == "of" and head.head.head.tag_ == "NNPS" and head.head.head.lower_ in lex.org_keywords
    return _place_preposition(head.head, lex) or origin(head.head, lex, extraction) or (extraction and residence(head.head)) or group_of


def birthplace(tok: Token) -> bool:
    """A one-word name the text writes, once at least, as where somebody was born ("She was born
    Jan. 5, 1930, in Waterloo, the daughter of ..."): a place at each of its uses, whatever the
    tagger called it, and the kin noun apposed to it is the one born there's."""
    doc = tok.doc
    # (the same answer for every use of the word, asked of each: kept per Doc and word, as
    # place_every_use's)
    memo = per_doc(doc, "birthplace")
    found = memo.get(tok.lower_)
    if found is None:
        found = memo[tok.lower_] = _born_in(doc, tok.lower_)
    return found


def _born_in(doc: Doc, low: str) -> bool:
    toks = tokens_of(doc)
    for i in where_in(doc, "lower").get(low, ()):
        t = toks[i]
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.lower_ == "born" and not (i + 1 < len(doc) and toks[i + 1].text[:1].isupper()):
            return True
    return False


def residence(prep: Token) -> bool:
    """'Jane Orr, 34, of Hessle, was fined', 'Tom Reed, of Armley, appeared': a court or local
    report's "of" after a person's name (and age) and a comma says where the person lives."""
    doc = prep.doc
    if prep.lower_ == "of" and prep.i >= 4 and doc[prep.i - 1].text == ")" and doc[prep.i - 3].text == "(" \
            and doc[prep.i - 4].ent_type_ == "PERSON":
        return True  # "his sons, Mark (Debbie) of Fargo": past an obituary's bracketed spouse
    if prep.lower_ == "of" and prep.i >= 2 and doc[prep.i - 1].ent_type_ == "PERSON" and doc[prep.i - 1].tag_ == "NNP":
        # ("Rewi Kerehoma of Taihape, 33, ...": no comma before "of", the age after the town)
        k = prep.i + 1
        while k < len(doc) and k < prep.i + 3 and doc[k].tag_ == "NNP":
            k += 1
        if k > prep.i + 1 and k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].like_num:
            return True
    if prep.lower_ != "of" or prep.i < 2 or doc[prep.i - 1].text != ",":
        return False
    before = doc[prep.i - 2]
    if before.like_num and prep.i >= 4 and doc[prep.i - 3].text == ",":
        before = doc[prep.i - 4]  # past the age
    if before.ent_type_ == "PERSON" and before.tag_ == "NNP":
        return True
    # ("Miss Hyacinth Clarke (1938 – 2024), retired seamstress, of Porus", "Mr Cecil Brown, 84, a
    # retired officer, of Williamsfield": the "of" hangs on the name, or on a job apposed to it)
    owner = prep.head
    if owner.dep_ == "appos" and owner.tag_ in ("NN", "NNS") and owner.head.i < owner.i:
        owner = owner.head
    return owner.tag_ == "NNP" and owner.i < prep.i and (
        owner.ent_type_ == "PERSON" or any(t.lower_.rstrip(".") in _HONORIFICS for t in doc[owner.left_edge.i : owner.i]))


def resident_place(tok: Token) -> bool:
    """'Miss X, retired seamstress, of Porus, daughter of a cane cutter': the kin noun the parser
    hung on the place after a residence's "of" is the person's before it."""
    return tok.dep_ == "pobj" and residence(tok.head)


def kin_apposed(tok: Token, lex: Lexicon) -> bool:
    """'between James, elder son of Mr and Mrs Robert Fairley, ..., and Alice, younger daughter
    of ...': a one-word name a kin noun is apposed to is somebody's relative, no place."""
    # (not "grew up near Lifford, the daughter of a grower": the subject's, placed_kin)
    if any(ch.dep_ == "appos" and ch.lower_ in lex.kin_kinds and placed_kin(ch) is None for ch in tok.children):
        return True
    # (or as written, where the parser hung the kin noun on the name before: "between Owain Rees
    # and Imogen, younger daughter of Peter Strand"; not after a place's preposition)
    doc = tok.doc
    kin = kin_of_after(doc, tok.i + 1, lex)
    return kin is not None and not place_preposition_before(doc, tok.i, lex) and placed_kin(doc[kin]) is None


def place_preposition_before(toks, s: int, lex: Lexicon) -> bool:
    """A place's preposition before token ``s``, past other capitalised words and commas ("born in
    Cumberland County, Nova Scotia, the son of")."""
    k = s - 1
    while k >= 0 and s - k <= 7 and (toks[k].text == "," or (toks[k].is_title and toks[k].is_alpha)):
        k -= 1
    return k >= 0 and toks[k].lower_ in lex.place_prepositions


def kin_of_after(toks, e: int, lex: Lexicon) -> Optional[int]:
    """Where the kin noun of ', (the) younger daughter of', ', son of' stands when those words
    come right at token ``e`` (after a name), else None."""
    if e + 2 >= len(toks) or toks[e].text != ",":
        return None
    k = e + 1
    while k < len(toks) and k - e <= 3 and toks[k].is_lower and toks[k].pos_ in ("DET", "ADJ"):
        k += 1
    return k if k + 1 < len(toks) and toks[k].lower_ in lex.kin_kinds and toks[k + 1].lower_ == "of" else None


def who_follows(tok: Token) -> bool:
    """'in Glasgow, Eilidh, 26, and Ross, who is nineteen': a list's item that 'who' follows is
    a person, whatever preposition the parser hung the list on (not 'the daughter of a miner
    from Maryport, who ...', where 'who' goes back to the daughter)."""
    doc = tok.doc
    return tok.dep_ == "conj" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "who"


def place_every_use(tok: Token, lex: Lexicon) -> bool:
    """'the Tobermory station ... still lives in Tobermory': a one-word name written more than
    once, each time either as the object of a preposition of place or modifying a thing after
    'the', and at least once the former (what ``_place_once`` and ``_place_modifier`` read of a
    name written once)."""
    # The answer is the same for every use of the word, and the name pass asks it of each one
    # (a surname written forty times was read forty times over): kept per Doc and word.
    memo = per_doc(tok.doc, "place_every_use")
    key = (id(lex), tok.lower_)
    found = memo.get(key)
    if found is None:
        toks = tokens_of(tok.doc)
        # (a use as the first words of a longer name, "Porus Gospel Hall", says nothing either way)
        written = [toks[i] for i in where_in(tok.doc, "lower").get(tok.lower_, ()) if toks[i].text[:1].isupper()]
        uses = [t for t in written if not (t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i and t.head.ent_type_ in ("FAC", "GPE", "LOC"))]
        objects = [t for t in uses if _place_object(t, lex, True)] if len(written) > 1 else []
        # ("CRAIGELLACHIE — The Speyside Cooperage in Craigellachie": the dateline's town in capitals)
        found = memo[key] = len(written) > 1 and bool(objects) and all(t in objects or _modifies_a_thing(t, lex) or _dateline_word(t) for t in uses)
    return found


def _dateline_word(t: Token) -> bool:
    """A word of the place line an article opens with, written in capitals ("CRAIGELLACHIE —",
    "AYACUCHO, Buenos Aires province —")."""
    doc = t.doc
    if len(t.text) < 2 or not t.text.isupper():
        return False
    k = t.i
    while k > 0 and (doc[k - 1].is_space or doc[k - 1].text.isupper() or doc[k - 1].text in (",", "-")):
        k -= 1
    if k > 0 and "\n" not in doc[k - 1].text + doc[k - 1].whitespace_:
        return False
    e = t.i + 1
    while e < len(doc) and doc[e].text.isupper() and doc[e].is_alpha:
        e += 1
    return e < len(doc) and doc[e].text in (",", "—", "–", "-", ":")


# the honorifics only a person's name follows (no street or town is "Mr" or "Miss" anything)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def _place_preposition(prep: Token, lex: Lexicon) -> bool:
    """A preposition of place, "out of" too ("a shrimp boat out of Thunderbolt")."""
    return prep.lower_ in lex.place_prepositions or (prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.i == prep.i - 1)


def origin(prep: Token, lex: Lexicon, extraction: bool = False) -> bool:
    """'from' naming where a person or group is from: after a noun for a group or a person ("a
    band from X", "Rosalind Hext, a schoolteacher from X", "a retired headteacher from X"),
    or after a parent introduced by a kin noun ("the daughter of a coal miner from X"); not
    after "a statement from X"."""
    if prep.lower_ != "from":
        return False
    noun = prep.head
    lemma = noun.lemma_.lower()
    if lemma in lex.org_nouns or lemma in lex.person_nouns or lemma in lex.occupations or lemma in lex.role_heads:
        return True
    # "a father-of-three from Hull", "a mother of two from Hessle": the count hangs on the parent
    # (in extraction only)
    if extraction and lemma in lex.kin_kinds and noun.text.islower():
        return True
    if extraction and noun.like_num and any(t.lower_ in lex.kin_kinds and t.text.islower()
                             for t in (noun.head, noun.head.head, *(c for c in noun.children if c.dep_ == "compound"))):
        return True
    if noun.dep_ == "appos" and noun.tag_ == "NN":
        return True
    return noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lex.kin_kinds


_STREETS = frozenset({"street", "road", "lane", "avenue", "terrace"})


def _place_named(doc: Doc, s: int, e: int, lex: Lexicon, extraction: bool = False) -> bool:
    """A name the small model took for a person's as the object of a preposition of place
    ("the ford at Hensall Mill", "sank off Carrow Head", "visiting from Wagga Wagga", "a
    crossing to Roscoff"): a place when its last word is a place's ("Mill", "Head") or the
    name is written only once; a person is seldom a place's object. At extraction, also the
    way a journey goes over or through ("drove the first bus over Bwlch Hill")."""
    toks = tokens_of(doc)
    head = toks[e - 1]
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        if extraction and head.pos_ not in ("PROPN", "NUM"):
            # ("In mitigation, defence lawyer Rajesh Pillai of ... said", parsed as a conjunct
            # of "mitigation": no place joined to a common noun)
            return False
    if head.dep_ != "pobj" or any(_possessive(toks[i]) for i in range(s, e)):
        return False
    prep = head.head
    travel = prep.lower_ in ("from", "to") and prep.head.lemma_.lower() in lex.travel_words
    # (the parser hangs "over X" on the vehicle as often as on the verb of travel)
    travel = travel or (extraction and prep.lower_ in ("over", "through", "via") and (
        prep.head.lemma_.lower() in lex.travel_words or prep.head.head.lemma_.lower() in lex.travel_words))
    # "Calle Alta", "Rue Lafitte": a street's first word, after "on" or "above" too
    opener = toks[s].lower_ in lex.place_openers
    # "Walter and Edna Pilbeam, of Furze Lane": an address after a name and a comma
    address = prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.i > 0 and toks[prep.i - 1].text == ","
    # "born on Tuel Lane", "a shop on Wharf Street": a street after "on" (at extraction only)
    street = extraction and prep.lower_ == "on" and e - s > 1 and toks[e - 1].lower_ in _STREETS
    # ("kept lights on Tory Island and Fanad Head": a place's last word, joined to a name the tagger
    # calls a place, at extraction only)
    joined = extraction and head is not toks[e - 1] and head.ent_type_ in ("GPE", "LOC", "FAC") and toks[e - 1].lower_ in lex.place_heads
    if not _place_preposition(prep, lex) and not travel and not address and not street and not joined \
            and not (opener and prep.lower_ in ("on", "above", "below")):
        return False
    if extraction and prep.lower_ == "between" and any(t.lemma_.lower() in lex.wedding_events for t in prep.sent):
        return False  # "The marriage took place ... between Desmond Kettleby and Margery Pask"
    # "a marine engineer at Hallam Boatworks", "works at Pellow Mill": an employer
    job = prep.head.lemma_.lower()
    if job in lex.role_heads or job in lex.person_nouns or job in lex.employer_heads or job in lex.speaker_nouns:
        return False
    if any(toks[i].lower_ in lex.org_keywords for i in range(s, e)):
        return False
    # "a cheque from the late Ruth Abernethy, a retired cardiologist": the dead, and a name
    # apposed to a person's noun, are people
    if s > 0 and (toks[s - 1].lower_ == "late" or (s > 1 and toks[s - 1].lower_.rstrip(".") in lex.titles and toks[s - 2].lower_ == "late")):
        return False
    if extraction and s > 0 and toks[s - 1].lower_.rstrip(".") in _HONORIFICS:
        return False  # "The marriage took place between Mr Oliver Crane and Miss Harriet Lowe"
    if any(ch.dep_ == "appos" and (ch.lemma_.lower() in lex.person_nouns or ch.lemma_.lower() in lex.occupations)
           # (not "Born on Tuel Lane, the son of a winder, he ...": the son is the subject's)
           and not (extraction and subjects_kin(ch)) for ch in head.children):
        return False
    if extraction and any((ch.dep_ == "appos" and ch.like_num) or (ch.dep_ == "relcl" and any(g.lower_ == "who" for g in ch.children))
                          for ch in head.children):
        return False  # ("in dispute between Inga Marie Sara, 41, who herds full time, and ...": an age, a "who")
    if e - s > 1 and (toks[e - 1].lower_ in lex.place_heads or opener):
        return True
    if address:
        return False
    # one word after "in" or "at" is _place_once's, which also weighs the noun before "from"
    return (e - s > 1 or travel) and text_of(doc).count(doc[s:e].text) == 1


def _place_before_role(tok: Token, lex: Lexicon) -> bool:
    """'Kellerton harbour master Ewan Doyle': one proper noun before a lower-case role that
    heads a full name, where the text elsewhere writes the same word as a place ("set out from
    Kellerton"). A staff role after a person's name ("a Hale spokesman") keeps its person."""
    if tok.dep_ != "compound" or tok.head.i <= tok.i or not tok.head.text.islower():
        return False
    role = tok.head
    steps = 0
    while role.dep_ == "compound" and role.head.i > role.i and role.head.text.islower() and steps < 3:
        role = role.head
        steps += 1
    if role.lemma_.lower() not in lex.role_heads or not role.head.text[:1].isupper() or role.head.i <= role.i:
        return False
    return written_as_place(tok, lex, labels=True)


def written_as_place(tok: Token, lex: Lexicon, labels: bool = False) -> bool:
    """Whether the text writes the word elsewhere as a place: after a preposition of place or
    "from" (with ``labels``, also wherever the small model tags it a place)."""
    low, doc = tok.lower_, tok.doc
    for i in where_in(doc, "lower").get(low, ()):
        if i != tok.i:
            t = doc[i]
            if (labels and t.ent_type_ in ("GPE", "LOC", "FAC")) or (t.dep_ == "pobj" and (t.head.lower_ in lex.place_prepositions or t.head.lower_ == "from")):
                return True
    return False


def _place_modifier(tok: Token, lex: Lexicon) -> bool:
    """'the Peckham bakery', 'the new Verdun library': one proper noun, written once, that
    modifies a lower-case noun after "the" says where the thing is; a person's name there
    ('the Hale family', 'a Hale spokesman') modifies a family or staff noun, left alone."""
    # (a desk line's place in capitals is no other use: "SCHOOLS | LAUTOKA ... the Lautoka firm";
    # imported here, as mastheads reaches this module through missed)
    from dateline.extractors.entities.mastheads import desk_tokens

    desk = desk_tokens(tok.doc)
    return _modifies_a_thing(tok, lex) and len([k for k in where_in(tok.doc, "lower").get(tok.lower_, ()) if k not in desk]) == 1


# people a town's name makes local ("a Harwick man", "an Ennis teenager")
_LOCALS = frozenset({"man", "woman", "teenager", "boy", "girl", "pensioner", "couple", "mother", "father", "grandmother",
                     "grandfather", "resident", "youth", "farmer", "businessman", "businesswoman"})


def local_person_place(tok: Token) -> bool:
    """'A Harwick man who stole ...': one proper noun between "a" and a plain person noun is the
    place the person is from, never a person or an organisation."""
    head = tok.head
    return (tok.dep_ in ("compound", "amod", "nmod") and head.i == tok.i + 1 and head.lower_ in _LOCALS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children))


def _modifies_a_thing(tok: Token, lex: Lexicon) -> bool:
    head = tok.head
    if tok.dep_ != "compound" or head.i <= tok.i or head.tag_ != "NN" or not head.text.islower():
        return False
    if any(t.dep_ != "amod" for t in tok.doc[tok.i + 1 : head.i]):
        return False
    low = head.lemma_.lower()
    if (low in lex.person_nouns or low in lex.occupations or low in lex.role_heads or low in lex.employee_roles
            or low in lex.family_nouns or low in lex.workplace_posts or low in lex.gendered or low in lex.kin_kinds):
        return False
    return any(ch.dep_ == "det" and ch.lower_ == "the" for ch in head.children)


def employing_place(ent: Span, lex: Lexicon) -> bool:
    """A name the small model tags as a place where the text has it employ somebody: "a
    spokesperson for the City of Port Aldric" (a place's council, named "City of ..."), and
    "Oarsport Ireland chief executive Dervla Kinsella" (a name of two or more words before a
    staff role and a person's name, never written as a place elsewhere; one word, "Ireland
    manager X", is a country's team, and "Kyneton captain X" is left to the team rule)."""
    doc = ent.doc
    s = ent.start + (ent[0].lower_ == "the")
    if ent.end - s > 2 and doc[s].lower_ in lex.place_bodies and doc[s + 1].lower_ == "of":
        root = ent.root
        # ("Dufresne joins the Town of Rosetown from ...": a place's body joined, as a staff)
        return (root.dep_ == "pobj" and root.head.lower_ in ("for", "at", "with") and (
            root.head.head.lemma_.lower() in lex.employer_heads or root.head.head.lemma_.lower() in lex.employee_roles)) or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in ("join", "rejoin") and doc[s].text[:1].isupper())
    if ent.end - s < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in doc[s : ent.end]):
        return False
    j = ent.end
    if j < len(doc) and doc[j].text.islower() and doc[j].lower_ not in lex.employee_roles:
        j += 1  # one modifier: "Oarsport Ireland development officer"
    k = j
    while k < len(doc) and k < j + 3 and doc[k].text.islower() and doc[k].lower_ in lex.employee_roles:
        k += 1  # "chief executive"
    if k == j or k >= len(doc):
        return False
    person = doc[k]
    return person.ent_type_ == "PERSON" and person.ent_iob_ == "B" and not written_as_place(doc[s], lex, labels=False)


def body_of_place(ent: Span, lex: Lexicon) -> bool:
    """'Police Scotland' tagged a place: a public body's word, then one capitalised word (not a
    place's own head word, as 'Bank Street'), names the body that serves the place."""
    s = ent.start + (ent[0].lower_ == "the")
    words = ent.doc[s : ent.end]
    return (len(words) == 2 and words[0].lower_ in lex.body_then_place and words[1].is_alpha and words[1].text[:1].isupper()
            and words[1].lower_ not in lex.place_heads and words[0].text[:1].isupper())


def named_as_org(ent: Span, lex: Lexicon) -> bool:
    """A name of two or more words the small model tags as a place that the text calls an
    organisation: after the noun for one ("the accountancy firm Hobbs Lantern"), with one
    apposed ("Monteverde Geotecnica, an engineering firm"), or as where one joined from ("who
    joined from Brickline Design last year")."""
    doc = ent.doc
    if len(ent) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in ent):
        return False
    kinds = lex.org_nouns | lex.group_nouns
    root = ent.root
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.text.islower() and prev.tag_ == "NN" and prev.lemma_.lower() in kinds and (
            prev.head.i == root.i or (root.head.i == prev.i and root.dep_ in ("appos", "compound"))):
        return True
    if any(ch.dep_ == "appos" and ch.tag_ == "NN" and ch.lemma_.lower() in kinds and ch.i > root.i for ch in root.children):
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_.lower() == "join"


def national_arms(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[tuple[int, int]]:
    """'Hollenbach Antriebstechnik UK', 'Hollenbach UK's finance director': capitalised words the
    tagger left untagged, parsed as modifiers of a country word it tagged a place
    (arm_places), name a firm's national arm, an organisation; claims the words in ``taken``."""
    toks = tokens_of(doc)
    out = []
    for ent in ents_of(doc):
        if ent.label_ != "GPE" or len(ent) != 1 or ent[0].lower_ not in lex.arm_places or any(taken[i] for i in range(ent.start, ent.end)):
            continue
        s = ent.start
        while s > 0 and ent.start - s < 3 and not taken[s - 1] and toks[s - 1].ent_type_ == "" and toks[s - 1].tag_ == "NNP" \
                and toks[s - 1].text[:1].isupper() and toks[s - 1].is_alpha and toks[s - 1].dep_ == "compound" \
                and toks[s - 1].head.i in range(s, ent.end) and toks[s - 1].lower_ not in lex.titles:
            s -= 1
        if s < ent.start:
            for i in range(s, ent.end):
                taken[i] = True
            out.append((s, ent.end))
    return out


# the dashes that close a news dateline ("BRIXHAM – ", "DAYTON, Ohio — ", "LEEDS, England--")
DASHES = frozenset({"-", "–", "—", "--"})


def wire_dateline(toks: list[Token], s: int, e: int) -> int:
    """'DAYTON, Ohio — A Kettering man ...', 'LEEDS, England--': a wire story's dateline, a
    place in capitals opening a line and closed by a dash (a state or country between). The
    token of the dash, or 0 when the name opens no dateline."""
    if not all((t.is_alpha and t.is_upper and len(t.text) > 1) or (t.text == "-" and s < t.i < e - 1) for t in toks[s:e]):
        return 0
    if s > 0 and "\n" not in toks[s - 1].text and "\n" not in toks[s - 1].whitespace_:
        return 0
    if e < len(toks) and toks[e].text == ":" and e + 1 < len(toks) and toks[e + 1].text[:1].isupper() and _runs_on(toks, e + 1):
        return e  # "MYSURU: Vasanth Press, the ... printing house": a colon closes it too
    for t in toks[e : e + 6]:
        if t.text in DASHES or t.text.startswith(("—", "--")):
            return t.i
        # (an abbreviation the tokenizer keeps with its stop: "KILRUSH, Co. Clare —", "Que.")
        if not (t.text == "," or (t.text[:1].isupper() and t.text.rstrip(".").isalpha()) or t.text == "." or t.lower_ in REGION_WORDS):
            return 0
    return 0


# lower-case words a dateline's region may end on ("AYACUCHO, Buenos Aires province —")
REGION_WORDS = frozenset({"province", "county", "state", "region", "district", "prefecture", "parish", "department"})


def _runs_on(toks: list[Token], k: int) -> bool:
    """A sentence of a story's length runs on from token ``k`` in the same line (not a label
    over a short caption or a script's cue)."""
    for t in toks[k : k + 12]:
        if "\n" in t.text or "\n" in t.whitespace_:
            return False
    return len(toks) >= k + 12


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of every wire dateline in the text ("DAYTON, Ohio —"), whose place words no
    pronoun may take for a person (made once per Doc: the name spans and latent names ask)."""
    memo = per_doc(doc, "entities.dateline_tokens")
    if None in memo:
        return memo[None]
    toks = tokens_of(doc)
    out: set[int] = set()
    cols = columns(doc)
    text = cols.text
    # (the words in capitals found in one comprehension over the columns, Token objects read
    # only for those: is_upper is the text's isupper)
    alpha = cols.is_alpha
    # (the cheap test first: most words are not in capitals)
    for t in [toks[i] for i, w in enumerate(text) if w.isupper() and len(w) > 1 and alpha[i]]:
        if t.i == 0 or "\n" in toks[t.i - 1].text or "\n" in toks[t.i - 1].whitespace_:
            e = t.i + 1
            # (over a hyphen between capitals too: "SAINT-ÉLIE, Que. —")
            while e < len(toks) and ((toks[e].is_alpha and toks[e].is_upper and len(toks[e].text) > 1) or (
                    toks[e].text == "-" and e + 1 < len(toks) and toks[e + 1].is_alpha and toks[e + 1].is_upper and not toks[e].whitespace_)):
                e += 1
            dash = wire_dateline(toks, t.i, e)
            out.update(range(t.i, dash))
    memo[None] = frozenset(out)
    return memo[None]


def dateline_places(doc: Doc) -> frozenset[str]:
    """The places the wire datelines closed by a dash name, in lower case ("BROKEN RIDGE —":
    "broken ridge"), so that a headline's "Broken Ridge remembers ..." is read as that place, not
    as a person (not one closed by a colon: "IDRIS VANE: My late wife ..." is a script's speaker)."""
    memo = per_doc(doc, "entities.dateline_places")  # (asked of every name the tagger called a person)
    if None in memo:
        return memo[None]
    runs: list[list[str]] = []
    last = -2
    toks = tokens_of(doc)
    marked = dateline_tokens(doc)
    dashed = set()
    for k in sorted(marked):
        if k + 1 < len(toks) and k + 1 not in marked and (toks[k + 1].text in DASHES or toks[k + 1].text.startswith(("—", "--"))):
            j = k
            while j in marked:
                dashed.add(j)
                j -= 1
    for k in sorted(dashed):
        if toks[k].is_alpha:
            if k == last + 1 and runs:
                runs[-1].append(toks[k].lower_)
            else:
                runs.append([toks[k].lower_])
            last = k
    memo[None] = frozenset([" ".join(r) for r in runs] + [" ".join(r[:-1]) for r in runs if len(r) > 1 and r[-1] in REGION_WORDS])
    return memo[None]
