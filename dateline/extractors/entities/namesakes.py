"""A given name that a kin noun introduces is a relative, not the person of that given name the
sentence, or the one before, is about: "Paul Desmarais is a businessman. His son, Paul, ...";
"Anne Roche married Luis Roche. They had two daughters, Anne and Marie". Families pass given
names down, and nobody is his own son, so such a name starts a person of its own (at extraction
only: the ranker's training keeps its clusters)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.kinnames import _kin_list_item, relative_kin
from dateline.extractors.entities.syntax import same_paragraph
from dateline.nlp import text_of

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Clusters

# words that bring in a second person of a name the text has used ("A different Declan Kearney",
# "His great-grandson and namesake, Jaco, 9", "not to be confused with the Edna Langille who")
NAMESAKE_OPENERS = re.compile(r"\b(?:[Aa]\s+different|[Aa]\s+second|[Aa]n\s+unrelated|[Aa]nother)\s+$|\bnamesakes?,\s+$|\bconfused\s+with\s+(?:the\s+)?$")


def _kin_named(b: "_Clusters", tok: Token) -> bool:
    """The name whose last word is ``tok`` is what a kin noun before it calls someone: 'his son,
    Paul', 'son Paul', 'two daughters, Anne and Marie', 'four children: Paul, Alexandre and
    Nicolas', 'four children, Beatrice Roche, Lilianne Roche and ...' (each of a list)."""
    toks = b.toks

    def kin_word(k: int) -> bool:
        return k >= 0 and relative_kin(toks[k], b.lex, shared=True)

    first = _list_first(tok)
    # (a conjunct of the noun only after a comma: "four children, Beatrice Roche, ...", not "his
    # wife and Paul")
    if first.dep_ in ("appos", "conj") and first.head.i < first.i and kin_word(first.head.i) \
            and (first.dep_ == "appos" or toks[first.head.i + 1].text == ","):
        return True
    i = first.left_edge.i
    if kin_word(i - 1) or (i >= 2 and toks[i - 1].text == "," and kin_word(i - 2)):
        return True
    return _kin_list_item(tok, b.lex.person_or_gendered, after_colon=True)


def _list_first(tok: Token) -> Token:
    """The first name of a list the name whose last word is ``tok`` belongs to: the parser hangs
    the rest on it, or on the noun."""
    first = tok
    for _ in range(8):
        if first.dep_ != "conj" or first.head.i >= first.i or first.head.tag_ != "NNP":
            break
        first = first.head
    return first


def _kin_noun(b: "_Clusters", tok: Token) -> Optional[Token]:
    """The kin noun apposed to the name whose last word is ``tok`` or right before it, if any
    ("his wife, Eleni", "two daughters, Eleni, 33, and Anna")."""
    toks = b.toks
    first = _list_first(tok)
    if first.dep_ == "appos" and first.head.i < first.i and first.head.lemma_.lower() in b.lex.kin_kinds:
        return first.head
    i = first.left_edge.i
    for k in (i - 1, i - 2):
        if k >= 0 and toks[k].lemma_.lower() in b.lex.kin_kinds and (k == i - 1 or toks[i - 1].text == ","):
            return toks[k]
    if getattr(b, "observe", None) is None and tok.i > 0 and toks[tok.i - 1].text == ";":
        # ("They had five children: Anna, 66, ...; Mario, 64, who runs the farm with his own son,
        # Luke; Rosa; Teresa, 58": an item of a list after a plural kin noun's colon, however the
        # parser chained the items)
        start = b.sent_start_of[tok.i]
        colon = next((k for k in range(tok.i - 1, start, -1) if toks[k].text == ":"), None)
        if colon is not None and colon > start and toks[colon - 1].tag_ == "NNS" and toks[colon - 1].lemma_.lower() in b.lex.kin_kinds:
            return toks[colon - 1]
    return None


# kinds of tie that name two people of one name: somebody's wife is no child in a list of a
# couple's children ("his wife, Teresa ... They had five children: ...; Teresa, 58"); a father may
# be his own father's son ("her father, Radek Kubelka ... Their son Radek"), and a granddaughter the
# child the next sentence lists
_OTHER_GENERATION = frozenset({frozenset({"spouse", "child"})})


def other_kin(b: "_Clusters", at: int, cluster: _Cluster, generation: bool = False) -> bool:
    """"his wife, Eleni, now 88 ... their son, Kyriakos ... two daughters, Eleni, 33, and Anna": a
    one-word name a kin noun of one kind introduces is not the one of that name a kin noun of
    another kind introduced before (a grandmother's name given to a granddaughter; at extraction
    only). With ``generation``, only the pairs of kinds `_OTHER_GENERATION` names."""
    if getattr(b, "observe", None) is not None:
        return False
    noun = _kin_noun(b, _name_head(b.toks[at]))
    kind = b.lex.kin_kinds.get(noun.lemma_.lower()) if noun is not None else None
    if kind is None:
        return False
    for m in cluster.root().mentions:
        if m.kind != "name" or m.head >= at:
            continue
        before = _kin_noun(b, b.toks[m.head])
        other = b.lex.kin_kinds.get(before.lemma_.lower()) if before is not None else None
        if other is not None and other != kind and (not generation or frozenset({other, kind}) in _OTHER_GENERATION):
            if before is not None and {other, kind} == {"sibling", "child"} and not any(c.dep_ == "poss" for c in before.children) \
                    and any(c.lower_ in ("that", "this") for c in before.children):
                continue  # ("That brother, Liam ... have three children: Liam; Avery": the one brother)
            return True
    return False


