"""Constructions from the development folders (the sixty-second set among them, made development
this session), 2026-12-06, session from 19:49 UTC. Each is checked on text written for these
tests; the guards (marked) hold on the start code too."""

from __future__ import annotations

from types import SimpleNamespace

from dateline.extractors.facts.alive import without_deaths_before_a_present_age
from dateline.model import Fact, Span
from tests.test_facts_families import _run
from tests.test_facts_session49 import _facts
from tests.test_facts_session66 import _types


def _type_of(ex, name):
    return next((e.type for e in ex.entities if e.name == name), None)


def test_a_club_named_after_an_animal_is_an_organisation_and_the_club(nlp):
    ex, names = _run(nlp, "date 2025-05-26\nSPORTS | DIVISION TWO\n\nKisumu Leopards beat Nakuru Rangers 3-0 on Sunday. "
                          "Head coach Daniel Ochieng, who came to the Leopards from Bandari Port FC in 2022, said the players "
                          "had earned it.\n\nKisumu have not won the cup since 1998. The club was founded in 1968, and "
                          "Grace Atieno, 61, is a director of the club.\n")
    facts = _facts(ex, names)
    assert _type_of(ex, "Kisumu Leopards") == "ORG", _types(ex)
    assert ("employer", "Grace Atieno", "Kisumu Leopards") in facts, facts
    assert ("employer", "Grace Atieno", "Bandari Port FC") not in facts, facts


def test_a_headline_surname_is_the_first_bearer_the_text_names(nlp):
    text = ("date 2025-05-26\nSPORTS | DIVISION TWO\n\nMensah double sends Tamale City up\n\nCaptain Kojo Mensah, 27, "
            "scored both goals in the last 12 minutes on Sunday.\n\n\"I have waited ten years for this,\" the 27-year-old "
            "said.\n\nMensah's father, Yaw Mensah, captained the club in the 1980s. The visitors had led through a penalty "
            "from striker Isaac Mensah, who has the captain's surname but is not family.\n")
    ex, names = _run(nlp, text)
    facts = _facts(ex, names)
    headline = text.index("Mensah double")
    owner = next(e.name for e in ex.entities for m in e.mentions if m.start == headline)
    assert owner == "Kojo Mensah", _types(ex)
    assert ("parent", "Kojo Mensah", "Yaw Mensah") in facts or ("child", "Yaw Mensah", "Kojo Mensah") in facts, facts


def test_an_age_written_before_a_surname_picks_its_bearer(nlp):
    ex, names = _run(nlp, "date 2025-08-12\n\nMeera Raman, 41, takes over as managing director from her father, K. Raman, "
                          "68, who becomes chairman. Ms Raman joined the firm in 2019.\n\nThe 68-year-old Raman will keep "
                          "an office at the works.\n")
    facts = _facts(ex, names)
    assert ("age", "K. Raman", 68) in facts, facts
    assert ("age", "Meera Raman", 68) not in facts, facts


def test_a_town_council_desk_line_is_no_organisation_and_the_council_is_the_named_one(nlp):
    ex, names = _run(nlp, "date 2025-09\nTOWN COUNCIL | ABERAERON\n\nCouncillor Nia Evans has been installed as mayor. "
                          "She has represented the harbour ward on Aberaeron Town Council since 2019.\n\nThe town clerk, "
                          "Owain Price, who came to the council in 2020 from Ceredigion Housing Trust, read the accounts. "
                          "Members thanked the council's staff, and the council agreed to buy new benches.\n")
    facts = _facts(ex, names)
    assert "TOWN COUNCIL" not in [e.name for e in ex.entities], _types(ex)
    assert ("employer", "Owain Price", "Aberaeron Town Council") in facts, facts
    assert ("employer", "Owain Price", "Ceredigion Housing Trust") in facts, facts


def test_came_to_a_school_without_a_body_left_is_no_job(nlp):
    # guard: a pupil came to the school; only "came to X from Y" says a job
    ex, names = _run(nlp, "date 2025-09\n\nAnwen Hughes, 12, came to the school in 2024. Ysgol Bro Teifi has 400 pupils.\n")
    facts = _facts(ex, names)
    assert not any(f[0] == "employer" and f[1] == "Anwen Hughes" for f in facts), facts


def test_a_plural_noun_opening_a_quotation_is_no_speaker(nlp):
    ex, names = _run(nlp, "date 2025-09\n\nCouncillor Nia Evans said the toilets would reopen. \"Visitors ask me where "
                          "they are every market day,\" she said.\n")
    assert "Visitors" not in [e.name for e in ex.entities], _types(ex)


def test_a_nickname_in_quotation_marks_stays_a_speaker(nlp):
    # guard: '"Pops"' is somebody, though the tagger reads the word as a plural
    ex, names = _run(nlp, "date 2025-03-15\nSPORT\n\n\"Pops\" wins his 50th final\n\nAt the top table was Everton "
                          "\"Pops\" Greaves, 79. \"Pops taught every one of us to count,\" his granddaughter said.\n")
    assert any("Greaves" in e.name for e in ex.entities), _types(ex)


