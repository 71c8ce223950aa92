"""Latent names: proper nouns no pass took as a name that a he/she pronoun may still mean.

They become entities only when a pronoun is resolved to one (pronouns.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from dateline.extractors.entities.clusters import _Cluster, _Mention
from dateline.extractors.entities.common import common_opener, mid_capitals, named_doer, opening_names, proper_words
from dateline.extractors.entities.eponyms import no_name_tokens
from dateline.extractors.entities.hyphenchains import in_hyphen_chain
from dateline.extractors.entities.initials import initials
from dateline.extractors.entities.lexicon import Lexicon
from dateline.extractors.entities.missed import _common_word
from dateline.extractors.entities.nameclauses import which_object
from dateline.extractors.entities.nameshapes import office_only
from dateline.extractors.entities.places import _place_preposition, dateline_tokens, origin
from dateline.extractors.entities.syntax import _key, _role_weight
from dateline.extractors.entities.things import apposed_animal, apposed_craft, name_as_word
from dateline.nlp import Columns, columns, text_of, tokens_in, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# Where a proper noun the earlier passes left alone can still be the person a he/she pronoun
# means: the small model calls many rare first names and surnames places, nationalities or
# nothing ("Danielle" GPE, "Catelyn" NORP). Such a name only becomes an entity when a pronoun
# is resolved to it (pronouns.py); otherwise it stays out of the output, typed as nothing.
LATENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "pobj", "conj", "appos", "attr", "dative", "npadvmod", "ROOT"})
# A sentence's first word the tagger calls a person or an organisation (a bare surname) and that
# does something is kept a latent name (common.named_doer; with places, nationalities and
# untagged words too it lost a GAP validation row, gap38).
_DOER_LABELS = frozenset({"PERSON", "ORG"})
NOT_LATENT_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"})


def _latent_word(cols: Columns, i: int, lex: Lexicon, covered, proper: frozenset[str] = frozenset(), plural: bool = False) -> bool:
    """A word no pass took that may be a name: tagged NNP, or a capitalised word of another tag
    that the text writes capitalised inside a sentence and never in lower case (``proper``):
    the small model tags many rare names NN, NNS or even RB ("Nyro", "Parol", "Dolly"). With
    ``plural`` (at extraction only) also NNPS: a given name ending in s ("Johannes Shilongo's
    widow"), which the tagger reads as a plural and which would otherwise hide the surname
    after it as a number's word."""
    text = cols.text[i]
    low = cols.lower[i]
    tag = cols.tag[i]
    return (
        i not in covered
        and (tag == "NNP" or (low in proper and (tag in ("NN", "NNS", "JJ", "RB") or (plural and tag == "NNPS")) and low not in STOP_WORDS))
        and len(text) >= 3
        and text[:1].isupper()
        and any(ch.islower() for ch in text[1:])
        and text.replace("-", "").replace("'", "").isalpha()
        and cols.ent_type[i] not in NOT_LATENT_LABELS
        and not _common_word(low, lex)
        and low not in lex.org_keywords
        and low.rstrip(".") not in lex.org_suffixes
    )


def _origin_or_out(prep: Token, lex: Lexicon) -> bool:
    """'a retired headteacher from X', 'a boat out of X': X is a place (places.py)."""
    return origin(prep, lex) or _place_preposition(prep, lex)


def _kin_owners(doc: Doc, lex: Lexicon) -> set[str]:
    """Proper nouns that own a relative noun ("Klara's grandmother allows ...")."""
    cols = columns(doc)
    return {cols.lower[k] for k in tokens_in(doc, "dep", ("poss",))
            if cols.tag[k] == "NNP" and cols.lower[cols.head[k]] in lex.relative_nouns}


def _year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100


def latent_names(doc: Doc, lex: Lexicon, covered, sent_start_of: list[int], drop_common: bool = False) -> list[tuple[int, int]]:
    """Runs of at most three proper-noun words no entity covers, whose last word stands where a
    person can ("Danielle said", "Angelica's husband", "met Quinn"), not after an article or
    a number ("the Octavia", "1st Cavalry"). With ``drop_common``, not a common noun that
    opens its sentence ("Retirement was a relative term", common.py)."""
    # A word the text also uses as a place ("in Lisk", "a headteacher from Oxmere") is never
    # one: nor are the words of the small model's place labels when they are the object of
    # any preposition.
    cols = columns(doc)
    lower, head = cols.lower, cols.head
    objects = tokens_in(doc, "dep", ("pobj",))
    places = {
        lower[k] for k in objects
        if (lower[head[k]] in lex.place_prepositions or cols.ent_type[k] in ("GPE", "LOC", "FAC")
                                 or (lower[head[k]] in ("from", "of") and _origin_or_out(doc[head[k]], lex)))
    }
    # ... unless the text also gives the word a relative ("Klara's father", at extraction only):
    # a place has none
    places -= _kin_owners(doc, lex) if drop_common else set()
    # ... nor a passive's agent ("was raised by Carola", a place to the tagger): who does the
    # deed of a passive is somebody, not where (at extraction only)
    if drop_common:
        places -= {lower[k] for k in objects if cols.dep[head[k]] == "agent" and cols.tag[k] == "NNP"}
    # ("who travelled from Norwich with his wife": where a journey starts or ends is a place,
    # whatever the small model called it; at extraction only)
    journeys = {
        k for k in (objects if drop_common else ())
        if lower[head[k]] in ("from", "to") and doc[head[k]].head.lemma_.lower() in lex.travel_words
    }
    # ("Born in Kilkenny, the eldest son of X, he ...": where one was born is a place, though the
    # tagger calls it a person there; Re-DocRED dev, at extraction only)
    journeys |= {j for k in (objects if drop_common else ()) if lower[head[k]] in ("in", "at") and lower[head[head[k]]] == "born"
                 for j in range(doc[k].left_edge.i, k + 1)}
    # (at extraction only: the shipped ranker was trained without these candidates)
    proper = proper_words(doc, sent_start_of) | (opening_names(doc, sent_start_of) if drop_common else frozenset())
    wire = dateline_tokens(doc) | no_name_tokens(doc, lex) if drop_common else frozenset()
    if drop_common:
        # ("RAVELGEM —", "the City of Ravelgem": the wire dateline's place and a place's body's
        # place, wherever else the text writes them; at extraction only)
        places |= {lower[k] for k in wire} | {lower[k] for k in objects if lower[head[k]] == "of" and lower[head[head[k]]] in lex.place_bodies
                                              and cols.text[head[head[k]]][:1].isupper()}
    capitals = mid_capitals(doc, sent_start_of) if drop_common else frozenset()
    out = []
    n = len(doc)
    i = 0
    # Only a word tagged NNP or written only capitalised passes _latent_word's first test: those
    # words' indices in one comprehension, then read past the last run, rather than a loop
    # step per word.
    tag = cols.tag
    for at in [k for k, t in enumerate(tag) if t == "NNP" or lower[k] in proper]:
        if at < i:
            continue
        i = at
        # A word the small model itself calls a person is no place for having once followed
        # "in" ("placed the greatest confidence in Anstruther").
        if not _latent_word(cols, i, lex, covered, proper, drop_common) or (lower[i] in places and cols.ent_type[i] != "PERSON") or i in journeys or i in wire:
            i += 1
            continue
        e = i + 1
        while e < n and e - i < 3 and sent_start_of[e] == sent_start_of[i] and _latent_word(cols, e, lex, covered, proper, drop_common):
            e += 1
        if drop_common and e == i + 1 and e < n and tag[e] == "NNPS" and (e + 1 == n or tag[e + 1] not in ("NNP", "NNPS")) \
                and cols.text[e].isalpha() and cols.text[e][:1].isupper() and e not in covered:
            e += 1  # "Vivian meets Cay Rivvers": a surname the tagger read as a plural (at extraction only)
        elif e < n and cols.tag[e] in ("NNP", "NNPS") and cols.text[e][:1].isupper():
            i = e + 1  # part of a longer name or title the passes above chose not to take
            continue
        prev = doc[i - 1] if i > 0 else None
        last = doc[e - 1]
        # A year before a subject is a date, not part of its name ("In 2007 Derval went").
        after_number = prev is not None and (prev.tag_ in ("DT", "CD") or prev.like_num or prev.tag_ == "NNPS")
        if after_number and prev is not None and _year(prev) and last.dep_ in ("nsubj", "nsubjpass"):
            after_number = False
        deps = LATENT_DEPS if last.tag_ == "NNP" else LATENT_DEPS | {"advmod"}
        if drop_common and e - i > 1 and lower[i] in lex.place_first_words and lower[e - 1] in places and cols.ent_type[e - 1] != "PERSON":
            i = e  # "led the team in Fort William": a place's name, whatever its second word
            continue
        if drop_common and e == i + 1 and tag[i] == "NNS" and _plural_doer(doc[i]):
            i = e  # "Witnesses believe that ...": a plural common noun the text capitalises, a group, no he or she
            continue
        if drop_common and (name_as_word(doc, i) or apposed_animal(last, lex) or apposed_craft(last, lex) or office_only(tokens_of(doc), i, e, lex)
                            or which_object(last, lex) or in_hyphen_chain(doc, i, e)):
            # ("Quitanda Mori, which his son still runs": a business)
            i = e  # "painted with the name Auntie Comfort", "her bitch Jess", "Uncle Jimmy, the forklift", "the Master": nobody a pronoun means
            continue
        if last.dep_ in deps and not after_number and not (drop_common and e == i + 1 and common_opener(doc, i, sent_start_of, capitals, lex)
                                                                                       and not named_doer(doc[i], _DOER_LABELS)):
            out.append((i, e))
        i = e
    return out


def _plural_doer(tok: Token) -> bool:
    """The subject of a verb in the plural present ("Witnesses believe", "Elders have said"), or
    of a passive with "were" ("Stories that Liam is leaving were denied")."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.i < tok.i:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > tok.i]
    head = auxes[0] if auxes else verb
    return head.tag_ == "VBP" or (tok.dep_ == "nsubjpass" and head.lower_ == "were")


_COPULAS = frozenset({"be", "become", "remain"})


def _doer(tok: Token) -> bool:
    """The subject of a verb other than a copula ("Tanya found the letter", "Orla bakes bread",
    "Selby was fired"): a name that does something. The small model tags many rare
    given names and surnames places ("Tanya" GPE), and the ranker, trained with every latent
    name marked so, passes such a one over for a tagged name; a latent name that does
    something is offered to it as a name like any other (at extraction only: the shipped model
    stays what GAP alone builds). A name only ever the object or possessor of something stays
    marked latent (objects of a verb with an infinitive, possessors: tried, gap39, no development
    row moved)."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() not in _COPULAS


def latent_clusters(r: "_Resolver") -> dict[int, _Cluster]:
    """Proper nouns no pass took as a name (latent_names), one cluster per last word, by the
    token their runs end on; kept out of ``r.clusters`` until chosen. At extraction (not while
    the ranker trains on GAP, whose model must stay what GAP alone builds) a capitalised common
    noun opening a sentence is none."""
    by_word: dict[str, _Cluster] = {}
    out: dict[int, _Cluster] = {}
    cols, toks = columns(r.doc), tokens_of(r.doc)
    # "Kyneton captain Josh Farrelly ... if Kyneton won the flag, he said": a word a pass took
    # as an organisation's whole name is that organisation wherever else it stands, no person
    # a pronoun could mean (at extraction only)
    orgs = {c.root().key[0] for c in r.clusters if len(c.root().key) == 1 and not c.root().is_person_like()} \
        if r.observe is None else set()
    # "her father, Ninu Camilleri. ¶ Ninu Camilleri is survived by": a full name the tagger left
    # untagged the second time is the person already so named, not a latent one a pronoun may
    # make a second (at extraction only)
    # (an organisation's too: "at Beaudry Maple ... Beaudry Maple now runs 14,000 taps", the
    # firm again, not a latent name a later "he" may make a person)
    named = {c.key: c for c in (c.root() for c in r.clusters) if len(c.key) > 1 and not c.platform} \
        if r.observe is None else {}
    # ("the raider the circuit knows as Sheru ... Sheru's father": a one-word name a person
    # already bears, written again untagged, is that person; one bearer only, at extraction)
    borne: dict[str, list[_Cluster]] = {}
    text = text_of(r.doc)
    for bearer in {id(c.root()): c.root() for c in r.clusters}.values() if r.observe is None else ():
        if len(bearer.key) < 2 or not bearer.is_person_like():
            continue
        for w in {text[m.start : m.end].lower() for m in bearer.mentions if m.kind == "name"}:
            if " " not in w:
                borne.setdefault(w, []).append(bearer)
    for s, e in latent_names(r.doc, r.lex, r.covered, r.sent_start_of, drop_common=r.observe is None and r.use_model):
        word = cols.lower[e - 1]
        if e - s == 1 and word in orgs:
            continue
        if e - s == 1 and len(borne.get(word, ())) == 1:
            r.add(borne[word][0], s, e, "name")
            r.heads.setdefault(e - 1, borne[word][0])
            continue
        while r.observe is None and s > 0 and initials(cols.text[s - 1]) and s - 1 not in r.covered:
            s -= 1  # ("W.A. Premadasa died on Sunday. He ...": the initials are the name's; initials.py)
        if e - s > 1 and (same := named.get(_key(r.doc, s, e))) is not None:  # (keyed as the clusters are)
            r.add(same, s, e, "name")
            r.heads.setdefault(e - 1, same)
            continue
        c = by_word.get(word)
        if c is None:
            c = by_word[word] = _Cluster(key=(word,), latent=True)
        h = e - 1
        c.mentions.append(_Mention(cols.idx[s], cols.idx[h] + len(cols.text[h]), "name", h, r.sent_of[h], _role_weight(toks[h])))
        out[h] = c
        if r.observe is None and not c.doer and _doer(toks[h]):
            c.doer = True
    return out


def materialize(r: "_Resolver", c: _Cluster, recent, at: int) -> None:
    """A latent name a pronoun was resolved to becomes a cluster of the document, with every
    occurrence of it a mention (and, before the pronoun, a candidate from now on)."""
    c.latent = False
    c.materialized = True
    r.clusters.append(c)
    pending, c.mentions = c.mentions, []
    for m in pending:
        s = m.head
        while s > 0 and r.doc[s - 1].idx >= m.start:
            s -= 1
        r.add(c, s, m.head + 1, "name", head=m.head)
        r.heads.setdefault(m.head, c)
        if m.head < at:
            recent.append((m.head, m.sent, m.weight, c))
    recent.sort(key=lambda e: e[0])
