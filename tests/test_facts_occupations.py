"""Issue 9: occupations a copula or a description states, on fictional sentences of our own:
a pronoun or a relative's subject before 'was a', the job as the subject and the person as
the complement ('The harpist was X'), the job before the name ('a tram driver, X'), an
article that opens on a description of the person its next sentence names, 'has been a' and
'now a'; and what gives no job: a negation, a condition, a wish, a mistake, a relative's job,
a friend who is one, and a post at a named organisation (a title and an employer)."""

from __future__ import annotations

from tests.test_facts_families import _facts


def _jobs(facts, who):
    return {f[2] for f in facts if f[0] == "occupation" and f[1] == who}


def test_a_pronoun_subject_after_the_name_was_given(nlp):
    facts = _facts(nlp, "date 2023-03-04\nOswin Tarrant, 81, lives near the quay at Penmorrow. He was a parish "
                        "organist for 35 years before his hands gave out.\n")
    assert "organist" in {j.split()[-1] for j in _jobs(facts, "Oswin Tarrant")}


def test_a_relatives_name_apposed_to_the_subject_of_the_copula(nlp):
    facts = _facts(nlp, "date 2023-03-04\nLindqvist, whose father, Gunnar Aalto, was a ship's carpenter and later a "
                        "harbour pilot in Turku, took up the trade at 16.\n")
    assert "harbour pilot" in _jobs(facts, "Gunnar Aalto")
    assert not _jobs(facts, "Lindqvist")


def test_the_job_as_subject_and_the_person_as_complement(nlp):
    facts = _facts(nlp, "date 2023-03-04\nThe harpist was Brynja Solberg, 33, who flew in from Bergen that morning.\n")
    assert "harpist" in _jobs(facts, "Brynja Solberg")
    # the band's drummer is a post at the band, not read here
    facts = _facts(nlp, "date 2023-03-04\nThe Velvet Hours played at midnight. The band's drummer was Cato Renshaw.\n")
    assert "drummer" not in _jobs(facts, "Cato Renshaw")


def test_a_job_before_the_name_it_describes(nlp):
    facts = _facts(nlp, "date 2023-03-04\nThe injured include a tram driver, Wendell Ashby, 47, and two passengers.\n")
    assert any(j.endswith("driver") for j in _jobs(facts, "Wendell Ashby"))
    # the son of a miner, Ruben Castell: the name set off after the parent's job names that parent,
    # as the development gold reads "the third of five children of a cattle dealer, Thomas Hanlon"
    # (changed 2026-12-06, session from 10:12 UTC; it asserted the opposite with no gold behind it)
    facts = _facts(nlp, "date 2023-03-04\nHe was the son of a miner, Ruben Castell, and a seamstress.\n")
    assert "miner" in _jobs(facts, "Ruben Castell")


def test_an_article_that_opens_on_a_description(nlp):
    text = ("date 2023-03-04\nA retired headmistress who swam the length of Lake Coniston at 79 has been honoured "
            "by the town council.\n\nMarjorie Pellow, 80, of Hawkshead, said the water had been \"bracing\".\n")
    assert "headmistress" in _jobs(_facts(nlp, text), "Marjorie Pellow")
    text = ("date 2023-03-04\nA former welder turned locksmith has opened a shop in Rye.\n\n"
            "Desmond Okoro, 52, spent 30 years in the shipyards.\n")
    assert {"welder", "locksmith"} <= _jobs(_facts(nlp, text), "Desmond Okoro")
    # the next sentence's subject described otherwise is someone else
    text = ("date 2023-03-04\nA surgeon has warned that waiting lists in Dorset will grow.\n\n"
            "Imelda Crane, a patient at the clinic, said she had waited a year.\n")
    assert "surgeon" not in _jobs(_facts(nlp, text), "Imelda Crane")
    # a name in the opening sentence: the description may be someone else's
    text = ("date 2023-03-04\nA nurse helped Harriet Vane across the road on Monday.\n\n"
            "Harriet Vane, 90, thanked the stranger.\n")
    assert "nurse" not in _jobs(_facts(nlp, text), "Harriet Vane")


def test_has_been_and_became_and_now(nlp):
    facts = _facts(nlp, "date 2023-03-04\nGwendolyn Sharpe has been a paramedic since 2010, and she said the nights "
                        "were the hardest.\n")
    assert "paramedic" in _jobs(facts, "Gwendolyn Sharpe")
    facts = _facts(nlp, "date 2023-03-04\nGwendolyn Sharpe trained in Leeds. She became a midwife in 1990 and has "
                        "worked as a paramedic since 2010.\n")
    assert "midwife" in _jobs(facts, "Gwendolyn Sharpe")
    facts = _facts(nlp, "date 2023-03-04\nGwendolyn Sharpe was a nurse, not a doctor, her son said.\n")
    assert _jobs(facts, "Gwendolyn Sharpe") == {"nurse"}
    facts = _facts(nlp, "date 2023-03-04\nBartholomew Keane, now a farmer, said the harvest was poor.\n")
    assert "farmer" in _jobs(facts, "Bartholomew Keane")


def test_what_the_text_does_not_assert_is_no_job(nlp):
    for sentence in ("Ambrose Feld is not a surgeon, he told the court.",
                     "If Ambrose Feld were a surgeon, he would have known.",
                     "Ambrose Feld wanted to be a pilot as a boy.",
                     "Ambrose Feld was mistaken for a doctor at the scene.",
                     "Ambrose Feld said his father was a miner.",
                     "Ambrose Feld has a neighbour who is a nurse.",
                     "Ambrose Feld is no longer a teacher."):
        facts = _facts(nlp, f"date 2023-03-04\n{sentence}\n")
        assert not _jobs(facts, "Ambrose Feld"), sentence
