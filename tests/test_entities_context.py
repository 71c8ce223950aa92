"""What the words around a name say it is, and whose relative a kin noun names: bands, clubs,
firms and boats named like people, and "her husband" / "His eldest daughter" going to the right
person. Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_entities_general import by_name, entities_of, owner


def described(ents, text: str, needle: str):
    """The entity whose mention is the whole phrase (not a pronoun inside it)."""
    start = text.index(needle)
    for e in ents:
        if any(m.start == start and m.end >= start + len(needle) for m in e.mentions):
            return e
    return None


def person_named(ents, word: str) -> list:
    return [e for e in ents if e.type == "PERSON" and word in e.name]


@pytest.mark.parametrize(
    "text, name",
    [
        # a band apposed to a group noun, and taking a plural verb
        ("Tessa Marlow, the four-piece folk band from Dunholt, have won the Kestrel Prize for their second album.", "Tessa Marlow"),
        ("Orrin Vale begin a 14-date tour of Scotland in Perth on 3 May.", "Orrin Vale"),
        # the band a musician played with
        ("The prize will be judged by the singer Nell Ashby, who won it in 2015 with her band Corin Haze.", "Corin Haze"),
        # the other side of a match against a club
        ("Fernley Athletic will face either Oakham Vale or Brede Lowen in the final on Sunday.", "Oakham Vale"),
        ("Fernley Athletic will face either Oakham Vale or Brede Lowen in the final on Sunday.", "Brede Lowen"),
    ],
)
def test_context_groups_named_like_people_are_no_people(nlp, text, name):
    ents = entities_of(nlp, text)
    assert not person_named(ents, name.split()[-1]), [(e.name, e.type) for e in ents]


def test_context_saint_possessive_without_noun_is_an_institution(nlp):
    text = "Fernley Athletic will meet St Brannoc's in the final. St Brannoc's won the cup in 2019."
    ents = entities_of(nlp, text)
    assert not person_named(ents, "Brannoc")


def test_context_boats_are_things_and_take_no_pronoun_of_a_man(nlp):
    text = (
        "Captain Idris Penhale kept the harbour for 30 years. He was 81. He went to sea at 15, and he "
        "served as a pilot before he joined the harbour board. "
        "The trawler Lowen Star caught fire in 1984, and Penhale rowed out and towed her clear of the quay. "
        "He said he had been frightened."
    )
    ents = entities_of(nlp, text)
    boat = by_name(ents, "Lowen Star")
    assert boat.type != "PERSON" and boat.gender is None
    # "towed her" is the boat, never the man called "he" three times already
    assert owner(ents, text, "her clear") is None or owner(ents, text, "her clear").type != "PERSON"


def test_context_a_name_after_the_is_no_person(nlp):
    text = (
        "Owen and Carys Pryddy were sailing to the islands when the 30ft Dunlin capsized. "
        "The Dunlin had belonged to Carys Pryddy's father."
    )
    ents = entities_of(nlp, text)
    assert not person_named(ents, "Dunlin")
    assert by_name(ents, "Carys Pryddy").type == "PERSON"


def test_context_people_keep_their_type(nlp):
    """Nothing of the above fires on ordinary people: a band's singer, the late X, someone met
    on a ferry, a couple's verb in the plural."""
    text = (
        "Rosa Delmar, the band's singer, said the tour was over. "
        "The cup is named after the late Edith Marlowe, who founded the league in 1931. "
        "On the ferry Tom Hale met his wife. "
        "Ravi and Meena Sethi have run the tea room since 1998."
    )
    ents = entities_of(nlp, text)
    for name in ("Rosa Delmar", "Edith Marlowe", "Tom Hale", "Meena Sethi"):
        assert by_name(ents, name).type == "PERSON", name


@pytest.mark.parametrize("company", ["Garrick Flour", "Bryony Flour", "Corbin Timber"])
def test_context_trade_word_companies(nlp, company):
    text = f'A spokesman for {company}, which has supplied the market for two decades, said the firm would "miss him".'
    ents = entities_of(nlp, text)
    assert by_name(ents, company).type == "ORG"
    spokesman = described(ents, text, "A spokesman")
    assert spokesman is not None and spokesman.type == "PERSON"
    assert spokesman.name == f"spokesman for {company}"


def test_context_children_listed_after_a_husband_get_no_gender(nlp):
    text = (
        "Priya Sen was joined on the stage by her husband, Callum Sen, a paramedic, and their three "
        "children, Anika, 11, Rohan, 8, and Meera, 5."
    )
    ents = entities_of(nlp, text)
    for child in ("Anika", "Rohan", "Meera"):
        assert by_name(ents, child).gender is None, child
    assert by_name(ents, "Callum Sen").gender == "male"


def test_context_her_husband_is_the_one_named_with_her(nlp):
    text = (
        "Priya Sen thanked her husband, Callum Sen, on the stage.\n\n"
        "Among the new councillors are Tom and Greta Pellow, who run a hardware shop. "
        "Greta Pellow, 54, said the couple had not expected both to win. Her husband, 57, said he would mind the till."
    )
    ents = entities_of(nlp, text)
    husband = described(ents, text, "Her husband")
    assert husband is not None and husband.name == "Tom Pellow"
    assert husband.gender == "male"


def test_context_his_wife_is_the_one_named_with_him(nlp):
    text = (
        "Daniel and Ruth Carrow were sailing with their two sons when the yacht went over. "
        "Daniel Carrow, 49, said the family owed their lives to the crew. His wife, 45, a GP in the town, "
        "was treated for hypothermia."
    )
    ents = entities_of(nlp, text)
    assert not [e for e in ents if e.name == "GP"]
    assert described(ents, text, "His wife").name == "Ruth Carrow"


