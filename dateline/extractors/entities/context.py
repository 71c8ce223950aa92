"""Type evidence from the words around a name, read once names are clustered: what the text
itself says a name is, where a name's shape or spaCy's label would make it a person.

- a noun for a group, a vessel or a work apposed to it or right before it ("Hollis Grey, the
  folk band from Brackmoor", "his band Copperhead Lane", "the trawler Girl Merryn", "the cookery
  show Kitchen Rivals"), even when the name opens with an honorific ("the boat, the Miss Lula");
- a plural verb after it as a subject ("Hollis Grey have won", "Hollis Grey begin a tour"):
  British news writes a band or a club in the plural, never one person;
- a side met or beaten by a club ("Ashcombe will meet either Harlow Dene or St Aldric's");
- where one joined an organisation from ("joined Ashcombe Athletic from Wrexley Vale");
- "the" right before it, heading its own phrase ("The Kittiwake had belonged to ..."): no
  personal name takes an article;
- a saint's name in the possessive with no noun after it ("St Aldric's in the final"): a
  church, school or club called after the saint;
- the object of "aboard" ("aboard Morwen Grace");
- what one holds a workplace post of ("chief executive of Laurentian Mutual");
- a workplace post between it and a person's name ("Calder Point partner Yusuf Amari", "her
  Harbour One co-host, Gareth Lowe"): English ties a person to a person with a possessive;
- a last word no personal name has, a numeral ("Harbour One", "Radio 4"), or a number right
  after it before a post ("Teamsters Local 957 spokesman Ray Ochoa").

Each kind of evidence counts once per cluster, as ORG votes (a person's own evidence, a
title, an age, a kin noun, still competes). A vessel is then a named thing, typed like a
product: neither a person nor an organisation that "the club" could mean.

- what one works for as a post ("works for Sasol as a chemical engineer");
- what the text says it is called as ("Annapurna Dabba Seva, as the business has been called
  since 1979")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.extractors.entities.businessnames import names_a_business_noun, set_off_after_kind, suffixed
from dateline.extractors.entities.common import mid_capitals
from dateline.extractors.entities.kinnames import _kin_list_item, given_a_post
from dateline.extractors.entities.knownthings import apposed_pet_name
from dateline.extractors.entities.lexicon import W_CONTEXT_ORG, W_PERSON_NOUN
from dateline.extractors.entities.mastheads import paper_name
from dateline.extractors.entities.nameclauses import _misattached, _plural_subject, _trade_house, which_object
from dateline.extractors.entities.nameshapes import APPOINTING, appoints_as_its
from dateline.extractors.entities.orgsides import (
    _closing_number,
    _conj_top,
    _contest_side,
    _joined_from,
    _joined_to,
    _numbered_names,
    apposed_side,
    namesake_firm,
    scored_side,
)
from dateline.extractors.entities.personal import person_evidence
from dateline.extractors.entities.placeuses import headline_modifier, written_as_place
from dateline.extractors.entities.syntax import _possessive
from dateline.extractors.entities.things import (
    TEAM_VERBS,
    _apposed_land,
    _second_object,
    animal_kin,
    apposed_animal,
    apposed_machine,
    called_animal,
    headed_by_post,
    named_vessel,
)
from dateline.extractors.entities.thingwords import (
    animal_words_before,
    apposed_animal_words,
    called_thing_before,
    craft_words_before,
    sold_as_before,
)
from dateline.extractors.entities.vessels import _modifies, _name_runs_on, _vessel, work_predicate
from dateline.extractors.entities.workposts import _held_at, _post_of, _staff_at, member_of_named_body
from dateline.nlp import char_tokens, columns, text_of, tokens_in, tokens_of, where_in

_LOWER_WORD = re.compile(r"[a-z][a-z-]*|-")

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder

# ", as the business has been called", ", as the shop is known" (facts/orgs.py reads it too)
CALLED_SO = re.compile(r",\s+as\s+the\s+(\w+)\s+(?:(?:is|was|has|had|have)\s+)?(?:(?:been|now|since|always|long)\s+)*(?:called|known|named)\b")


def context_evidence(b: "_Builder") -> None:
    person_evidence(b)
    doc = b.doc
    toks = tokens_of(doc)
    roots = {id(c.root()): c.root() for c in b.clusters}.values()
    surnames = {c.key[-1] for c in roots if len(c.key) > 1 and c.is_person_like()}
    # The words with a group noun apposed, or a relative clause: only there can the two tests
    # below hold, which otherwise walk every name's children and conjuncts through Tokens.
    cols = columns(doc)
    heads, lemma = cols.head, cols.lemma_lower
    grouped = {heads[k] for k in tokens_in(doc, "dep", ("appos",)) if lemma[k] in b.lex.group_nouns}
    clauses = {heads[k] for k in tokens_in(doc, "dep", ("relcl",))}
    # (where each word stands, for the one-word animal check below: read at extraction only,
    # and only of the words a one-word name is keyed by)
    asked = {c.key[0] for c in roots if len(c.key) == 1} if b.observe is None else set()
    by_word: dict[str, list[int]] = where_in(b.doc, "lower") if asked else {}
    text = text_of(b.doc)
    for c in roots:
        if c.platform:
            continue
        reasons: set[str] = set()
        vessel = False
        for m in c.mentions:
            if m.kind in ("name", "firstname", "surname"):
                reasons |= _name_shape_reasons(b, c, m.start, m.end)
            if m.kind not in ("name", "title"):
                continue  # ("the family boat, the Miss Lula": an honorific opens a vessel's name too)
            h = m.head
            s = h
            while s > 0 and toks[s - 1].idx >= m.start:
                s -= 1
            here = _reasons(b, s, h + 1, surnames)
            reasons |= here
            vessel = vessel or "vessel" in here
            if grouped and any(ch.dep_ == "appos" and ch.lemma_.lower() in b.lex.group_nouns and _family_group(ch, b.lex)
                               for t in (toks[h], *toks[h].conjuncts) for ch in t.children):
                # "Anil and Reena Dutta, a husband-and-wife team": the team noun's vote for an
                # organisation is outweighed, they are people
                c.votes["PERSON"] += W_PERSON_NOUN
        if b.observe is None and not vessel and len(c.key) == 1 and any(
                _vessel(b, i, i + 1) for i in by_word.get(c.key[0], ()) if i not in b.covered and not _name_runs_on(toks, i)):
            # "won by Dean Morrow's kelpie, Banjo, who is six. ... said Banjo had never ...": the
            # parser took the apposed one for a place, so no mention covers the word the animal
            # noun stands by, but it is the same one-word name (not the first word of a longer
            # one: "his wife, Lorna ... his own boat, the Lorna P" is a boat named after her)
            reasons.add("vessel")
            vessel = True
        if b.observe is None and not vessel and any(apposed_animal_words(text, m.end, b.lex) or animal_words_before(text, m.start, b.lex)
                                                    for m in c.mentions if m.kind == "name"):
            reasons.add("vessel")  # ("Queenie, the riding club's grey mare,": at extraction only)
            vessel = True
        if b.observe is None and not vessel and len(c.key) == 1 and not (c.genders or c.ages or c.votes["SHAPE"]) \
                and not any(m.kind == "title" for m in c.mentions) and written_as_place(toks, by_word.get(c.key[0], []), b.lex) \
                and not any(_kin_list_item(toks[m.head], b.lex.person_or_gendered, after_colon=True) for m in c.mentions if m.kind == "name"):
            # (not an item of a kin list the parser hung on a place: "three children: Dafydd, a vet
            # in Lampeter; Lowri; and Nia")
            reasons.add("place")  # ("brought it to Mauritius, where it produced", "his hometown Oulu": placeuses.py)
        names = [m for m in c.mentions if m.kind == "name"]
        if b.observe is None and len(c.key) == 1 and names and (all(_plural_modifier(toks[m.head], b.lex) for m in names)
                                                               or all(headline_modifier(toks[m.head], b.lex) for m in names)):
            reasons.add("modifier")  # ("peaked at number 37 on the Billboard charts", written only so)

        if b.observe is None and not vessel and len(names) == 1 and work_predicate(toks[names[0].head], b.lex):
            # "Jedi Quest is an eleven-book series written by ...", written once (not "Devi -
            # Chandragupta is a drama" whose name is also a person's of the play)
            reasons.add("work")
        # (not "The shop's head cutter, Albert Sacarello, 63": a job's holder with an age of his own)
        crafted = b.observe is None and not vessel and not c.ages and any(
            craft_words_before(text, m.start, b.lex) or called_thing_before(text, m.start, b.lex) or sold_as_before(text, m.start)
            for m in c.mentions if m.kind in ("name", "title"))
        if crafted:
            reasons.add("vessel")  # ("the quarry's narrow-gauge locomotive, Lady Madryn, built in 1921")
            vessel = True
        if b.observe is None and not vessel and "of_named" not in reasons and any(_who_lives(ch, b.lex) for m in c.mentions if m.kind in ("name", "firstname", "surname")
                                     and m.head in clauses for ch in doc[m.head].children):
            # "and Martin, who died in 1998", "Ngaio, who is twenty-eight": whoever dies,
            # marries or has an age is a person (in extraction only: the ranker's model stays
            # what GAP alone builds); not of a named animal, which has an age too ("his kelpie,
            # Banjo, who is six")
            c.votes["PERSON"] += W_PERSON_NOUN
        if b.observe is None and not vessel and c.votes["SHAPE"] and any(
                _appointed_as(doc[m.head], b.lex) for m in c.mentions if m.kind == "name"):
            # "Halden Systems has appointed Clare Dobbs as finance director": a post given to a
            # name of a person's shape (extraction only)
            c.votes["PERSON"] += W_PERSON_NOUN
        if b.observe is None and not vessel and c.votes["SHAPE"] and not c.votes["ORG_KEYWORD"] and any(
                member_of_named_body(b, m.head + 1)
                for m in c.mentions if m.kind == "name"):
            # "won by Kadri Tamm of the Otepää Ski Club", the name tagged an organisation (extraction only)
            c.votes["PERSON"] += W_PERSON_NOUN
        if b.observe is None and not vessel and c.votes["SHAPE"] and any(
                given_a_post(doc[m.head], b.lex) for m in c.mentions if m.kind == "name"):
            # "Our new catering manager is Declan Rafferty", tagged an organisation
            c.votes["PERSON"] += W_PERSON_NOUN
        # a vessel or a work counts twice: it outweighs the honorific its name may open with
        # ("the trawler Lady Morwenna"), which alone is a person's evidence
        c.votes["ORG"] += W_CONTEXT_ORG * (len(reasons) + vessel)
        c.votes["CONTEXT"] += len(reasons)  # (the ranker's candidates read it: ranker.candidates)
        if b.observe is None and vessel and any(apposed_animal(toks[m.head], b.lex) or called_animal(toks[m.head], b.lex) or animal_kin(toks[m.head], b.lex)
                                                or apposed_machine(toks[m.head], b.lex) or animal_words_before(text, m.start, b.lex)
                                                for m in c.mentions if m.kind in ("name", "title")):
            c.platform = c.animal = True  # "Mrs Tiggs, a cocker spaniel": her honorific and "her" are the dog's
        elif b.observe is None and vessel and not c.ages and (crafted or any(
                named_vessel(toks[m.head], b.lex) for m in c.mentions if m.kind in ("name", "title"))):
            # "the committee boat, Mr. Fitz": a craft, whatever its honorific says (not one with
            # an age: "Morwenna, 61")
            c.platform = c.craft = True
        elif b.observe is None and vessel and any(apposed_pet_name(toks[m.head], b.lex) for m in c.mentions if m.kind in ("name", "title")):
            c.craft = True  # ("Miss Maud, a 1961 bandsaw": a tool the text may call she)
        if "numeral" in reasons and b.observe is None and not c.is_person_like():
            _numbered_names(b, c)
        if vessel and not c.is_person_like():
            # a named thing, like a product: no person, and no organisation "the club" or
            # "the commission" could mean
            c.platform = True


# the posts a firm is given too ("appointed Grant Thornton as auditor")
_FIRMS_POSTS = frozenset({"auditor", "auditors", "adviser", "advisor", "advisers", "broker", "sponsor", "partner", "supplier",
                          "contractor", "bidder", "consultant", "consultants", "agent", "registrar", "trustee", "administrator",
                          "administrators", "receiver", "receivers", "liquidator", "liquidators", "insurer", "provider", "operator"})


def _plural_modifier(tok: Token, lex) -> bool:
    """'the Billboard charts', 'the Grammy nominations': a one-word name as the modifier of a
    plural common noun after "the" names what the things are of, not a person (not 'the Hale
    sisters', 'the Kennedy brothers' or 'the Obama staffers': kin, group and person nouns)."""
    noun = tok.head
    if tok.dep_ != "compound" or noun.i <= tok.i or noun.tag_ != "NNS" or not noun.is_lower:
        return False
    low = noun.lemma_.lower()
    if low in lex.person_words or low in lex.kin_kinds or low in lex.group_nouns or low in lex.family_nouns:
        return False
    return any(ch.dep_ == "det" and ch.lower_ == "the" for ch in noun.children)


def _appointed_as(name: Token, lex) -> bool:
    """The name is the object of an appointing verb whose "as" names a person's post."""
    verb = name.head
    if name.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTING:
        return False
    posts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(p.text.islower() and p.lower_ not in _FIRMS_POSTS and (p.lower_ in lex.role_heads or p.lower_ in lex.trades)
               for p in posts)


def _who_lives(clause: Token, lex) -> bool:
    """A relative clause on a name, with "who" as its subject, that only a person's life
    fits: a life verb, also as a later verb of the clause ("Paddy Roche, who stroked the
    first crew in 1958 and died on Thursday"), or an age as what the name is ("Ngaio, who is
    twenty-eight", "Ella, who is fourteen", which the parser may call a complement; not "who is
    one of the founders"), or kin said or denied ("who is not related to"). British news writes "who" of a club
    too ("Harwood Town, who won"), so "who" alone says nothing."""
    if clause.dep_ != "relcl" or not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in clause.children):
        return False
    if any(v.lemma_.lower() in lex.life_verbs for v in (clause, *clause.conjuncts)):
        return True
    if clause.lower_ in ("related", "unrelated"):
        return True  # ("owned by Tomasi Kata, who is not related to the band's founders": kin is a person's)
    return clause.lemma_ == "be" and any(
        g.dep_ in ("attr", "acomp") and g.tag_ == "CD" and not any(x.dep_ == "prep" for x in g.children) for g in clause.children)


