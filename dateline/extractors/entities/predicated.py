"""A person whom the noun a possessive owns is said of is not that possessive's owner (the
i-within-i condition): 'Adkins was his deputy', 'Among his patrons were Lord Brudenell', 'the board
named Cunningham as her replacement', 'Louise Dresser as her domineering mother'. At extraction
only, through ``binding.not_referents``, as the shipped ranker was trained on every candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

_COPULAS = frozenset(("be", "become", "remain"))
_SUBJECTS = ("nsubj", "nsubjpass")


def _args(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    return [ch for ch in verb.children if ch.dep_ in deps]


def _bearers(r: "_Resolver", noun: Token) -> list[Token]:
    """The words the noun is predicated of, by a copula or by 'as'."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in _COPULAS:
        # "Adkins was his deputy"; "asked Adkins to be his deputy" (the understood subject)
        doer = r.syntax().understood_subject(head.i)
        return _args(head, _SUBJECTS) or ([noun.doc[doer]] if doer is not None else [])
    if noun.dep_ == "oprd":
        # "Edith was appointed her successor", "named Cunningham her successor"
        return _args(head, ("dobj",)) or [k for k in noun.children if k.dep_ == "nmod"] or _args(head, _SUBJECTS)
    if noun.dep_ in _SUBJECTS and head.lemma_.lower() in _COPULAS:
        return _args(head, ("attr",))  # "His deputy was Adkins"
    if noun.dep_ != "pobj" or head.i == head.head.i:
        return []
    prep, above = head.lower_, head.head
    if prep == "among" and above.lemma_.lower() in _COPULAS:
        return _args(above, _SUBJECTS + ("attr",))  # "Among his patrons were Lord Brudenell"
    if prep != "as" or (head.i > 0 and head.doc[head.i - 1].lower_ in ("well", "such")):
        return []  # ("As well as her solo projects, Kate ...": no predication)
    withs = [g for ch in above.children if ch.dep_ == "prep" and ch.lower_ == "with" for g in ch.children if g.dep_ == "pobj" and g.i == head.i - 1]
    if withs:
        return withs  # ("starred Ada Lind, with Vera Moss as her mother", "as" hung on the verb or on Ada Lind)
    if above.pos_ == "PROPN":
        return [above]  # "with Louise Dresser as her domineering mother"
    if above.pos_ in ("VERB", "AUX"):
        # "named Cunningham as her replacement"; with no object, its subject ("Hale joined as her aide")
        return _args(above, ("dobj", "oprd")) or _other_bearers(above, head) or _args(above, _SUBJECTS)
    return []


def _other_bearers(verb: Token, prep_as: Token) -> list[Token]:
    """With no object, the 'as' phrase may still describe something other than the subject:
    the object of another preposition ("Koval describes Redwater as her favourite club"), or
    whatever a passive's agent made ("had the barn rebuilt by Marsh as his workshop": not Marsh,
    nor the subject). A place ("moved to Paris as her aide") is then ruled out instead of the
    subject, harmlessly: the change only ever rules out fewer people. A list holding a word that names no one keeps the subject out."""
    if any(ch.dep_ == "agent" for ch in verb.children):
        return [prep_as]  # (a word no cluster covers: nobody is ruled out)
    return [g for ch in verb.children if ch.dep_ == "prep" and ch.i != prep_as.i and ch.i < prep_as.i
            for g in ch.children if g.dep_ == "pobj"]


def predicated_of(r: "_Resolver", tok: Token) -> set[int]:
    """Clusters (by id) named where the noun a possessive owns is predicated of them."""
    if tok.tag_ != "PRP$" or tok.dep_ != "poss":
        return set()
    words = _bearers(r, tok.head)
    words += [c for w in words for c in w.conjuncts]
    out = set()
    for w in words:
        hit = r.covered.get(w.i) or r.latent_at.get(w.i)
        if hit is not None and w.i != tok.i:
            out.add(id(hit.root()))
    return out



