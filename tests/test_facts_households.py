"""Issue 9, part 2: households and groups (couples named together, 'who have run', a
household's count of children), unnamed relatives described in place, descriptors that
stand for a person, and employers read from honours, conjoined titles and verbs. Each on
fictional sentences of our own, run through the whole pipeline."""

from __future__ import annotations

from tests.test_facts_families import _facts, _run
from tests.test_facts_generalise import _holder

D = "date 2024-05-18\n"


def _employers(nlp, text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in _facts(nlp, text) if r == "employer"}


# -- entities ------------------------------------------------------------------------------


def test_letters_of_an_order_after_a_name_are_no_second_person(nlp):
    text = (D + "Tomas Brill, Commendatore OMRI, (born 4 May 1950) is an Italian football manager. "
            "He is currently the manager of Vardena Rovers, a position he held twice before.\n")
    ex, _ = _run(nlp, text)
    assert not any("OMRI" in e.name or e.name.startswith("Commendatore") for e in ex.entities)
    assert ("Tomas Brill", "Vardena Rovers") in _employers(nlp, text)


def test_a_first_name_before_a_family_surname_shares_it(nlp):
    ex, _ = _run(nlp, D + "Ben and Laura Ashworth lost their barley, the couple said.\n")
    assert {"Ben Ashworth", "Laura Ashworth"} <= {e.name for e in ex.entities}
    # no sign of a family: a surname and another man's full name
    ex, _ = _run(nlp, D + "Biden and Donald Trump debated in Ohio.\n")
    assert "Biden Trump" not in {e.name for e in ex.entities}


def test_a_bare_surname_is_the_person_not_the_organisation_it_opens(nlp):
    text = (D + "Rosalind Achterberg, the founder of the Achterberg Puppet Theatre, died on Saturday. "
            "Achterberg, whose mother ran a toy shop, opened the theatre in 1962.\n")
    ex, _ = _run(nlp, text)
    assert _holder(ex, text, "Achterberg", 2) == "Rosalind Achterberg"


# -- households and groups -----------------------------------------------------------------


def test_a_household_count_of_children_holds_for_both_partners(nlp):
    facts = _facts(nlp, D + "Owen Tate, 50, ran the station. He and his wife, the actress Sophie Varga, 47, have three children.\n")
    assert {("number_of_children", "Owen Tate", 3), ("number_of_children", "Sophie Varga", 3)} <= facts


def test_two_daughters_and_a_son_is_no_count_of_two(nlp):
    facts = _facts(nlp, D + "Ben and Laura Ashworth lost their barley, the couple said. "
                        "The Ashworths have two daughters, Poppy and Rose, and a son, Alfie, 6.\n")
    assert not any(f[0] == "number_of_children" and f[2] == 2 for f in facts)
    assert ("child", "Laura Ashworth", "Alfie") in facts


def test_each_child_a_plural_kin_noun_names_has_its_gender(nlp):
    facts = _facts(nlp, D + "Tom and Greta Vance sold the pub, the couple said. The Vances have three daughters, Isla, 12, Maeve, 9, and Nell, 4.\n")
    assert {("gender", "Isla", "female"), ("gender", "Maeve", "female"), ("gender", "Nell", "female")} <= facts


def test_who_after_a_pair_with_a_plural_verb_is_both(nlp):
    text = D + "Tom and Greta Vance, who have run the Saltmarsh Inn in Port Ellery since 2009, have sold the pub, the couple said.\n"
    found = {(s, o.split(" in ")[0]) for s, o in _employers(nlp, text)}
    assert {("Tom Vance", "Saltmarsh Inn"), ("Greta Vance", "Saltmarsh Inn")} <= found


def test_sisters_who_run_an_organisation_both_work_there(nlp):
    text = "date 2024-02\nLena and Marta Kovac, sisters who run Kovac Dental in Ashby, have won a regional business award.\n\nLena Kovac, 45, a dentist, founded the practice.\n"
    assert {("Lena Kovac", "Kovac Dental"), ("Marta Kovac", "Kovac Dental")} <= _employers(nlp, text)


