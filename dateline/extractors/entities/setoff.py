"""Names set off by commas that the small model hangs on the wrong noun. A name after a definite subject's phrase, which the small model parses as a
second subject of the same verb rather than an apposition ("the nanny in question, Tina Haynes,
was also her secretary"): the description is that name's. Left unlinked, the description went to
the most salient person, and through ``predicated.predicated_of`` ruled her out of her own "her"
(GAP validation one row, a feminine one; development unchanged; session gap34, 2026-12-02). At
extraction only, as the shipped ranker was trained without it. And a name after the second of
two joined nouns, "The chairman and his wife of 37 years, Harriet" (conjunct_named, also at
extraction only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver


def second_subject(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'the nanny in question, Tina Haynes, was also ...': a name set off by commas right after
    a definite subject's phrase, which the parser made a second subject of the same verb, is
    whom the description names (at extraction only)."""
    doc = res.doc
    if res.observe is not None or tok.dep_ not in ("nsubj", "nsubjpass") or not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in tok.children):
        return None
    j = tok.right_edge.i + 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    c = res.covered.get(j + 1)
    if c is None or not c.root().is_person_like():
        return None
    k = j + 1
    while k < len(doc) and res.covered.get(k) is c:
        k += 1
    name = [t for t in doc[j + 1 : k] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == tok.head.i]
    return c.root() if name and k < len(doc) and doc[k].text == "," else None


def conjunct_named(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'The chairman and his wife of 37 years, Harriet, live ...': the parser hangs the name on
    the first noun; it is the nearer conjunct's, a comma after that conjunct's phrase."""
    if tok.dep_ != "conj" or not any(c.dep_ == "poss" for c in tok.children) or tok.right_edge.i + 2 >= len(res.doc):
        return None
    comma = tok.right_edge.i + 1
    for a in tok.head.children:
        if a.dep_ == "appos" and a.left_edge.i == comma + 1 and res.doc[comma].text == "," and a.i in res.covered:
            c = res.covered[a.i].root()
            return c if c.is_person_like() else None
    return None


def _of_noun(tok: Token, lex) -> Optional[Token]:
    """The person's noun of the "of" phrase that ends ``tok``'s words right before a comma ("the
    grandson of the founder,"), if any."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > tok.i:
            for p in prep.children:
                word = p.lemma_.lower()
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and (word in lex.person_or_gendered or word in lex.role_heads):
                    return p
    return None


def apposed_to_of_noun(tok: Token, name: Token, lex) -> bool:
    """'Lennox is the grandson of the founder, Alexander Lennox': the name after the comma is the
    founder's, though the parser hangs it on the grandson; whether ``name``, apposed to ``tok``,
    comes right after such an "of" noun's words."""
    p = _of_noun(tok, lex)
    if p is None:
        return False
    # (or with no comma at all, the name a job's own: "The daughter of Tunisian politician Mondher
    # Ben Ammar, she ..." hangs the name on "daughter"; Re-DocRED dev)
    return (p.right_edge.i + 2 == name.left_edge.i and p.doc[p.right_edge.i + 1].text == ",") or p.right_edge.i + 1 == name.left_edge.i


def of_noun_named(res: "_Resolver", tok: Token) -> Optional["_Cluster"]:
    """The name so apposed to the "of" noun ``tok`` ('the founder' above), at extraction only."""
    if res.observe is not None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    owner = tok.head.head
    for ch in owner.children:
        if ch.dep_ == "appos" and ch.i > tok.i and ch.i in res.covered and apposed_to_of_noun(owner, ch, res.lex):
            return res.covered[ch.i].root()
    return None


def described_name_after(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """"Haruka's husband, the Welsh-born potter Rhys Pritchard, 44, builds ...": a relative's noun,
    a comma, then "the", a few words describing a person and the name, however the parser hung
    them (here as two subjects). The words before the name end in a lower-case noun, the job."""
    doc = res.doc
    k = tok.i + 1
    if tok.lemma_.lower() in res.lex.relative_nouns and k + 2 < len(doc) and doc[k].text == "," and tok.dep_ in ("nsubj", "nsubjpass") \
            and any(ch.dep_ == "poss" for ch in tok.children) and (k + 1) in res.covered:
        # "Walter's granddaughter, Joanne Pike, 47, bought ...", parsed as two subjects: the name
        # set off right after the possessed kin noun, itself a subject of the same verb
        named = res.covered[k + 1]
        head = next((t for t in doc[k + 1 : k + 5] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == tok.head.i), None)
        if head is not None and head.i in res.covered and res.covered[head.i] is named and named.root().is_person_like():
            return named.root()
    if tok.lemma_.lower() not in res.lex.relative_nouns or k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "the":
        return None
    j = k + 2
    # (a capitalised adjective may be covered as some name of its own: "Welsh-born")
    while j < len(doc) and j < k + 7 and not (j in res.covered and res.covered[j].root().is_person_like()) \
            and doc[j].text not in (",", ".", ";", ":") and (doc[j].pos_ not in ("VERB", "AUX") or doc[j - 1].text == "-"):
        j += 1
    if j not in res.covered or j - (k + 2) < 1 or not (doc[j - 1].is_alpha and doc[j - 1].text.islower() and doc[j - 1].pos_ in ("NOUN", "PROPN")):
        return None
    c = res.covered[j].root()
    return c if c.is_person_like() else None


def org_set_off(res: "_Resolver", tok: Token) -> Optional[_Cluster]:
    """'to give her club, Lemvig Fjord HK, a 27-26 win': an organisation's noun after a possessive
    or "the", then a comma and a whole organisation's name set off by a comma or the sentence's
    end, is that organisation, however the parser hung the name (here as a modifier of the verb).
    Left unlinked, "her club" was nobody and "the club" later went to the last club named, the
    beaten side (at extraction only)."""
    doc = res.doc
    k = tok.i + 2
    if res.observe is not None or k >= len(doc) or doc[tok.i + 1].text != "," or k not in res.covered:
        return None
    if not any(ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ == "the") for ch in tok.children):
        return None
    c = res.covered[k]
    if c.is_person_like() or c.root().is_person_like() or (k > 0 and res.covered.get(k - 1) is c):
        return None
    end = k
    while end < len(doc) and res.covered.get(end) is c:
        end += 1
    closed = end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].is_sent_start
    return c.root() if closed else None


def fronted_apposed(r: "_Resolver", tok: Token) -> set[int]:
    """'Under questioning from Ewa's counsel, Mec. Dorota Lis, he agreed': a name apposed to a
    noun of the phrase a sentence opens on with a preposition is that noun's, inside the phrase,
    and not the subject pronoun right after it (however the parser hung the name)."""
    doc = r.doc
    i = tok.i
    if tok.dep_ not in ("nsubj", "nsubjpass") or i < 4 or doc[i - 1].text != "," or (i - 2) not in r.covered:
        return set()
    c = r.covered[i - 2]
    s = i - 2
    while s > 0 and r.covered.get(s - 1) is c:
        s -= 1
    while s > 0 and doc[s - 1].pos_ == "PROPN" and (s - 1) not in r.covered:
        s -= 1  # (past a title no mention covers: "Mec.")
    start = r.sent_start_of[i]
    if s < 2 or doc[s - 1].text != "," or doc[s - 2].pos_ != "NOUN" or doc[start].tag_ != "IN" or start >= s - 2:
        return set()
    return {id(c.root())}
