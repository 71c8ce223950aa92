"""Issue 9, third pass: people the text describes but never names (a spokeswoman for an
organisation, a relative named by the owner), ages said of a pair at once, and a misparsed
"The 61-year-old and his wife ... have two sons". Fictional sentences of our own, run
through the whole pipeline."""

from __future__ import annotations

from dateline.model import Entity, Mention
from dateline.names import entity_aliases
from tests.test_facts_families import _facts, _run

D = "date 2025-04-09\n"


def _ages(nlp, text: str) -> dict[str, int]:
    return {s: v for r, s, v in _facts(nlp, text) if r == "age"}


# -- an unnamed spokesperson ---------------------------------------------------------------


def test_an_unnamed_spokeswoman_works_for_the_organisation_and_speaks_the_quote(nlp):
    text = (D + "Wyndell District Council closed the ferry slipway on Monday. A spokeswoman for the council "
            'said repairs would take a month. "We are sorry for the disruption," she said.\n')
    ex, names = _run(nlp, text)
    speaker = next(e for e in ex.entities if e.name == "spokeswoman for Wyndell District Council")
    facts = _facts(nlp, text)
    assert ("employer", speaker.name, "Wyndell District Council") in facts
    assert ("title", speaker.name, "spokeswoman") in facts
    quote = next(q for q in ex.quotes if "sorry" in q.text)
    assert quote.speaker == speaker.id


def test_a_spokesman_for_a_named_company_keeps_his_employer(nlp):
    text = D + 'A spokesman for the Orrin Valley Trust said the mill "will reopen in spring".\n'
    facts = _facts(nlp, text)
    assert ("employer", "spokesman for Orrin Valley Trust", "Orrin Valley Trust") in facts


def test_an_unnamed_source_gets_no_employer(nlp):
    # no organisation tied to the speaker: nothing to say about whom he works for
    facts = _facts(nlp, D + 'A spokesman said the road "will reopen on Friday".\n')
    assert not any(r in ("employer", "title") for r, _s, _o in facts)


# -- unnamed relatives named by their owner -------------------------------------------------


def test_an_unnamed_relative_is_named_by_the_owner(nlp):
    ex, _ = _run(nlp, D + "Marta Quill, whose husband, 64, is a retired signalman, runs the shop.\n")
    assert "Marta Quill's husband" in {e.name for e in ex.entities}
    assert not any(e.name == "whose husband" for e in ex.entities)
    facts = _facts(nlp, D + "Marta Quill, whose husband, 64, is a retired signalman, runs the shop.\n")
    assert ("spouse", "Marta Quill", "Marta Quill's husband") in facts
    assert ("age", "Marta Quill's husband", 64) in facts


def test_a_full_name_possessor_names_the_relative(nlp):
    facts = _facts(nlp, D + "Tobias Wren and his son were rescued. Tobias Wren's father, 70, watched the lifeboat come in.\n")
    assert ("parent", "Tobias Wren", "Tobias Wren's father") in facts
    assert ("age", "Tobias Wren's father", 70) in facts


def test_a_kin_noun_subject_is_the_name_apposed_to_it(nlp):
    facts = _facts(nlp, D + "Helen Garvey, whose husband, the ferryman Peter Garvey, died in 2011 aged 52, said she would sail.\n")
    assert ("spouse", "Helen Garvey", "Peter Garvey") in facts
    assert ("death", "Peter Garvey", "2011") in facts
    assert ("age", "Peter Garvey", 52) in facts


def test_an_unnamed_person_has_no_surname_alias():
    husband = Entity(id="e2", name="Marta Quill's husband", type="PERSON",
                     mentions=[Mention(start=0, end=13, text="whose husband", kind="descriptor")])
    assert len(entity_aliases(husband)) == 1  # the description itself, no "husband" surname


# -- ages said of a pair ---------------------------------------------------------------------


def test_the_couple_both_34_gives_both_partners_the_age(nlp):
    ages = _ages(nlp, D + "Michael and Sarah Lask were rescued on Tuesday, the couple said. The couple, both 34, had left Kellerby on Monday.\n")
    assert ages.get("Michael Lask") == 34 and ages.get("Sarah Lask") == 34


def test_two_ages_after_a_pair_go_in_the_order_named(nlp):
    text = D + "Dafydd and Rhian Powell, who have run the Anchor Bakery since 1994, are to retire. The pair, aged 61 and 58, will sell the shop.\n"
    ages = _ages(nlp, text)
    assert ages.get("Dafydd Powell") == 61 and ages.get("Rhian Powell") == 58
    # named together right before the ages
    ages = _ages(nlp, D + "John and Mary Berg, aged 47 and 44, have run the cafe since 2001, the couple said.\n")
    assert ages.get("John Berg") == 47 and ages.get("Mary Berg") == 44