def _reasons(b: "_Builder", s: int, e: int, surnames: set[str]) -> set[str]:
    doc, lex = b.doc, b.lex
    toks = tokens_of(doc)
    cols = columns(doc)
    c_idx, c_low, c_text = cols.idx, cols.lower, cols.text
    head = toks[e - 1]
    out: set[str] = set()
    kinds = lex.group_nouns
    # "Hollis Grey, the five-piece folk band" / "his band Copperhead Lane" / "Drovers' Wives, the
    # band" (a possessive first word the tagger took alone: the band is apposed to the whole name)
    owned = head.dep_ == "poss" and head.head.i == e + 1 and head.head.text[:1].isupper() and head.head.tag_ in ("NNS", "NNPS", "NNP")
    if b.observe is None and owned and c_text[e] in ("'", "’") and head.head.tag_ == "NNS" and head.head.is_alpha:
        out.add("owned_plural")  # "Drovers' Wives will play": a plural owner before a capitalised plural noun is a name's first half
    # (and the name's first word, where the parser made the rest its conjunct: "Garrow & Lusk, a
    # haulage firm" hangs the firm on "Garrow")
    # (both at extraction only: the ranker's training reads neither)
    first = head.head if b.observe is None and head.dep_ == "conj" and s <= head.head.i < head.i else None
    owned = owned and b.observe is None
    # (and the capitalised word the name is the compound of, where the name stops short of it:
    # "Shwe Hinthar Lacquerware, one of the oldest workshops", the mention "Shwe Hinthar")
    tail = head.head if b.observe is None and head.dep_ == "compound" and head.head.i == e and c_text[e][:1].isupper() else None
    for ch in (*head.children, *(head.head.children if owned else ()), *(first.children if first is not None else ()),
               *(tail.children if tail is not None else ())):
        if (ch.dep_ == "appos" and ch.i > head.i and ch.tag_ == "NN" and ch.lemma_.lower() in kinds and ch.i not in b.covered
                and not _family_group(ch, lex) and not _runs_on_to_noun(ch)):
            out.add("apposed")
        elif b.observe is None and ch.dep_ == "appos" and ch.i > head.i and _trade_house(ch):
            out.add("apposed")  # ("Batik Mak Zainab, the hand-drawn batik house": a trade's house is a firm)
        elif b.observe is None and ch.dep_ == "appos" and ch.i > head.i and _one_of_kind(ch, kinds):
            out.add("apposed")  # ("Shwe Hinthar Lacquerware, one of the oldest workshops in the village")
    if b.observe is None and head.dep_ == "appos" and head.head.dep_ == "pobj" and head.head.head.lower_ in ("in", "at", "near") \
            and head.head.head.head.tag_ == "NN" and head.head.head.head.lemma_.lower() in kinds and head.head.i < s:
        out.add("apposed")  # ("runs a travel agency in Casablanca, Atlas Horizons, which": the agency's name, past its place)
    if b.observe is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.tag_ == "NN" \
            and head.head.head.lemma_.lower() in kinds and any(ch.lower_ == "own" for ch in head.children) and c_text[s - 1] == ",":
        out.add("apposed")  # ("he opened a workshop of his own, Abrahamyan Duduk,": the parser hangs the name on "own")
    if (head.dep_ == "appos" and head.head.tag_ == "NN" and head.head.lemma_.lower() in kinds and not _misattached(head.head, lex)
            and (b.observe is not None or s - head.head.i <= 3)):
        # (at extraction only, the group noun right before: "The firm was founded in 1961 by
        # Avril's father-in-law, the late Cyril Pennock" hangs the name on "firm" by mistake)
        out.add("apposed")
    if b.observe is None and suffixed(toks, e, lex):
        out.add("suffixed")  # ("Bloembollenkwekerij Van der Berg BV", the suffix left out of the name)
    if b.observe is None and names_a_business_noun(toks, s, e, lex):
        out.add("business_modifier")  # "the Glen Avie distillery", "the Balmacree distillery"
    if b.observe is None and (paper := paper_name(doc)) is not None and c_idx[s] >= paper[0] and c_idx[e - 1] < paper[1]:
        out.add("masthead")  # "Overberg Courier | Community News": the paper
    prev = toks[s - 1] if s > 0 else None
    if b.observe is None and prev is not None and prev.text == "," and s >= 2 and set_off_after_kind(toks, s, e, kinds):
        out.add("apposed")  # ("manages the estate's restaurant, Die Ou Pastorie.": no apposition parsed)
    if (
        prev is not None
        and prev.text.islower()
        and prev.lower_ in kinds
        and prev.i not in b.covered
        # (at extraction only, a parse broken at the name: "a piper with the folk group Os Lamas,
        # which ..." made "Lamas" a root of its own)
        and (_modifies(prev, s, e) or (b.observe is None and toks[s].is_sent_start and prev.whitespace_ == " " and "\n" not in prev.text))
    ):
        out.add("apposed")
    # (in extraction only, not across a line: "— Ann Roe, Chief Executive\n\nBill and Rita Oakes
    # have", a parse run on from a signature over a heading)
    if _plural_subject(head, b.observe is None) and (b.observe is not None or "\n" not in text_of(doc)[head.idx : head.head.idx]):
        out.add("plural")
    if _contest_side(b, head) or apposed_side(b, head, s):
        out.add("contest")
    if b.observe is None and scored_side(b, head, e):
        # (a score counts twice, as a vessel does: it outweighs a title the side's name opens
        # with, "beat Prince Albert 7-5")
        out |= {"contest", "score"}
    if b.observe is None and appoints_as_its(head):
        out.add("appointer")  # "Pedro Estate has appointed Lakshmi Murugesu as its superintendent"
    if b.observe is None and head.dep_ == "dobj" and head.head.lemma_.lower() in ("open", "reopen", "run") and _opened_by_someone(b, head):
        # "When Tran Van Minh opened Pho Saigon Ngon in 1995", "who has run Wyss Alphornbau since
        # 1990": nobody opens or runs a person
        out.add("opened")
    if b.observe is None and head.dep_ == "dobj" and head.head.lemma_.lower() in TEAM_VERBS:
        out.add("contest")  # "Ronald Harrington, who captained La Querencia": a team
    if b.observe is None and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.i == s - 1 and s > 1 and head.head.head.i == s - 2 \
            and toks[s - 2].pos_ == "PROPN" and (s - 2) in b.covered:
        out.add("of_named")  # "Ravi and Sunita Mistry of Marsden Invicta": where the named ones belong, a club or a place
    if _joined_from(b, head):
        out.add("joined_from")
    if b.observe is None and _joined_to(b, head):
        out.add("joined_to")
    if b.observe is None and head.dep_ == "pobj" and head.head.lower_ == "as" and (head.head.head.lemma_.lower() in lex.trading_verbs or head.head.head.lower_ in lex.trading_verbs):
        out.add("trades_as")  # "now trades as Lund Hartley"
    if b.observe is None and e < len(doc) and (m := CALLED_SO.match(text_of(doc), c_idx[e - 1] + len(toks[e - 1].text))) and m.group(1).lower() in kinds:
        out.add("called_so")  # "Annapurna Dabba Seva, as the business has been called since 1979"
    if b.observe is None and e - s == 1 and head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() == "work" \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in head.head.head.children):
        out.add("works_for")  # "now works for Sasol as a chemical engineer": one works for a firm as a post
    if _after_the(b, s, head, surnames):
        out.add("article")
    if c_low[s] in lex.saint_words and e - s > 1 and e < len(doc) and _possessive(toks[e]):
        nxt = toks[e + 1] if e + 1 < len(doc) else None
        if nxt is None or not (nxt.text[:1].isupper() and nxt.is_alpha):
            out.add("saint")
    if _vessel(b, s, e) and not (b.observe is None and _second_object(head)):
        out.add("vessel")
    if b.observe is None and _apposed_land(head, lex):
        out.add("land")
    if _post_of(b, head):
        out.add("post_of")
    if b.observe is None and _staff_at(b, head):
        out.add("staff_at")
    if b.observe is None and _held_at(toks, e, lex):
        out.add("held_at")
    if b.observe is None and headed_by_post(toks, e, lex):
        out.add("headed_by")  # "Kimani Shuttle, whose proprietor, Grace Kimani"
    if b.observe is None and (_which_clause(head) or which_object(head, lex)):
        out.add("which")  # "Van Wyk Visserye, which holds hake quotas": nobody is a "which"
    if b.observe is None and namesake_firm(toks, s, e):
        out.add("namesake")  # "Lionel Fisk, solicitor, of Fisk Dunmore"
    return out


