"""Malaysian and Singaporean Indian names joined by a connector that says whose child the person
is: "Rajan a/l Subramaniam" (son of), "Kamala a/p Ramasamy" (daughter of), "s/o", "d/o". The
tokenizer cuts the connector in three ("a", "/", "p"), and the small model tags the given name
alone or nothing, so one person came out as two, the age on one and the spouse on the other. At
extraction only."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import columns, tokens_of

_CONNECTORS = frozenset({("a", "l"), ("a", "p"), ("s", "o"), ("d", "o")})


def _word(text: str) -> bool:
    return text[:1].isupper() and text[1:].isalpha() and (len(text) == 1 or text[1:].islower())


def connector_names(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """One or two capitalised words, a connector, one or two capitalised words: one person's
    name. Marks the tokens taken."""
    toks = tokens_of(doc)
    n = len(toks)
    out = []
    # (only where a slash stands: a Token per word of the article cost more than the rule)
    for k in [j - 1 for j, t in enumerate(columns(doc).text) if t == "/" and 2 <= j < n - 2]:
        if (toks[k].lower_, toks[k + 2].lower_) not in _CONNECTORS \
                or toks[k].whitespace_ or toks[k + 1].whitespace_ or not toks[k + 2].whitespace_:
            continue
        s = k
        while s > 0 and k - s < 2 and _word(toks[s - 1].text) and not taken[s - 1]:
            s -= 1
        e = k + 3
        while e < n and e - (k + 3) < 2 and _word(toks[e].text) and not taken[e]:
            e += 1
        if s == k or e == k + 3 or any(taken[s:e]):
            continue
        taken[s:e] = [True] * (e - s)
        out.append((s, e))
    return out
