"""Which of several people of one surname a gendered honorific ("Ms. Shaw", "Mr. Tal") means,
read from the honorifics the text has already given each of them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Optional

from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.lexicon import W_ORG_KEYWORD, W_PERSON_NOUN
from dateline.nlp import text_of, token_at_char

_LIFESPAN = re.compile(r"\s*\(\d{4}\s*[-–]\s*\d{4}\)")

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Clusters


def by_title(b: "_Clusters", cands: list, title: str, cluster_of: Callable[[Any], _Cluster] = lambda f: f,
             at: Optional[int] = None) -> list:
    """Those a gendered honorific most likely means: one already called by it ("Mr. Oren Tal ...
    Lior Tal ... Mr. Tal"), else one not named with another ("Dr. Felix Shaw ... Nadine Shaw ...
    Ms. Shaw": news keeps a person's title); all of them when that tells none apart."""
    titles = {id(cluster_of(f)): titles_of(b, cluster_of(f)) for f in cands}
    key = title.rstrip(".")
    same = [f for f in cands if key in titles[id(cluster_of(f))]]
    tg = b.lex.titles.get(title.lower())
    # (another honorific of the same gender is no other title: "Mama Rose ... Mrs Ouma", at
    # extraction only)
    same_sex = (lambda t: tg is not None and b.lex.titles.get(t) == tg) if getattr(b, "observe", None) is None else (lambda t: False)
    out = same or [f for f in cands if not {t for t in titles[id(cluster_of(f))] - {key} if not same_sex(t)}] or cands
    if tg and getattr(b, "observe", None) is None:
        # (extraction only) "Stavros's widow, Eleni Karalis ... Mr Karalis": not one introduced
        # by a noun of the other gender, whose gender the clusters do not know yet; and, unless
        # the title itself follows "the late", not one the text called "the late" ("the late
        # Stavros Karalis ... Mr Karalis, who ran the firm alone after his brother's death")
        late = at is not None and not (at > 1 and b.toks[at - 2].lower_ == "late")
        # (an obituary's own subject, whose life span ends in the article's year or the one before,
        # is called so though dead:
        # "Rose Akinyi Ouma (1938 - 2025): the midwife who ... Mrs Ouma chaired it")
        out = [f for f in out if _introduced_gender(b, cluster_of(f)) - {tg} == set()
               and not (late and _called_late(b, cluster_of(f)) and not _fresh_death(b, cluster_of(f)))] or out
        if key.lower() == "mrs" and len(out) > 1:
            # ("Rudo Moyo, 24, ... her mother, Chipo Moyo ... Mrs Moyo": of a daughter and the
            # mother the text introduced as hers, the married woman's title is the mother's; not
            # another's mother: "her mother, Agnes Kerr" of a third woman)
            roots = {id(cluster_of(f).root()) for f in out}
            wed = [f for f in out if _mother_of_another(b, cluster_of(f), roots, tg)]
            out = wed if len(wed) == 1 else out
    return out


def _fresh_death(b: "_Clusters", c: _Cluster) -> bool:
    """A name of the person is followed by a life span that ends in the article's year or the one
    before ("Rose Akinyi Ouma (1938 - 2025)" in a 2025 paper): the death the article reports."""
    article = getattr(b.doc._, "article", None) if b.doc.has_extension("article") else None
    date = getattr(article, "date", None)
    if not date:
        return False
    text = text_of(b.doc)
    year = int(date[:4])
    for m in c.root().mentions:
        span = _LIFE_SPAN_AFTER.match(text, m.end) if m.kind == "name" else None
        if span is not None and int(span.group(1)) >= year - 1:
            return True
    return False


_LIFE_SPAN_AFTER = re.compile(r"\s*\(\s*(?:b\.\s*)?\d{4}\s*[-–—]\s*(\d{4})\s*\)")


def titles_of(b: "_Clusters", c: _Cluster) -> set[str]:
    """The capitalised titles before the person's mentions (or opening them), without a dot."""
    doc, titles = b.doc, b.lex.titles
    out = set()
    for m in c.root().mentions:
        span = doc.char_span(m.start, m.start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        k = span[0].i
        t = doc[k] if doc[k].lower_ in titles else doc[k - 1] if k > 0 else None
        if t is not None and t.lower_ in titles and t.text[:1].isupper():
            out.add(t.lower_.rstrip("."))
    return out


def _called_late(b: "_Clusters", c: _Cluster) -> bool:
    """Whether a name of the person comes right after "the late" ("the late Stavros Karalis") or
    before a span of years ("Skipper Kobus van Wyk (1903 - 1968)")."""
    for m in c.root().mentions:
        first = token_at_char(b.doc, m.start) if m.kind == "name" else None
        if first is not None and first > 0 and b.toks[first - 1].lower_ == "late":
            return True
        if m.kind == "name" and _LIFESPAN.match(text_of(b.doc), m.end):
            return True
    return False


def _introduced_gender(b: "_Clusters", c: _Cluster) -> set[str]:
    """The genders of the nouns a person's names are apposed to ("Stavros's widow, Eleni
    Karalis", "the bride's father, Erik Lund")."""
    out = set()
    for m in c.root().mentions:
        if m.kind != "name":
            continue
        tok = b.toks[m.head]
        first = tok.left_edge.i
        words = [tok.head.lower_] if tok.dep_ == "appos" else []
        if first > 1 and b.toks[first - 1].text == ",":
            words.append(b.toks[first - 2].lower_)
        out |= {g for w in words if (g := b.lex.gendered.get(w))}
    return out


def _mother_of_another(b: "_Clusters", c: _Cluster, roots: set[int], gender: str) -> bool:
    """A name of the person is apposed to a parent's or spouse's noun of ``gender`` whose
    possessor is one of the other bearers (``roots``): "Rudo Moyo ... her mother, Chipo Moyo"."""
    for m in c.root().mentions:
        tok = b.toks[m.head] if m.kind == "name" else None
        if tok is None or tok.dep_ != "appos" or b.lex.gendered.get(tok.head.lower_) != gender \
                or b.lex.kin_kinds.get(tok.head.lower_) not in ("spouse", "parent", "grandparent"):
            continue
        for p in tok.head.children:
            owner = b.covered.get(p.i) if p.dep_ == "poss" else None
            if owner is not None and id(owner.root()) in roots - {id(c.root())}:
                return True
    return False


def apposed_kin(b: "_Clusters", at: int) -> Optional[str]:
    """The kin noun of a description set off right after the one-word name at token ``at``
    ("Mr. Lund, the bride's father, ..."): the relative the honorific is."""
    doc, kinds = b.doc, b.lex.kin_kinds
    if at + 2 >= len(doc) or doc[at + 1].text != ",":
        return None
    for t in doc[at + 2 : min(len(doc), at + 8)]:
        if t.lower_ in kinds:
            # ("Mrs Moyo, the daughter of a chrome miner": a relative of somebody unnamed tells
            # none of the bearers apart)
            if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" and doc[t.i + 2].lower_ in ("a", "an"):
                return None
            return t.lower_
        if t.is_punct and t.text not in ("'s", "’s", "-"):
            break
    return None


def introduced_as(b: "_Clusters", c: _Cluster) -> set[str]:
    """The kin nouns a person's names are apposed to ("The bride's brother, Erik Lund")."""
    kinds = b.lex.kin_kinds
    out = set()
    for m in c.root().mentions:
        if m.kind != "name":
            continue
        tok = b.toks[m.head]
        if tok.dep_ == "appos" and tok.head.lower_ in kinds:
            out.add(tok.head.lower_)
        first = tok.left_edge.i
        if first > 1 and b.toks[first - 1].text == "," and b.toks[first - 2].lower_ in kinds:
            out.add(b.toks[first - 2].lower_)
    return out


def not_other_kin(b: "_Clusters", cands: list, kin: str, cluster_of: Callable[[Any], _Cluster] = lambda f: f) -> list:
    """Those an honorific apposed to ``kin`` ("Mr. Lund, the bride's father") may be: not one the
    text introduced as another relative ("The bride's brother, Erik Lund"); none may be left,
    and the honorific is then somebody the text has not named."""
    return [f for f in cands if not introduced_as(b, cluster_of(f)) - {kin}]


def titled_business(doc, title_i: int, end: int, honorifics: frozenset[str]) -> bool:
    """'Miss Ivy's, on Soho Road, took the top prize', 'lunch at Mr Patel's': an honorific, a
    name and a possessive with no noun of its own after it names a pub, shop or restaurant
    after the person ('Mrs Hobbs's bowl' and 'Mr Patel's new shop' are the person's)."""
    if not doc[title_i].text[:1].isupper() or doc[title_i].lower_ not in honorifics or end + 1 > len(doc):
        return False
    if end - 1 > title_i + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s")):
        end -= 1  # ("Mang Tonyo's, the Bergenfield restaurant": a name the tagger closed on its possessive)
    if end >= len(doc) or not (doc[end].tag_ == "POS" or doc[end].lower_ in ("'s", "\u2019s")):
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "ADP", "ADV", "CCONJ") or _business_word(doc, end + 1)


def _business_word(doc, k: int) -> bool:
    """'Miss Gloria's Bammy', 'Auntie Mae's Kitchen': a capitalised word mid-sentence after the
    possessive names what the honorific's bearer gave her name to; what a person owns takes a
    common noun ('Mrs Hobbs's bowl')."""
    t = doc[k]
    return t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and not t.is_sent_start and t.ent_type_ not in ("GPE", "LOC", "DATE")


def business_end(doc, end: int) -> int:
    """Where a titled business's name ends: after the possessive, or after the capitalised
    words that follow it ('Miss Gloria's Bammy')."""
    k = end + 1
    while k < len(doc) and _business_word(doc, k):
        k += 1
    return k if k > end + 1 else end


def business_cluster(b: "_Clusters", title_i: int, end: int, key: tuple[str, ...]) -> _Cluster:
    """The business 'Miss Ivy's' names: a cluster of its own keyed with the honorific (so it is
    never Ivy Campbell, nor gendered by 'Miss'), voted an organisation like a firm's keyword."""
    bkey = (b.doc[title_i].lower_, *key)
    cluster = next((c.root() for c in b.clusters if c.root().key == bkey), None)
    if cluster is None:
        cluster = b.new(key=bkey)
        cluster.unlowered = tuple(b.doc[i].text for i in range(title_i, end))
    cluster.votes["ORG"] += W_ORG_KEYWORD
    b.add(cluster, title_i, business_end(b.doc, end), "name")
    return cluster


def in_business(b: "_Clusters", start: int) -> bool:
    """Whether a name span opens inside a titled business's name already read ('Bammy' of
    'Miss Gloria's Bammy'), and so is no name of its own."""
    c = b.covered.get(start)
    return c is not None and c.root().key[:1] != () and c.root().key[0] in b.lex.honorifics


def as_business(b, title_i: int, end: int, key: tuple[str, ...]) -> bool:
    """Whether the titled name ending at ``end`` names a business ('Miss Ivy's'); if so, its
    mention is added to the business's cluster."""
    if not titled_business(b.doc, title_i, end, b.lex.honorifics):
        return False
    b.last_seen[id(business_cluster(b, title_i, end, key).root())] = title_i + 1
    return True


def same_office(b: "_Clusters", key: tuple, title: Any, gendered: Optional[str], bare: bool) -> Optional[tuple[_Cluster, str]]:
    """'Dr Cheryl Ollivierre ... Dr Ollivierre said', 'Chief Babatunde Adeyemi ... Chief Adeyemi':
    a surname after a title that gives no gender (an office or a degree) is the one person of that
    surname already named with that very title, when only one was; None otherwise (and then the
    surname goes wherever a bare one would). In extraction only."""
    if title is None or gendered or not bare or len(key) != 1 or getattr(b, "observe", None) is not None:
        return None
    office = title.lower_.rstrip(".")
    found = {id(c.root()): c.root() for c in b.clusters
             if len(c.root().key) > 1 and c.root().key[-1] == key[0] and not c.root().platform and office in titles_of(b, c)}
    return (next(iter(found.values())), "surname") if len(found) == 1 else None
def after_article(title) -> bool:
    """'formerly the Lady Fatima', 'We commend to the Lord Teodora Macaraig': a capitalised
    honorific right after "the" titles no person named after it (a vessel, or the Lord).
    Offices ('the Rev. Ann Hale') state no gender and are not read here."""
    doc = title.doc
    return title.i > 0 and doc[title.i - 1].lower_ == "the" and title.text[:1].isupper()


def title_reading(b, title) -> tuple[Optional[str], int]:
    """The gender a title before a name gives, and its vote for a person: an office ("Sen.")
    votes with no gender; an honorific after "the" ("the Lady Fatima") neither (extraction)."""
    g = b.lex.titles[title.lower_]
    if b.observe is None and g and after_article(title):
        return None, 0
    return g, W_PERSON_NOUN


# the husband's title before "and Mrs" on a social page ("Mr and Mrs X", "Chief and Mrs X")
HUSBAND_TITLES = frozenset({"mr", "dr", "chief", "rev", "revd", "prof", "sir", "capt", "col", "alhaji", "judge"})