def _one_of_kind(one: Token, kinds: frozenset[str]) -> bool:
    """'one of the oldest workshops': an apposed 'one of' a plural group noun."""
    return one.lower_ == "one" and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in kinds for o in p.children)
        for p in one.children)


def _opened_by_someone(b: "_Builder", obj: Token) -> bool:
    """The verb whose object the name is has a person for its subject: a name or a he, she, they."""
    subj = next((c for c in obj.head.children if c.dep_ == "nsubj"), None)
    # (or "who" of a clause on a name: "Ueli Wyss, 66, who has run Wyss Alphornbau")
    return subj is not None and subj.i < obj.i and (subj.lower_ in ("he", "she", "they", "i", "we") or subj.i in b.covered
                                                    or (subj.lower_ == "who" and obj.head.dep_ == "relcl" and obj.head.head.i in b.covered))


def _runs_on_to_noun(noun: Token) -> bool:
    """'a former needle-works foreman': a person's noun right after the group word heads the
    phrase, whatever the parser made its head."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.text.islower()


def _which_clause(head: Token) -> bool:
    """A "which" clause on the name. After a name that ends its clause "which" may stand for the
    whole clause ('the prize went to Ann Lowe, which surprised nobody'), so there it counts only
    in the present, as what a firm does or is ('the order went to Okonjo Vance, which builds
    ferries'); on a subject, before its verb, it can stand for nothing but the name."""
    subject = _conj_top(head).dep_ in ("nsubj", "nsubjpass")
    for ch in head.children:
        if ch.dep_ != "relcl" or not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "which" for g in ch.children):
            continue
        present = ch.tag_ in ("VBZ", "VBP") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBZ", "VBP") for a in ch.children)
        if subject or (present and ch.lemma_.lower() != "mean"):
            return True
    return False


