"""Type and gender evidence from the nouns next to a name, read once names are clustered:
role nouns compounded or apposed to it ("husband John Legend", "popstar Legend", "Ava, their
daughter"), the kin noun whose "of" names it ("the son of Louis Mousseau"), a marrying verb's
subject or object, a "whose" kin clause after it. Split out of ``builder`` (pass 2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.extractors.entities.common import subjects_kin
from dateline.extractors.entities.kinwords import joined_to_plural_kin
from dateline.extractors.entities.lexicon import W_PERSON_NOUN
from dateline.extractors.entities.lifespan import in_law as _in_law
from dateline.extractors.entities.namedhere import across_semicolon
from dateline.extractors.entities.setoff import apposed_to_of_noun
from dateline.extractors.entities.syntax import (
    _across_paragraph,
    _runs_on,
    coupled_title,
    group_before,
    kin_read_as_verb,
    own_description,
)

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.lexicon import Lexicon


_FOUNDING = frozenset({"found", "co-found", "cofound", "establish"})


def _founding(tok: Token) -> bool:
    """'The firm was founded in 1958 by Mr Goh's father, the late Goh Boon Kiat', 'Ann Roe
    founded the bakery': the name (or the noun it is apposed to) founds something."""
    # (an apposition right after its noun: "father, the late X", not a name the parser hung on
    # the noun past a clause, "father, ..., who named it after his mother, Tan Soon Neo")
    t = tok.head if tok.dep_ == "appos" and 0 < tok.left_edge.i - tok.head.i <= 2 else tok
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return t.head.head.lemma_.lower() in _FOUNDING
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in _FOUNDING and any(c.dep_ == "dobj" for c in t.head.children)


_APPOINTING = frozenset({"appoint", "name", "install", "instal", "elect", "choose", "hire", "select", "confirm", "promote", "make"})


def appointed_post(tok: Token, lex: "Lexicon") -> str | None:
    """'installed Andrew Pellow as chairman', 'Ann Roe was elected treasurer', 'who becomes
    vice-chairman', 'installed X as Master': the post the name is given, else None."""
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _APPOINTING:
        posts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
        posts += [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ == "NOUN"]
    elif tok.dep_ == "nsubj" and verb.lemma_.lower() == "become":
        posts = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    else:
        return None
    posts = [p for p in posts if (p.is_lower or p.lower_ in lex.role_heads) and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in p.children)]
    if len(posts) != 1:
        return None
    # the post's words ("group managing director"), for a later "the new managing director"
    mods = [c.lower_ for c in posts[0].children if c.dep_ in ("compound", "amod") and c.i < posts[0].i]
    return " ".join([*mods, posts[0].lemma_.lower()])


def turned_an_age(tok: Token, lex: "Lexicon") -> bool:
    """The name (or the person's noun it is apposed to) is the subject of "turned" with a number of
    years: "Toivo Salo turned 94 on Tuesday" (not "The firm's supply launch, the Mei Ling, turns 40")."""
    noun = tok.head.lemma_.lower()
    if tok.dep_ == "appos" and (noun in lex.things or noun in lex.animal_nouns or noun in lex.group_nouns or noun in lex.org_nouns
                                or tok.left_edge.lower_ == "the"):
        return False
    t = tok.head if tok.dep_ == "appos" else tok
    verb = t.head
    return t.dep_ == "nsubj" and verb.lemma_.lower() == "turn" and any(
        c.dep_ in ("dobj", "attr", "oprd", "npadvmod", "acomp") and c.like_num and c.text.isdigit() and 0 < int(c.text) < 125
        and not any(g.lower_ in ("percent", "%") for g in c.children) for c in verb.children)


