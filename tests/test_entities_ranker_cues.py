"""What the pronoun ranker reads about each candidate: the article's title naming it, the owner
of a subject, the agent of a passive. Fictional sentences written for these tests; the values
are the features' own, whatever the trained model makes of them."""

from __future__ import annotations

import pytest


def feature_of(nlp, text: str, pronoun: str, name: str, feature: str, title: str | None = None) -> float:
    """One feature of the candidate whose name has the word ``name``, for the first ``pronoun``."""
    from dateline.extractors.entities import lexicon
    from dateline.extractors.entities.builder import _Builder, name_passes
    from dateline.extractors.entities.ranker import FEATURES
    from dateline.model import Article
    from dateline.nlp import pipe

    doc = next(pipe([Article(id="t", date="2024-03-02", date_precision="day", text=text, title=title)], nlp=nlp))
    target = next(t for t in doc if t.text == pronoun)
    seen: list[dict[str, float]] = []
    b = _Builder(doc, lexicon())
    b.use_model = False

    def observe(tok, clusters, rows):
        if tok.i == target.i:
            seen.append({w: r[FEATURES.index(feature)] for c, r in zip(clusters, rows, strict=True) for w in c.key})

    b.observe = observe
    name_passes(b)
    b.resolve()
    assert seen and name.lower() in seen[0], f"{name!r} is no candidate of {pronoun!r}"
    return seen[0][name.lower()]


@pytest.mark.parametrize("text, title, pronoun, named, other", [
    # a title (an encyclopedia page's name, a headline) naming a person marks whom the text is about
    ("Orla Quint met Bea Marsh in Leeds in 1990. Later she moved to Bath.", "Bea Marsh", "she", "Marsh", "Quint"),
    ("Tomas Vell hired Ivo Kade in 2001, and he stayed for ten years.", "Kade leaves the Orme studio", "he", "Kade", "Tomas"),
    ("Nina Roe thanked Ada Lusk after the vote. She said the count was fair.", "Roe wins Dunmore seat", "She", "Roe", "Lusk"),
])
def test_a_candidate_named_in_the_title_is_marked(nlp, text, title, pronoun, named, other):
    assert feature_of(nlp, text, pronoun, named, "in_title", title) == 1.0
    assert feature_of(nlp, text, pronoun, other, "in_title", title) == 0.0
    assert feature_of(nlp, text, pronoun, named, "in_title", None) == 0.0


@pytest.mark.parametrize("text, pronoun, owner", [
    # the owner of a subject of the pronoun's sentence
    ("Sara Vint wrote to Jo Bell. Vint's first novel earned her a prize in 2004.", "her", "Vint"),
    ("Early in his reign, Osric's mother sent envoys to Tarn.", "his", "Osric"),
    ("Pell's new show made him famous across the county.", "him", "Pell"),
])
def test_the_owner_of_a_subject_is_marked(nlp, text, pronoun, owner):
    assert feature_of(nlp, text, pronoun, owner, "subj_owner") == 1.0


@pytest.mark.parametrize("text, pronoun, agent", [
    # the agent of a passive in the pronoun's sentence does what a subject does
    ("The letter was written by Mary Gale to her brother in Lyon.", "her", "Gale"),
    ("The bridge was designed by Piet Adler before his move to Delft.", "his", "Adler"),
    ("The award was handed to Ruth Cole by Anne Brody, who praised her work.", "her", "Brody"),
])
def test_the_agent_of_a_passive_is_marked(nlp, text, pronoun, agent):
    assert feature_of(nlp, text, pronoun, agent, "agent") == 1.0