def _family_group(noun: Token, lex) -> bool:
    """'a husband-and-wife team', 'the father-and-son duo': a group noun whose modifier is
    kin words names people, not an organisation."""
    doc = noun.doc
    toks = tokens_of(doc)
    return any(toks[i].lower_ in lex.relative_nouns for i in range(noun.left_edge.i, noun.i))


def _name_shape_reasons(b: "_Builder", c, start: int, end: int) -> set[str]:
    """The name as written, whatever the parser made its head: a post and a person's name
    after it, or a numeral as its last word ("Harbour One", also where only "Harbour" was
    taken for a first name)."""
    doc, lex = b.doc, b.lex
    toks = tokens_of(doc)
    cols = columns(doc)
    c_low, c_pos, c_text = cols.lower, cols.pos, cols.text
    bounds = char_tokens(doc, start, end)
    if bounds is None:
        return set()
    s, e = bounds
    key = c.root().key
    # ("Her Harbour One co-host": the mention may stop at "Harbour", the name goes on)
    while e < len(doc) and e - s < len(key) and c_low[e] == key[e - s]:
        e += 1
    out = set()
    if _workplace_before_name(b, s, e):
        out.add("workplace")
    if e - s > 1 and len(key) > 1 and c_low[e - 1] in lex.name_numerals:
        out.add("numeral")
    if b.observe is None and _closing_number(b, e):
        out.add("numeral")
    posts = lex.posts
    if e + 1 < len(doc) and c_text[e].isdigit() and c_low[e + 1] in posts and c_pos[e + 1] == "NOUN" and toks[e].whitespace_:
        # "Teamsters Local 957 spokesman Ray Ochoa", "Studio 9 owner Kim Lau": a number closing
        # the name before a post held there (a person's age takes a comma, "Ochoa, 57"; "Reyes 32
        # years her senior" is no post)
        out.add("numeral")
    return out


