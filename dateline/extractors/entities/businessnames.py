"""Evidence in a name's surroundings that it is a business's: a lower-case noun for a business or
a body after it ("the Glen Avie distillery", "The Paliskunta Kaamanen reindeer herding cooperative"),
a group noun set off before it ("the estate's restaurant, Die Ou Pastorie."), a legal suffix the
tagger left out ("Bloembollenkwekerij Van der Berg BV"). Read by context._reasons at extraction
only; moved out of context.py on 2026-12-05 (session from 09:39 UTC)."""

from __future__ import annotations


def names_a_business_noun(toks, s: int, e: int, lex) -> bool:
    """'the Glen Avie distillery', 'from the Balmacree distillery': a name between "the" and a
    lower-case noun for a business or a body names that business, however the tagger read it
    (not 'the Obama administration', 'the Smith family': no business noun)."""
    # (or opening a line with two words at least: a headline's "Bondi Sands club crowns a mother and son")
    if s == 0 or e >= len(toks) or (toks[s - 1].lower_ != "the" and not (e - s > 1 and "\n" in toks[s - 1].text + toks[s - 1].whitespace_)):
        return False
    noun = toks[e]
    if noun.is_lower and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.tag_ == "NNS" and noun.head.is_lower \
            and toks[e - 1].head.i == noun.head.i and noun.head.lemma_.lower() in lex.trades:
        return True  # "the Keighley scrap merchants": a firm of a trade, in the plural, past its goods
    if noun.is_lower and noun.pos_ == "NOUN" and toks[e - 1].head.i == noun.i and (
            noun.lemma_.lower() in lex.org_keywords or noun.lemma_.lower() in lex.org_nouns):
        return True
    # ("The Paliskunta Kaamanen reindeer herding cooperative": the body's noun a word or two of
    # its trade further on, the name hung on one of them)
    for k in range(e + 1, min(e + 3, len(toks))):
        body = toks[k]
        if not all(t.is_lower and t.is_alpha and t.tag_ in ("NN", "NNS", "VBG") for t in toks[e:k]):
            return False
        # (the noun itself may be tagged an adjective there: "herding cooperative")
        last = k + 1 >= len(toks) or toks[k + 1].pos_ not in ("NOUN", "PROPN")
        if body.is_lower and body.tag_ in ("NN", "JJ") and last and e <= toks[e - 1].head.i <= k and (
                body.lower_ in lex.org_keywords or body.lower_ in lex.org_nouns):
            return True
    return False


def set_off_after_kind(toks, s: int, e: int, kinds) -> bool:
    """A name closing its clause right after a comma and an owned or determined group noun ("the
    estate's restaurant, Die Ou Pastorie."), not the subject of what follows."""
    noun = toks[s - 2]
    return (noun.is_lower and noun.tag_ == "NN" and noun.lemma_.lower() in kinds and any(c.dep_ in ("det", "poss") for c in noun.children)
            and toks[e - 1].dep_ not in ("nsubj", "nsubjpass") and (e >= len(toks) or toks[e].text in (".", ";")))


def suffixed(toks, e: int, lex) -> bool:
    """A legal or club suffix right after the name's words (past the rest of the name when its
    head is not its last word), which the tagger left out of the name."""
    k = e
    while k < len(toks) and k - e < 3 and toks[k].text[:1].isupper() and toks[k].lower_.rstrip(".") not in lex.org_suffixes:
        k += 1
    return k < len(toks) and toks[k].text[:1].isupper() and toks[k].lower_.rstrip(".") in lex.org_suffixes
