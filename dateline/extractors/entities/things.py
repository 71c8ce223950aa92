"""What the words around a name say it is when it is no person: a named animal ("Dragon Lady,
the club's greyhound mascot"), or a body with a head ("Kimani Shuttle, whose proprietor ...").
Read at extraction only, by context.py's type evidence."""

from __future__ import annotations

from spacy.tokens import Token


def animal(tok: Token, word: str, lex) -> bool:
    """An animal noun, or an animal's role an animal noun modifies ('the club's greyhound
    mascot'): a named animal is no person. Not a person's noun so modified ('a dog walker')."""
    return word in lex.animal_nouns or (word in lex.animal_roles and any(
        ch.dep_ in ("compound", "amod") and ch.lower_ in lex.animal_nouns for ch in tok.children))


def animal_predicate(head: Token, lex) -> bool:
    """'the top dairy goat was Duchess', 'Duchess is a Saanen goat': a name the copula equates
    with an animal noun."""
    if head.head.lemma_ != "be" or head.dep_ not in ("attr", "nsubj"):
        return False
    other = "nsubj" if head.dep_ == "attr" else "attr"
    return any(ch.dep_ == other and ch.pos_ == "NOUN" and animal(ch, ch.lemma_.lower(), lex) for ch in head.head.children)


def headed_by_post(toks, e: int, lex) -> bool:
    """'Kimani Shuttle, whose proprietor, Grace Kimani', 'the council, whose convener': a name
    whose "whose" clause gives it a post that heads a body (org_head_posts) names the body; a
    person's "whose" gives kin or a personal post ('Rees, whose husband', 'whose coach')."""
    if e + 1 >= len(toks) or toks[e].text != "," or toks[e + 1].lower_ != "whose":
        return False
    noun = toks[e + 1].head
    return noun.i > e + 1 and noun.lemma_.lower() in lex.org_head_posts
