"""Issue 9, probe round F: constructions the probes of round E left undone. Fictional text of
our own, run through the whole pipeline (entities, quotes, times, facts)."""

from __future__ import annotations

from tests.test_facts_families import _run

DATE = "date 2024-05-01\n"


def _facts(nlp, body: str) -> set[tuple]:
    ex, names = _run(nlp, DATE + body)
    return {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}


# ---- an interview whose answers carry no quotation marks -------------------------------------

_QANDA = (
    "SIX QUESTIONS\n\n"
    "Orla Penhale, 52, restores canal boats in Wexcombe. She talks to us about boats and family.\n\n"
    "How did you start?\n\n"
    "My uncle, Tobias Penhale, had a narrowboat and let me paint it. I was nine.\n\n"
    "Who helps you now?\n\n"
    "My husband, Glyn Hart, does the engines, and our two daughters, Wren and Isla, sand the hulls.\n\n"
    "What is the hardest part?\n\n"
    "Winter. The paint will not dry and my hands go numb.\n"
)


def test_unquoted_answers_are_the_interviewees(nlp):
    facts = _facts(nlp, _QANDA)
    assert ("spouse", "Orla Penhale", "Glyn Hart") in facts
    assert ("child", "Orla Penhale", "Wren") in facts
    assert ("number_of_children", "Orla Penhale", 2) in facts
    # but one rhetorical question is no interview: a columnist's 'my' is nobody's here
    body = ("Orla Penhale, 52, restores canal boats in Wexcombe.\n\n"
            "Why does it matter?\n\n"
            "My husband, Glyn Hart, says the canals are the country's veins.\n")
    facts = _facts(nlp, body)
    assert not {f for f in facts if f[0] == "spouse" and "Orla Penhale" in f}, facts


def test_answer_labels_are_the_interviewees(nlp):
    body = (
        "Brannock Weekly spoke to Ferris Oakley, 66, the new harbourmaster of Brannock.\n\n"
        "Q: What brought you here?\n\n"
        "A: My wife, Delphine, grew up on the quay.\n\n"
        "Q: And your family?\n\n"
        "A: Our son, Rory, fishes out of Brannock.\n"
    )
    facts = _facts(nlp, body)
    assert ("spouse", "Ferris Oakley", "Delphine") in facts
    assert ("child", "Ferris Oakley", "Rory") in facts


# ---- a transcript's speaker labels -------------------------------------------------------------

def test_a_speaker_label_before_a_quotation_is_its_speaker(nlp):
    body = (
        "PRESENTER: Now to Wexcombe, where Idris Vane is retiring after forty years as the town crier.\n\n"
        "REPORTER (V/O): Idris Vane took the bell in 1984.\n\n"
        'VT: IDRIS VANE: "My late wife, Marigold, sewed every one of my coats."\n\n'
        "REPORTER (V/O): The couple had two daughters, Bryony and Tamsin.\n"
    )
    facts = _facts(nlp, body)
    assert ("spouse", "Idris Vane", "Marigold") in facts
    assert ("child", "Idris Vane", "Bryony") in facts


def test_an_unquoted_turn_is_its_labels_person(nlp):
    body = (
        "PRESENTER: Idris Vane is retiring after forty years as the town crier of Wexcombe.\n\n"
        "IDRIS VANE: My late wife, Marigold, sewed every one of my coats.\n"
    )
    assert ("spouse", "Idris Vane", "Marigold") in _facts(nlp, body)


# ---- a press release's own officers, named with no organisation ------------------------------

