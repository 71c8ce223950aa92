"""Constructions found short in the forty-eighth held-out set once it became development,
2026-12-05 from 21:32 UTC. Each is checked on text written for these tests; the guards (marked)
hold on the start code too and keep the new readings from reaching further."""

from __future__ import annotations

from tests.test_facts_families import _of, _run
from tests.test_facts_session49 import _facts
from tests.test_facts_session54 import _types
from tests.test_facts_session56 import _people


def test_a_name_apposed_to_the_family_workshop_is_the_workshop_taken_over(nlp):
    ex, names = _run(nlp, "date 2025-04-02\n\nErnesto Vidal took over the family workshop, Taller Don Beto, in 2019, "
                          "and still carves there.\n")
    assert _types(ex).get("Taller Don Beto") == "ORG", _types(ex)
    assert ("employer", "Ernesto Vidal", "Taller Don Beto") in _facts(ex, names)


def test_one_of_the_oldest_workshops_makes_the_name_before_it_a_workshop(nlp):
    ex, _ = _run(nlp, "date 2024-11-19\n\nKyaw Zin Lacquerware, one of the oldest workshops in Pakokku, reopened on Sunday "
                      "after the floods. Kyaw Zin paid every craftsman through the rains.\n")
    types = _types(ex)
    assert any(n.startswith("Kyaw Zin") and t == "ORG" for n, t in types.items()), types
    assert not any(n.startswith("Kyaw Zin") and t == "PERSON" for n, t in types.items()), types


def test_a_place_and_a_topic_over_a_bar_name_nobody(nlp):
    ex, _ = _run(nlp, "date 2024-11-19\n\nPAKOKKU | CRAFTS\n\nA lacquer house reopens\n\nThida Win, 58, reopened her "
                      "workshop on Sunday.\n")
    types = _types(ex)
    assert "CRAFTS" not in types and "PAKOKKU" not in types, types
    assert types.get("Thida Win") == "PERSON", types


def test_a_romance_club_over_its_newsletter_is_who_our_means(nlp):
    ex, names = _run(nlp, "date 2025-02\n\nCIRCOLO AMICI DEL TEATRO | MEMBERS' NEWSLETTER | FEBRUARY 2025\n\nDear Members,\n\n"
                          "Our treasurer, Lucia Ferro, reports that the curtain fund has reached €9,000. She thanks every "
                          "member who gave.\n")
    types = _types(ex)
    assert types.get("CIRCOLO AMICI DEL TEATRO") == "ORG", types
    assert "Dear Members" not in types, types
    assert ("employer", "Lucia Ferro", "CIRCOLO AMICI DEL TEATRO") in _facts(ex, names)


def test_a_greeting_to_one_reader_stays_a_name(nlp):
    # guard: only a greeting to readers in the plural is claimed
    ex, _ = _run(nlp, "date 2025-02\n\nDear Mrs Okafor,\n\nThank you for your letter. Mrs Okafor, 71, has lived in Enugu "
                      "since 1980.\n")
    assert any("Okafor" in n and t == "PERSON" for n, t in _types(ex).items()), _types(ex)


def test_a_full_namesake_tagged_a_place_and_a_surname_stays_apart(nlp):
    ex, names = _run(nlp, "date 2025-01\n\nOur treasurer, Carmela Scuderi, reports a good year. She asks us to say, once "
                          "again, that she is no relation of Nino Scuderi, 57, director of the Compagnia Fratelli Scuderi "
                          "of Acireale.\n")
    assert "Nino Scuderi" in _people(ex), _types(ex)
    facts = _facts(ex, names)
    assert ("age", "Nino Scuderi", 57) in facts, facts
    assert not _of(facts, "age", "Carmela Scuderi"), facts


def test_a_noun_and_an_agent_noun_are_a_job(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nAziz Rahman, 48, a kite maker, sells to every roof in Old Dhaka. His cousin, "
                          "Jamal Rahman, 40, a sawmill worker, buys the bamboo.\n")
    facts = _facts(ex, names)
    assert ("occupation", "Aziz Rahman", "kite maker") in facts, facts
    assert ("occupation", "Jamal Rahman", "sawmill worker") in facts, facts


def test_an_adjective_and_an_agent_noun_are_no_job(nlp):
    # guard: "a hard worker" says how, not what
    ex, names = _run(nlp, "date 2025-01-16\n\nAziz Rahman, 48, is a hard worker, his cousin says.\n")
    assert not _of(_facts(ex, names), "occupation", "Aziz Rahman")


def test_husband_and_wife_have_the_children_listed(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nPrakash Bose, 66, married Mala in 1984. Husband and wife have two children: an "
                          "elder son, Ronit, 38, an engineer; and a daughter, Sumi, 35, a teacher.\n")
    facts = _facts(ex, names)
    for parent in ("Prakash Bose", "Mala"):
        assert ("number_of_children", parent, 2) in facts, facts
        assert ("child", parent, "Ronit") in facts and ("child", parent, "Sumi") in facts, facts


