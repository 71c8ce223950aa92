"""Constructions met on the seventeenth held-out set once it became development data (a wire
story's dateline, a post given by a copula, a name the text has called "the firm", a first and
a surname each tagged an organisation, which of a couple "Mr X" is), each checked on text
written for these tests, not taken from that set."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from dateline.extractors.entities import couples
from dateline.extractors.entities.lexicon import lexicon
from dateline.extractors.entities.missed import _NameSpan
from dateline.extractors.entities.nameparts import join_split_names
from dateline.extractors.entities.ranker import called_organisation
from tests.test_facts_families import _facts, _of, _run

D = "date 2023-05-02\n"


def test_a_wire_dateline_is_no_person_and_takes_no_pronoun(nlp):
    ex, _ = _run(nlp, D + "NEWS IN BRIEF\n\nBRANDON, Manitoba — A Souris man who stole tools from the garage his uncle "
                          "built was fined on Monday.\n\nDerek Moir, 38, admitted the theft.\n")
    people = {e.name for e in ex.entities if e.type == "PERSON"}
    assert not people & {"BRANDON", "Brandon", "Manitoba"}, people
    assert not any(m.text == "his" for e in ex.entities if e.name in ("BRANDON", "Manitoba") for m in e.mentions)


def test_a_post_given_by_a_copula_is_the_named_ones_title(nlp):
    facts = _facts(nlp, D + "Halden Marine has a new board. Its founder retired last month. The new chief operating "
                            "officer is Priya Natt, 47, who joined from Ardmore Cables in March.\n\n"
                            "The new owner of the cafe is Sorcha's son, Neil Gow, 34.\n")
    assert "chief operating officer" in _of(facts, "title", "Priya Natt"), facts
    # the post after "is" belongs to the son, not to the woman named in his possessive
    assert not _of(facts, "title", "Sorcha"), facts


def _token(text: str, dep: str = "", head: int = 0):
    return SimpleNamespace(lower_=text.lower(), dep_=dep, head=head)


def test_a_name_the_text_called_the_firm_is_no_he_or_she():
    lex = lexicon()
    doc = [_token("The"), _token("firm"), _token("Iris"), _token("government")]
    res = SimpleNamespace(doc=doc, lex=lex)
    firm = SimpleNamespace(is_person_like=lambda: False, mentions=[SimpleNamespace(kind="descriptor", head=1)])
    assert called_organisation(res, firm)
    # a person-like name called so by a parse slip stays a candidate; a kin descriptor says nothing
    person = SimpleNamespace(is_person_like=lambda: True, mentions=[SimpleNamespace(kind="descriptor", head=1)])
    assert not called_organisation(res, person)
    other = SimpleNamespace(is_person_like=lambda: False, mentions=[SimpleNamespace(kind="descriptor", head=2)])
    assert not called_organisation(res, other)
    # "the government" wrongly merged into a name the tagger called an organisation says too little
    merged = SimpleNamespace(is_person_like=lambda: False, mentions=[SimpleNamespace(kind="descriptor", head=3)])
    assert not called_organisation(res, merged)


def test_a_first_name_and_a_surname_each_tagged_an_organisation_are_one_name(nlp):
    words = ["Morven", "Lamont", ",", "who", "kept", "the", "shop", ",", "died", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, True, True, True, True, False, True, False, False],
              tags=["NNP", "NNP", ",", "WP", "VBD", "DT", "NN", ",", "VBD", "."],
              heads=[1, 8, 1, 4, 1, 6, 4, 1, 8, 8],
              deps=["compound", "nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "punct"])
    spans = [_NameSpan(0, 1, "ORG"), _NameSpan(1, 2, "ORG")]
    joined = join_split_names(doc, spans)
    assert [(sp.start, sp.end) for sp in joined] == [(0, 2)]
    # two organisations of several words side by side stay two
    long_ = [_NameSpan(0, 1, "ORG"), _NameSpan(1, 3, "ORG")]
    assert len(join_split_names(doc, long_)) == 2


def _clusters(seen_at: int, words: list[str]):
    made = []

    def new(key):
        c = SimpleNamespace(key=key, root=lambda: c)
        made.append(c)
        return c

    nearer = SimpleNamespace()
    nearer.root = lambda: nearer
    b = SimpleNamespace(new=new, deferred=[], last_seen={id(nearer): seen_at}, paired_at={id(nearer): 3},
                        doc=[SimpleNamespace(lower_=w.lower()) for w in words])
    return b, nearer


def test_which_of_a_couple_mr_x_is_waits_for_the_name_with_the_surname():
    words = ["Alba", "and", "Ness", "Rowan", "wed", ".", "Ness", "'s", "brother", "came", ".", "Ness", "Rowan", "said"]
    # named again by the first name alone ("Ness's brother"): no sign of which one "Mr Rowan" is
    b, nearer = _clusters(6, words)
    couples.defer(b, "rowan", (SimpleNamespace(), nearer), "male", nearer)
    assert b.deferred[0][3] is None
    # named again in full ("Ness Rowan said"): the nearer one, as for any two of a surname
    b, nearer = _clusters(11, words)
    couples.defer(b, "rowan", (SimpleNamespace(), nearer), "male", nearer)
    assert b.deferred[0][3] is nearer


def test_an_age_at_death_before_where_the_death_was(nlp):
    facts = _facts(nlp, D + "Joan Fry, who taught at Grace Church from 1965 to 2010, died Saturday at 81 at Miami Valley Hospital.\n")
    assert 81 in _of(facts, "age", "Joan Fry"), facts


def test_a_spouse_read_on_into_a_survivors_count_is_no_child(nlp):
    facts = _facts(nlp, D + "Dora Pike died Saturday. She is survived by her husband of 58 years, Harold Pike, 84, a retired "
                            "machinist, three children and nine grandchildren.\n")
    assert "Harold Pike" in _of(facts, "spouse", "Dora Pike"), facts
    assert "Harold Pike" not in _of(facts, "child", "Dora Pike"), facts


def test_a_directors_field_stays_in_the_post(nlp):
    facts = _facts(nlp, D + "Kofi Mensah is director of finance at Tidewater Fisheries Co-operative.\n")
    assert "director of finance" in _of(facts, "title", "Kofi Mensah"), facts


def test_a_life_span_after_a_graduates_class_year(nlp):
    facts = _facts(nlp, D + "Lars Berg (BEng '71) (1948 - 2023) taught for years.\n")
    assert "2023" in _of(facts, "death", "Lars Berg"), facts


def test_founders_after_a_noun_of_the_organisations_kind(nlp):
    facts = _facts(nlp, D + "He worked for Harkin Tool, a company founded in 1962 by the late Walter Harkin and his "
                            "brother-in-law, Earl Stiles.\n\nShe worked for Dale Paints, a company founded in 1962 by Rita Dale.\n")
    for who in ("Walter Harkin", "Earl Stiles", "Rita Dale"):
        assert "founder" in _of(facts, "title", who), (who, facts)


def test_a_listed_child_who_is_an_age_in_words_is_a_person(nlp):
    facts = _facts(nlp, D + "He and his wife, Nuala, a teacher, have three children: Orla, 22, Fionn, 19, and Ella, who is fourteen.\n")
    assert 14 in _of(facts, "age", "Ella"), facts
    assert "Ella" in _of(facts, "child", "Nuala"), facts


def test_a_post_of_two_subjects_goes_to_the_nearer(nlp):
    facts = _facts(nlp, D + "The firm was started by Valley Homes. Its managing director, Priyesh Lakhani, whose wife, 44, "
                            "is a midwife at Cabot Vale Hospital, handed over the keys.\n")
    assert "midwife" not in _of(facts, "title", "Priyesh Lakhani"), facts
    assert "Cabot Vale Hospital" not in _of(facts, "employer", "Priyesh Lakhani"), facts


def test_married_to_after_a_pronoun_or_an_age_descriptor(nlp):
    facts = _facts(nlp, D + "Jim Dale moved in 1999. He is married to nurse Ann Ray.\n\n"
                            "Kevin Ahern emigrated to Boston in 1999. The 51-year-old is married to surgeon Dr Amara Osei.\n")
    assert "Ann Ray" in _of(facts, "spouse", "Jim Dale"), facts
    assert "Amara Osei" in _of(facts, "spouse", "Kevin Ahern"), facts


def test_ages_and_marriages_past_a_graduates_class_year(nlp):
    facts = _facts(nlp, D + "Bernice Olafson (BA '64), 82, writes from Gimli.\n\n"
                            "Kwame Asante (MBA '03) married Ruth-Ellen Pike, a Gander paramedic, in August.\n")
    assert 82 in _of(facts, "age", "Bernice Olafson"), facts
    assert "Ruth-Ellen Pike" in _of(facts, "spouse", "Kwame Asante"), facts


def test_a_job_taken_up_on_a_move_is_a_post_there(nlp):
    facts = _facts(nlp, D + "Ana Reis has moved to Fundy Tidal Power as a field technician after four years with Scotia "
                            "Offshore Services.\n")
    assert "field technician" in _of(facts, "title", "Ana Reis"), facts
    assert {"Fundy Tidal Power", "Scotia Offshore Services"} <= _of(facts, "employer", "Ana Reis"), facts
    # a player's loan spells are no counted spell of work
    facts = _facts(nlp, D + "After loan spells with Vila Nova Athletic during 2008, Jeferson Paiva joined Teleoptik Club in 2009.\n")
    assert "Vila Nova Athletic" not in _of(facts, "employer", "Jeferson Paiva"), facts


def test_a_masthead_in_capitals_is_no_job(monkeypatch):
    from dateline.extractors.facts import occupations
    text = "date 2026-03-07\nTHE AVON COURIER | Out & About\n\nA courier, Tom Reed, won.\n"
    ctx = SimpleNamespace(doc=object(), text=text, article=SimpleNamespace(body_start=16))
    monkeypatch.setattr(occupations, "per_doc", lambda doc, key: {})
    found = [m.group(1) for m in occupations.occupation_matches(ctx)]
    assert "courier" in found and "COURIER" not in found, found


def test_an_age_descriptor_is_the_paragraphs_subject_not_one_named_before(nlp):
    facts = _facts(nlp, D + "Peadar Lyons, 51, is a lobster fisherman in Dingle. His boat, the Maire Og, carries his "
                            "mother's name. Lyons and his partner, Sile Dunne, have a daughter.\n\n"
                            "Ciaran Foley, the son of a Bantry sheep farmer, emigrated to Chicago in 2001. He is a site "
                            "manager at Lakefront Builders, which he joined from the Chicago Transit Authority in 2006. "
                            "The 51-year-old is married to dentist Dr Ama Mensah and flew home for the dinner last week.\n")
    assert 51 in _of(facts, "age", "Ciaran Foley"), facts
    assert "Ama Mensah" in _of(facts, "spouse", "Ciaran Foley") and not _of(facts, "spouse", "Peadar Lyons"), facts


def test_an_age_in_words_before_and(nlp):
    facts = _facts(nlp, D + "They have a son, Conor, who is eleven and far too sensible.\n\n"
                            "They have a son, Eoin, who is eleven and \"far too sensible for boxing.\"\n")
    assert 11 in _of(facts, "age", "Conor") and 11 in _of(facts, "age", "Eoin"), facts


def test_a_death_leaving_a_wife_and_children(nlp):
    facts = _facts(nlp, D + "Reggie Cole, an electrician, was killed in August 2019 at 38 when a rail gave way.\n\n"
                            "Cole left his wife, Tamika Cole, 41, a pharmacist, and three children.\n")
    assert 38 in _of(facts, "age", "Reggie Cole"), facts
    assert 3 in _of(facts, "number_of_children", "Reggie Cole"), facts


def test_an_untagged_firm_after_with_and_a_name_apposed_to_a_kind(nlp):
    ex, names = _run(nlp, D + "Iain Ross, 48, a deckhand with Hebridean Link Ferries, spoke.\n\n"
                              "The Linden, the 240-room hotel that opened on the creek last winter, has a new manager.\n")
    orgs = {e.name for e in ex.entities if e.type == "ORG"}
    assert "Hebridean Link Ferries" in orgs, orgs
    assert any("Linden" in o for o in orgs), orgs
    facts = {(f.relation, names.get(f.subject), names.get(f.object) if f.object else f.value) for f in ex.facts}
    assert "Hebridean Link Ferries" in _of(facts, "employer", "Iain Ross"), facts


def test_a_lost_child_adds_nothing_to_the_children_a_couple_have(nlp):
    facts = _facts(nlp, D + "Noel Baptiste and his wife, Dora, a retired teacher, married in 1984. The couple have four "
                            "children: Kerry, 38, a customs officer; twins Ann and Joy, 35; and Luke, 26. They lost a fifth "
                            "child, Elroy, who drowned in 1998, aged nine.\n")
    assert _of(facts, "number_of_children", "Noel Baptiste") == {4}, facts


def test_an_organisations_keyword_the_tagger_left_outside_its_name(nlp):
    facts = _facts(nlp, D + "Raj and Nita Sen (both BComm '78) have sold Cove Brewing. Their daughter, Dr. Priya Sen, 39, "
                            "is an oncologist at Halifax General Infirmary. (Prof. Ian Sen of our physics department asks us "
                            "to say he is no relation.)\n")
    assert "Halifax General Infirmary" in _of(facts, "employer", "Priya Sen"), facts


def test_boys_and_girls_listed_by_name_are_children(nlp):
    facts = _facts(nlp, D + "Noirin Daly and her husband have three boys, Darragh, 16, Eoin, 13, and Cathal, who is nine.\n\n"
                            "Jo Bell and her husband have two girls, Mia, 6, and Ava, 3.\n")
    assert _of(facts, "child", "Noirin Daly") == {"Darragh", "Eoin", "Cathal"}, facts
    assert _of(facts, "gender", "Eoin") == {"male"} and _of(facts, "gender", "Ava") == {"female"}, facts


def test_a_teacher_at_an_elementary_school_the_tagger_missed(nlp):
    facts = _facts(nlp, D + "Ben Hale teaches fourth grade at East Alder Elementary.\n")
    assert "East Alder Elementary" in _of(facts, "employer", "Ben Hale"), facts


def test_years_spent_as_a_post(nlp):
    facts = _facts(nlp, D + "Ingrid Holm joins from Nordair, where she spent eleven years as director of flight operations.\n")
    assert "director of flight operations" in _of(facts, "title", "Ingrid Holm"), facts


def test_a_post_by_a_copula_goes_to_the_relative_named_after_a_possessive(nlp):
    facts = _facts(nlp, D + "Lorna Bell ran the bakery for forty years. The new owner is Lorna's son, Callum Bell, 34, who "
                            "joined the business in January.\n")
    assert "owner" in _of(facts, "title", "Callum Bell") and "owner" not in _of(facts, "title", "Lorna Bell"), facts


def test_his_bride_is_his_wife(nlp):
    facts = _facts(nlp, D + "Tom Hale and his bride, Ann Roe, left for Crete on Sunday.\n")
    assert "Ann Roe" in _of(facts, "spouse", "Tom Hale") or "Tom Hale" in _of(facts, "spouse", "Ann Roe"), facts


def test_a_fronted_past_job_is_the_subjects_occupation(nlp):
    facts = _facts(nlp, D + "Tommy Flood died last Sunday, aged 48. A retired postman, Flood is survived by his mother.\n\n"
                            "A keen gardener, Ann Lee grew roses. A former nurse, she now runs a cafe.\n")
    assert "postman" in _of(facts, "occupation", "Tommy Flood"), facts
    assert _of(facts, "occupation", "Ann Lee") == {"nurse"}, facts
    # (the parser may make the job the sentence's root and the clause a relative one on it)
    facts = _facts(nlp, D + "And Sean Kerr, who won the title that spring at nineteen, passed away last Sunday, aged 48, after a "
                            "long illness. A retired postman, Kerr is survived by his mother, Nora Kerr, 79, who kept every "
                            "programme of his career in a biscuit tin.\n")
    assert "postman" in _of(facts, "occupation", "Sean Kerr"), facts