def test_bare_posts_are_at_the_organisation_the_article_is_about(nlp):
    body = (
        "Ferncombe College will open its new library on 3 June. The college raised the money from former "
        "students, and Ferncombe College will name the reading room after them.\n\n"
        "The Chancellor, Lady Orme of Thaxley, will cut the ribbon.\n\n"
        "Contact: Pip Allard, senior press officer, on 01234 567890.\n"
    )
    facts = _facts(nlp, body)
    assert ("title", "Lady Orme", "chancellor") in facts
    assert ("employer", "Lady Orme", "Ferncombe College") in facts
    assert ("employer", "Pip Allard", "Ferncombe College") in facts
    assert ("title", "Pip Allard", "senior press officer") in facts
    # with no organisation the text is about, the post names no employer and, no office, no title
    facts = _facts(nlp, "The library opens on 3 June. Contact: Pip Allard, senior press officer, on 01234 567890.\n")
    assert not {f for f in facts if f[1] == "Pip Allard" and f[0] in ("title", "employer")}, facts


# ---- firms named like people -------------------------------------------------------------------

def _types(nlp, body: str) -> dict[str, str]:
    ex, _ = _run(nlp, DATE + body)
    return {e.name: e.type for e in ex.entities}


def test_a_trade_word_closing_a_name_makes_a_firm(nlp):
    types = _types(nlp, "Claims to Quarrie Tandy Metalwork, Mill Lane, by 24 May 2024. The executor is Jem Quarrie.\n")
    assert types.get("Quarrie Tandy Metalwork") == "ORG", types


def test_a_firm_bearing_the_persons_surname_after_a_job_is_the_employer(nlp):
    body = "Claims to Odile Brack, solicitor, of Brack Penhallow, 9 Ropewalk, by 17 May 2024.\n"
    assert _types(nlp, body).get("Brack Penhallow") == "ORG"
    facts = _facts(nlp, body)
    assert ("employer", "Odile Brack", "Brack Penhallow") in facts
    assert ("title", "Odile Brack", "solicitor") in facts


# ---- one more child than the count --------------------------------------------------------------

def test_a_fourth_child_after_three_makes_four(nlp):
    body = ("Bram Tully died on Friday, aged 80. He is survived by his wife, Nell, their two daughters, Ada "
            "and Lou, and six grandchildren. A third child, Tam, died in 1975.\n")
    facts = _facts(nlp, body)
    assert ("number_of_children", "Bram Tully", 3) in facts and ("number_of_children", "Bram Tully", 2) not in facts
    assert ("number_of_children", "Nell", 3) in facts


def test_a_rank_among_children_of_a_described_parent_is_that_parents_count(nlp):
    body = ("Orrin Vale, the harbour pilot, died on Monday aged 77. Vale was born in Porthkennack in 1947, "
            "the youngest of six children of a boatbuilder, and went to sea at 15.\n")
    assert ("number_of_children", "a boatbuilder", 6) in _facts(nlp, body)
    # with the parent's name apposed to the trade, the count is the named parent's
    body = ("Orrin Vale, the harbour pilot, died on Monday aged 77. Vale was born in 1947, the youngest of six "
            "children of a boatbuilder, Saul Vale, and went to sea at 15.\n")
    facts = _facts(nlp, body)
    assert not {f for f in facts if f[0] == "number_of_children" and f[1] != "Saul Vale"}, facts


def test_a_captions_post_in_capitals_is_at_the_organisation_after_it(nlp):
    body = ("Fire crews were called to Trevean Terrace at 2am.\n\n"
            "SUPER: Wenna Rowe, Operations Manager, Polmear Fire and Rescue Service\n")
    facts = _facts(nlp, body)
    assert ("employer", "Wenna Rowe", "Polmear Fire and Rescue Service") in facts, facts
    assert ("title", "Wenna Rowe", "operations manager") in facts


def test_a_childs_teacher_works_for_no_child(nlp):
    body = ("Their two children, Kit, 9, and Lowen, 6, were upstairs. A fundraising page set up by "
            "Lowen's teacher, Demelza Hosking, has raised £900.\n")
    facts = _facts(nlp, body)
    assert not {f for f in facts if f[0] == "employer" and f[1] == "Demelza Hosking"}, facts
    assert ("occupation", "Demelza Hosking", "teacher") in facts