def test_a_son_named_after_the_count_is_one_of_the_children(nlp):
    ex, names = _run(nlp, "date 2025-03-04\n\nTeodoro Ayala married Rosa Cruz, a seamstress, in 1960. They had four children. "
                          "A son, Julián, was killed in a road accident in 1990.\n")
    facts = _facts(ex, names)
    assert ("child", "Teodoro Ayala", "Julián") in facts and ("child", "Rosa Cruz", "Julián") in facts, facts


def test_a_son_after_a_count_of_one_is_not_read_again(nlp):
    # guard: a count of one names its child already; the next sentence's "A son, X" is another's
    ex, names = _run(nlp, "date 2025-03-04\n\nTeodoro Ayala has a daughter. A son, Julián Ortiz, of Ponce, won the race.\n")
    assert ("child", "Teodoro Ayala", "Julián Ortiz") not in _facts(ex, names)


def test_a_surname_after_a_namesake_named_in_passing_is_the_subject(nlp):
    ex, _ = _run(nlp, "date 2025-07-06\n\nMatti Laine won the race on Saturday, with Sanna Laine riding on his shoulders.\n\n"
                      "\"I felt every stone,\" Laine said.\n")
    people = {n: t for n, t in _types(ex).items()}
    assert "Matti Laine" in people and "Sanna Laine" in people, people
    matti = next(e for e in ex.entities if e.name == "Matti Laine")
    assert any(m.text == "Laine" for m in matti.mentions), [(m.text, m.kind) for m in matti.mentions]


def test_a_business_is_run_with_the_relatives_after_its_description(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nSunil Das, 67, runs Ghuri Bitan, the kite shop his father opened in 1952, with "
                          "his wife, Rina, 61, and their younger son, Tutul, 29.\n")
    facts = _facts(ex, names)
    for who in ("Sunil Das", "Rina", "Tutul"):
        assert ("employer", who, "Ghuri Bitan") in facts, facts


def test_a_business_opened_with_a_relative_is_no_job_of_theirs(nlp):
    # guard: "opened with his father" (no comma) tells who founded it, not who runs it now
    ex, names = _run(nlp, "date 2025-01-16\n\nSunil Das, 67, runs Ghuri Bitan, which he opened with his father, Nitin Das, "
                          "in 1975.\n")
    assert ("employer", "Nitin Das", "Ghuri Bitan") not in _facts(ex, names)


def test_a_group_with_a_genre_before_it_is_the_singers_employer(nlp):
    ex, names = _run(nlp, "date 2025-03-04\n\nFor four decades Eusebio Marte was the lead singer of the plena group Los Hijos "
                          "del Río, which his cousin founded in 1969.\n")
    facts = _facts(ex, names)
    assert ("employer", "Eusebio Marte", "Los Hijos del Río") in facts, facts
    assert ("title", "Eusebio Marte", "lead singer") in facts, facts


def test_a_workshop_run_by_two_named_after_it(nlp):
    ex, names = _run(nlp, "date 2024-11-19\n\nHalden Lacquer Ltd, one of the oldest workshops in the town, marked its "
                          "centenary on Sunday. The workshop is run by Jane Roe, 58, a granddaughter of its founder, and by "
                          "her husband, Bill Fox, 62.\n")
    facts = _facts(ex, names)
    assert ("employer", "Jane Roe", "Halden Lacquer Ltd") in facts and ("employer", "Bill Fox", "Halden Lacquer Ltd") in facts, facts


def test_now_and_an_age_hold_whatever_the_tense(nlp):
    ex, names = _run(nlp, "date 2024-11-19\n\nThe founder's daughter stepped back in 2003. Now 91, Mary Okoro watched the "
                          "ceremony from a wheelchair.\n")
    assert ("age", "Mary Okoro", 91) in _facts(ex, names)


def test_the_theatre_is_a_teatro_named_before(nlp):
    ex, names = _run(nlp, "date 2025-01\n\nSalvo Greco will hand Teatro Greco to his nephew in March. Greco, 79, has been "
                          "the theatre's director since 1983. Nina Amato has been the theatre's seamstress since 1990.\n")
    facts = _facts(ex, names)
    assert ("employer", "Salvo Greco", "Teatro Greco") in facts and ("employer", "Nina Amato", "Teatro Greco") in facts, facts


def test_a_letter_signed_with_the_post_on_the_line_below(nlp):
    ex, names = _run(nlp, "date 2025-02\n\nHARBOUR ROWING CLUB | NEWSLETTER\n\nDear Members,\n\nThe boat shed is finished at "
                          "last. Please come to the opening on Saturday.\n\nWith warm wishes,\n\nTeresa Quayle\nSecretary\n")
    facts = _facts(ex, names)
    assert ("title", "Teresa Quayle", "secretary") in facts, facts
    assert ("employer", "Teresa Quayle", "HARBOUR ROWING CLUB") in facts, facts


