"""Where a name stands as a workplace ("chief executive of Laurentian Mutual", "a delivery
driver at Quickhaul", "spent a decade at Halden Systems"): the context votes for an
organisation that entities/context.py reads. Moved out of context.py, which kept growing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dateline.extractors.entities.orgsides import _conj_top
from dateline.extractors.entities.splitnames import SPOKESPERSON_NOUNS

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.pronouns import _Resolver


def _post_of(b: "_Builder", head: Token) -> bool:
    """'Ghislaine Thibodeau, chief executive of Laurentian Mutual', 'the head teacher of
    Brookfield Primary': what one holds a workplace post of is the workplace. Not a post also
    held for a person ('the coach of Ana Ruiz'), nor a kin noun ('the daughter of X')."""
    lex = b.lex
    tok = _conj_top(head)
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.i >= tok.i:
        return False
    post = tok.head.head
    word = post.lower_
    return (post.tag_ == "NN" and word in lex.workplace_posts and word not in lex.personal_posts
            and word not in lex.relative_nouns)


# person nouns whose 'with' is company kept, not a workplace
_WITH_COMPANY = frozenset({"friend", "partner", "colleague", "fan", "neighbour", "neighbor", "man", "woman", "boy", "girl",
                           "child", "baby", "couple", "family", "player", "teammate", "guest", "visitor", "member"})


def _staff_at(b: "_Builder", head: Token) -> bool:
    """'a delivery driver at Quickhaul', 'a staff nurse at St Cuthbert's', 'an electrician with
    Kurrawang Gold': where somebody holds a job or a place is a workplace (at extraction only).
    Not a kin noun ('a son at Eton' may be), nor a noun after the name ('at Ruth's side' is no
    name alone). Not a conjunct the tagger called a person, either: a list of people can run on
    after a workplace ('a surgeon at Lagos University Teaching Hospital, Mrs Yetunde Okafor, Engr
    Kayode Fashola and Bisi Fashola')."""
    if head.dep_ == "conj" and head.ent_type_ == "PERSON":
        return False
    # (a job's "for" only retypes a one-word name, names.py: "the producer for Paul Harvey" may
    # be a person's; GAP development 810)
    return _conj_top(head).head.lower_ != "for" and staff_at(head, b.lex)


# posts whose 'for' may be a person they speak or stand for ("a spokeswoman for Ann Lowe")
_FOR_A_PERSON = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "solicitor", "barrister",
                           "advocate", "agent", "publicist", "representative", "counsel", "interpreter", "translator",
                           "stand-in", "understudy", "replacement", "substitute", "nanny", "carer", "caregiver",
                           "aide", "assistant", "secretary", "bodyguard", "chauffeur", "speechwriter", "adviser", "advisor",
                           "producer", "manager", "coach", "trainer", "caddie", "valet"})

# spells of work a workplace follows: "retired after 38 years at Nedbank"
_SPELLS = frozenset({"years", "decades", "months", "year", "decade"})


