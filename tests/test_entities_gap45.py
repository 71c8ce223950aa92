"""Entity-level repairs of helper gap45, all at extraction only: a one-word name the text writes
as a place is no he or she (placeuses.py); a name tagged as an organisation that feels, loves
or retires is a person's (personal.py); a title in single quotes is nobody (quotedspeaker.py);
a name the copula makes a series, a film or a novel is a work's (vessels.work_predicate).
Fictional articles written for these tests, run through the whole pipeline."""

from __future__ import annotations

from tests.test_entities_binding import D, _linked, _name
from tests.test_facts_families import _run


def _holder(ex, name: str):
    return next((e for e in ex.entities if any(m.text == name for m in e.mentions)), None)


def test_a_town_with_where_after_it_is_no_person(nlp):
    # the small model tags "Tamsworth" an organisation; "where" after it makes it a place
    text = (D + "The Lindqvist party found several tortoises on the reef, and one of the sailors, Mr Corwen, "
            "took a female to Tamsworth, where it bred, and its young were shared among his neighbours.\n")
    ex, _ = _run(nlp, text)
    town = _holder(ex, "Tamsworth")
    assert town is None or town.type != "PERSON"
    assert _name(_linked(ex, text, "his neighbours", "his")) == "Mr Corwen"


def test_a_journey_s_end_is_no_person(nlp):
    # the small model tags "Quarrow" a person each time
    text = (D + "The Ashgrove party reached the coast in May. One of the guides, Mr Pell, set out for Quarrow "
            "where he arrived in June, and Quarrow became his home.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "he arrived", "he")) == "Mr Pell"
    town = _holder(ex, "Quarrow")
    assert town is None or town.type != "PERSON"


def test_a_name_that_feels_is_a_person(nlp):
    # the small model tags "Vivian" an organisation
    text = (D + "Vivian is furious, and plots to ruin Maggie. Victor helps Maggie, but Maggie learns that Vivian "
            "had hidden the letter. Freed for lack of evidence against her, Vivian realizes that Victor loves Maggie.\n")
    ex, _ = _run(nlp, text)
    vivian = _holder(ex, "Vivian")
    assert vivian is not None and vivian.type == "PERSON"


def test_one_who_retires_is_a_person(nlp):
    # the small model tags "Brannock" an organisation each time
    text = (D + "For his service at the War College, Brannock was awarded a medal in 1994. In 1995, after thirty "
            "years on active duty, Brannock retired. General Tom Hale presided over the ceremony and gave Brannock "
            "the Legion of Merit. Following his retirement, Brannock taught at a military school.\n")
    ex, _ = _run(nlp, text)
    brannock = _holder(ex, "Brannock")
    assert brannock is not None and brannock.type == "PERSON"


def test_a_pronoun_after_a_single_quoted_title_is_somebody(nlp):
    text = (D + "Critics praised Dana Holt and Mira Senn. In 'Nowhere Near Home,' she plays a runaway who "
            "returns to her mother.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "she plays", "she")) in ("Dana Holt", "Mira Senn")


def test_a_series_is_a_work(nlp):
    # the small model tags "Star Lance" an organisation, and the pronoun ranker took it for "his"
    text = (D + "Star Lance is a twelve-book series written by Jude Harlow about Oren Vask, his apprentice Tal "
            "Sorrin, and the wars that follow.\n")
    ex, _ = _run(nlp, text)
    series = _holder(ex, "Star Lance")
    assert series is not None and series.type != "PERSON"


def test_a_capitalised_plural_subject_is_a_group(nlp):
    # "Witnesses" is written capitalised only, and the ranker took it for "he"
    text = (D + "Based on Psalm 16, Witnesses believe Jesus' expectation that he would be raised after three days "
            "ruled out his being in paradise that day.\n")
    ex, _ = _run(nlp, text)
    assert _name(_linked(ex, text, "that he would", "he")) == "Jesus"


def test_a_name_modifying_a_plural_noun_after_the_is_no_person(nlp):
    # "Billboard" is tagged a person and was taken for "his"
    text = (D + "The lead single was co-written by Harley Ames, who had also written Shelby's 2003 single "
            "``The Hollow''. ``When You Know Me'' peaked at number 37 on the Billboard charts, becoming the "
            "lowest-charting single of his career.\n")
    ex, _ = _run(nlp, text)
    chart = _holder(ex, "Billboard")
    assert chart is None or chart.type != "PERSON"


def test_one_who_notices_or_blackmails_is_a_person(nlp):
    # the small model tags "Fisher" and "Archie" organisations
    text = (D + "Kruse was struggling with the buckle. Fortunately, Fisher noticed the problem and fixed it.\n")
    ex, _ = _run(nlp, text)
    fisher = _holder(ex, "Fisher")
    assert fisher is not None and fisher.type == "PERSON"
    text = (D + "Ronnie Mitchell had an affair. Archie blackmailed Ronnie over the affair, and Archie threatened "
            "to tell Roxy.\n")
    ex, _ = _run(nlp, text)
    archie = _holder(ex, "Archie")
    assert archie is not None and archie.type == "PERSON"