def test_a_son_joined_on_after_a_marriage_is_no_spouse(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nHusband and wife have two children. Their daughter, Pia, 33, teaches mathematics. "
                          "Pia is married to Tapas Roy, a goldsmith, and the couple's son, Arko, 7, flew his first kite from "
                          "the family roof this year.\n")
    facts = _facts(ex, names)
    assert ("spouse", "Pia", "Arko") not in facts, facts
    assert ("spouse", "Pia", "Tapas Roy") in facts, facts
    assert ("child", "Pia", "Arko") in facts and ("child", "Tapas Roy", "Arko") in facts, facts


def test_a_place_a_job_is_done_in_has_no_father(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nThe thread comes from Anwar Hossain, 54, a thread maker in Sutrapur, whose "
                          "father, the late Idris Hossain, supplied the shop for forty years.\n")
    assert _types(ex).get("Sutrapur") != "PERSON", _types(ex)
    assert ("parent", "Anwar Hossain", "Idris Hossain") in _facts(ex, names)


def test_a_child_named_after_a_great_grandfather_is_not_him(nlp):
    ex, names = _run(nlp, "date 2025-01\n\nBruno Greco founded the theatre in 1946 and died in 1983 aged 71. His great-grandson, "
                          "Dario Greco, 44, runs it now. Dario and his wife, Elena, 41, have two children, Bruno, 12, who is "
                          "named after his great-grandfather, and Sara, 8.\n")
    facts = _facts(ex, names)
    assert ("age", "Bruno Greco", 12) not in facts, facts
    assert not any(f[0] == "child" and f[1] == "Dario Greco" and f[2] == "Bruno Greco" for f in facts), facts


def test_a_people_in_the_plural_before_two_names_is_no_organisation(nlp):
    ex, names = _run(nlp, "date 2025-07-06\n\nSecond were the Estonians Taavi Rebane, 29, and Kadri Lepik, 31, who are not a "
                          "couple.\n")
    types = _types(ex)
    assert types.get("Taavi Rebane") == "PERSON" and not any("Estonians" in n for n in types), types
    assert ("age", "Taavi Rebane", 29) in _facts(ex, names)


def test_the_relative_of_someones_partner_named_after_the_comma(nlp):
    ex, names = _run(nlp, "date 2024-06\n\nJoost Bos, 70, founded the towage firm in 1979. Anneke Bos, 40, skippers its tug. "
                          "Ms Bos is the daughter of Joost's younger brother, Pieter Bos, who retired in 2010.\n")
    facts = _facts(ex, names)
    assert ("child", "Pieter Bos", "Anneke Bos") in facts or ("parent", "Anneke Bos", "Pieter Bos") in facts, facts


def test_the_friend_of_someones_friend_stays_unnamed(nlp):
    # guard: with no name after the possessor's noun, the relative is the friend's, as before
    ex, names = _run(nlp, "date 2024-06\n\nAnneke Bos, 40, is the sister of Joost's closest friend.\n")
    assert not any(f[0] in ("sibling", "child", "parent") and "Joost" in (f[1], f[2]) for f in _facts(ex, names))


def test_an_organising_committees_chairman_and_spokeswoman_are_its_staff(nlp):
    ex, names = _run(nlp, "date 2025-07-06\n\nThe Kuopio Lake Swim Committee's chairman, Pekka Rautio, said 400 swimmers took "
                          "part. A spokeswoman for the Kuopio Lake Swim Committee, Minna Salo, said the water was 17C.\n")
    facts = _facts(ex, names)
    assert ("employer", "Pekka Rautio", "Kuopio Lake Swim Committee") in facts, facts
    assert ("employer", "Minna Salo", "Kuopio Lake Swim Committee") in facts, facts


def test_the_one_who_died_after_a_whose_clause(nlp):
    ex, names = _run(nlp, "date 2025-03-04\n\nBenigno Ayala Ruiz, the mask maker whose horned coconut-shell faces came to "
                          "stand for the carnival of the Loíza fiestas, died on Saturday at his home in Cangrejos. He was 81.\n")
    facts = _facts(ex, names)
    assert ("death", "Benigno Ayala Ruiz", "2025-03-01") in facts, facts


def test_a_headline_name_written_again_with_its_second_surname(nlp):
    ex, names = _run(nlp, "date 2025-03-04\n\nOBITUARIES | CAROLINA\n\nBenigno Ayala, who made Carolina's bomba masks, dies at 81\n\n"
                          "Benigno Ayala Ruiz, the mask maker whose horned coconut-shell faces came to stand for the carnival "
                          "of the Loíza fiestas, died on Saturday at his home in Cangrejos. He was 81.\n")
    assert "Benigno Ayala Ruiz" in _people(ex), _types(ex)
    facts = _facts(ex, names)
    assert ("death", "Benigno Ayala Ruiz", "2025-03-01") in facts, facts


def test_a_club_captained_by_someone_is_his_post(nlp):
    ex, names = _run(nlp, "date 2025-01-16\n\nThe kite contest was won for a third year by Sutrapur Rooftop Club, captained by "
                          "Milon Saha, 41, a rickshaw mechanic.\n")
    facts = _facts(ex, names)
    assert ("title", "Milon Saha", "captain") in facts and ("employer", "Milon Saha", "Sutrapur Rooftop Club") in facts, facts