# Verbs whose object and a role after it make a small clause ("the board made her treasurer").
_SMALL_CLAUSE_VERBS = frozenset(("make", "name", "appoint", "elect", "crown", "proclaim", "declare", "dub", "nominate"))


def object_read_as_owner(r: "_Resolver", tok: Token) -> bool:
    """"Hale made her corresponding secretary": the tagger reads "her" as the role's possessive,
    but it is the verb's object, so its subject is not her (binding principle B) and does not own
    the role. Only "her" is written alike in both uses, so only feminine pronouns were misread;
    not where the role is a relative ("she named her daughter Ada") or a debut ("made her debut",
    no person's noun)."""
    if tok.lower_ != "her" or tok.tag_ != "PRP$" or tok.dep_ != "poss":
        return False
    noun = tok.head
    if noun.dep_ not in ("dobj", "oprd") or noun.head.lemma_.lower() not in _SMALL_CLAUSE_VERBS or noun.i < tok.i:
        return False
    lemma, lex = noun.lemma_.lower(), r.lex
    if lemma in lex.relative_nouns or lemma in lex.kin_kinds or any(ch.dep_ == "det" for ch in noun.children):
        return False
    return lemma in lex.person_nouns or lemma in lex.occupations or lemma in lex.role_heads


def small_clause_subject(r: "_Resolver", tok: Token) -> set[int]:
    """An object pronoun the parser made the subject of a clause under a verb ("Charles made him
    the Earl of Hartfell", "she wanted him to stay") is still that verb's object: not its subject
    (binding principle B); so is one it read as a role's possessive (object_read_as_owner)."""
    if object_read_as_owner(r, tok):
        return _hits(r, _args(tok.head.head, _SUBJECTS))
    if tok.tag_ != "PRP" or tok.lower_ not in ("him", "her") or tok.dep_ != "nsubj":
        return set()
    clause = tok.head
    if clause.dep_ not in ("ccomp", "xcomp") or clause.i == clause.head.i:
        return set()
    return _hits(r, _args(clause.head, _SUBJECTS))


def _hits(r: "_Resolver", words: list[Token]) -> set[int]:
    out = set()
    for w in words:
        hit = r.covered.get(w.i) or r.latent_at.get(w.i)
        if hit is not None:
            out.add(id(hit.root()))
    return out


# Nouns of a post one holds ("a seat he held until 1878", "a position she held for ten years").
_POSTS = frozenset(("position", "post", "office", "seat", "role", "title", "job", "chair", "rank", "portfolio"))


def post_holder(r: "_Resolver", tok: Token) -> "Optional[_Cluster]":
    """'Harding named Wells as the Attorney for Puerto Rico, a position he held until 1924', 'Ruth
    became Minister for Defence, a post she held until ...': the subject pronoun of a relative clause
    on a post noun set beside a role is whoever the role is given or said of: the object of a naming
    verb (``_SMALL_CLAUSE_VERBS``), the subject of a copula; not "succeeded Brown as chairman, a post
    he held" (the subject's, which no rule here reads). At extraction only (session gap46)."""
    if r.observe is not None or tok.dep_ not in _SUBJECTS or tok.tag_ != "PRP" or tok.head.dep_ != "relcl":
        return None
    post = tok.head.head
    if post.lemma_.lower() not in _POSTS or post.dep_ not in ("appos", "oprd", "attr") or post.i > tok.i:
        return None
    role = post.head if post.dep_ == "appos" else post  # (or the parser hangs the post on the verb itself)
    above = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head
    lemma = above.lemma_.lower()
    if role.dep_ in ("pobj", "oprd") and lemma in _SMALL_CLAUSE_VERBS:
        words = _args(above, ("dobj",))
    elif role.dep_ == "attr" and lemma in _COPULAS:
        words = _args(above, _SUBJECTS)
    else:
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    for w in words:
        c = r.covered.get(w.i)
        if c is not None and not c.root().plural and c.root().is_person_like() and c.root().gender_fit(gender) == 1.0:
            return c.root()
    return None
