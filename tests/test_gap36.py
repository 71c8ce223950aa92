"""Session gap36's extraction-only rules, on fictional sentences written for these tests.

quotedspeaker.py: a he/she inside a ``...'' quotation is not whoever speaks it."""

from __future__ import annotations

from tests.test_entities_general import entities_of, owner


def _owner_name(nlp, text: str, needle: str) -> str | None:
    o = owner(entities_of(nlp, text), text, needle)
    return o.name if o is not None else None


def test_ticked_spans_close_at_two_apostrophes_or_the_paragraph():
    from dateline.extractors.entities.quotedspeaker import ticked_spans

    text = "Ann said: ``Go.'' Then ``Stay\nhere'' and Bo's hat."
    spans = ticked_spans(text)
    assert [text[a:b] for a, b in spans] == ["``Go.''", "``Stay"]


def test_a_pronoun_in_quoted_words_after_a_colon_is_not_the_speaker(nlp):
    text = ("Kay Brent chaired the trust for a decade. Speaking to the Courier, Brent commented: "
            "``Dana started the project, then she moved to Lisbon.''")
    assert _owner_name(nlp, text, "she") == "Dana"


def test_a_quotation_opening_mid_clause_is_still_the_speakers_words(nlp):
    text = ("Kay Brent chaired the trust for a decade. Brent wrote in a letter to her cousin Ellen that "
            "Dana Welk ``never spoke of her travels''.")
    assert _owner_name(nlp, text, "her travels") == "Dana Welk"


def test_a_colon_reaches_back_to_a_long_clause_of_writing(nlp):
    text = ("Kay Brent chaired the trust for a decade. Brent wrote in a letter to her cousin Ellen: "
            "``I sat up late with Miss Welk, listening to the story of her travels''.")
    assert _owner_name(nlp, text, "her travels") == "Miss Welk"


def test_reported_speech_in_quotation_marks_is_left_alone(nlp):
    # "states that ``she had sworn ...'': no I in the words, so the third person may be the
    # speaker herself, reported; the rule stays out
    from types import SimpleNamespace

    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.lexicon import lexicon
    from dateline.extractors.entities.quotedspeaker import quoted_speaker

    tarn = _Cluster(key=("tarn",))
    for text, she, expect in (
        ("Tarn states that ``she had sworn never to return''.", 5, set()),
        ("Tarn states that ``she had gone before I came''.", 5, {id(tarn)}),
        ("Tarn stated: ``she had gone''.", 5, {id(tarn)}),
    ):
        doc = nlp(text)
        assert doc[she].lower_ == "she"
        r = SimpleNamespace(observe=None, covered={0: tarn}, lex=lexicon(), doc=doc, sent_of=[0] * len(doc))
        assert quoted_speaker(r, doc[she]) == expect, text


def test_a_possessive_in_a_passives_agent_is_the_subjects(nlp):
    # "Reyes was defeated by her predecessor": the agent's possessive is bound by the passive
    # subject, as an object's is by an active one; not a coordinated subject's
    from types import SimpleNamespace

    from dateline.extractors.entities.binding import subject_owner
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.lexicon import lexicon

    reyes, ash = _Cluster(key=("reyes",)), _Cluster(key=("ash",))
    for c in (reyes, ash):
        c.votes["PERSON"] += 1
    doc = nlp("Reyes was defeated by her predecessor in 1998.")
    assert doc[4].lower_ == "her" and doc[3].dep_ == "agent"  # (the parse the rule is for)
    r = SimpleNamespace(observe=None, covered={0: reyes}, lex=lexicon())
    assert subject_owner(r, doc[4], "female") is reyes
    doc = nlp("Both Ash and Reyes were coached by her sister.")
    r = SimpleNamespace(observe=None, covered={1: ash, 3: reyes}, lex=lexicon())
    her = next(t for t in doc if t.lower_ == "her")
    assert subject_owner(r, her, "female") is None
    r.observe = lambda *a: None  # (training reads every pronoun: the rule stays out of it)
    doc = nlp("Reyes was defeated by her predecessor in 1998.")
    assert subject_owner(r, doc[4], "female") is None


def test_a_name_only_ever_inside_a_quoted_title_is_no_candidate(nlp):
    text = ("Ruth Kane wrote songs for other singers for a decade. Her breakthrough came in 1999, when "
            "``Marigold Lane'', a song she co-wrote, reached number one.")
    assert _owner_name(nlp, text, "she co-wrote") == "Ruth Kane"