# -- "The 61-year-old and his wife ... have two sons" ----------------------------------------


def test_the_n_year_old_and_his_wife_have_children_together(nlp):
    text = (D + "Her son, Felix Amsel, 61, now runs the theatre. The 61-year-old and his wife, Paula, "
            "have two sons, Leo, 27, and Ben, 24.\n")
    facts = _facts(nlp, text)
    for parent in ("Felix Amsel", "Paula"):
        assert {("child", parent, "Leo"), ("child", parent, "Ben"), ("number_of_children", parent, 2)} <= facts
    ages = _ages(nlp, text)
    assert ages.get("Felix Amsel") == 61 and "Paula" not in ages


def test_co_parents_are_not_made_spouses(nlp):
    facts = _facts(nlp, D + "Ann Cole and Ben Hart have a daughter, Mia, 3.\n")
    assert ("child", "Ann Cole", "Mia") in facts and ("child", "Ben Hart", "Mia") in facts
    assert not any(r == "spouse" for r, _s, _o in facts)


# -- marriages the parse breaks --------------------------------------------------------------


def test_a_wed_b_and_married_to_an_occupation_and_honorific(nlp):
    # spaCy splits "wed" into "we" + "d"; "to surgeon" parses as a verb
    facts = _facts(nlp, D + "Amir Khan, a surgeon, lives in Leeds. Khan wed Rosa Lane in 2015.\n")
    assert ("spouse", "Amir Khan", "Rosa Lane") in facts or ("spouse", "Rosa Lane", "Amir Khan") in facts
    assert ("event", "Amir Khan", "Rosa Lane") in facts
    facts = _facts(nlp, D + "Rosa Lane, 40, is married to surgeon Dr. Amir Khan.\n")
    assert ("spouse", "Rosa Lane", "Amir Khan") in facts
    assert not any(r == "event" for r, _s, _o in facts)  # a state, not the wedding


def test_has_been_married_keeps_the_rule_alive_for_the_rest_of_the_article(nlp, caplog):
    # "has been" before the verb once emptied one of two paired lists and raised, so the whole
    # surface rule failed for the article, the wedding named before it included
    for text in ("Amir Khan lives in Leeds. Khan wed Rosa Lane in 2015. Her sister Mira Lane has been "
                 "married to surgeon Dr. Tomas Brandt for a decade.",
                 "Khan wed Rosa Lane in 2015. Mira Lane had been married to Tomas Brandt since 1990.",
                 "Khan wed Rosa Lane in 2015. Nell Ross, 58, has also been married to Ivo Petit."):
        with caplog.at_level("WARNING"):
            facts = _facts(nlp, D + text + "\n")
        assert "failed" not in caplog.text, text
        assert ("event", "Khan", "Rosa Lane") in facts or ("event", "Amir Khan", "Rosa Lane") in facts, text
        pairs = {frozenset((s, o)) for r, s, o in facts if r == "spouse"}
        assert pairs & {frozenset(("Mira Lane", "Tomas Brandt")), frozenset(("Nell Ross", "Ivo Petit"))}, text


def test_no_marriage_where_the_text_denies_it_or_names_another(nlp):
    for text in ("Rosa Lane is not married to Amir Khan.", "Rosa Lane has never married Amir Khan.",
                 "Ben Lowe married Amir Khan's sister in 2001."):
        assert not any(r == "spouse" for r, _s, _o in _facts(nlp, D + text + "\n")), text


def test_the_couple_after_a_single_person_named_between_is_still_the_pair(nlp):
    facts = _facts(nlp, D + "Glyn and Enid Parry, who have run the Mill Bakery since 1994, are to retire. "
                        "They will hand the ovens to their son, Rhodri Parry. The couple have three children.\n")
    assert ("spouse", "Glyn Parry", "Enid Parry") in facts or ("spouse", "Enid Parry", "Glyn Parry") in facts


# -- obituary and work phrasing --------------------------------------------------------------


def test_leaves_a_wife_and_two_daughters(nlp):
    facts = _facts(nlp, D + "Jim Carter, who was 66, leaves a wife, Pam, and two daughters, Amy and Zoe.\n")
    assert {("spouse", "Jim Carter", "Pam"), ("child", "Jim Carter", "Amy"), ("child", "Jim Carter", "Zoe"),
            ("number_of_children", "Jim Carter", 2)} <= facts
    # "leaves the club" names no relative
    facts = _facts(nlp, D + "Jim Carter leaves the club after ten years.\n")
    assert not any(r in ("spouse", "child", "number_of_children") for r, _s, _o in facts)


