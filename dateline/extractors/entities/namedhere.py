"""A descriptor named where it stands: "the firm's manager, Ann Roe", "His sister, the actress
Giulia Ferro", "Haruka's husband, the Welsh-born potter Rhys Pritchard", "the man at the wok has
been X", a name after "of 12 years" or an honorific. The cluster the noun names right there, for
``descriptors.descriptor`` and the pronoun pass (moved out of descriptors.py, which had grown past
500 lines)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.setoff import (
    apposed_to_of_noun,
    conjunct_named,
    described_name_after,
    of_noun_named,
    second_subject,
)
from dateline.extractors.entities.syntax import _runs_on, group_before

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# "her husband of four years": how long a tie has lasted
YEAR_WORDS = frozenset({"year", "decade", "month"})


def across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon between the two: a list's next item, never an apposition ("Tunde, 45, the
    company's finance director; Kehinde and Taiwo, twins")."""
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


def _finite_verb_between(noun: Token, name: Token) -> bool:
    """'The firm was founded in 1961 by Avril's father-in-law, the late Cyril Pennock': a verb of
    the clause between the noun and the name, which no apposition spans (at extraction only)."""
    # (the noun the subject of that verb: the parser's slip, not an apposition with a clause in it)
    verbs = [t for t in noun.doc[noun.i + 1 : name.i] if t.pos_ in ("VERB", "AUX")]
    return any(c.i == noun.i and c.dep_ in ("nsubj", "nsubjpass") for v in verbs for c in v.children) or (
        noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in {v.i for v in verbs})


def _named_by_copula(res: "_Resolver", verb: Token, subject: Token) -> Optional[_Cluster]:
    """The person apposed to a copula's complement ("was a hewer, Joseph Rutter"). A bare name
    as the complement ("The pitcher for the Royals was X") is left alone: made salient there,
    its person drew a later "his death" from the article's subject on Re-DocRED. Only a man or a
    woman placed by a phrase is the bare name ("the man at the wok has been Lim Chee Keong")."""
    placed = subject.lemma_.lower() in ("man", "woman") and any(x.dep_ == "prep" for x in subject.children)
    # ("The youngest singer, aged 9, is Ayanda Ngcobo": one picked out, then named; at extraction)
    placed = placed or (res.observe is None and any(x.dep_ == "amod" and (x.tag_ == "JJS" or x.lower_ in ("first", "last", "only"))
                                                    for x in subject.children))
    # ("Her husband is Tomas Perera": a possessed kin noun is the name it is said to be; at extraction)
    placed = placed or (res.observe is None and subject.lower_ in res.lex.relative_nouns and any(x.dep_ == "poss" for x in subject.children))
    for a in verb.children:
        if a.dep_ != "attr":
            continue
        # (the parser may hang the apposed name on the verb: "was a hewer, Joseph Rutter.")
        loose = [c for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.i > a.i and c.pos_ == "PROPN"
                 and verb.doc[a.i + 1].text == "," and c.left_edge.i == a.i + 2]
        for t in (a, *(c for c in a.children if c.dep_ == "appos" and c.i > a.i), *loose):
            c = res.covered.get(t.i)
            if c is not None and c.root().is_person_like() and (t is not a or placed):
                return c.root()
    return None


def _set_off_after_person(res: "_Resolver", tok: Token, ch: Token) -> bool:
    """'sold the firm to his former apprentice, Anaru Tipene': the name set off right after a
    later person's noun is that noun's, however the parser hangs it."""
    k = ch.left_edge.i - 1
    if k < 2 or res.doc[k].text != ",":
        return False
    n = res.doc[k - 1]
    # (not a second description of the same one: "His mother and manager, Gail Reed")
    return n.i > tok.i and n.tag_ in ("NN", "NNS") and n.lemma_.lower() in res.lex.person_or_gendered \
        and not any(t.lower_ == "and" for t in res.doc[tok.i + 1 : n.i])


