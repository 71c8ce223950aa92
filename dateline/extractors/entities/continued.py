"""A name the tagger left untagged, read as a person's from what the next sentence does with its
subject: 'Ffion Rees runs a flock of 400 ewes. She said ...', '... has built dhows without a drawing.
This week the 80-year-old shipwright handed ...'. Read by missed.py at extraction only. Moved out of
nameparts.py (2026-12-05)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.extractors.entities.lexicon import Lexicon


def continued_as_person(doc: Doc, tok: Token, lex: Lexicon, sent_start_of: list[int]) -> bool:
    """'Ffion Rees runs a flock of 400 ewes. She said ...': an untagged name as its sentence's
    main subject, and the next sentence opens on "he" or "she" (what no business or place is
    called) or on an age as its subject ("The 38-year-old"), with no other subject between. (Moved out of missed.py.)"""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return False
    end = tok.head.sent.end
    if end >= len(doc) or sent_start_of[end] != end:
        return False
    nxt = doc[end]
    subj = next((c for c in nxt.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "NOUN" and subj.i > nxt.i and any(c.lower_ == "the" for c in subj.children) and any(
            a.dep_ == "amod" and a.lower_ == "old" and any(y.lower_ in ("year", "years") for y in a.children) for a in subj.children):
        # ("... has built dhows without a drawing. This week the 80-year-old shipwright handed":
        # the next sentence's subject an age and a noun, after an opening phrase)
        return True
    if subj is not None and subj.tag_ == "PRP" and subj.i > nxt.i and lex.pronouns.get(subj.lower_) in ("male", "female") \
            and all(t.pos_ in ("ADP", "PROPN", "NOUN", "DET", "ADJ", "NUM", "PUNCT") for t in doc[nxt.i : subj.i]):
        return True  # ("... has run the mill for 26 years. On Monday she handed it to her daughter": after an opening phrase)
    if nxt.lower_ == "the" and nxt.dep_ == "det":
        # "Owain Price came to us in 2021. The 38-year-old, ...": only a person is described
        # by an age alone, as the next sentence's subject
        head = nxt.head
        return head.lower_ == "old" and head.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in ("year", "years") for c in head.children)
    return nxt.tag_ == "PRP" and nxt.dep_ in ("nsubj", "nsubjpass") and lex.pronouns.get(nxt.lower_) in ("male", "female")
