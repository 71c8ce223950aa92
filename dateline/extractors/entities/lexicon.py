"""The entity stage's lexicons (read from ``dateline/patterns/entities.json``) and its hand-set
weights and windows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional

PATTERNS = Path(__file__).resolve().parent.parent.parent / "patterns" / "entities.json"
FACT_PATTERNS = PATTERNS.with_name("facts.json")

# All weights and windows below were hand-set, then checked together on the seed, on the
# fictional tests and on PolNeAR dev (share of quoted-speech sources that are some entity's
# mention); PolNeAR has no coreference gold to tune them against more finely.

# Salience of a mention by its syntactic role (Lappin & Leass style: subjects are the
# likeliest antecedents, then objects, then the rest).
AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "appos"})
ROLE_WEIGHT = {"nsubj": 1.0, "nsubjpass": 1.0, "csubj": 1.0, "dobj": 0.6, "dative": 0.5, "attr": 0.6,
               "oprd": 0.6, "poss": 0.5, "pobj": 0.4, "appos": 0.6}
OTHER_ROLE = 0.3
EMBEDDED = 0.7
# Salience halves with each sentence back; nothing older than WINDOW sentences is a candidate
# for a pronoun (news prose re-names people at least every few sentences).
DECAY = 0.5
WINDOW = 3
DESCRIPTOR_WINDOW = 5
# A cluster whose name spaCy tagged ORG but that carries no organization keyword can still be
# a person (spaCy's small model often tags bare surnames ORG); it competes at this discount.
WEAK_ORG_DISCOUNT = 0.5
TIE_DISCOUNT = 0.8  # one ORG tag against a personal name's shape: nearly a person
STRONG_ORG_VOTES = 3  # spaCy tagging the same full name ORG this often is believed
# Gender seen only through earlier pronouns is soft: one misresolved "she" must not lock a man
# out of every later "he" (it happened on PolNeAR), but several settle it.
PRONOUN_CONFLICT = 0.1
PRONOUN_LOCK = 3
ROLE_CONFLICT = 0.3  # "the nominee" is unlikely to be someone introduced as a judge
THEY_WINDOW = 2
# Evidence weights for the cluster type, against one vote per spaCy label; whole numbers, as
# they add up in the same Counter as the label votes.
# "First Last" with no organization keyword, once per cluster: outweighs one ORG tag on a
# two-word name ("Helena Marsh" tagged ORG), not an ORG tag repeated over several mentions.
W_SHAPE = 1
W_PERSON_NOUN = 5  # a title, an apposed role noun, a person descriptor resolved to it
W_PRONOUN = 2      # a he/she pronoun resolved to it
W_AGE = 5          # "Luna, 4,"
W_ORG_KEYWORD = 10
W_ORG_NOUN = 2
# What the words around a name say it is (context.py: "Hollis Grey, the folk band", "the
# trawler Girl Merryn", "Hollis Grey have won"): as strong as a person noun, per kind of evidence.
W_CONTEXT_ORG = 5


@dataclass(frozen=True)
class Lexicon:
    pronouns: dict[str, str]
    titles: dict[str, Optional[str]]
    gendered: dict[str, str]
    child_nouns: frozenset[str]
    person_nouns: frozenset[str]
    org_nouns: frozenset[str]
    org_keywords: frozenset[str]
    org_suffixes: frozenset[str]
    platforms: frozenset[str]
    not_entities: frozenset[str]
    naming_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    speaker_nouns: frozenset[str]
    role_synonyms: dict[str, str]
    new_referent: frozenset[str]
    office_modifiers: frozenset[str]
    occupations: frozenset[str]
    person_verbs: frozenset[str]
    life_verbs: frozenset[str]
    trading_verbs: frozenset[str]
    aimed_at_verbs: frozenset[str]
    aimed_at_objects: frozenset[str]
    post_nominals: frozenset[str]  # "Margaret Doyle, OBE, 61": letters after a name, matched as written
    own_end_nouns: frozenset[str]  # "until his death": the end of the verb's subject's own course
    own_end_preps: frozenset[str]
    employee_roles: frozenset[str]
    employer_heads: frozenset[str]
    not_names: frozenset[str]
    title_names: frozenset[str]
    official_roles: frozenset[str]  # (extraction only: "the referee" is nobody named unless given the role)
    function_word_names: frozenset[str]
    spouse_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    place_heads: frozenset[str]
    # 'Police Scotland', 'Bank Ireland': a public body's word, then the place it serves
    body_then_place: frozenset[str]
    # 'Fort William', 'Port Ellen': a place's opening word before a name, which makes it a place's
    place_first_words: frozenset[str]
    travel_words: frozenset[str]
    place_openers: frozenset[str]
    team_roles: frozenset[str]
    # "the City of Port Aldric" employing somebody is its council
    place_bodies: frozenset[str]
    # "Toowoomba Hospital": an institution named after its town, whose first word alone is the town
    place_named_institutions: frozenset[str]
    role_heads: frozenset[str]
    acquaintance_nouns: frozenset[str]
    workplace_posts: frozenset[str]
    name_numerals: frozenset[str]
    ampersand_tails: frozenset[str]
    org_name_tails: frozenset[str]
    org_merge_tails: frozenset[str]
    # institution words of other languages, which open a name ("Scoil Mhuire")
    lead_org_words: frozenset[str]
    # trade words of other languages ("Panadería La Paloma"): they open a business's name too
    # (read at extraction only, in names._name_spans)
    foreign_trade_words: frozenset[str]
    surname_particles: frozenset[str]
    lower_particles: frozenset[str]
    partner_words: frozenset[str]
    relative_nouns: frozenset[str]
    shared_surname_cues: frozenset[str]
    group_nouns: frozenset[str]
    land_nouns: frozenset[str]
    vessel_nouns: frozenset[str]
    # (a boat's noun that is also a trade: "a cane cutter", "a South Georgia whaler")
    trade_vessel_nouns: frozenset[str]
    which_object_verbs: frozenset[str]
    teknonym_words: frozenset[str]
    person_prefixes: frozenset[str]
    generational_suffixes: frozenset[str]
    prize_heads: frozenset[str]  # words that end a prize's or a fund's name ('the Haig Bursary'), named after a person
    vehicle_nouns: frozenset[str]
    vessel_verbs: frozenset[str]
    vessel_passive_verbs: frozenset[str]
    animal_nouns: frozenset[str]
    eponym_heads: frozenset[str]  # "Parkinson's disease", "Cassin's finch": a thing named after a person
    eponym_conditions: frozenset[str]  # "has Alzheimer's": a condition by its namer's name alone
    territorial_titles: frozenset[str]  # "Marquis of Pozo Rubio": the words after "of" are a place
    animal_roles: frozenset[str]
    animal_only_kin: frozenset[str]
    animal_kin_modifiers: frozenset[str]
    possessed_org_heads: frozenset[str]
    abbreviated_heads: dict[str, str]
    trade_heads: dict[str, str]  # a trade's word in a name and the noun that calls it ("Kasonde Milling": "the mill")
    natural_place_heads: frozenset[str]  # "Bell Bay", "Hollins Weir": land or water, no body
    arm_places: frozenset[str]
    org_head_posts: frozenset[str]
    machine_modifiers: frozenset[str]
    thing_name_openers: frozenset[str]
    thing_parts: frozenset[str]
    leading_surnames: frozenset[str]
    job_suffixes: tuple[str, ...]
    family_middle_names: frozenset[str]
    carrier_kinds: frozenset[str]
    brand_nouns: frozenset[str]
    work_nouns: frozenset[str]
    personal_posts: frozenset[str]
    contest_verbs: frozenset[str]
    side_plurals: frozenset[str]
    suffix_honorifics: dict[str, str]
    patronymic_suffixes: frozenset[str]
    saint_words: frozenset[str]
    measure_words: frozenset[str]
    kin_kinds: dict[str, str]
    family_nouns: frozenset[str]
    honorifics: frozenset[str]
    kin_vocatives: frozenset[str]
    # "the eldest" of siblings listed with their ages: which end of the ages it picks
    age_ranks: dict[str, str]
    age_nouns: dict[str, list[int]]
    party_nouns: dict[str, dict[str, list[str]]]  # "the petitioner": who brought a petition (parties.py)
    age_adjectives: dict[str, list[int]]
    # the kin nouns whose "of" object is a parent ("the son of a fisherman"), from kin_kinds
    parent_of: frozenset[str]
    # job nouns of either lexicon: "the daughter of a school cook" describes a parent by one
    trades: frozenset[str]
    # "the death of ...", "...'s funeral": only a person has them
    life_nouns: frozenset[str]
    # titles before a ruler's name and numeral ("King Aldous IV"), and words that take a numeral
    # without naming a ruler ("Phase II", "Type I")
    regnal_titles: frozenset[str]
    regnal_not_names: frozenset[str]
    # "The bride, 31," and "the groom" of a wedding notice: one of the two the text marries
    # ("X and Y were married Saturday"); the verbs that name that marriage (lemmas)
    wedding_nouns: frozenset[str]
    wedding_verbs: frozenset[str]
    wedding_events: frozenset[str]
    heading_verbs: frozenset[str]
    month_names: frozenset[str]  # months that are also given names ("Her mother, June,")
    body_heads: frozenset[str]  # head words of a body's name the tagger may leave untagged
    org_kind_groups: tuple[frozenset[str], ...]  # institutions of one kind ("school", "academy")
    joined_place_heads: frozenset[str]  # words of a force named after two places ("Avon and Somerset Police")
    main_org_nouns: frozenset[str]  # nouns an article keeps for the organisation it is about
    team_nouns: frozenset[str]  # "the club", "the side": what a sports club is called
    org_openers: frozenset[str]  # "Hoërskool", "Ysgol": a school's word that opens its name
    family_house_openers: frozenset[str]  # "Dar": a house's word, an organisation's only with a family's name after it
    team_name_tails: frozenset[str]  # words that end a sports club's name ("Harwood Town")
    sport_body_openers: frozenset[str]  # sports that open a governing body's name ("Hockey Nova Scotia")

    # Unions the passes test words against, made once: a union per call cost more than the test.
    @cached_property
    def person_or_gendered(self) -> frozenset[str]:
        return self.person_nouns | frozenset(self.gendered)

    @cached_property
    def person_words(self) -> frozenset[str]:
        """What says somebody is a person: "Carol was the eldest son", "... the mayor"."""
        return self.person_nouns | frozenset(self.gendered) | self.role_heads

    @cached_property
    def posts(self) -> frozenset[str]:
        return self.workplace_posts | self.speaker_nouns

    @cached_property
    def honorific_titles(self) -> frozenset[str]:
        """Titles that give their holder a gender ("Mr", "Mrs", "Mzee", "Mama"): read before a name."""
        return frozenset(t for t, g in self.titles.items() if g)

    @cached_property
    def things(self) -> frozenset[str]:
        return self.vessel_nouns | self.work_nouns


@lru_cache(maxsize=2)
def lexicon(training: bool = False) -> Lexicon:
    """The entity lexicons; with ``training`` (the pronoun ranker's GAP training) without the
    words the patterns add at extraction only."""
    data = json.loads(PATTERNS.read_text(encoding="utf-8"))
    if not training:
        for key, more in data["extraction_only"].items():
            data[key] = {**data[key], **more} if isinstance(more, dict) else [*data[key], *more]
    return Lexicon(
        pronouns=data["pronouns"],
        titles=data["titles"],
        gendered=data["gendered_nouns"],
        child_nouns=frozenset(data["child_nouns"]),
        person_nouns=frozenset(data["person_nouns"]) | frozenset(data["child_nouns"]) | frozenset(data["occupations"]),
        org_nouns=frozenset(data["org_nouns"]),
        org_keywords=frozenset(data["org_keywords"]) | frozenset(data["trade_words"]) | frozenset(data["foreign_org_words"])
        | frozenset(data["foreign_trade_words"]),
        org_suffixes=frozenset(data["org_suffixes"]),
        platforms=frozenset(data["platforms"]),
        not_entities=frozenset(data["not_entities"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        speaker_nouns=frozenset(data["speaker_nouns"]) | frozenset(data["person_nouns"]),
        role_synonyms=data["role_synonyms"],
        new_referent=frozenset(data["new_referent_modifiers"]),
        office_modifiers=frozenset(data["office_modifiers"]),
        occupations=frozenset(data["occupations"]),
        person_verbs=frozenset(data["person_verbs"]),
        life_verbs=frozenset(data["life_verbs"]),
        trading_verbs=frozenset(data["trading_verbs"]),
        aimed_at_verbs=frozenset(data["aimed_at"]["verbs"]),
        aimed_at_objects=frozenset(data["aimed_at"]["objects"]),
        post_nominals=frozenset(data["post_nominals"]["letters"]),
        own_end_nouns=frozenset(data["own_end"]["nouns"]),
        own_end_preps=frozenset(data["own_end"]["prepositions"]),
        employee_roles=frozenset(data["employee_roles"]),
        employer_heads=frozenset(data["employer_heads"]),
        not_names=frozenset(data["not_names"]),
        title_names=frozenset(data["title_names"]),
        official_roles=frozenset(data["official_roles"]),
        function_word_names=frozenset(data["function_word_names"]),
        spouse_nouns=frozenset(data["spouse_nouns"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        place_heads=frozenset(data["place_heads"]),
        body_then_place=frozenset(data["body_then_place"]),
        place_first_words=frozenset(data["place_first_words"]),
        travel_words=frozenset(data["travel_words"]),
        place_openers=frozenset(data["place_openers"]),
        team_roles=frozenset(data["team_roles"]),
        place_bodies=frozenset(data["place_bodies"]),
        place_named_institutions=frozenset(data["place_named_institutions"]),
        lead_org_words=frozenset(data["foreign_org_words"]),
        foreign_trade_words=frozenset(data["foreign_trade_words"]),
        role_heads=frozenset(data["role_heads"]) | frozenset(data["occupations"]) | frozenset(data["employee_roles"]),
        acquaintance_nouns=frozenset(data["acquaintance_nouns"]),
        workplace_posts=frozenset(data["workplace_posts"]),
        name_numerals=frozenset(data["name_numerals"]),
        ampersand_tails=frozenset(data["ampersand_tails"]),
        org_name_tails=frozenset(data["org_name_tails"]),
        org_merge_tails=frozenset(data["org_merge_tails"]),
        surname_particles=frozenset(data["surname_particles"]),
        lower_particles=frozenset(data["lower_particles"]),
        partner_words=frozenset(data["partner_words"]),
        relative_nouns=frozenset(data["relative_nouns"]),
        shared_surname_cues=frozenset(data["shared_surname_cues"]),
        group_nouns=frozenset(data["group_nouns"]),
        land_nouns=frozenset(data["land_nouns"]["words"]),
        vessel_nouns=frozenset(data["vessel_nouns"]),
        trade_vessel_nouns=frozenset(data["trade_vessel_nouns"]),
        which_object_verbs=frozenset(data["which_object_verbs"]),
        teknonym_words=frozenset(data["teknonym_words"]),
        person_prefixes=frozenset(data["person_prefixes"]),
        generational_suffixes=frozenset(data["generational_suffixes"]),
        prize_heads=frozenset(data["prize_heads"]),
        vehicle_nouns=frozenset(data["vehicle_nouns"]),
        vessel_verbs=frozenset(data["vessel_verbs"]),
        vessel_passive_verbs=frozenset(data["vessel_passive_verbs"]),
        animal_nouns=frozenset(data["animal_nouns"]),
        eponym_heads=frozenset(data["eponyms"]["heads"]),
        eponym_conditions=frozenset(data["eponyms"]["conditions"]),
        territorial_titles=frozenset(data["eponyms"]["territorial_titles"]),
        animal_roles=frozenset(data["animal_roles"]),
        animal_only_kin=frozenset(data["animal_only_kin"]),
        animal_kin_modifiers=frozenset(data["animal_kin_modifiers"]),
        possessed_org_heads=frozenset(data["possessed_org_heads"]),
        abbreviated_heads=data["abbreviated_heads"],
        trade_heads=data["trade_heads"],
        natural_place_heads=frozenset(data["natural_place_heads"]),
        arm_places=frozenset(data["arm_places"]),
        org_head_posts=frozenset(data["org_head_posts"]),
        machine_modifiers=frozenset(data["machine_modifiers"]),
        thing_name_openers=frozenset(data["thing_name_openers"]),
        thing_parts=frozenset(data["thing_parts"]),
        leading_surnames=frozenset(data["leading_surnames"]),
        job_suffixes=tuple(data["job_suffixes"]),
        family_middle_names=frozenset(data["family_middle_names"]),
        carrier_kinds=frozenset(data["carrier_kinds"]),
        brand_nouns=frozenset(data["brand_nouns"]),
        work_nouns=frozenset(data["work_nouns"]),
        personal_posts=frozenset(data["personal_posts"]),
        contest_verbs=frozenset(data["contest_verbs"]),
        side_plurals=frozenset(data["side_plurals"]),
        suffix_honorifics=data["suffix_honorifics"],
        patronymic_suffixes=frozenset(data["patronymic_suffixes"]),
        saint_words=frozenset(data["saint_words"]),
        measure_words=frozenset(data["measure_words"]),
        kin_kinds=data["kin_kinds"],
        family_nouns=frozenset(data["family_nouns"]),
        honorifics=frozenset(data["honorifics"]),
        kin_vocatives=frozenset(data["kin_vocatives"]),
        age_ranks=data["age_ranks"],
        age_nouns=data["age_nouns"],
        party_nouns=data["party_nouns"],
        age_adjectives=data["age_adjectives"],
        parent_of=frozenset(k for k, v in data["kin_kinds"].items() if v == "child"),
        trades=frozenset(data["occupations"]) | frozenset(data["person_nouns"])
        | frozenset(w for w in json.loads(FACT_PATTERNS.read_text(encoding="utf-8"))["occupations"] if " " not in w),
        life_nouns=frozenset(data["life_nouns"]),
        regnal_titles=frozenset(data["regnal_titles"]),
        regnal_not_names=frozenset(data["regnal_not_names"]),
        wedding_nouns=frozenset(data["wedding_nouns"]),
        wedding_verbs=frozenset(data["wedding_verbs"]),
        wedding_events=frozenset(data["wedding_events"]),
        heading_verbs=frozenset(data["heading_verbs"]),
        month_names=frozenset(data["month_names"]),
        body_heads=frozenset(data["body_heads"]),
        joined_place_heads=frozenset(data["joined_place_heads"]),
        org_kind_groups=tuple(frozenset(g) for g in data["org_kind_groups"]),
        main_org_nouns=frozenset(data["main_org_nouns"]),
        team_nouns=frozenset(data["team_nouns"]),
        org_openers=frozenset(data["org_openers"]),
        family_house_openers=frozenset(data["family_house_openers"]),
        team_name_tails=frozenset(data["team_name_tails"]),
        sport_body_openers=frozenset(data["sport_body_openers"]),
    )