def test_whose_relative_after_an_age(nlp):
    facts = _facts(nlp, D + "Councillor Anne Webb, 58, whose daughter, 24, is a nurse, said the ward was short-staffed.\n")
    assert {("child", "Anne Webb", "Anne Webb's daughter"), ("age", "Anne Webb's daughter", 24),
            ("occupation", "Anne Webb's daughter", "nurse")} <= facts


def test_works_for_a_council_as_a_gardener(nlp):
    facts = _facts(nlp, D + "The father of three, Gary Dunn, 41, works for Ashby Council as a gardener.\n")
    # (a job held at a named organisation is a title there, by the project's convention)
    assert {("employer", "Gary Dunn", "Ashby Council"), ("title", "Gary Dunn", "gardener")} <= facts
    # elected to a council is membership, not a job
    assert not any(r == "employer" for r, _s, _o in _facts(nlp, D + "Gary Dunn was elected to Ashby Council in 2019.\n"))


def test_a_list_name_his_wife_name(nlp):
    facts = _facts(nlp, D + "The ambitions of Tom Hale, his wife, Ann Hale, and their son were clear.\n")
    assert ("spouse", "Tom Hale", "Ann Hale") in facts or ("spouse", "Ann Hale", "Tom Hale") in facts
    # "with Ann Roe, his wife," says Ann Roe is the wife, not whose wife someone is
    facts = _facts(nlp, D + "Ben Roe arrived with Ann Roe, his wife, and their son.\n")
    assert not any(r == "spouse" and "Ann Roe" == s and o != "Ben Roe" for r, s, o in facts)


# -- more ways to give an age -----------------------------------------------------------------


def test_ages_written_as_words_after_a_pair_and_at_a_birthday(nlp):
    assert _ages(nlp, D + "Their daughter Mia, three, was unhurt.\n").get("Mia") == 3
    ages = _ages(nlp, D + "Tom Hale and his wife Ann, both 70, moved to Ashby.\n")
    assert ages.get("Tom Hale") == 70 and ages.get("Ann") == 70
    assert _ages(nlp, D + "Ann Lee celebrated her 90th birthday on Sunday.\n").get("Ann Lee") == 90
    assert _ages(nlp, D + "Ann Lee turned 40 last week.\n").get("Ann Lee") == 40
    # a birthday long ago, or one still to come, is no age now
    for text in ("Ann Lee celebrated her 50th birthday in 1990.", "Ann Lee will celebrate her 90th birthday next month.",
                 "Ann Lee turned 18 in 2010."):
        assert "Ann Lee" not in _ages(nlp, D + text + "\n"), text


def test_a_possessive_resolved_to_the_relative_gives_no_owner_to_the_next_noun(nlp):
    facts = _facts(nlp, D + "His son Eli, 2, and daughter Ava, 5, were unhurt.\n")
    assert not any(r in ("child", "parent") for r, _s, _o in facts)


def test_the_mother_of_two_children_with_ages(nlp):
    facts = _facts(nlp, D + "Ann Lee is the mother of Ben, 12, and Zoe, 9.\n")
    assert {("parent", "Ben", "Ann Lee"), ("parent", "Zoe", "Ann Lee")} <= facts


def test_a_job_after_an_organisation_and_employed_by(nlp):
    facts = _facts(nlp, D + "Former Halden Systems engineer Maria Costa said so.\n")
    assert {("employer", "Maria Costa", "Halden Systems"), ("title", "Maria Costa", "engineer")} <= facts
    facts = _facts(nlp, D + "Maria Costa is employed by Halden Systems as an engineer.\n")
    assert ("employer", "Maria Costa", "Halden Systems") in facts
    # a player is a member of his team, not its employee
    facts = _facts(nlp, D + "Dunmore Rovers striker Ray Platt scored twice.\n")
    assert not any(r == "employer" for r, _s, _o in facts)


def test_a_past_age_after_a_dated_death_holds_on_the_death_day(nlp):
    ex, names = _run(nlp, D + "Ann Lee died peacefully at home on Monday. She was 88.\n")
    age = next(f for f in ex.facts if f.relation == "age")
    assert age.value == 88 and age.as_of == "2025-04-07"  # Monday before Wednesday 9 April
    facts = _facts(nlp, D + "Her husband, Tom Lee, was killed in a crash in 1998, aged 40.\n")
    assert ("death", "Tom Lee", "1998") in facts


def test_lost_her_husband_to_cancer_is_his_death(nlp):
    facts = _facts(nlp, D + "Ann Lee lost her husband, Tom, to cancer in 2015.\n")
    assert ("death", "Tom", "2015") in facts
    facts = _facts(nlp, D + "Ann Lee lost her son, Jack, to a rival club in 2015.\n")
    assert not any(r == "death" for r, _s, _o in facts)
