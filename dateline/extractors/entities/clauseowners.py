"""Whom a clause's words belong to, at extraction only (``binding.py`` calls these): the person
a participle on a description is said of, the named person a relative clause's noun is, and the
subject a comparison sets a pronoun against."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver


def participle_owner(r: "_Resolver", verb: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"Rhea Lund, a nurse hoping to open her own clinic": a participle on a noun, with no subject
    of its own, is said of that noun, as a "who" clause would be (also through "to find")."""
    if verb.dep_ == "xcomp" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        verb = verb.head
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN") or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return None
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or noun.lemma_.lower() not in r.lex.person_nouns:
        return None  # (only a person's description set beside a name, not "an episode featuring ...")
    c = relative_noun_person(r, noun)
    return c if c is not None and not c.platform and not c.plural and c.is_person_like() and c.gender_fit(gender) == 1.0 else None


def relative_noun_person(r: "_Resolver", noun: Token) -> Optional[_Cluster]:
    """The named person a relative clause's noun is: the name itself, or the name apposed to it
    or to the noun it is itself apposed to ("Mr Goh's father, the late Goh Boon Kiat, a former
    bumboat operator who ...")."""
    for t in (noun, *(c for c in noun.children if c.dep_ == "appos"),
              *((noun.head, *(c for c in noun.head.children if c.dep_ == "appos" and c.i < noun.i)) if noun.dep_ == "appos" else ())):
        if t.i in r.covered and t.pos_ == "PROPN":
            return r.covered[t.i].root()
    return None


def compared_subject(r: "_Resolver", tok: Token) -> set[int]:
    """The clusters (by id) a subject pronoun of a comparison's second term is compared with:
    "Nora, who is three years older than she is", "Liz is not as keen as she is", "Nora earned
    more than she did" set the pronoun against the subject of the compared word, whom it cannot
    be."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ in ("than", "as") for ch in clause.children):
        return set()
    word = clause.head
    as_as = any(ch.lower_ == "as" and ch.dep_ == "advmod" for ch in word.children)
    if word.tag_ not in ("JJR", "RBR") and not as_as and word.lower_ not in ("more", "less", "fewer"):
        return set()
    verb = word.head if word.dep_ in ("acomp", "dobj", "advmod", "attr", "oprd") else word
    out: set[int] = set()
    for ch in verb.children:
        if ch.dep_ not in ("nsubj", "nsubjpass") or ch.i >= tok.i:
            continue
        if ch.lower_ in ("who", "that") and verb.dep_ == "relcl":
            c = relative_noun_person(r, verb.head)
        else:
            c = r.covered.get(ch.i)
        if c is not None:
            out.add(id(c.root()))
    return out


def after_semicolon(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"... for Dick Hennessy, the club's oldest surviving player, who hurled in three county
    finals in the 1950s; he died on Tuesday aged 91": the subject of a clause after a semicolon is
    the one person of its gender the sentence named before it, when it named one only (at
    extraction only)."""
    if r.observe is not None or gender is None or tok.i == 0 or r.doc[tok.i - 1].text != ";" or tok.tag_ != "PRP" \
            or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc, start, semi = r.doc, r.sent_start_of[tok.i], tok.i - 1
    people = {id(c.root()): c.root() for k in range(start, semi) if (c := r.covered.get(k)) is not None
              and doc[k].pos_ == "PROPN" and not c.root().platform and not c.root().plural}
    fit = [c for c in people.values() if c.is_person_like() and c.gender_fit(gender) == 1.0]
    if len(fit) != 1 or len(people) != 1:
        return None
    # (the sentence is about that one: its subject, or a "who" clause describes it; not "The
    # students call the battered sequencer Granny Nolan; she arrived second-hand")
    return fit[0] if any(_described(doc[k]) for k in range(start, semi) if r.covered.get(k) is not None
                         and r.covered[k].root() is fit[0] and doc[k].pos_ == "PROPN") else None