def name_evidence(b: "_Builder") -> None:
    """Role nouns compounded or apposed to a name ("husband John Legend", "popstar
    Legend", "Ava, their daughter"): a person, of that gender when the noun has one."""
    lex = b.lex
    heads = b._cols.head  # (``tok.head`` makes a new Token on each read)
    for i, cluster in list(b.covered.items()):
        tok = b.toks[i]
        if b.observe is None and 0 < i < len(b.doc) - 1 and b.toks[i - 1].text == "(" and b.toks[i + 1].text == ")":
            continue  # "sons Mark (Lisa) and Paul": an obituary's bracketed spouse, none of the sons
        if b.observe is None and _founding(tok):
            cluster.root().roles.add("founder")  # for a later "the founder" (in extraction only)
        if b.observe is None and (post := appointed_post(tok, lex)) is not None:
            cluster.root().roles.add(post)  # for a later "the new chairman" (in extraction only)
        if b.observe is None and turned_an_age(tok, lex):
            cluster.root().votes["PERSON"] += W_PERSON_NOUN  # ("The society's oldest member, Toivo Salo, turned 94")
        nouns = []
        own = False
        h = heads[i]
        head_cluster = b.covered.get(h)
        if h == i or head_cluster is None or head_cluster.root() is not cluster.root():
            nouns = [c for c in tok.children if c.dep_ in ("compound", "appos", "amod") and c.i not in b.covered
                     # (not "Born on Gull Rock, the son of a keeper, he": the subject's, at extraction)
                     and not (b.observe is None and c.dep_ == "appos" and subjects_kin(c))
                     # (nor "Tahlia Nguyen, 19, whose father, Tuan Nguyen": the relative's, at extraction)
                     and not (b.observe is None and any(g.lower_ == "whose" for g in c.children))
                     # (nor "four children: Sreymom; her twin brother, Visal": past a semicolon, the
                     # next item's noun, whose own name follows it; at extraction)
                     and not (b.observe is None and c.dep_ == "appos" and across_semicolon(c, tok))]
            # "two sons - Kofi, 6, and Leo, 3": every conjunct is apposed to the noun; but
            # "her husband, Callum Raman, ..., and their three children, Anika": the climb
            # stops at a noun of its own, which is the one apposed.
            first = tok
            while first.dep_ == "conj" and first.head is not first and (first.head.i in b.covered or first.head.text[:1].isupper()):
                first = first.head
            # ... a person in the list, but not of the noun's gender when the conjunct has a
            # description of its own ("twin boys Rory and Finn, and the youngest, Maeve")
            own = first is not tok and own_description(tok)
            if first.dep_ == "conj" and first.head.tag_ in ("NN", "NNS") and first.head.i == first.i - 2 and b.toks[first.i - 1].text == ",":
                nouns.append(first.head)
            elif first.dep_ == "appos" and first.head.i not in b.covered and not _across_paragraph(first) \
                    and not group_before(first, lex) and not (b.observe is None and across_semicolon(first, first.head)) \
                    and not (b.observe is None and (apposed_to_of_noun(first.head, first, lex) or joined_to_plural_kin(first.head, lex))) \
                    and not (b.observe is None and first is not tok and first.head.tag_ == "NN"):
                # (not "the grandson of the founder, Alasdair Dunbar": the founder's name; nor, at
                # extraction, a singular noun's for a later conjunct: "Otar's nephew, Dato, and Levan")
                nouns.append(first.head)
            if b.observe is None and first is not tok:
                # "run by brothers Kemar and Rohan Ellis": a plural kin noun the parser made the
                # first name's compound is every conjunct's (in extraction only)
                nouns += [c for c in first.children if c.dep_ == "compound" and c.tag_ == "NNS" and c.i < first.i
                          and c.i not in b.covered and c.lemma_.lower() in lex.kin_kinds]
            # "twins Lachie and Mia, 12": a plural kin noun the tagger took for a verb
            # (in extraction only, as the ranker's training reads none of it)
            if b.observe is None and first.i > 0 and first.head.i == first.i - 1 and kin_read_as_verb(first.head, lex):
                nouns.append(first.head)
        # The noun right before a name is its apposition whatever the parse says
        # ("she and husband Tomas Reyes" parsed as a coordination).
        # Not when the noun heads a phrase of its own ("the first child Teigen had").
        prev = b.toks[i - 1] if i > 0 else None
        if prev is not None and prev.i not in b.covered and (prev.tag_ == "NN" or prev.lower_ in lex.occupations):
            if (prev.dep_ in ("compound", "conj", "appos", "nmod", "amod", "dep") or _in_law(prev)) and all(n.i != prev.i for n in nouns):
                nouns.append(prev)
        # "her husband of 52 years, Peter Lane": the name after the comma is apposed to the
        # noun phrase before it, even when the parser hangs it elsewhere.
        # (and "her husband of four years, Dr. Tobias Brandt", a title between; in extraction
        # only, as the ranker's training reads none of it)
        j = i - 1 if b.observe is None and i > 2 and b.toks[i - 1].lower_ in lex.titles and (i - 1) not in b.covered else i
        # ("our founder, the late Kirpal Singh Hayer": the parser may hang the name elsewhere)
        if b.observe is None and j > 3 and b.toks[j - 1].lower_ == "late" and b.toks[j - 2].lower_ == "the":
            j -= 2
        if j > 1 and b.toks[j - 1].text == "," and b.toks[j - 2].i not in b.covered:
            t = b.toks[j - 2]
            # (not from "a walking club, The Saturday Ramblers" up to "the historian of")
            # (nor from "the grandson of the founder, Alexander Lennox" up to the grandson: the
            # name is the founder's, a person's noun of its own; at extraction only)
            while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i < t.i \
                    and t.lemma_.lower() not in lex.group_nouns and t.lemma_.lower() not in lex.org_nouns \
                    and not (b.observe is None and (t.lemma_.lower() in lex.person_or_gendered or t.lemma_.lower() in lex.role_heads
                                                    # (nor from "the wife of the band's arranger, Dexter Pierre":
                                                    # a possessed noun is a phrase of its own)
                                                    or any(c.dep_ == "poss" for c in t.children))):
                t = t.head.head
            if (
                t.tag_ == "NN"
                and t.i not in b.covered
                and any(ch.dep_ in ("poss", "det") for ch in t.children)
                and all(n.i != t.i for n in nouns)
            ):
                nouns.append(t)
        # "the son of Louis Mousseau (and Anne Roy)": whose son someone is, is a person
        if h != i and (head_cluster is None or head_cluster.root() is not cluster.root()):
            first = tok
            while first.dep_ == "conj" and first.head is not first:
                first = first.head
            if first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in lex.relative_nouns:
                cluster.root().votes["PERSON"] += W_PERSON_NOUN
        # "Manon Bellot married ...", "is married to Alexandra Colen": who marries and whom
        # are people, though spaCy tags many such names ORG
        if h != i and (head_cluster is None or head_cluster.root() is not cluster.root()):
            t = tok.head if tok.dep_ == "appos" else tok  # "married the architect Jacques Blondel"
            gov = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "to" else (
                t.head if t.dep_ in ("dobj", "nsubj", "nsubjpass") else None)
            if gov is not None and (gov.lemma_.lower() in lex.partner_words or (
                    # ("Yamila Quintana Lazo, a quality inspector, is married to Reinier Fonseca", at extraction only)
                    b.observe is None and t.dep_ == "nsubj" and gov.lemma_ == "be" and any(
                        c.dep_ == "acomp" and c.lower_ in lex.partner_words for c in gov.children))):
                cluster.root().votes["PERSON"] += W_PERSON_NOUN
        # "Sadie's grandfather, Olaf": only a person has a grandfather (not "Halden's parent
        # company", whose kin word is a compound; in extraction only)
        if b.observe is None and tok.dep_ == "poss" and tok.head.tag_ in ("NN", "NNS") and tok.head.dep_ != "compound" \
                and tok.head.lemma_.lower() in lex.relative_nouns and (head_cluster is None or head_cluster.root() is not cluster.root()):
            cluster.root().votes["PERSON"] += W_PERSON_NOUN
        # "bought by T. Anbu, whose mother, ...": only a person has a mother
        # (not a place a job is done in: "a thread maker in Sutrapur, whose father": the maker's)
        if b.observe is None and i + 3 < len(b.doc) and (i + 1 not in b.covered or b.covered[i + 1].root() is not cluster.root()) \
                and b.toks[i + 1].text == "," and b.toks[i + 2].lower_ == "whose" and b.toks[i + 3].lower_ in lex.kin_kinds \
                and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from") and tok.head.head.pos_ == "NOUN"):
            cluster.root().votes["PERSON"] += W_PERSON_NOUN
        for n in nouns:
            if _runs_on(b.doc, n.i, i):
                continue  # "Harbour One's breakfast presenter", "a spokeswoman for Harbour One"
            if b.observe is None and coupled_title(n, lex.titles):
                continue  # "Mr and Mrs Kostas Papadakis": the second title is the couple's
            w = n.lemma_.lower() if n.tag_ == "NNS" else n.lower_[:-1] if b.observe is None and kin_read_as_verb(n, lex) else n.lower_
            if b.observe is None and n.tag_ == "NNS" and "&" in cluster.root().key:
                continue  # ("the auctioneers Bromley & Tudor": a plural trade before a firm's name)
            if _in_law(n):
                w = _in_law(n)
            elif n.i + 3 < len(b.doc) and b.toks[n.i + 2].lower_ == "in" and b.toks[n.i + 3].lower_ in ("-", "law"):
                continue  # the 'son' of 'son-in-law' is nobody's son
            # (any person's trade, "Tomasz Nowak, a surveyor with ...", in extraction only)
            if w in lex.person_nouns or w in lex.gendered or (
                    b.observe is None and w in lex.trades and not cluster.root().votes["ORG_KEYWORD"] and "&" not in cluster.root().key):
                c = cluster.root()
                c.roles.add(w)
                c.votes["PERSON"] += W_PERSON_NOUN
                if w in lex.gendered and not (own and n.i < tok.i):
                    c.genders[lex.gendered[w]] += 1