def test_their_father_goes_to_the_pair_who_share_his_surname(nlp):
    facts = _facts(nlp, "date 2024-02\nLena and Marta Kovac, sisters who run Kovac Dental, won an award.\n\n"
                        "Marta Kovac and her husband, Piotr Zielinski, have a daughter, Ana, 3. Their father, Josef Kovac, died in 2020.\n")
    assert ("child", "Josef Kovac", "Lena Kovac") in facts or ("parent", "Lena Kovac", "Josef Kovac") in facts
    assert not (("child", "Josef Kovac", "Piotr Zielinski") in facts or ("parent", "Piotr Zielinski", "Josef Kovac") in facts)


# -- unnamed relatives and descriptors -----------------------------------------------------


def test_an_unnamed_husband_described_with_an_age(nlp):
    facts = _facts(nlp, D + "Irma Kohl, 91, said her sister had been the brave one. Kohl's husband, 93, still lives in Wexley.\n")
    # named by the owner's full name, as "whose husband" and "her husband" are
    assert ("spouse", "Irma Kohl", "Irma Kohl's husband") in facts or ("spouse", "Irma Kohl's husband", "Irma Kohl") in facts
    assert ("age", "Irma Kohl's husband", 93) in facts


def test_two_husbands_taken_for_one_get_no_facts(nlp):
    # "her husband, 72" lives; "her late husband" died: whatever the entity stage merges, no
    # death is put on a living man
    facts = _facts(nlp, D + "Ann Roe, 70, said her husband, 72, was recovering. Her late husband, a miner, died in 2001.\n")
    assert not any(f[0] == "death" and f[1] != "Ann Roe" for f in facts)


def test_the_n_year_old_opening_a_sentence_is_who_the_last_one_was_about(nlp):
    facts = _facts(nlp, "date 2022-09-14\nOrla Brennan, the folk singer, has been appointed artistic director of the "
                        "Corrib Arts Festival, organisers said on Wednesday.\n\nThe 52-year-old replaces Declan Moy, who led the festival from 2011.\n")
    assert ("age", "Orla Brennan", 52) in facts
    assert not any(f[0] == "age" and f[1] == "Declan Moy" for f in facts)
    assert ("employer", "Declan Moy", "Corrib Arts Festival") in facts


# -- employers -----------------------------------------------------------------------------


def test_a_second_title_after_and_is_at_the_same_organisation(nlp):
    text = D + "Eskara chairperson Bo Lindqvist and chief executive Mira Dahl asked for the licence.\n"
    assert {("Bo Lindqvist", "Eskara"), ("Mira Dahl", "Eskara")} <= _employers(nlp, text)


def test_names_of_a_workplace_are_employees_a_team_is_not(nlp):
    text = (D + "The peak was measured in 2001 by Dara Holm and Tobias Renn of the Alder Survey Trust. "
            "Joe Dunn of the Harwood Rovers scored twice.\n")
    found = _employers(nlp, text)
    assert {("Dara Holm", "Alder Survey Trust"), ("Tobias Renn", "Alder Survey Trust")} <= found
    assert not any(s == "Joe Dunn" for s, _ in found)


def test_the_organisation_that_names_someone_as_its_officer(nlp):
    facts = _facts(nlp, D + "Halden Bank hired Mira Sol as its chief economist.\n")
    assert ("employer", "Mira Sol", "Halden Bank") in facts and ("title", "Mira Sol", "chief economist") in facts


def test_a_possessive_descriptor_of_an_organisation_named_before(nlp):
    facts = _facts(nlp, D + "Owen Tate has been named director of the Lyric Theatre. The theatre's chairwoman, Ruth Adeyemi, welcomed him.\n")
    assert ("employer", "Ruth Adeyemi", "Lyric Theatre") in facts and ("title", "Ruth Adeyemi", "chairwoman") in facts


def test_a_gerund_after_a_preposition_shares_the_main_subject(nlp):
    facts = _facts(nlp, D + "Joy Mina began a film career. She appeared in films alongside actor Sam Holt before marrying him in 1995.\n")
    assert ("spouse", "Joy Mina", "Sam Holt") in facts or ("spouse", "Sam Holt", "Joy Mina") in facts