def kin_namesake(b: "_Clusters", at: int, cluster: _Cluster) -> bool:
    """Whether the name at token ``at``, matched to ``cluster`` by its given name (or a full
    name matched to a lone earlier name), is instead a relative a kin noun introduces, while
    ``cluster`` was named in this sentence before it or in the sentence before as a subject or
    possessor (whose relative it most likely is)."""
    if getattr(b, "observe", None) is not None:
        return False
    if not _kin_named(b, _name_head(b.toks[at])):
        return False
    sent = b.sent_of[at]
    return any(m.kind in ("name", "surname", "firstname") and m.head < at and sent - b.sent_of[m.head] <= 1 and _owner_role(b.toks[m.head])
               for m in cluster.root().mentions)


def _owner_role(tok: Token) -> bool:
    """A name in the role of one whose relatives the text goes on to list: a clause's subject
    ("Paul Desmarais is a businessman") or a possessor ("Paul Desmarais's son"), not one itself
    introduced as somebody's relative ("their younger daughter, Fiona Rangi ... three children:
    Alistair; Fiona; and Kirsty" lists her again)."""
    tok = _name_head(tok)
    if tok.dep_ == "appos":  # ("The builder Anselm Fry is ...")
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "poss")


def _name_head(tok: Token) -> Token:
    """The word that carries a name's role: its last, past the compounds before it."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def kin_introduced(b: "_Clusters", at: int) -> bool:
    """The name at token ``at`` is introduced by a kin noun ("His son Joseph-Octave"), however
    far its namesake was last named (at extraction only)."""
    return getattr(b, "observe", None) is None and _kin_named(b, _name_head(b.toks[at]))


def kin_given(b: "_Clusters", c: _Cluster) -> bool:
    """A one-word name a kin noun introduced ("with her husband, Graham") is a given name: a
    later full name that ends on it ("Iseabail Graham") is somebody of that surname, not the
    same person (at extraction only)."""
    return any(m.kind == "name" and kin_introduced(b, m.head) for m in c.mentions)


def kin_gender(b: "_Clusters", c: _Cluster) -> Optional[str]:
    """The gender a kin noun gives a person where it calls them by name ("His granddaughter,
    Fiona Gilmour": female), read before pronouns are resolved, so that a bare surname with a he
    or she after it ("Gilmour ran the mine until he retired") passes over a namesake of the
    other gender."""
    said = {b.lex.gendered.get(b.toks[m.head].head.lower_) for m in c.root().mentions
            if m.kind == "name" and b.toks[m.head].dep_ == "appos" and b.toks[m.head].head.lower_ in b.lex.kin_kinds}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def only_gendered(b: "_Clusters", found: list, gender: str, at: int) -> list:
    """"Our sympathy to Rajesh Naidoo, whose mother, Savitri Naidoo, died ... She was the widow of
    Kistan Naidoo ... Mrs Naidoo taught": of namesakes none of whom a title's gender rules out,
    the one alone whose gender the text has said (a kin noun, a title) is the titled one, when the
    others have none said and she was named in this paragraph (at extraction only)."""
    said = [(f, f[0].root().gender or kin_gender(b, f[0])) for f in found]
    known = [f for f, g in said if g == gender]
    if len(known) != 1 or any(g is not None for f, g in said if f is not known[0]):
        return found
    last = max((m.head for m in known[0][0].root().mentions), default=None)
    if last is None or last >= at or not same_paragraph(b.doc, last, at):
        return found
    # (not over another one the paragraph has as a clause's subject: "Margaret Kerr, 88, shares
    # nothing but a surname with Agnes Kerr. Mrs Kerr, a former telephonist": Margaret)
    def subject(k: int) -> bool:
        tok = b.toks[k]
        return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"))

    if any(m.head < at and same_paragraph(b.doc, m.head, at) and subject(m.head)
           for f in found if f is not known[0] for m in f[0].root().mentions):
        return found
    return known


def titled_elsewhere(b: "_Clusters", c: _Cluster, at: int) -> bool:
    """"... and Mr Keating, she says, stays well clear of them" (Jim, her husband, named by his first
    name only), then a paragraph later "Dr Orla Keating": a surname known only with a gendered
    title, in another paragraph, is not the full name written later (at extraction only)."""
    root = c.root()
    return (bool(root.mentions) and all(m.kind == "title" for m in root.mentions) and bool(root.genders)
            and not same_paragraph(b.doc, root.mentions[0].head, at)) or titled_thing(b.doc, root, b.lex.titles) \
        or _apposed_thing(b, root)


def _apposed_thing(b: "_Clusters", c: _Cluster) -> bool:
    """A one-word name written only right after "the", once apposed to a vessel's or a work's noun
    ("his boat, the Johanna ... The Johanna has been bought"): a thing's, which a later full name
    does not join ("his mother, Johanna Visser")."""
    text = text_of(b.doc)
    names = [m for m in c.mentions if m.kind == "name"]
    if len(c.key) != 1 or not names or not all(text[max(0, m.start - 4) : m.start].lower() == "the " for m in names):
        return False
    return any(b.toks[m.head].dep_ == "appos" and b.toks[m.head].head.lemma_.lower() in b.lex.things for m in names)


def titled_thing(doc, c: _Cluster, titles) -> bool:
    """A one-word name written only after "the" and a title ("That boat, the Mama Ruth", "the
    Miss Lula"): a thing's, since no person takes an article; a later "Ruth" or "Ruth Banda" is
    somebody else."""
    heads = [m.head for m in c.mentions if m.kind in ("name", "title")]
    return len(c.key) == 1 and bool(heads) and all(h >= 2 and doc[h - 1].lower_ in titles and doc[h - 2].lower_ == "the" for h in heads)
