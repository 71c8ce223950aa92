"""Names that stand for a thing named after somebody, not for a person in the story:
"Parkinson's disease", "Cassin's finch", "Halley's comet", "she has Alzheimer's". Left as
names, each became a person ("Parkinson"), and in Re-DocRED dev the bird's "Cassin" outvoted
"John Cassin" for his own curatorship. Read at extraction only: the words are claimed before
the tagger's entities, and the second look for untagged names (rescan.py) passes them by."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import per_doc


def eponym_tokens(doc: Doc, lex) -> frozenset[int]:
    """The words of each name before "'s" that a thing's noun follows (``lex.eponym_heads``), or
    that is a condition's own name (``lex.eponym_conditions``) with no noun after it and no
    title or first name before it ("Mr Bell's house" is Mr Bell's), made once per Doc."""
    memo = per_doc(doc, "entities.eponyms")
    got = memo.get(None)
    if got is not None:
        return got
    out: set[int] = set()
    for t in doc:
        if t.tag_ != "POS" or t.i == 0:
            continue
        name = doc[t.i - 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        headed = after is not None and after.is_lower and after.lower_ in lex.eponym_heads
        before = doc[name.i - 1] if name.i > 0 else None
        alone = (name.lower_ in lex.eponym_conditions and (after is None or after.pos_ not in ("NOUN", "PROPN"))
                 and not (before is not None and (before.pos_ == "PROPN" or before.lower_.rstrip(".") in lex.titles)))
        if not (headed or alone):
            continue
        k = name.i
        while headed and k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
            k -= 1  # "Lou Gehrig's disease"
        out.update(range(k, name.i + 1))
    got = memo[None] = frozenset(out)
    return got


def eponym_names(doc: Doc, lex, taken: list[bool]) -> None:
    """Claim those words: no name."""
    for k in eponym_tokens(doc, lex):
        taken[k] = True