def test_quoted_titles_and_pronouns_inside_them(nlp):
    from types import SimpleNamespace

    from dateline.extractors.entities.clusters import _Cluster, _Mention
    from dateline.extractors.entities.quotedspeaker import _title_like, in_quoted_title, quoted_title_only

    assert _title_like("I Wanna Dance with Somebody (Who Loves Me)")
    assert not _title_like("sings better than the two who have left us")
    doc = nlp("The family sang ``When He Comes Home Again'' to Tom Beck, and Mia said ``He'' was late.")
    r = SimpleNamespace(doc=doc)
    he = [t for t in doc if t.lower_ == "he"]
    assert in_quoted_title(r, he[0]) and not in_quoted_title(r, he[1])  # (a lone quoted pronoun is no title)
    song, tom = _Cluster(key=("fellow",)), _Cluster(key=("beck",))
    at = doc.text.index("Comes")
    song.mentions.append(_Mention(at, at + len("Comes Home Again"), "name", 0, 0, 1.0))
    at = doc.text.index("Tom Beck")
    tom.mentions.append(_Mention(at, at + len("Tom Beck"), "name", 0, 0, 1.0))
    assert quoted_title_only(r, song) and not quoted_title_only(r, tom)


def test_the_speaker_of_a_participle_a_quoted_as_or_an_answer(nlp):
    # the speech verb has no subject of its own ("stating", "quoted as saying"), is no word of
    # the entity lexicon ("answered"), or reports the clause the quotation is in ("said ... is")
    for text, needle in (
        ("Kay Brent reviewed the album for the Courier, giving it three stars and stating ``there is enough "
         "here to remind listeners of the singer they knew as Dana Welk, but the years are taking a toll on her.''", "her."),
        ("Kay Brent, who had just bought the club, was quoted as saying: ``I did not pay that much for Dana Welk. "
         "She was never any good.''", "She was"),
        ("Asked whether the team missed Dana Welk, coach Kay Brent answered, ``I think she was the heart of it.''", "she was"),
        ("Kay Brent said the part of Dana Welk is ``exciting to play because nobody gets under her skin.''", "her skin"),
    ):
        ents = entities_of(nlp, text)
        at = text.index(needle)
        mine = [e.name for e in ents if any(m.start == at and m.kind == "pronoun" for m in e.mentions)]
        assert mine == ["Dana Welk"], text


def test_a_possessive_in_a_participle_on_a_description_beside_a_name(nlp):
    # "Sarah Gold, a student trying to find her place": the participle is said of the student
    from types import SimpleNamespace

    from dateline.extractors.entities.binding import subject_owner
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.lexicon import lexicon

    doc = nlp("Rhea Marsh hired Sarah Gold, a young student trying to find her place in the city.")
    marsh, gold = _Cluster(key=("marsh",)), _Cluster(key=("gold",))
    for c in (marsh, gold):
        c.votes["PERSON"] += 1
    r = SimpleNamespace(observe=None, covered={0: marsh, 1: marsh, 3: gold, 4: gold}, lex=lexicon())
    her = next(t for t in doc if t.lower_ == "her")
    assert subject_owner(r, her, "female") is gold
    doc = nlp("Rhea Marsh wrote the episode, a long story leading to her first award.")
    r = SimpleNamespace(observe=None, covered={0: marsh, 1: marsh}, lex=lexicon())
    her = next(t for t in doc if t.lower_ == "her")
    assert subject_owner(r, her, "female") is None  # (an episode is nobody)


def test_a_pronoun_in_a_comparisons_second_term_is_not_the_one_compared(nlp):
    # "older than she is", "as keen as she is", "more than she did": two people set side by side
    from types import SimpleNamespace

    from dateline.extractors.entities.clauseowners import compared_subject
    from dateline.extractors.entities.clusters import _Cluster

    nora = _Cluster(key=("vance",))
    nora.votes["PERSON"] += 1
    for text in ("Nora Vance is taller than she is.", "Nora Vance earned more than she did.",
                 "Nora Vance is not as keen on the farm as she is."):
        doc = nlp(text)
        r = SimpleNamespace(covered={0: nora, 1: nora})
        she = next(t for t in doc if t.lower_ == "she")
        assert compared_subject(r, she) == {id(nora)}, text
    doc = nlp("Nora Vance left when she was older.")
    r = SimpleNamespace(covered={0: nora, 1: nora})
    assert compared_subject(r, next(t for t in doc if t.lower_ == "she")) == set()


def test_the_sister_who_is_younger_than_she_is(nlp):
    text = ("Ida Ray runs the shop on Mill Street. Nora Ray, Ida's sister who is five years younger "
            "than she is, keeps the books.")
    assert _owner_name(nlp, text, "she is") == "Ida Ray"
