"""A pronoun after "X's sister, Y" (or "X's aunt Y") is about Y more often than about X. The
possessor X is the nearer mention of its person and the ranker's recency cues favour it, but the
phrase is about the relative it names; a following he or she of a fitting gender goes on about
Y, unless X is named again before the pronoun ("When Ana's daughter Lina died, the farm went to
her husband": Lina's). Only a name as the possessor: after "her sister Ines" the possessive
pronoun was itself resolved to somebody, who may be the one meant next. The mirror of apposedkin.py ("Y, X's widow"). Session
gap37, from development errors where the possessor was picked over the named relative (4 rows
won, none lost). At extraction only: the ranker's training on GAP reads its own picks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator, Optional

from spacy.tokens import Token

from dateline.extractors.entities.binding import fitting_person
from dateline.extractors.entities.clusters import _Cluster, family_name_first

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver

# (how far back, in sentences, the phrase may stand: its own sentence or the one before)
REACH = 1


def _named_relative(r: "_Resolver", kin: Token) -> Optional[_Cluster]:
    """The person-like name the kin noun stands beside: apposed to it, or the name it is the
    compound or apposition of ("X's aunt Rosa Vell", "X's aunt, Rosa Vell")."""
    words = [c for c in kin.children if c.dep_ == "appos"]
    if kin.dep_ in ("compound", "appos") and kin.head.i > kin.i:
        words.append(kin.head)
    for w in words:
        c = r.covered.get(w.i)
        if c is not None and c.root().is_person_like():
            return c.root()
    return None


def _back_within_reach(r: "_Resolver", tok: Token) -> Iterator[int]:
    """The words before the pronoun, nearest first, as far back as REACH sentences."""
    sent = r.sent_of[tok.i]
    for k in range(tok.i - 1, -1, -1):
        if sent - r.sent_of[k] > REACH:
            return
        yield k


def owned_kin_named(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """The relative named in the latest "X's KIN Y" before the pronoun when ``chosen`` is X;
    None otherwise."""
    if chosen is None or r.observe is not None:
        return None
    gender = r.lex.pronouns.get(tok.lower_)
    if gender is None:
        return None
    owner = chosen.root()
    for k in _back_within_reach(r, tok):
        c = r.covered.get(k)
        t = r.toks[k]
        if t.lower_ not in r.lex.relative_nouns:
            if c is not None and c.root() is owner and t.dep_ != "poss" and not (k + 1 < len(r.doc) and r.toks[k + 1].dep_ == "case"):
                return None  # (the owner named again on its own: the ranker's pick stands)
            continue
        # (a name as the possessor: "her sister Ines" after a pronoun settled elsewhere says less)
        poss = [p for p in t.children if p.dep_ == "poss" and p.i in r.covered and p.pos_ == "PROPN"]
        if not poss or r.covered[poss[0].i].root() is not owner:
            continue
        if sum(1 for m in owner.mentions if m.head < poss[0].i) >= 2:
            return None  # (an owner the text has named twice already is its subject, who the pronoun may well be: "Mr Brannock's father, Hamish Brannock, ran ... His mother")
        kin_gender = r.lex.gendered.get(t.lower_)
        if kin_gender is not None and kin_gender != gender:
            return None
        named = _named_relative(r, t)
        if named is None or named is owner or named.gender_fit(gender) < 1.0 or named.plural or named.platform:
            return None
        return named
    return None


def spouse_of_kin_subject(r: "_Resolver", tok: Token, first: Token, owner: _Cluster) -> Optional[_Cluster]:
    """'His son, Guy, now runs the string with his wife': a spouse owned after the verb of a
    clause whose subject is the earlier possessive's relative is the subject's spouse, not
    the first owner's (who is the son's parent); at extraction only."""
    if r.observe is not None or tok.head.lemma_.lower() not in r.lex.spouse_nouns:
        return None
    kin = first.head
    if kin.dep_ == "nsubj" and kin.lemma_.lower() in r.lex.kin_kinds:
        subject = kin
    elif kin.dep_ == "appos" and kin.head.dep_ == "nsubj" and kin.lemma_.lower() in r.lex.kin_kinds:
        subject = kin.head
    else:
        return None
    if not subject.head.i < tok.i:
        return None
    gender = r.lex.pronouns[tok.lower_]
    for t in (subject, *(ch for ch in subject.children if ch.dep_ == "appos")):
        c = r.covered.get(t.i)
        if c is not None and c.root() is not owner and fitting_person(r, t, gender):
            return c.root()
    return None


def _family_name(c: _Cluster) -> str:
    """The family name of a name's words: the last, but the first where the given name is written
    last with a hyphen and a small letter after it, as Korean names are romanised ("Park Man-sik")."""
    return c.key[0] if family_name_first(c) else c.key[-1]


# (kin kinds of a younger generation: one so called is no elder's parent)
_YOUNGER = frozenset({"child", "grandchild", "nibling"})


def _kin_of(r: "_Resolver", c: _Cluster, owner: _Cluster, kinds: Optional[frozenset[str]] = None) -> bool:
    """Whether ``c`` was called ``owner``'s relative ("Marcy's mother, Opal Ridley"): a mother
    bears the father's surname where a married daughter may not; with ``kinds``, only relatives of
    those kinds (the pick called a candidate's granddaughter, "Walter's granddaughter, Joanne Pike
    ... her father, Dennis Hartwell": not Walter's father)."""
    for m in c.mentions:
        head = r.doc[m.head]
        if head.lower_ in r.lex.kin_kinds and (kinds is None or r.lex.kin_kinds[head.lower_] in kinds):
            poss = next((ch for ch in head.children if ch.dep_ == "poss"), None)
            got = r.covered.get(poss.i) if poss is not None else None
            if got is not None and got.root() is owner:
                return True
    return False


def surname_kin_owner(r: "_Resolver", tok: Token, chosen: Optional[_Cluster],
                      alternatives: Optional[Callable[[], list[_Cluster]]] = None) -> Optional[_Cluster]:
    """'... founded by the late Gunnar Eide, a ski instructor. His daughter, Ingrid Eide, 66': a
    his or her on a son or daughter named with a surname is, of the ranker's candidates, the one
    person of that surname who fits the pronoun, when the pick does not bear it; so is a his or
    her on a father (not a sibling, a mother or a spouse, whose surname may be another's: a married sister's, a family name
    written first). At extraction only; None where nothing changes."""
    if chosen is None or r.observe is not None or tok.tag_ != "PRP$" or not (r.ranking or alternatives):
        return None
    kin = tok.head
    # (a father too: "The replacement, Tyler Sandhu, grew up on Gagnon's ice. His father, Harjit
    # Sandhu, ..."; a father's surname is his child's far more often than a spouse's or a sibling's)
    if r.lex.kin_kinds.get(kin.lower_) != "child" and kin.lower_ not in ("father", "dad"):
        return None
    named = _named_relative(r, kin)
    if named is None or len(named.key) < 2:
        return None
    family = _family_name(named)
    mine = chosen.root().key
    if mine and (mine[-1] == named.key[-1] or (len(mine) > 1 and mine[0] == named.key[0])):
        return None  # (nor a family name written first: "his father, the late Lim Ah Seng" of Lim Chee Keong)
    gender = r.lex.pronouns.get(tok.lower_)
    # (the ranker's candidates, ranked now where a rule picked before it: "Her father, the late
    # Park Man-sik" opening a sentence after "Ms. Kim died in 2016")
    ranking = r.ranking or (alternatives() if alternatives is not None else [])
    same = {id(c.root()): c.root() for c in ranking if c.root() is not named and len(c.root().key) > 1
            and _family_name(c.root()) == family and c.root().gender_fit(gender) >= 1.0 and not c.root().plural
            and not _kin_of(r, c.root(), chosen.root()) and not _kin_of(r, chosen.root(), c.root(), _YOUNGER)}
    return next(iter(same.values())) if len(same) == 1 else None


# the kind of kin a relative's relative of that kind is, turned round: an aunt's niece is the one
# she is the aunt of (siblings and spouses are left out: "X's sister Y ... her sister" may be either)
_CONVERSE = {"child": "parent", "parent": "child", "grandchild": "grandparent", "grandparent": "grandchild",
             "nibling": "pibling", "pibling": "nibling"}


def turned_kin(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """'Sarah's aunt Emily Eden wrote of her niece': a possessive picked as the possessor X of
    `X's KIN Y` (its sentence or the one before) whose own noun is the converse kin (niece of
    aunt, father of son, grandmother of granddaughter) is Y, whose relative of that kind the
    text has just named X, however often X is named (session gap46; `owned_kin_named` keeps a
    possessor named twice). At extraction only; None where nothing changes."""
    if chosen is None or r.observe is not None or tok.tag_ != "PRP$" or tok.dep_ != "poss":
        return None
    mine = r.lex.kin_kinds.get(tok.head.lower_)
    gender = r.lex.pronouns.get(tok.lower_)
    if mine not in _CONVERSE or gender is None:
        return None
    owner = chosen.root()
    for k in _back_within_reach(r, tok):
        t = r.toks[k]
        if r.lex.kin_kinds.get(t.lower_) != _CONVERSE[mine]:
            continue
        poss = [p for p in t.children if p.dep_ == "poss" and p.i in r.covered]
        owners = {id(r.covered[p.i].root()) for p in poss} | {id(r.covered[c.i].root()) for p in poss for c in p.conjuncts if c.i in r.covered}
        if id(owner) not in owners:
            continue
        kin_gender = r.lex.gendered.get(tok.head.lower_)
        if kin_gender is not None and owner.gender_fit(kin_gender) < 1.0:
            return None  # (the pronoun's relative is of another gender than the possessor)
        named = _named_relative(r, t)
        if named is None and t.dep_ == "appos" and t.head.i in r.covered and r.covered[t.head.i].root().is_person_like():
            named = r.covered[t.head.i].root()  # ("Emily Eden, Sarah's aunt")
        if named is None or named is owner or named.gender_fit(gender) < 1.0 or named.plural or named.platform:
            return None
        return named
    return None


def possessor_over_relative(r: "_Resolver", tok: Token, chosen: Optional[_Cluster]) -> Optional[_Cluster]:
    """'Her partner, Gareth Rees, is the station's mechanic. "Rhodri taught me everything," she
    said': a subject he or she the ranker gave to somebody brought in, in its sentence or the two
    before, as a relative of a possessive of that same gender ("Her partner"), whom the text has
    never given the gender, is that possessive's person. At extraction only; None where nothing
    changes."""
    gender = r.lex.pronouns.get(tok.lower_)
    if chosen is None or r.observe is not None or gender is None or tok.tag_ != "PRP" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    c = chosen.root()
    if c.genders[gender] or c.pgenders[gender]:
        return None
    for m in c.mentions:
        t = r.toks[m.head]
        if m.kind != "descriptor" or m.head >= tok.i or r.sent_of[tok.i] - r.sent_of[m.head] > 2 or (t.lemma_.lower() not in r.lex.relative_nouns and t.lemma_.lower() not in r.lex.acquaintance_nouns):
            continue
        for p in t.children:
            if p.dep_ == "poss" and r.lex.pronouns.get(p.lower_) == gender and p.i in r.covered:
                owner = r.covered[p.i].root()
                if owner is not c and owner.is_person_like() and not owner.plural and owner.gender_fit(gender) == 1.0:
                    return owner
    return None
