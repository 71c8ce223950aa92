"""Speaker attribution families found in the PolNeAR dev errors (issue 9), one per test, on
fictional sentences. Each test also checks the case the rule must leave alone where there is one."""

from __future__ import annotations

from dateline.model import Extraction, Quote


def run(text: str) -> Extraction:
    from dateline.pipeline import extract

    return extract(text, date="2024-03-14", article_id="test")


def quote_with(ex: Extraction, words: str) -> Quote:
    for q in ex.quotes:
        if q.text.startswith(words):
            return q
    raise AssertionError(f"no quotation starts with {words!r}: {[q.text[:30] for q in ex.quotes]}")


def speaker(ex: Extraction, q: Quote) -> str | None:
    return next((e.name for e in ex.entities if e.id == q.speaker), None)


def mention(q: Quote) -> str | None:
    return q.speaker_mention.text if q.speaker_mention else None


def test_speakers_statement_over_paragraphs_names_its_speaker_after_its_close(nlp):
    # The first paragraph has no close and no cue; the one before it is Lindqvist's.
    text = (
        "\u201cThis is the harbour we were promised,\u201d Councillor Pia Lindqvist said Monday. "
        "\u201cIf the port is closed, if the ferries stop, then how can a fisherman feel safe.\n"
        "\u201cI have been thinking about where the town is going,\u201d added Councillor Tobias Raine, "
        "the leader of the opposition.\n"
    )
    ex = run(text)
    assert mention(quote_with(ex, "This is the harbour")) == "Councillor Pia Lindqvist"
    q = quote_with(ex, "If the port is closed")
    assert q.cue == "add" and mention(q) == "Councillor Tobias Raine"


def test_speakers_signature_ending_a_paragraph_signs_a_comment_split_by_nested_marks(nlp):
    text = (
        "Readers wrote in after the vote.\n\n"
        "\u201cI lived here my whole life....I would rather stay in what he calls \u201cruin\u201d "
        "than move to a city where he is mayor.\u201d \u2015 Lena Okafor\n"
    )
    ex = run(text)
    assert mention(quote_with(ex, "I lived here")) == "Lena Okafor"
    # Without the signature the comment stays unattributed.
    ex = run(text.replace(" \u2015 Lena Okafor", ""))
    assert quote_with(ex, "I lived here").speaker_mention is None


def test_speakers_gerund_after_a_named_person_in_footage(nlp):
    ex = run("The campaign video uses footage of Dana Whitcombe asking, \u201cWhy is the bridge still closed?\u201d\n")
    q = quote_with(ex, "Why is the bridge")
    assert mention(q) == "Dana Whitcombe" and q.cue == "ask"


def test_speakers_named_apposition_of_a_misparsed_subject(nlp):
    # `the vote` is parsed as the subject of `called`, with the name as its apposition.
    text = "With 30 days until the vote, Marisol Ekwueme, a senior aide to the mayor, called the council's plan \"a real turning point\" for the district.\n"
    ex = run(text)
    assert speaker(ex, quote_with(ex, "a real turning point")) == "Marisol Ekwueme"


def test_speakers_colon_intro_wins_over_the_next_sentence(nlp):
    text = 'Mayor Quintero delivered a sharp reply: "Nobody is closing the harbour. We are going ahead." She complained that the ferry costs were rising fast.\n'
    ex = run(text)
    q = quote_with(ex, "Nobody is closing")
    assert q.cue == "deliver" and mention(q) == "Mayor Quintero"


def test_speakers_cue_of_the_next_statement_is_not_this_ones(nlp):
    text = 'The tide was late, and I had to change my plan: "Of course I trust the pilot. I was only joking." To which she said, "Good, because he trusts you."\n'
    ex = run(text)
    assert quote_with(ex, "Of course I trust").cue != "say"
    assert quote_with(ex, "Good, because").cue == "say"


def test_speakers_a_name_before_the_intro_colon_speaks(nlp):
    text = "The late surge does not surprise pollster Amara Lindgren: \u201cLesser-known candidates who win early contests get the biggest boost.\u201d She has studied polls for years.\n"
    ex = run(text)
    q = quote_with(ex, "Lesser-known candidates")
    assert q.cue is None and speaker(ex, q) == "Amara Lindgren"


def test_speakers_object_control_makes_the_object_speak(nlp):
    ex = run("All this has led the Norwegian writer Sigrid Aaland to fear a \u201cnew harbour pact.\u201d\n")
    assert speaker(ex, quote_with(ex, "new harbour pact")) == "Sigrid Aaland"
    ex = run('That prompted Councillor Ruiz to make a joke about boats and call the mayor "very seaworthy," a nod to his sailing.\n')
    assert mention(quote_with(ex, "very seaworthy")) == "Councillor Ruiz"
    # A thing as the object (`used the occasion to call`) does not speak; the subject does.
    ex = run('The ferry firm used the occasion to call the new timetable "a fresh start" for the island.\n')
    assert mention(quote_with(ex, "a fresh start")) == "The ferry firm"


def test_speakers_labelling_verbs_with_as(nlp):
    ex = run("In recent weeks, Amos Reid has gone after the mayor as a \u201ctide-dodger who will sink the town\u201d and a \u201cspoiled captain.\u201d\n")
    for words in ("tide-dodger", "spoiled captain"):
        q = quote_with(ex, words)
        assert q.cue == "go after" and speaker(ex, q) == "Amos Reid"
    ex = run("Councillor Amos Reid has been steadily pounding the mayor as a \u201charbour pirate\u201d for months.\n")
    assert quote_with(ex, "harbour pirate").cue == "pound"