def set_in_place(tok: Token) -> bool:
    """The name is followed by the place it lies in ("at Truro, in Cornwall", "at Hayle,
    Cornwall"): a place itself."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and (doc[tok.i + 2].lower_ == "in" or doc[tok.i + 2].ent_type_ in ("GPE", "LOC"))


def staff_at(head: Token, lex, spells: bool = False) -> bool:
    """``_staff_at`` from the lexicon alone; with ``spells`` also a spell of work before the
    'at' ('after 38 years at Nedbank', 'for 35 years with Bus Éireann')."""
    tok = _conj_top(head)
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "with", "for") or tok.head.dep_ != "prep":
        return False
    post = tok.head.head
    if post.lemma_ == "be" and post.i < tok.i:
        # ("was a stock agent with Elders for 35 years": the 'with' hung on the copula)
        post = next((c for c in post.children if c.dep_ == "attr" and c.i < tok.i), post)
    word = post.lower_
    if spells and word in _SPELLS and post.i < tok.i and post.head.lower_ in ("after", "for") and any(c.like_num for c in post.children):
        return True
    if post.i >= tok.i or post.tag_ != "NN" or word in lex.relative_nouns:
        return False
    if tok.head.lower_ == "for":
        # ("a sports reporter for Deia": a job's 'for' is its employer; not a spokesman's or a
        # lawyer's, who may speak or act for a person)
        return (word in lex.employee_roles or word in lex.workplace_posts or word in lex.person_nouns) \
            and word not in _FOR_A_PERSON and word not in lex.acquaintance_nouns and word not in _WITH_COMPANY \
            and word not in lex.personal_posts
    if tok.head.lower_ == "with":
        # ("an electrician with Kurrawang Gold": a job's 'with' too, not a person noun's, "a
        # friend with Ann Roe")
        return (word in lex.employee_roles or word in lex.workplace_posts
                or (word in lex.person_nouns and word not in lex.acquaintance_nouns and word not in _WITH_COMPANY))
    if word.endswith(_FARMS_AT):
        return False  # ("a dairy farmer at Calivil", "a cane farmer at Saru": where the farm is)
    return word in lex.person_nouns or word in lex.employee_roles or word in lex.workplace_posts


# those who farm or fish a place, whose 'at' names the place, not an employer
_FARMS_AT = ("farmer", "grower", "rancher", "crofter", "grazier", "fisherman", "fishermen")


def _held_at(toks, e: int, lex) -> bool:
    """'taking the reins at Glenbawn Farmhouse Cheese', 'spent a decade at Halden Systems': a
    name after an "at" that hangs on a verb is where something happens, unless the verb aims at
    somebody ('smiled at Ann Lowe', 'took a swipe at Ann Lowe'). Also through a capitalised word
    the whole name modifies ('Glenbawn Farmhouse' of 'Glenbawn Farmhouse Cheese'), at extraction
    only; never a possessive ('at Ruth Hale's house')."""
    head = toks[e - 1]
    if head.dep_ == "compound" and e < len(toks) and head.head.i == e and toks[e].tag_ == "NNP" and toks[e].text[:1].isupper():
        head = toks[e]
    if head.dep_ != "pobj" or head.head.lower_ != "at" or any(c.dep_ == "case" for c in head.children):
        return False
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lex.aimed_at_verbs:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in lex.aimed_at_objects for c in verb.children)


def staff_of_org(r: "_Resolver", tok: Token, lemma: str) -> bool:
    """'A spokesman for Brindle & Shaw', 'a director of Halvern Flour' as a subject: a staff
    role with "a", held at a named organisation (not a person's staff: "a Trump aide"). Moved out
    of pronouns.py."""
    if lemma not in r.lex.employee_roles or tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(ch.dep_ == "det" and ch.lower_ in ("a", "an") for ch in tok.children):
        return False
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ in ("for", "of", "at"):
            for g in ch.children:
                org = r.covered.get(g.i) if g.dep_ == "pobj" else None
                if org is not None and not org.root().is_person_like() and not org.root().platform:
                    return True
                # ("A spokeswoman for the company apologised": a body's noun, named or not; at
                # extraction only, and only for a spokesperson, who speaks for no person here)
                if r.observe is None and lemma in SPOKESPERSON_NOUNS and g.dep_ == "pobj" and g.lower_ in r.lex.org_nouns \
                        and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in g.children):
                    return True
    return False


def member_of_named_body(b: "_Builder", end: int) -> bool:
    """'Kadri Tamm of the Otepää Ski Club', 'Ian Moss of Dunmore Rowing Club': a name followed by
    'of' and a body's name that ends on an organisation's word is a member of it, a person (a
    body is not written "of" another body by name in news copy, and one that is has its own
    keyword: "Kelby Town of the Northern League")."""
    toks = b.toks  # (doc[i] makes a new Token each time)
    if end + 2 >= len(toks) or toks[end].lower_ != "of":
        return False
    k = end + 1 + (toks[end + 1].lower_ == "the")
    j = k
    while j < len(toks) and j < k + 6 and toks[j].text[:1].isupper() and toks[j].is_alpha:
        j += 1
    return j - k >= 2 and toks[j - 1].lower_ in b.lex.org_keywords and toks[k].ent_type_ in ("ORG", "FAC", "")
