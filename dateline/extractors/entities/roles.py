"""Role words around a person's name that the small model took into an organisation's name:
a lower-case job before it ("harbour master Ewan Doyle") or a capitalised title inside the ent
("State Fire Marshal Gina Park")."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_of


def _role_before_name(doc: Doc, s: int, e: int, lex: Lexicon, trades: bool = False) -> bool:
    """'harbour master Ewan Doyle' tagged as an organisation: a lower-case role noun that
    modifies a name of two or three capitalised words names a person by their job (with
    ``trades``, any trade too: 'elected crane driver Leanne Costa', tagged a product)."""
    toks = tokens_of(doc)
    if s == 0 or not 2 <= e - s <= 3:
        return False
    role = toks[s - 1]
    # (the word, not its parse: the small model reads "coxswain" there as a verb)
    # ("Her neighbour Nadine Shaw": who the person is to the possessor)
    known = s >= 2 and toks[s - 2].tag_ in ("PRP$", "POS") and (role.lower_ in lex.acquaintance_nouns or role.lower_ in lex.relative_nouns)
    if not role.text.islower() or not (role.lower_ in lex.role_heads or role.lemma_.lower() in lex.role_heads or known
                                       or (trades and role.lower_ in lex.trades)):
        return False
    return all(toks[i].text[:1].isupper() and toks[i].text[1:].islower() and toks[i].lower_ not in lex.org_keywords for i in range(s, e))


def _after_titled_role(toks, s: int, e: int, lex: Lexicon) -> int:
    """Where the person's name starts in an ent 'State Fire Marshal Gina Park': after a
    capitalised role word (role_heads) followed by two or three capitalised name words, none an
    organisation's word; ``s`` when the ent has no such role."""
    for k in range(s, e - 2):
        if toks[k].lower_ in lex.role_heads and toks[k].text[:1].isupper() and 2 <= e - k - 1 <= 3 and all(
                toks[i].text[:1].isupper() and toks[i].text[1:].islower() and toks[i].is_alpha and toks[i].lower_ not in lex.org_keywords
                and toks[i].lower_ not in lex.role_heads for i in range(k + 1, e)):
            return k + 1
    return s


def holder_after_org(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'The owner of Bodegas Díaz de Vega, Inmaculada Díaz de Vega, said' tagged as an
    organisation: a name of two to five words (capitalised, or a name's lower-case particles)
    set off by commas right after "<post> of <organisation>" is the post's holder."""
    toks = tokens_of(doc)
    if s < 4 or not 2 <= e - s <= 5 or e >= len(doc) or toks[e].text != "," or toks[s - 1].text != ",":
        return False
    org_end = s - 1
    k = org_end - 1
    while k > 0 and toks[k].ent_type_ == "ORG" and toks[k].ent_iob_ == "I":
        k -= 1  # (the organisation's first word)
    if toks[k].ent_type_ != "ORG" or k < 2 or toks[k - 1].lower_ != "of":
        return False
    post = toks[k - 2]
    if not (post.text.islower() and (post.lower_ in lex.org_head_posts or post.lower_ in lex.role_heads)):
        return False
    return toks[s].text[:1].isupper() and toks[e - 1].text[:1].isupper() and all(
        (t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha and t.lower_ not in lex.org_keywords) or t.lower_ in lex.lower_particles
        for t in toks[s:e])