def sibling_after_semicolon(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """"Lise is the elder of Per and Hanne Dahl's two daughters; her younger sister, Rina": a
    possessive on a sibling's noun right after a semicolon is the subject's of the clause before
    it, a person of a fitting gender, not the last person named inside that clause (at
    extraction only)."""
    if r.observe is not None or tok.i == 0 or r.doc[tok.i - 1].text != ";" or tok.tag_ != "PRP$" \
            or r.lex.kin_kinds.get(tok.head.lower_) != "sibling":
        return None
    if tok.i < 2:
        return None
    # (the clause before the semicolon: the highest head of its last word that stands before it)
    semi = tok.i - 1
    top = r.doc[semi - 1]
    while top.head.i != top.i and top.head.i < semi:
        top = top.head
    subject = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    c = r.covered.get(subject.i) if subject is not None else None
    if c is None or not c.root().is_person_like() or c.root().plural or c.root().gender_fit(gender) <= 0:
        return None
    return c.root()


def _described(tok: Token) -> bool:
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    named = t
    while t.dep_ == "appos" and t.head.i != t.i:
        t = t.head
    apposed = [g for a in named.children if a.dep_ == "appos" for g in a.children]
    return t.dep_ in ("nsubj", "nsubjpass") or any(
        ch.dep_ == "relcl" and any(g.lower_ == "who" for g in ch.children) for ch in (*named.children, *t.children, *apposed))


def sole_named_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """'The funicular ... was built for Vukić y Compañía, the shipping agency founded by the merchant
    Ante Vukić (1879 - 1949), and named after his wife': a possessive in a sentence whose subject is
    no person, after one person alone named in it (and no pronoun), is that person's."""
    if r.observe is not None or tok.tag_ != "PRP$":
        return None
    start = min(r.sent_start_of[tok.i], tok.sent.start)
    root = tok.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > tok.i or subject.tag_ in ("PRP", "PRP$") or subject.pos_ == "PROPN" or subject.lemma_.lower() in r.lex.person_nouns \
            or (subject.i in r.covered and r.covered[subject.i].root().is_person_like()) \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in subject.children):
        return None  # (a thing the sentence is about, "The funicular", not "Norell's interpretation")
    found: list[_Cluster] = []
    for k in range(start, tok.i):
        t, c = r.toks[k], r.covered.get(k)
        if (t.lower_ in r.lex.pronouns and not t.lower_.endswith("self")) or r.in_quote[k] or (c is None and t.pos_ == "PROPN" and t.ent_type_ != "NORP"):
            return None  # (nor past a name no cluster holds: "showing a young Electra Havemeyer with her mother")
        held = c.root() if c is not None else None
        if held is None or held in found or held.platform:
            continue
        if held.is_person_like() and any(m.kind != "descriptor" and m.start <= t.idx < m.end for m in held.mentions):  # (a name, not "a whaler")
            found.append(held)
        elif not held.is_person_like() and t.pos_ == "PROPN" and not (held.votes["ORG_KEYWORD"] or held.votes["CONTEXT"]
                                                                      or any(m.kind == "descriptor" for m in held.mentions)):
            return None  # (a name no more than tagged an organisation may be a person: "showing a young Electra Havemeyer")
    return found[0] if len(found) == 1 and not found[0].plural and found[0].gender_fit(gender) == 1.0 else None


def who_clause_owner(r: "_Resolver", tok: Token, gender: Optional[str]) -> Optional[_Cluster]:
    """'... is now run by his descendant Sushant Jain, 44, who took over in 2015 from his father':
    a possessive in a "who" clause on a name is that person's, not the one an earlier possessive
    of its sentence meant."""
    if r.observe is not None or tok.tag_ != "PRP$" or tok.head.lemma_.lower() not in r.lex.relative_nouns:
        return None  # (a relative of the clause's "who"; "who ran his campaign office" may be anyone's)
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.lemma_ == "be" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) \
            or any(t.lower_ == "and" for t in r.doc[verb.i + 1 : tok.i]):
        return None  # (nor a phrase the parser ran on into the clause: "Winston, who is sixty-one, and from her grandchildren")
    c = r.covered.get(verb.head.i)
    if c is None or not c.root().is_person_like() or c.root().platform or c.root().gender_fit(gender) < 1.0:
        return None
    return c.root()