def test_speakers_despite_gerund_climbs_to_the_subject_before_it(nlp):
    text = (
        "Harbour Master Ilse Varga, despite admitting that she did have her worries about \u201cships trying to get in early\u201d "
        "and general \u201ctide matters\u201d that could be risky, the sailors do need a new pier.\n"
    )
    ex = run(text)
    for words in ("ships trying", "tide matters"):
        assert "Ilse Varga" in (speaker(ex, quote_with(ex, words)) or "")


def test_speakers_rule_and_reference_are_cues(nlp):
    ex = run("The Harbour Review then ruled that the mayor's claim about \u201cthousands of boats\u201d is \u201ctrue,\u201d but added a caveat.\n")
    q = quote_with(ex, "true")
    assert q.cue == "rule" and mention(q) == "The Harbour Review"


def test_speakers_named_subject_of_a_colon_intro_without_cue(nlp):
    text = 'In town after town, Perez campaigns for a longer ferry season: "No one who works the harbour all year should have to leave in winter." He says the council agrees.\n'
    ex = run(text)
    q = quote_with(ex, "No one who works")
    assert q.cue is None and mention(q) == "Perez"


def test_speakers_a_question_keeps_its_trailing_attribution(nlp):
    text = '"Do I think the pier should close?" Lindqvist asked, shaking her head. "But I do believe the council must listen."\n'
    ex = run(text)
    q = quote_with(ex, "Do I think")
    assert q.cue == "ask" and mention(q) == "Lindqvist"


def test_speakers_a_crowd_is_not_replaced_by_a_named_verb_inside_its_clause(nlp):
    ex = run('As Marlow attacked the council, the harbour workers chanted, "Keep the pier!" as they had all week.\n')
    assert mention(quote_with(ex, "Keep the pier")) == "the harbour workers"


def test_speakers_a_quotation_in_an_adverbial_clause_with_its_own_subject_is_that_subjects(nlp):
    # the main cue's subject does not speak what another subject said in a clause below it
    text = ("Mayor Lena Ostrova described the ferry plan as a \u201cdisaster\u201d after Councillor Tom Reyes attacked "
            "the harbour board and blamed the delays on \u201cpoor seamanship\u201d at the quay.\n")
    ex = run(text)
    assert mention(quote_with(ex, "disaster")) == "Mayor Lena Ostrova"
    assert mention(quote_with(ex, "poor seamanship")) == "Councillor Tom Reyes"
    ex = run("The drivers' union called the offer \u201can insult\u201d because the owner had dismissed the drivers as \u201coverpaid\u201d.\n")
    assert mention(quote_with(ex, "an insult")) == "The drivers' union"
    assert mention(quote_with(ex, "overpaid")) == "the owner"
    ex = run("Kim Ashby defended the count on Tuesday, although her rival Pavel Dunn had branded it \u201ca stitch-up\u201d the night before.\n")
    assert speaker(ex, quote_with(ex, "a stitch-up")) == "Pavel Dunn"


def test_speakers_an_adverbial_clause_without_a_subject_keeps_the_main_speaker(nlp):
    ex = run("The harbour minister left the room after calling the report \u201cnonsense\u201d in front of the press.\n")
    assert mention(quote_with(ex, "nonsense")) == "The harbour minister"
    ex = run("Ines Moreau said, once the meeting had ended, that the plan was \u201ca farce\u201d and should be dropped.\n")
    assert mention(quote_with(ex, "a farce")) == "Ines Moreau"


def test_speakers_a_that_clause_after_a_time_phrase_stays_the_reporting_verbs(nlp):
    # the parser labels such a `that` clause advcl; it is still what the verb reports
    ex = run("Councillor Ruth Penrose said on Monday night that under the new mayor, \u201cthe harbour has been left to rot.\u201d\n")
    assert mention(quote_with(ex, "the harbour has been")) == "Councillor Ruth Penrose"
    ex = run("Ivo Marsh posted in the early hours that the ferry firm was \u201cshameless\u201d and \u201ca disgrace\u201d.\n")
    assert mention(quote_with(ex, "shameless")) == "Ivo Marsh"


def test_speakers_object_control_by_a_noun_with_a_name_apposed(nlp):
    # however uncommon the noun, a person named in apposition makes it someone who can speak
    ex = run("The vote persuaded the retired surveyor Anneli Roos to describe the plan as \u201creckless\u201d on air.\n")
    assert "Anneli Roos" in (mention(quote_with(ex, "reckless")) or "")
    ex = run("The closure prompted the veteran ferryman Olaf Brandt to call the council \u201cshipwreckers\u201d in a letter.\n")
    assert "Olaf Brandt" in (mention(quote_with(ex, "shipwreckers")) or "")
    # a thing with no name apposed still does not speak (`used the occasion to call`)
    ex = run('The ferry firm used the occasion to call the new timetable "a fresh start" for the island.\n')
    assert mention(quote_with(ex, "a fresh start")) == "The ferry firm"


def test_speakers_a_quote_someone_went_on_about_is_theirs(nlp):
    for text, words, name in (
        ("\u201cAre we nearly there?\u201d she asked, but Colm was asleep, and as Mayor Ines Brandt went on about "
         "\u201cthe finest harbour on the coast,\u201d Fenna Ruiz nodded along.\n", "the finest harbour", "Ines Brandt"),
        ("Delia Marsh tried to leave twice. Councillor Pavel Orsk went on about \u201ca generation of neglect\u201d "
         "for an hour.\n", "a generation of neglect", "Pavel Orsk"),
        ("At the dinner, Judge Tamsin Rowe went on about \u201cthe old days at the bar,\u201d while her clerk, "
         "Owen Pike, said nothing.\n", "the old days", "Tamsin Rowe"),
    ):
        ex = run(text)
        got = mention(quote_with(ex, words))
        assert got is not None and got.endswith(name), text
