"""Who the pronoun ranker gets to choose from: the people a pronoun may refer to, on fictional
sentences written for these tests (the choice itself is the model's, tested elsewhere)."""

from __future__ import annotations

import pytest


def candidates_of(nlp, text: str, pronoun: str, occurrence: int = 1) -> set[str]:
    """The candidates' names (their words, lowercased) for one pronoun of the text."""
    from dateline.extractors.entities import lexicon
    from dateline.extractors.entities.builder import _Builder, name_passes
    from dateline.nlp import pipe
    from dateline.read import from_dated_text

    doc = next(pipe([from_dated_text(text, date="2024-03-02")], nlp=nlp))
    target = [t for t in doc if t.text == pronoun][occurrence - 1]
    seen: list[set[str]] = []
    b = _Builder(doc, lexicon())
    b.use_model = False
    b.observe = lambda tok, clusters, rows: seen.append({" ".join(c.key) for c in clusters}) if tok.i == target.i else None
    name_passes(b)
    b.resolve()
    assert seen, f"{pronoun!r} was not ranked"
    return seen[0]


@pytest.mark.parametrize("text, pronoun, name", [
    # a kin or role noun with the name in apposition: the noun stands for the name
    ("In 1887, Ellen Marsh's sister Julia Anne moved to Alameda. She found a home near the harbour.", "She", "julia anne"),
    ("The trust was run by Colm Hart's nephew Aidan Pryce until 2010, when he retired to Cork.", "he", "aidan pryce"),
    ("Reporters spoke to the widow Maud Keller outside the court. Later that day she thanked the jury.", "she", "maud keller"),
])
def test_a_name_in_apposition_to_a_role_noun_is_a_candidate(nlp, text, pronoun, name):
    assert name in candidates_of(nlp, text, pronoun)


@pytest.mark.parametrize("text, pronoun, name", [
    # a pronoun in a phrase fronted before the main clause may point forward to its subject,
    # even after another name
    ("Fearing that the raid on Ruiz would be traced to his crew, Okafor left the city.", "his", "okafor"),
    ("Working beside Dr Pell in his old laboratory, Marco Ionescu finished the trial in May.", "his", "marco ionescu"),
    ("When Lisa Ortega called her on Monday, the senator Ruth Adler was already in Brussels.", "her", "ruth adler"),
])
def test_a_fronted_pronoun_reaches_forward_to_the_main_subject(nlp, text, pronoun, name):
    assert name in candidates_of(nlp, text, pronoun)


@pytest.mark.parametrize("text, pronoun, name", [
    # ... but not to an object, nor from a pronoun that is no fronted phrase's
    ("Fearing that the raid on Ruiz would be traced to his crew, the police arrested Okafor.", "his", "okafor"),
    ("Tate praised his work long before Ivo Brand arrived in town.", "his", "ivo brand"),
    ("Dara Quinn said on Monday that his brother had met Ivo Brand.", "his", "ivo brand"),
])
def test_no_forward_reach_to_an_object_or_from_the_main_clause(nlp, text, pronoun, name):
    assert name not in candidates_of(nlp, text, pronoun)


@pytest.mark.parametrize("told_in, asked_in, times, ruled_out", [
    (3, 3, 1, True),   # "Nora found her work, and his praise ...": the same sentence
    (3, 4, 1, True),   # "... found her work. His praise ...": the next one
    (3, 7, 1, False),  # one sure pronoun long ago may have been the ranker's slip
    (3, 9, 2, True),   # twice is the text's word, however far back
])
def test_one_sure_pronoun_of_the_other_gender_rules_out_only_nearby(told_in, asked_in, times, ruled_out):
    from collections import Counter

    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.ranker import _other_told
    from dateline.extractors.entities.told import Told

    c = _Cluster(key=("vidal",))
    told = Told()
    for _ in range(times):
        c.pgenders["female"] += 1
        told.note(c, "female", Counter(), told_in)
    assert _other_told(c, "female", {}, told, asked_in) is ruled_out


def owner_conj_of(nlp, text: str, pronoun: str) -> dict[str, float]:
    """The ranker's owner_conj feature per candidate (its words, lowercased) for the pronoun."""
    from dateline.extractors.entities import lexicon
    from dateline.extractors.entities.builder import _Builder, name_passes
    from dateline.extractors.entities.ranker import FEATURES
    from dateline.nlp import pipe
    from dateline.read import from_dated_text

    doc = next(pipe([from_dated_text(text, date="2024-03-02")], nlp=nlp))
    target = next(t for t in doc if t.text == pronoun)
    col = FEATURES.index("owner_conj")
    seen: list[dict[str, float]] = []
    b = _Builder(doc, lexicon())
    b.use_model = False

    def observe(tok, clusters, rows) -> None:
        if tok.i == target.i:
            seen.append({" ".join(c.key): r[col] for c, r in zip(clusters, rows, strict=True)})

    b.observe = observe
    name_passes(b)
    b.resolve()
    assert seen, f"{pronoun!r} was not ranked"
    return seen[0]


@pytest.mark.parametrize("text, pronoun, owner, other", [
    # a name coordinated before the noun a possessive owns: most often its owner
    ("Greta Lind met Rosa Kemp in Oslo. Later Rosa Kemp and her husband moved to Bergen.", "her", "rosa kemp", "greta lind"),
    ("Tomas Berg wrote to Ivo Hale. The next spring Ivo Hale and his brothers sailed north.", "his", "ivo hale", "tomas berg"),
    ("Nell Price hired Mara Quist, and Mara Quist and her band toured the coast that summer.", "her", "mara quist", "nell price"),
])
def test_a_name_coordinated_with_the_possessives_noun_is_marked(nlp, text, pronoun, owner, other):
    marks = owner_conj_of(nlp, text, pronoun)
    assert marks.get(owner) == 1.0
    assert marks.get(other) == 0.0