def test_context_spokeswoman_with_her_name_after_the_organisation(nlp):
    text = "A spokeswoman for the Dunholt Rowing Trust, Nia Corran, said the race would go ahead."
    ents = entities_of(nlp, text)
    nia = by_name(ents, "Nia Corran")
    assert described(ents, text, "A spokeswoman") is nia
    assert nia.gender == "female"


def test_context_the_commission_is_the_one_so_named(nlp):
    text = (
        "Mara Quill joined the Penwith Harbour Commission in 1968. "
        "The trawler Girl Tamsin caught fire in 1979, and Quill towed her clear. "
        "The commission's chairman, Sir Alec Rowe, called it brave."
    )
    ents = entities_of(nlp, text)
    assert described(ents, text, "The commission").name == "Penwith Harbour Commission"


def test_context_children_apposed_to_the_subject_are_not_him(nlp):
    text = (
        "Edgar Lusk died on Sunday, aged 88. In 1959 he married Rosa Hext. "
        "Their three children, Morwen, 61, Jory, 58, and Tamsin, 52, survive him."
    )
    ents = entities_of(nlp, text)
    him = owner(ents, text, "him.")
    assert him is None or him.name == "Edgar Lusk"


def test_context_possessive_kin_openers_list_one_persons_family(nlp):
    text = (
        "Edwin Marsh, the boatbuilder, died on Wednesday aged 90.\n\n"
        "Marsh founded the yard in 1958 with his wife, Agnes. The couple had four children: Ruth, Peggy, Alan and Dora. "
        "His younger brother, Harold Marsh (1935 - 1999), was a lighthouse keeper.\n\n"
        "His eldest daughter, Ruth Fenn, ran the yard from 1990 until 2016."
    )
    ents = entities_of(nlp, text)
    edwin = by_name(ents, "Edwin Marsh")
    assert owner(ents, text, "His younger") is edwin
    assert owner(ents, text, "His eldest") is edwin
    assert by_name(ents, "Dora").gender is None


def test_context_same_surname_family_firm_and_people(nlp):
    """A family firm named for a surname, 'the X family', two siblings and a double-barrelled
    name: 'Mr X' and 'X-Y' go to the right person, never to the firm or the family."""
    text = (
        "Marlowe & Finch, the family brewer based in Tollbridge since 1912, has been sold, ending a "
        "century of control by the Finch family.\n\n"
        "Hugh Finch, 67, the company's chairman, and his sister, Cordelia Finch-Amadi, 63, voted in favour.\n\n"
        '"It is the hardest decision I have ever taken," Mr Finch said.\n\n'
        "Hugh Finch and his wife of 40 years, Marguerite, have two sons.\n\n"
        "Mrs Finch-Amadi sits on the board. Finch-Amadi said she had no regrets."
    )
    ents = entities_of(nlp, text)
    hugh = by_name(ents, "Hugh Finch")
    assert len([e for e in ents if e.name == "Hugh Finch"]) == 1
    assert owner(ents, text, "Mr Finch") is hugh
    assert owner(ents, text, "Hugh Finch and") is hugh
    firm = by_name(ents, "Marlowe & Finch")
    assert all(m.text == "Marlowe & Finch" or m.kind == "descriptor" for m in firm.mentions)
    assert owner(ents, text, "Finch family") is None
    cordelia = by_name(ents, "Cordelia Finch-Amadi")
    assert owner(ents, text, "Finch-Amadi said") is cordelia
    marguerite = by_name(ents, "Marguerite")
    assert marguerite.type == "PERSON" and marguerite.gender == "female"


def test_context_kin_seen_from_the_other_side(nlp):
    """'Nandakumar's younger brother, Arun ... his sister' is Nandakumar; 'Her parents, Ravi and
    Meena ... his daughter' is she too; 'Her great-niece, Judith Carrow' is Judith Carrow."""
    text = (
        "Ashcombe captain Priya Nandakumar struck an unbeaten 104 on Saturday.\n\n"
        "Nandakumar's younger brother, Arun, 24, opened the bowling for Kelby Town. He took two wickets "
        "before his sister took charge.\n\n"
        "Her parents, Ravi and Meena Nandakumar, watched from a bench. Ravi Nandakumar, 61, said his "
        'daughter had "always been stubborn".\n\n'
        "The cup is named after the late Edith Mallory. Her great-niece, Judith Carrow, will present it."
    )
    ents = entities_of(nlp, text)
    priya = by_name(ents, "Priya Nandakumar")
    assert described(ents, text, "his sister") is priya
    assert described(ents, text, "his daughter") is priya
    assert by_name(ents, "Ravi Nandakumar").gender != "female"
    assert described(ents, text, "Her great-niece") is by_name(ents, "Judith Carrow")


def test_context_paragraph_opening_pronoun_is_the_obituary_subject(nlp):
    """A he opening a paragraph, before any name in it, is the man the piece is about, whom
    he was called throughout, not the brother introduced as his relative just before."""
    text = (
        "Captain Ewan Rowse, who kept the harbour at Polwenna for 27 years, died on Sunday, aged 88.\n\n"
        "Born in Penmarrow, he went to sea at 15. He served as a mate on the ferries, and he joined the "
        "harbour board in 1968.\n\n"
        "It was not the first time the sea had touched his family. His elder brother, Hedley Rowse, a deckhand, "
        "died in 1952, aged 22, when the crabber Morwen Grace went down off the point. Their mother, Jenifer "
        "Rowse (1904 - 1990), kept a lamp in the window of the family's cottage for the rest of her life.\n\n"
        "In 1959 he married Rosalind Hext, a schoolteacher from Truro."
    )
    ents = entities_of(nlp, text)
    assert owner(ents, text, "he married") is by_name(ents, "Ewan Rowse")
