"""Names of people the tagger misses or calls organisations (issue 9: relation recall was capped
at the entity stage).

- A sovereign's or pope's name with its ordinal numeral ("King Aldous IV", "Pope Linus III",
  "Harald Vale II of Corvenna"): the small model tags few of them, and the numeral tells two
  namesakes apart ("Carol I" is not "Carol II").
- Type evidence from the words around a name that spaCy tagged ORG: whose father or wife one
  is ("Naess's father"), whose death or funeral ("the death of Edwin Marlowe"), and a name
  listed with people ("Tamsin Hale and Rhian Ober presented it"). Each counts once per cluster,
  as much as a personal name's shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dateline.extractors.entities.kinnames import COMPANY_KIN, _kin_list_item, _relative_of
from dateline.extractors.entities.kinwords import DEATH_VERBS, in_law_at
from dateline.extractors.entities.lexicon import W_PERSON_NOUN, W_SHAPE, Lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.nlp import columns, conj_tops, tokens_in, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder
    from dateline.extractors.entities.clusters import _Cluster

ROMAN = re.compile(r"^(X{0,2})(IX|IV|V?I{0,3})$")
_NUMERAL_OPENERS = frozenset("XIV")
# labels under which a capitalised word and a numeral name a thing, not a ruler ("World War II")
THING_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})


def regnal_names(doc: Doc, lex: Lexicon, taken: list[bool]) -> list[_NameSpan]:
    """'[Title] Name [Name] NUMERAL' spans; claims their tokens in ``taken``."""
    toks = tokens_of(doc)
    out = []
    # The numerals first, from the text column, not from a Token's attributes per word: a
    # numeral opens on X, I or V and is nothing else (a full match: "$" would also match before
    # a final line break, and a line-break token made "Janet Yellen\n" a ruler's name).
    texts = columns(doc).text
    numerals = [i for i in range(1, len(texts)) if texts[i][:1] in _NUMERAL_OPENERS and ROMAN.fullmatch(texts[i])]
    for i in numerals:
        num = toks[i]
        if taken[i] or taken[i - 1]:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # "when Carol I was ...": "I" before a verb is the pronoun
        if num.text == "I" and nxt is not None and (nxt.tag_.startswith("VB") or nxt.tag_ == "MD"):
            continue
        s = i
        while s > 0 and i - s < 3 and not toks[s].is_sent_start and _name_word(toks[s - 1], lex) and not taken[s - 1]:
            s -= 1
        if s == i or num.whitespace_ == "" and nxt is not None and nxt.text[:1].isalnum():
            continue
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha and nxt.lower_ != "of":
            continue  # "Piazza XX Settembre": a ruler's numeral ends the name
        k = s - 1
        while k >= 0 and toks[k + 1].ent_iob_ == "I" and toks[k].ent_type_ == "PERSON" and toks[k].lower_ not in lex.titles \
                and toks[k].lower_ not in lex.regnal_titles and not taken[k]:
            k -= 1  # "John D. Rockefeller III", tagged whole: the name is the whole ent
        s = k + 1
        words = [t.lower_ for t in toks[s : i + 1]]
        if any(w in lex.regnal_not_names or w in lex.not_entities for w in words):
            continue
        if any(t.ent_type_ in THING_LABELS for t in toks[s : i + 1]):
            continue
        before = toks[s - 1].lower_ if s > 0 else ""
        ruled = nxt is not None and nxt.lower_ == "of" and i + 2 < len(toks) and toks[i + 2].text[:1].isupper()
        label = "PERSON" if before in lex.regnal_titles or ruled or toks[s].ent_type_ == "PERSON" else None
        # spaCy's ents over it ("Tsar Boris VI", a PERSON "Boris") are read no more: the name
        # is this span, and a title before it stays a title
        for k in range(s, i + 1):
            taken[k] = True
        k = s - 1
        while k >= 0 and toks[k + 1].ent_iob_ == "I":
            taken[k] = True  # the ent's start, a title within it
            k -= 1
        k = i + 1
        while k < len(toks) and toks[k].ent_iob_ == "I":
            taken[k] = True
            k += 1
        out.append(_NameSpan(s, i + 1, label))
    return out


def _name_word(tok, lex: Lexicon) -> bool:
    return (tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.text[1:].islower()
            and tok.is_alpha and tok.lower_ not in lex.titles and tok.lower_ not in lex.regnal_titles)


def person_evidence(b: "_Builder") -> None:
    """Votes for PERSON from a name's place in its sentence (see the module's docstring)."""
    doc, lex = b.doc, b.lex
    kin = frozenset(lex.kin_kinds) - COMPANY_KIN
    found: dict[int, tuple["_Cluster", set[str]]] = {}
    toks, tops = tokens_of(doc), conj_tops(doc)
    # The parse from the token columns, Tokens only where a test needs one: this reads every
    # word of every name, and each .head or .conjuncts made new Token objects.
    cols = columns(doc)
    heads, dep, lower, lemma = cols.head, cols.dep, cols.lower, cols.lemma_lower
    conj_heads = {heads[k] for k in tokens_in(doc, "dep", ("conj",))}
    for i, cluster in list(b.covered.items()):
        root = cluster.root()
        h = heads[i]
        head_cluster = b.covered.get(h)
        if h == i or (head_cluster is not None and head_cluster.root() is root):
            continue  # not the name's own head word
        reasons = found.setdefault(id(root), (root, set()))[1]
        if dep[i] == "poss" and lower[h] in kin and not any(ch.dep_ == "compound" for ch in toks[h].children):
            reasons.add("kin")  # "Naess's father"
        if dep[i] == "poss" and lemma[h] in lex.life_nouns:
            reasons.add("life")  # "Marlowe's funeral"
        f = tops[i]  # the first of a list the name is in
        if b.observe is None and dep[i] == "nsubj" and _feeling(toks[h]):
            reasons.add("kin_noun")  # "Vivian realizes that ...", "Vivian is furious": only a person feels
        if dep[f] == "pobj" and lower[heads[f]] == "of" and lemma[heads[heads[f]]] in lex.life_nouns:
            reasons.add("life")  # "the death of Edwin Marlowe"
        if _relative_of(toks[f], lex, life=False):
            reasons.add("kin")  # "the sister of Joukara", "His children included Srutam, ...
        if b.observe is None and (_kin_word_before(toks, i, lex) or (dep[i] == "conj" and _kin_word_before(toks, h, lex))):
            # "daughters-in-law Aoife and Treasa" with "Treasa" tagged ORG: a kin noun before
            # the list is apposed to each name of it, as a role noun is ("sister Nora")
            reasons.add("kin_noun")
        if b.observe is None and _late_before(lower, _first_word(b, i, cluster)) and (i + 1 >= len(lower) or cols.pos[i + 1] not in ("PROPN", "NOUN")):
            reasons.add("kin_noun")  # "the late Cyril Pennock" tagged ORG: only a person is the late anyone (not "the late Joseon Dynasty")
        if b.observe is None and _kin_list_item(toks[i], lex.person_or_gendered, after_colon=True):
            reasons.add("kin_noun")  # ("three children: Arjun, 17; Priya; and Meera" with "Priya" tagged ORG)
        if b.observe is None and dep[i] in ("nsubj", "nsubjpass") and lemma[h] in DEATH_VERBS and _aged_after(toks[h]):
            reasons.add("kin_noun")  # ("The youngest, Imran, was killed in a crash in 1998, aged 31" tagged ORG)
        if dep[i] != "conj" and i not in conj_heads:
            continue  # (no conjuncts)
        for other in (*toks[i].conjuncts,):
            oc = b.covered.get(other.i)
            if oc is not None and oc.root() is not root and oc.root().is_person_like() and oc.root().votes["PERSON"] > 0:
                reasons.add("listed")  # "Tamsin Hale and Rhian Ober"
    for root, reasons in found.values():
        if root.is_person_like():
            continue  # a person already: the pronoun ranker reads the score, left as it was
        votes = root.votes
        # Each is worth a name's shape: it settles a tie (a personal name's shape against one ORG
        # tag), never outweighs spaCy's ORG on a one-word name ("the death of Woolworths").
        votes["PERSON"] += W_SHAPE * len(reasons - {"kin_noun"}) + W_PERSON_NOUN * ("kin_noun" in reasons)


# verbs of the mind and the heart, and moods, that only a person is the subject of
_FEELING_VERBS = frozenset({"realize", "realise", "feel", "love", "hate", "fear", "wish", "plot", "divorce", "kiss", "hug", "weep",
                            "cry", "smile", "laugh", "pretend", "confess", "forgive", "marry", "wed", "befriend", "seduce",
                            "graduate", "resign", "enlist", "flirt", "dream", "worry", "notice", "blackmail", "murder", "sing"})
_MOODS = frozenset({"furious", "jealous", "pregnant", "angry", "upset", "heartbroken", "devastated", "afraid", "ashamed", "terrified"})


def _feeling(verb: Token) -> bool:
    """'Vivian realizes', 'Vivian divorces Victor', 'Vivian is furious', 'Lowe resigned': a verb of
    the mind, the heart or a life, or a mood after "be"."""
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _FEELING_VERBS:
        return True
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "retire" and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "Clarke retired" (not "the club retired his shirt")
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in _MOODS for c in verb.children)


def _aged_after(verb: Token) -> bool:
    """'died on Saturday aged 88', 'was killed in 1998, aged 31': an age at death on the verb."""
    return any(t.lower_ == "aged" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num for t in verb.subtree if t.i > verb.i)


_LATE_OWNERS = frozenset({"the", "his", "her", "their", "our", "my"})
# ("too late", "as late as" are no such "late": an adverb's words before it)
_NOT_LATE = frozenset({"too", "as", "so", "very"})


def _first_word(b: "_Builder", i: int, cluster) -> int:
    while i > 0 and b.covered.get(i - 1) is cluster:
        i -= 1
    return i


def _late_before(lower: list[str], s: int) -> bool:
    return s >= 2 and lower[s - 1] == "late" and lower[s - 2] in _LATE_OWNERS and (s < 3 or lower[s - 3] not in _NOT_LATE)


def _kin_word_before(toks, i: int, lex: Lexicon) -> bool:
    """A kin noun right before the first name of a list ("sisters Ann and Treasa", a death
    notice's "daughters-in-law Aoife and Treasa"): every name of the list is a relative."""
    k = i - 1
    if in_law_at(columns(toks[i].doc).lower, k):
        k -= 4
    return k >= 0 and toks[k].text.islower() and (toks[k].lower_ in lex.kin_kinds or toks[k].lemma_.lower() in lex.kin_kinds)
