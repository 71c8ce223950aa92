"""Issue 9, part 2: kin families found on development articles, each tested on fictional
sentences of our own: a second parent described by a trade, twins sharing one age, a life span
after a name spaCy does not tag, 'his brother' as the one other child of a list, and a paragraph's
'Her sister' owned by the article's subject rather than a wife named in passing."""

from __future__ import annotations

from tests.test_facts_families import _facts


def test_both_parents_described_by_trades_get_the_child(nlp):
    facts = _facts(nlp, "date 2024-03-01\nNia Bevan, the daughter of a tram conductor and a school cook, "
                        "opened the bakery. Rhys Moor is the son of a welder and a nurse.\n")
    assert ("child", "a tram conductor", "Nia Bevan") in facts
    assert ("child", "a school cook", "Nia Bevan") in facts
    assert ("occupation", "a school cook", "school cook") in facts
    assert ("child", "a welder", "Rhys Moor") in facts
    assert ("child", "a nurse", "Rhys Moor") in facts
    assert not any(f[0] == "occupation" and f[1] in ("Nia Bevan", "Rhys Moor") for f in facts)


def test_a_parent_phrase_before_the_subject_reaches_past_the_parent(nlp):
    facts = _facts(nlp, "date 2024-03-01\nOssian Roe ran the lighthouse for years. Raised in Calder, the son "
                        "of a ropemaker, he went to sea at 16.\n")
    assert ("child", "a ropemaker", "Ossian Roe") in facts


def test_twins_named_together_share_the_one_age(nlp):
    facts = _facts(nlp, "date 2024-03-01\nCoach Marek Lis, 41, watched. Lis's twin sons, Jan and Piotr, 9, "
                        "carried the flags. His nieces, Ada and Eva, 6, sang.\n")
    assert ("age", "Jan", 9) in facts and ("age", "Piotr", 9) in facts
    assert ("sibling", "Jan", "Piotr") in facts or ("sibling", "Piotr", "Jan") in facts
    # without a twin word, one age after two names is only the second's
    assert ("age", "Eva", 6) in facts and ("age", "Ada", 6) not in facts


def test_a_life_span_makes_an_untagged_name_a_person_who_died(nlp):
    facts = _facts(nlp, "date 2024-03-01\nThe reading room is named after Ione Garroway (1911 – 1983), a "
                        "lace maker.\n")
    assert ("death", "Ione Garroway", "1983") in facts


def test_his_brother_is_the_one_other_son_of_a_list(nlp):
    facts = _facts(nlp, "date 2024-03-01\nPeter Quill and his wife, Agnes, have two sons, Mark, 30, and "
                        "Luke, 27. Mark Quill is a pilot, and his brother teaches in Leeds.\n")
    assert ("sibling", "Mark Quill", "Luke") in facts or ("sibling", "Luke", "Mark Quill") in facts


def test_her_sister_after_a_wife_named_in_passing_is_the_subjects(nlp):
    text = ("date 2024-03-01\nEdith Varga, who founded the Varga Dance School, died on Friday aged 90.\n\n"
            "Varga opened the school in 1961. Her son, Tomas Varga, 60, now runs it. The 60-year-old and "
            "his wife, Greta, have a daughter, Lili, 25.\n\n"
            "Her sister, Margit Hollo, 87, said Varga had been fearless.\n")
    facts = _facts(nlp, text)
    assert ("sibling", "Edith Varga", "Margit Hollo") in facts or ("sibling", "Margit Hollo", "Edith Varga") in facts
    assert not any(f[0] == "sibling" and "Greta" in (f[1], f[2]) for f in facts)