def _spoken_for(res: "_Resolver", role: Token, ch: Token, body: Optional[Token] = None) -> bool:
    """'A spokeswoman for the association, Dr Elaine Kitto, said', 'A spokeswoman for the El
    Alto municipal government, Carla Ticona': a person's name set off after the body a speaker
    noun speaks for is the speaker's, whether the parser hangs it on the speaker or the body
    (``body``, when the body's own noun is the one asking)."""
    if not res.covered[ch.i].root().is_person_like():
        return False
    k = ch.left_edge.i - 1
    noun = res.doc[k - 1] if k >= 1 and res.doc[k].text == "," else None
    return noun is not None and (body is None or noun.i == body.i) and _speaker_body(res.lex, role, noun)


def _speaker_body(lex, role: Token, noun: Token) -> bool:
    """``noun`` is the common noun of the body a speaker noun ``role`` speaks for ("A spokeswoman
    for the association"): an organisation's noun, not a person's ("the show's new owner")."""
    return role.lemma_.lower() in lex.speaker_nouns and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
        and noun.head.head.i == role.i and noun.text.islower() and noun.lemma_.lower() in lex.org_nouns


def _name_ends_before(res: "_Resolver", ch: Token) -> bool:
    """'The branch secretary of the Millers and Food Workers Union, Kennedy Mwape': the group
    word before the comma ends an organisation's name, to which no person is apposed; the person
    is the post's (at extraction only)."""
    noun = res.doc[ch.left_edge.i - 2]
    hit = res.covered.get(noun.i)
    return res.observe is None and noun.tag_.startswith("NNP") and hit is not None and not hit.root().is_person_like() \
        and res.covered[ch.i].root().is_person_like()


