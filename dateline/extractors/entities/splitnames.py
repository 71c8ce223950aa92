"""One person's name the tagger cut in two labels ("named María Fernanda Alvarado Quizhpi as
its general manager", tagged "María Fernanda" an organisation and "Alvarado Quizhpi" a person;
"married Dolores Fernández Ruiz", the given name left untagged); and the body a spokesperson
speaks for, which the tagger cuts or misses ("A spokeswoman for the City of London Corporation",
tagged "London Corporation"): at extraction only, before the ents are read."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from dateline.extractors.entities.lexicon import Lexicon
from dateline.nlp import tokens_in


def joined_person_ents(doc: Doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """The ents with each organisation that runs straight into a person's name, inside one noun
    phrase (its words compounds of the person's), read as that person's given names. Only
    title-case words that no organisation, title or honorific word is, three at most."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (nxt is not None and ent.label_ == "ORG" and nxt.label_ == "PERSON" and nxt.start == ent.end and len(ent) <= 3
                and all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and t.lower_ not in lex.org_keywords
                        and t.lower_ not in lex.titles and t.dep_ == "compound" and nxt.start <= t.head.i < nxt.end for t in ent)
                and not (ent.start > 0 and doc[ent.start - 1].tag_ == "POS")):
            out.append(Span(doc, ent.start, nxt.end, label="PERSON"))
            k += 2
            continue
        given = _given_after_honorific(doc, ent, nxt)
        if given is not None:
            # ("his daughter, Ms Toh Mei Lin, 58", tagged "Ms Toh" and "Mei Lin", or "Ms Toh" alone:
            # a surname written first and a given name of two words, one woman)
            out.append(Span(doc, ent.start, given, label="PERSON"))
            k += 2 if nxt is not None and nxt.end == given else 1
            continue
        if ent.label_ == "PERSON" and len(ent) == 2 and _given_before(doc, ent, lex):
            # ("married Dolores Fernández Ruiz", tagged "Fernández Ruiz": a given name and two surnames)
            out.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
            k += 1
            continue
        out.append(ent)
        k += 1
    return out


def _given_after_honorific(doc: Doc, ent: Span, nxt: Optional[Span]) -> Optional[int]:
    """Where a name tagged as an honorific and one word ("Ms Toh") ends when one or two title-case
    words follow it straight, tagged a person or untagged, and then punctuation ("Ms Toh Siew
    Ping, 58"); None otherwise."""
    if ent.label_ != "PERSON" or len(ent) != 2 or ent[0].lower_.rstrip(".") not in _GENDERED_HONORIFICS:
        return None
    if nxt is not None and nxt.label_ == "PERSON" and nxt.start == ent.end and len(nxt) <= 2:
        words, end = list(nxt), nxt.end
    else:
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and doc[end].ent_type_ == "" and doc[end].tag_ == "NNP":
            end += 1
        words = list(doc[ent.end : end])
    if not words or (end < len(doc) and not doc[end].is_punct):
        return None
    return end if all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in (ent[1], *words)) else None


def _given_before(doc: Doc, ent: Span, lex: Lexicon) -> bool:
    """An untagged title-case word right before a two-word person's name, a compound of one of its
    words, after a comma or a lower-case word that is no article or possessive ("married Dolores
    Fernández Ruiz", "the stable's marabout, Serigne Modou Kane"; not "of the Emperor Tomas Varga",
    nor a sentence's "Neighbour Albert Finch")."""
    if ent.start < 2:
        return False
    t, before = doc[ent.start - 1], doc[ent.start - 2]
    return (t.ent_type_ == "" and t.tag_ == "NNP" and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
            and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and not t.is_sent_start
            and t.lower_ not in lex.org_keywords and t.lower_ not in lex.titles and t.lower_ not in lex.occupations
            and (before.text == "," or (before.is_alpha and before.is_lower and before.tag_ not in ("DT", "PRP$", "POS"))))


_GENDERED_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "madam", "mdm", "mister"})
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})  # (workposts reads them too)
_LINKS = frozenset({"of", "and", "&", "for", "de", "du", "des"})
_MAX_WORDS = 8


def spoken_for_orgs(doc: Doc, ents: list[Span], lex: Lexicon) -> list[Span]:
    """The ents with the run of capitalised words after "spokeswoman for (the)" made one
    organisation (lower-case "of", "and", "for" allowed between capitalised words), over the ents
    it overlaps: "A spokesman for the Czech Glass and Ceramics Association" (tagged "Ceramics
    Association"), "A spokeswoman for Bowls New Zealand" (tagged a place). Not a run of one word,
    one the tagger gave a person's label whole ("a spokesman for Jane Roe"), or one with a title in it."""
    out = list(ents)
    # (from the Doc's word index: a Token per word of every article cost more than the rule)
    for i in tokens_in(doc, "lower", SPOKESPERSON_NOUNS):
        tok = doc[i]
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "for":
            continue
        s = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
        e = s
        while e < len(doc) and e - s < _MAX_WORDS and (
                (doc[e].is_alpha and doc[e].text[:1].isupper())
                # ("the Roman Catholic Parish of St. Ninian": an abbreviation inside the name)
                or (doc[e].text[:1].isupper() and doc[e].text.endswith(".") and doc[e].text[:-1].isalpha() and len(doc[e].text) <= 4
                    and e + 1 < len(doc) and doc[e + 1].text[:1].isupper())
                or (doc[e].lower_ in _LINKS and doc[e].text.islower() and e > s and e + 1 < len(doc) and doc[e + 1].text[:1].isupper())
                # ("the Cape Breton-Victoria Regional Centre for Education": a hyphen inside a word)
                or (doc[e].text == "-" and e > s and not doc[e - 1].whitespace_ and not doc[e].whitespace_
                    and e + 1 < len(doc) and doc[e + 1].text[:1].isupper())):
            e += 1
        if e - s < 2 or doc[e - 1].lower_ in _LINKS or any(doc[k].lower_ in lex.titles for k in range(s, e)):
            continue
        if any(x.label_ == "PERSON" and (x.start, x.end) == (s, e) for x in out):
            continue
        out = [x for x in out if x.end <= s or x.start >= e] + [Span(doc, s, e, label="ORG")]
    return sorted(out, key=lambda x: x.start)

