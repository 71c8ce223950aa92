"""One person's name the tagger cut in two labels ("named María Fernanda Alvarado Quizhpi as
its general manager", tagged "María Fernanda" an organisation and "Alvarado Quizhpi" a person;
"married Dolores Fernández Ruiz", the given name left untagged):
at extraction only, before the ents are read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.extractors.entities.lexicon import Lexicon


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
        if ent.label_ == "PERSON" and len(ent) == 2 and _given_before(doc, ent, lex):
            # ("married Dolores Fernández Ruiz", tagged "Fernández Ruiz": a given name and two surnames)
            out.append(Span(doc, ent.start - 1, ent.end, label="PERSON"))
            k += 1
            continue
        out.append(ent)
        k += 1
    return out


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