def named_here(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    after = _named_after_years(res, tok)
    if after is not None:
        return after
    lex = res.lex
    personal = res.observe is None and (tok.lemma_.lower() in lex.person_or_gendered or tok.lemma_.lower() in lex.speaker_nouns)
    if res.observe is None and ((owned := conjunct_named(res, tok)) is not None or (owned := of_noun_named(res, tok)) is not None
                                or (owned := described_name_after(res, tok)) is not None):
        return owned
    for ch in tok.children:
        if res.observe is None and ch.dep_ == "appos" and apposed_to_of_noun(tok, ch, lex):
            continue  # "the grandson of the founder, Alexander Lennox": the founder's name
        if res.observe is None and ch.dep_ == "appos" and any(t.lower_ == "whose" for t in res.doc[tok.i + 1 : ch.i]):
            continue  # "The 19-year-old striker, whose father, Dean Price, ...": the father's name
        if res.observe is None and ch.dep_ == "appos" and any(c.dep_ == "conj" and tok.i < c.i < ch.i and any(
                g.dep_ in ("poss", "det") for g in c.children) for c in tok.children):
            continue  # "The chairman and his wife of 37 years, Harriet": the wife's name (at extraction only)
        if ch.dep_ == "appos" and ch.i in res.covered and not _runs_on(res.doc, tok.i, ch.i) \
                and (not group_before(ch, res.lex) or (personal and _spoken_for(res, tok, ch)) or (personal and _name_ends_before(res, ch))) \
                and not (personal and not res.covered[ch.i].root().is_person_like()) \
                and not (res.observe is None and not personal and _spoken_for(res, tok.head.head, ch, tok)) \
                and not (res.observe is None and (across_semicolon(tok, ch) or _finite_verb_between(tok, ch)
                                                   or _set_off_after_person(res, tok, ch))):
            # (not across a semicolon: "Tunde, 45, the company's finance director; Kehinde and Taiwo":
            # the list's next item, at extraction only)
            # ("A spokeswoman for the awards' sponsor, Brindley Bank, said": the bank is
            # apposed to the sponsor, whatever the parse; no spokeswoman is an organisation)
            return res.covered[ch.i].root()
        # "His sister, the actress Giulia Ferro": the name hangs on the second description.
        # (or the rest of a post the parser split off it: "The firm's head stitcher, Muhammad Rafiq")
        if ch.dep_ == "appos" and (ch.lower_ in res.lex.person_nouns or (res.observe is None and ch.i == tok.i + 1 and ch.text.islower() and ch.pos_ in ("NOUN", "PROPN"))):
            for g in ch.children:
                if g.dep_ in ("appos", "compound") and g.i in res.covered and g.i > ch.i:
                    return res.covered[g.i].root()
        # "A spokeswoman for the Marshfield Alliance, Leah Dunmore, said": the parser hangs
        # the name on the organisation, which no person is apposed to.
        if ch.dep_ == "prep" and ch.lower_ in ("for", "of", "at", "with"):
            for g in ch.children:
                org = res.covered.get(g.i) if g.dep_ == "pobj" else None
                if (org is None and not (personal and _speaker_body(lex, tok, g))) or (org is not None and org.root().is_person_like()):
                    continue  # (or a body's common noun, at extraction: "A spokeswoman for the municipal government, Carla Ticona")
                for a in g.children:
                    if a.dep_ == "appos" and a.i in res.covered and res.covered[a.i].root().is_person_like():
                        return res.covered[a.i].root()
        if res.observe is None and ch.dep_ == "prep" and ch.lower_ == "of" and tok.lemma_.lower() in res.lex.relative_nouns:
            # "The widow of the late fisherman Tom Pell, Margaret Pell, 88": a second name apposed
            # to the relative's is the one the kin noun describes (at extraction only)
            for g in ch.children:
                rel = res.covered.get(g.i) if g.dep_ == "pobj" else None
                if rel is None or not rel.root().is_person_like():
                    continue
                for a in g.children:
                    other = res.covered.get(a.i) if a.dep_ == "appos" and a.i > g.i else None
                    # (not another name of the same one in brackets: "the son of Yaqub (, Jacob)")
                    if other is not None and other.root() is not rel.root() and other.root().is_person_like() \
                            and res.doc[a.left_edge.i - 1].text == "," and not any(t.text in "()" for t in res.doc[g.i : a.i]):
                        return other.root()
        if ch.dep_ in ("relcl", "acl") and ch.lemma_.lower() in res.lex.naming_verbs and not (
                res.observe is None and any(g.dep_ == "prep" and g.lower_ == "as" for g in ch.children)):
            # (not "the school board named Renee Ortiz as superintendent", an appointment the
            # parser hung on the board; at extraction only)
            for g in ch.children:
                if g.dep_ in ("dobj", "oprd", "attr", "xcomp", "npadvmod") and g.i in res.covered:
                    return res.covered[g.i].root()
    return (_named_past_honorific(res, tok) or second_subject(res, tok)) if res.observe is None else None


def _named_past_honorific(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'the outgoing chair, Sir Peter Vane, would be replaced': an honorific opening the name
    set off by commas makes the parser read it as a second subject, no apposition (at
    extraction only). The description's noun must end its phrase right before the comma."""
    doc, lex = res.doc, res.lex
    j = tok.i + 2
    if j >= len(doc) or doc[tok.i + 1].text != "," or not doc[j].text[:1].isupper() or doc[j].lower_ not in lex.titles:
        return None
    while j < len(doc) and doc[j].lower_ in lex.titles and j - tok.i < 5:
        j += 1
    c = res.covered.get(j)
    if c is None or not c.root().is_person_like():
        return None
    k = j
    while k < len(doc) and res.covered.get(k) is c:
        k += 1
    return c.root() if k < len(doc) and doc[k].text == "," else None


def _named_after_years(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """"her husband of four years, Dr. Tobias Brandt": the name after the comma that closes a
    kin noun's "of N years" is the relative, however the parser hung it (a title before the
    name too)."""
    if tok.lower_ not in res.lex.relative_nouns or res.observe is not None:
        return None  # (in extraction only: the ranker's training reads none of it)
    doc = res.doc
    spans = [ch.right_edge.i + 1 for ch in tok.rights if ch.dep_ == "prep" and ch.lower_ == "of"
             and any(g.dep_ == "pobj" and g.lemma_.lower() in YEAR_WORDS and any(n.like_num for n in g.children) for g in ch.children)]
    e = spans[0] if spans else tok.i + 1
    if e + 1 >= len(doc) or doc[e].text != ",":
        return None
    k = e + 1
    if doc[k].lower_ in res.lex.titles and k + 1 < len(doc):
        k += 1
    c = res.covered.get(k)
    if c is None or not c.root().is_person_like() or not (k == e + 1 or res.covered.get(k - 1) in (None, c)):
        return None
    # ("whose late husband, Carl, showed hogs": with no "of N years", the name must hang on
    # the kin noun, however the parser calls the tie)
    return c.root() if spans or any(doc[j].head.i == tok.i for j in range(k, min(k + 4, len(doc))) if res.covered.get(j) is c) else None