def _workplace_before_name(b: "_Builder", s: int, e: int) -> bool:
    """'Calder Point partner Yusuf Amari', 'Her Harbour One co-host, Gareth Lowe', 'Ashcombe
    chairman Neil Fairlie': a name, then at most one lower-case modifier and a workplace post
    (``workplace_posts``: not 'adviser' or 'lawyer', which a person has: 'Trump adviser X'), then
    another name. A person's name is never written so; a one-word name opening a sentence is
    left alone (it is capitalised whatever it is), a longer one ('Harbor Books chief executive
    Lena Fischer called ...') is not."""
    doc, lex = b.doc, b.lex
    toks = tokens_of(doc)
    cols = columns(doc)
    c_ent, c_low, c_pos, c_text = cols.ent_type, cols.lower, cols.pos, cols.text
    if e >= len(doc):
        return False
    if (s == 0 or toks[s].is_sent_start) and e - s < 2 and not (
            # ... unless the text writes it capitalised inside a sentence too ("Daylesford
            # captain Brodie Kerr ... if Daylesford won the flag"; at extraction only)
            b.observe is None and c_low[s] in mid_capitals(doc, b.sent_start_of)):
        return False
    j = e
    # (nouns and adjectives only: "Kelly Rowan and television news anchor X", "Jasin Todd as
    # guitarist, X" list two people)
    while j < len(doc) and j < e + 3 and _LOWER_WORD.fullmatch(c_text[j]) and (c_pos[j] in ("NOUN", "ADJ") or c_text[j] == "-"):
        j += 1
    if j == e or j >= len(doc):
        return False
    post = c_low[j - 1]
    if post not in lex.workplace_posts or c_pos[j - 1] != "NOUN":
        return False
    k = j + 1 if c_text[j] == "," else j
    if k >= len(doc) or not c_text[k][:1].isupper() or c_ent[k] not in ("PERSON", ""):
        return False
    other = b.covered.get(k)
    own = b.covered.get(s)
    return other is not None and own is not None and other.root() is not own.root()


def _after_the(b: "_Builder", s: int, head: Token, surnames: set[str]) -> bool:
    """'The Kittiwake had belonged to ...', 'when the 28ft Kittiwake went over': an article
    before a name that heads its own phrase (not "the Hale family"), and not a family named in
    the plural ("the Ashworths")."""
    doc = b.doc
    toks = tokens_of(doc)
    k = s - 1
    while k >= 0 and k > s - 4 and (toks[k].like_num or toks[k].lower_ in b.lex.measure_words):
        k -= 1
    if k < 0 or toks[k].lower_ != "the" or k in b.covered:
        return False
    if head.dep_ == "compound" or head.tag_ == "NNPS":
        return False
    low = head.lower_
    return not (low.endswith("s") and low[:-1] in surnames)