def test_a_name_the_parser_joins_to_a_common_noun_is_no_place(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nIn mitigation, defence lawyer Suresh Pillai of Kang & Rahim LLC said Tan "
                          "had lost most of the money.\n")
    facts = _facts(ex, names)
    assert _type_of(ex, "Suresh Pillai") == "PERSON", _types(ex)
    assert ("employer", "Suresh Pillai", "Kang & Rahim LLC") in facts, facts


def test_an_honorific_surname_and_a_two_word_given_name_are_one_name(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nThe company was founded in 1968 by Mr Toh Ah Seng, and is now run by his "
                          "daughter, Ms Toh Siew Ping, 58, its managing director.\n")
    facts = _facts(ex, names)
    assert ("age", "Toh Siew Ping", 58) in facts, (_types(ex), facts)
    assert ("child", "Toh Ah Seng", "Toh Siew Ping") in facts or ("parent", "Toh Siew Ping", "Toh Ah Seng") in facts, facts


def test_a_road_named_place_is_no_person(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nHe joined Kim Hock Coffee Industries, a Jalan Besar firm that roasts kopi "
                          "powder, in 2011.\n")
    assert not any(e.name == "Jalan Besar" and e.type == "PERSON" for e in ex.entities), _types(ex)


def test_a_capitalised_office_before_a_name_is_none_of_it(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nDeputy Public Prosecutor Ong Li Hua asked for 40 months' jail.\n")
    people = [e.name for e in ex.entities if e.type == "PERSON"]
    assert people == ["Ong Li Hua"], _types(ex)


def test_who_after_a_described_person_is_that_person(nlp):
    ex, names = _run(nlp, "date 2025-08-12\n\nAnita Rao, 41, takes over from her father, V. Rao, 68, who becomes chairman. "
                          "The firm was started in 1960 by her grandfather, the late S. Iyer (1930 - 2008), a former "
                          "fitter at a cotton mill, who named it after his wife, Kamala.\n")
    facts = _facts(ex, names)
    assert ("spouse", "S. Iyer", "Kamala") in facts or ("spouse", "Kamala", "S. Iyer") in facts, facts
    assert not any(f[0] == "spouse" and "V. Rao" in (f[1], f[2]) for f in facts), facts


def test_a_club_called_by_its_last_word_at_a_paragraph_start(nlp):
    ex, names = _run(nlp, "date 2025-05-26\n\nAccra Lions beat Cape Coast Rangers 2-1 on Sunday.\n\nRangers coach Kofi "
                          "Boakye said his side would have to win the play-off.\n")
    facts = _facts(ex, names)
    assert ("title", "Kofi Boakye", "coach") in facts, facts
    assert ("employer", "Kofi Boakye", "Cape Coast Rangers") in facts, facts


def test_married_with_children_is_a_count(nlp):
    ex, names = _run(nlp, "date 2025-11-20\n\nTan Wei Ming, 52, pleaded guilty on Wednesday. Tan is married with three "
                          "children. Lim Kok Wah, who is married with two children, was not charged.\n")
    facts = _facts(ex, names)
    assert ("number_of_children", "Tan Wei Ming", 3) in facts, facts
    assert ("number_of_children", "Lim Kok Wah", 2) in facts, facts


def test_a_child_named_before_the_younger(nlp):
    ex, names = _run(nlp, "date 2025-08-12\n\nRavi Menon and his wife, Latha Menon, had two sons. The elder, Vinod Menon, "
                          "ran the exports; Arun Menon, the younger, ran the business from 1998.\n")
    facts = _facts(ex, names)
    assert ("child", "Ravi Menon", "Arun Menon") in facts, facts
    assert ("child", "Latha Menon", "Arun Menon") in facts, facts


def test_the_younger_of_two_sons_is_no_daughter(nlp):
    # guard: a woman named before "the younger" of two sons is not taken for one of them
    ex, names = _run(nlp, "date 2025-08-12\n\nRavi Menon and his wife, Latha Menon, had two sons. She said her niece, "
                          "Priya Menon, the younger, would speak.\n")
    facts = _facts(ex, names)
    assert ("child", "Ravi Menon", "Priya Menon") not in facts, facts


def _fact(relation, subject, value=None, as_of=None, text="x", start=0):
    return Fact(id="", relation=relation, subject=subject, value=value, as_of=as_of,
                evidence=Span(start=start, end=start + len(text), text=text))


def test_a_death_before_a_present_age_is_dropped_with_its_age():
    text = "Meera Raman, 41, took over. She died in 2016, aged 81."
    ctx = SimpleNamespace(article=SimpleNamespace(date="2025-08-12"), text=text)
    at = text.index("died")
    facts = [_fact("age", "e1", 41, "2025-08-12", "Meera Raman, 41"), _fact("death", "e1", "2016", text="died in 2016", start=at),
             _fact("age", "e1", 81, "2016", start=at), _fact("death", "e2", "2016", start=at), _fact("age", "e2", 81, "2016", start=at)]
    kept = without_deaths_before_a_present_age(ctx, facts)
    assert [(f.relation, f.subject, f.value) for f in kept] == [("age", "e1", 41), ("death", "e2", "2016"), ("age", "e2", 81)]


def test_a_life_span_or_a_death_in_the_age_s_sentence_outweighs_a_present_age():
    text = "Patrick Quinn (1930 – 2014) founded it. The 66-year-old said so. Mairi Ross, 80, ran it until her death in 2011."
    ctx = SimpleNamespace(article=SimpleNamespace(date="2021-11-09"), text=text)
    facts = [_fact("death", "e1", "2014", text="Patrick Quinn (1930 – 2014)"),
             _fact("age", "e1", 66, "2021-11-09", "The 66-year-old", text.index("The 66")),
             _fact("age", "e2", 80, "2021-11-09", "Mairi Ross, 80", text.index("Mairi")),
             _fact("death", "e2", "2011", text="death in 2011", start=text.index("death in"))]
    kept = without_deaths_before_a_present_age(ctx, facts)
    assert [(f.relation, f.value) for f in kept] == [("death", "2014"), ("death", "2011")]


def test_an_unnamed_relative_an_object_is_somebody(nlp):
    ex, names = _run(nlp, "date 2025-09\n\nCllr Rhodri Hughes has stood down from the council to care for his ailing mother. "
                          "Tan Wei Ming repaid the money, much of it raised by his elderly mother, who sold her flat.\n")
    mothers = [e for e in ex.entities if "mother" in e.name]
    assert len(mothers) == 2 and all(e.gender == "female" for e in mothers), _types(ex)
    tan = next(e for e in ex.entities if e.name == "Tan Wei Ming")
    assert tan.gender != "female", _types(ex)


def test_a_relative_a_thing_is_named_after_or_called_is_nobody(nlp):
    # guard: "his first daughter" of a cow, "named after his wife" of a funicular
    ex, names = _run(nlp, "date 2024-10-22\n\nFaustin Gatera kept a cow called Inzozi. He liked to call her his first "
                          "daughter. The ferry was named after his wife.\n")
    assert not any("daughter" in e.name or "wife" in e.name for e in ex.entities), _types(ex)


def test_a_bare_relative_an_object_may_be_the_named_one(nlp):
    # guard: "took over the home from his mother" in an obituary of that mother is no new person
    ex, names = _run(nlp, "date 2025-08-19\n\nRose Achieng, who founded the home, died on Sunday. Her son, Tom Achieng, 55, "
                          "took over the home from his mother in 2010.\n")
    assert not any(e.name.endswith("'s mother") for e in ex.entities), _types(ex)


def test_an_obituary_subject_is_the_titled_surname_though_dead(nlp):
    ex, names = _run(nlp, "date 2025-08-19\nOBITUARIES | ELDORET\n\nGrace Wanjiku Kamau (1941 - 2025): the nurse who ran "
                          "the clinic\n\nGrace Wanjiku Kamau, who ran the Langas clinic for forty years, died on Sunday. She "
                          "was 84. Mama Grace, as patients called her, trained in Nairobi.\n\nShe is survived by her "
                          "daughter, Esther Njeri Kamau, 52, a pharmacist.\n\nAnn Otieno, chairwoman of the Eldoret "
                          "Nurses Society, which Mrs Kamau chaired from 1980 to 1990, said she was a mother to every "
                          "nurse in town.\n")
    facts = _facts(ex, names)
    assert ("title", "Grace Wanjiku Kamau", "chair") in facts, facts
    assert ("title", "Esther Njeri Kamau", "chair") not in facts, facts


def test_an_assistant_and_a_farm_manager_are_jobs(nlp):
    ex, names = _run(nlp, "date 2025-10-22\n\nCallum Reid, 41, admitted careless driving. He and his wife, Morag, a classroom "
                          "assistant, have two children.\n")
    facts = _facts(ex, names)
    assert ("occupation", "Morag", "classroom assistant") in facts, facts


def test_an_organisation_tagged_with_two_common_nouns_is_no_name(nlp):
    ex, names = _run(nlp, "date 2025-06-24\n\nHollis Bakery sold to Auckland food group after 60 years\n\nTaranaki Foods, "
                          "which owns bakeries in Levin, said it would keep all 30 staff. The group's chief executive, Rina "
                          "Patel, said the pies sold it.\n")
    facts = _facts(ex, names)
    assert not any("food group" in e.name for e in ex.entities), _types(ex)
    assert ("employer", "Rina Patel", "Taranaki Foods") in facts, facts


def test_a_desk_line_s_place_is_no_second_use_of_a_town(nlp):
    ex, names = _run(nlp, "date 2025-11\nEDUCATION | LAUTOKA\n\nPrize day at Vitogo\n\nThe new block was paid for by Chand "
                          "& Sons Hardware, the Lautoka firm founded by the late Hari Chand (1930 - 2007). Its managing "
                          "director, Vinod Chand, 40, the founder's grandson, cut the ribbon with his father.\n")
    facts = _facts(ex, names)
    assert _type_of(ex, "Lautoka") is None, _types(ex)
    assert ("employer", "Vinod Chand", "Chand & Sons Hardware") in facts, facts
