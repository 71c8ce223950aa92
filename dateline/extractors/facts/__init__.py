"""Facts about people: relations, attributes and events, each with its evidence.

Rules read the entity clusters (mentions, including pronouns and descriptors) and the time
values of the earlier stages; they never create entities. A fact is emitted only when the
text states it: a shared surname is not a marriage, a child listed by name has no gender.

Relation direction is ``relation(subject) = object``: ``child(teigen) = jack`` (Jack is
Teigen's child), ``parent(jack) = teigen``, ``spouse`` and ``sibling`` read both ways.

Each module holds one family of rules: ``kinship`` (kin nouns, couples), ``ages`` (ages,
birth ranges, counts of children), ``roles`` (titles, employers, occupations), ``employment`` and ``posts``
(employers from the parse and from an organisation's possessive), ``events``
(death, marriage, birth ...), ``gender``; ``context`` is their shared ground and ``lexicon``
their vocabularies (patterns/facts.json).
"""

from __future__ import annotations

import logging
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.facts.ages import (
    _rule_age_clauses,
    _rule_ages,
    _rule_birthdays,
)
from dateline.extractors.facts.agestill import _rule_still_at_age
from dateline.extractors.facts.agewho import _rule_who_is_age_and
from dateline.extractors.facts.alive import without_deaths_before_a_present_age, without_denied_deaths
from dateline.extractors.facts.amongthem import _rule_among_them
from dateline.extractors.facts.asposts import _rule_appointment_posts, _rule_as_occupations, _rule_as_posts
from dateline.extractors.facts.birthnotices import _rule_birth_notices, _rule_births_congratulated, _rule_is_sibling_for
from dateline.extractors.facts.bodymembers import _rule_body_members
from dateline.extractors.facts.brothergroups import _rule_counted_brothers
from dateline.extractors.facts.casualties import _rule_casualty_lists
from dateline.extractors.facts.childcount import (
    _rule_children_count,
    _rule_one_more_child,
    _rule_only_child,
    _rule_ranked_counts,
    _rule_ranked_counts_of,
    _rule_son_and_daughter,
)
from dateline.extractors.facts.clubposts import _rule_club_posts
from dateline.extractors.facts.cluedtitles import _rule_clause_titles, _rule_jobs_of_firms
from dateline.extractors.facts.context import _Ctx, number_value, patterns
from dateline.extractors.facts.councilposts import _rule_council_posts
from dateline.extractors.facts.countlists import (
    _rule_born_to,
    _rule_counted_list,
    _rule_one_of_the_count,
    _rule_the_other_children,
)
from dateline.extractors.facts.couplechildren import _rule_couple_children
from dateline.extractors.facts.couples import _rule_couples
from dateline.extractors.facts.deathages import _rule_ages_at_dated_deaths
from dateline.extractors.facts.deaths import _rule_lifespans, _rule_the_late
from dateline.extractors.facts.employment import _rule_employment_verbs, _rule_role_employers
from dateline.extractors.facts.events import _rule_events, _rule_marriage_surface
from dateline.extractors.facts.familyruns import _rule_children_one_by_one, _rule_siblings_in_family
from dateline.extractors.facts.farmers import _rule_farmers
from dateline.extractors.facts.founders import (
    _rule_copula_founders,
    _rule_founders,
    _rule_one_of_founders,
    _rule_owned_founders,
)
from dateline.extractors.facts.fronted import _rule_fronted_ages, _rule_fronted_births, _rule_fronted_jobs
from dateline.extractors.facts.gender import _rule_gender
from dateline.extractors.facts.generations import _one_age_each, impossible_generations, largest_count_each
from dateline.extractors.facts.issuerposts import _rule_issuer_posts
from dateline.extractors.facts.jobbefore import _rule_jobs_before_names
from dateline.extractors.facts.jobspouse import _rule_married_a_job, _rule_our_children
from dateline.extractors.facts.jobverbs import (
    _rule_driven_jobs,
    _rule_job_verbs,
    _rule_one_of_the_jobs,
    _rule_post_verbs,
    _rule_respective_jobs,
)
from dateline.extractors.facts.kinlists import _rule_children_in_order, _rule_counted_siblings
from dateline.extractors.facts.kinship import _rule_kinship
from dateline.extractors.facts.leavers import _rule_been_with, _rule_titled_leavers, _rule_years_with
from dateline.extractors.facts.listings import _rule_listed_ages
from dateline.extractors.facts.managers import _rule_managed_parts
from dateline.extractors.facts.misters import _rule_mr_and_mrs
from dateline.extractors.facts.namedposts import _rule_posts_before_names
from dateline.extractors.facts.newposts import (
    _rule_managing_posts,
    _rule_named_its_post,
    _rule_new_posts,
    _rule_new_posts_held,
)
from dateline.extractors.facts.noticedeaths import _rule_notice_deaths
from dateline.extractors.facts.occupations import (
    _rule_copula_occupations,
    _rule_inverted_copula,
    _rule_job_before_name,
    _rule_lede_description,
    _rule_one_job_word,
)
from dateline.extractors.facts.officerlists import _rule_officer_lists
from dateline.extractors.facts.oneofposts import _rule_one_of_owned_posts
from dateline.extractors.facts.orgduties import _rule_org_duties
from dateline.extractors.facts.ourposts import _rule_our_posts
from dateline.extractors.facts.ownorgs import _rule_own_organisations
from dateline.extractors.facts.pairages import _rule_pair_ages
from dateline.extractors.facts.parents import _rule_unnamed_parents
from dateline.extractors.facts.partitive import _rule_part_of_them
from dateline.extractors.facts.partners import _rule_partners_as_couple
from dateline.extractors.facts.placeorgs import without_place_employers
from dateline.extractors.facts.pluralposts import (
    _rule_both_jobs,
    _rule_filled_posts,
    _rule_plural_jobs_before_names,
    _rule_plural_posts,
)
from dateline.extractors.facts.posts import _rule_possessive_posts
from dateline.extractors.facts.raisednames import _rule_raised_names
from dateline.extractors.facts.rankedchildren import _rule_ranked_after_count
from dateline.extractors.facts.ranks import _rule_captains, _rule_professional_titles, _rule_ranks_before_names
from dateline.extractors.facts.relposts import (
    _rule_elected_as,
    _rule_of_which_posts,
    _rule_where_posts,
    _rule_whose_posts,
)
from dateline.extractors.facts.retired import _rule_retired_occupations
from dateline.extractors.facts.roles import _rule_roles
from dateline.extractors.facts.seasons import seasons_to_years
from dateline.extractors.facts.seats import _rule_principal_seats
from dateline.extractors.facts.signoffs import _rule_bracketed_posts, _rule_signoffs
from dateline.extractors.facts.spellposts import _rule_spell_posts
from dateline.extractors.facts.spellsat import _rule_spells_at_orgs
from dateline.extractors.facts.spokespeople import _rule_unnamed_spokespeople
from dateline.extractors.facts.spouseparens import _rule_spouse_in_parentheses
from dateline.extractors.facts.successors import _rule_handed_books, _rule_predecessors, _rule_successors
from dateline.extractors.facts.survivors import _rule_survivor_counts, _rule_survivor_lists
from dateline.extractors.facts.thechildren import _rule_the_children_named
from dateline.extractors.facts.tookplace import _rule_marriage_took_place, _rule_married_to_whom
from dateline.extractors.facts.turns import within_letters
from dateline.extractors.facts.twins import _rule_the_twins_aged, _rule_twins
from dateline.extractors.facts.whosefirms import _rule_whose_firms
from dateline.extractors.facts.workplaces import _rule_name_of_org, _rule_run_by
from dateline.extractors.facts.wornposts import _rule_kin_joined_posts, _rule_owned_titles, _rule_worn_titles
from dateline.model import Article, Entity, Fact, Quote, TimeExpr

__all__ = ["RULES", "extract_facts", "number_value", "patterns"]

log = logging.getLogger(__name__)

# (_rule_married_a_job and _rule_our_children after every rule that finds spouses: they read them)
# (_rule_age_clauses after the deaths: "She was 88." after "died on Monday" is an age at death)
# (_rule_founders runs twice: before the kin rules, so that "the founder's widow" has an owner; after
# them, so that "The siblings started the brewery" finds the siblings they noted; a title is never given twice)
RULES = (_rule_marriage_took_place, _rule_married_to_whom, _rule_birth_notices, _rule_births_congratulated, _rule_is_sibling_for, _rule_couples, _rule_marriage_surface, _rule_founders, _rule_copula_founders, _rule_owned_founders, _rule_one_of_founders, _rule_twins, _rule_kinship, _rule_counted_brothers, _rule_partners_as_couple, _rule_founders, _rule_ages, _rule_pair_ages, _rule_the_twins_aged, _rule_birthdays, _rule_children_count, _rule_part_of_them, _rule_counted_list, _rule_born_to, _rule_the_other_children, _rule_one_of_the_count, _rule_children_in_order, _rule_the_children_named, _rule_counted_siblings, _rule_children_one_by_one, _rule_siblings_in_family, _rule_raised_names, _rule_roles, _rule_posts_before_names, _rule_ranks_before_names, _rule_signoffs, _rule_bracketed_posts, _rule_retired_occupations, _rule_employment_verbs, _rule_titled_leavers, _rule_years_with, _rule_been_with, _rule_role_employers, _rule_run_by, _rule_name_of_org, _rule_spells_at_orgs, _rule_possessive_posts, _rule_of_which_posts, _rule_whose_posts, _rule_whose_firms, _rule_elected_as, _rule_where_posts, _rule_plural_posts, _rule_filled_posts, _rule_plural_jobs_before_names, _rule_both_jobs, _rule_as_posts, _rule_appointment_posts, _rule_new_posts, _rule_new_posts_held, _rule_managing_posts, _rule_named_its_post, _rule_as_occupations, _rule_own_organisations, _rule_copula_occupations, _rule_one_of_the_jobs, _rule_one_of_owned_posts, _rule_job_verbs, _rule_org_duties, _rule_driven_jobs, _rule_respective_jobs, _rule_post_verbs, _rule_inverted_copula, _rule_job_before_name, _rule_lede_description, _rule_unnamed_parents, _rule_ranked_counts, _rule_ranked_counts_of, _rule_ranked_after_count, _rule_events, _rule_fronted_births, _rule_fronted_jobs, _rule_fronted_ages, _rule_lifespans, _rule_the_late,
         _rule_married_a_job, _rule_our_children, _rule_casualty_lists, _rule_survivor_lists, _rule_survivor_counts, _rule_among_them, _rule_age_clauses, _rule_who_is_age_and, _rule_still_at_age, _rule_spouse_in_parentheses, _rule_one_job_word, _rule_clause_titles, _rule_jobs_of_firms, _rule_issuer_posts, _rule_our_posts, _rule_club_posts, _rule_officer_lists, _rule_spell_posts, _rule_unnamed_spokespeople, _rule_one_more_child, _rule_son_and_daughter, _rule_only_child, _rule_ages_at_dated_deaths, _rule_listed_ages, _rule_mr_and_mrs, _rule_notice_deaths, _rule_successors, _rule_predecessors, _rule_handed_books, _rule_body_members, _rule_principal_seats, _rule_jobs_before_names, _rule_captains, _rule_professional_titles, _rule_council_posts, _rule_managed_parts, _rule_farmers, _rule_worn_titles, _rule_kin_joined_posts, _rule_owned_titles, _rule_couple_children, _rule_gender)


def extract_facts(doc: Doc, article: Article, entities: list[Entity], times: list[TimeExpr],
                  quotes: Optional[list[Quote]] = None) -> list[Fact]:
    """The facts the text states about the entities. ``quotes`` (the quotes stage's output) lend
    a quotation's first person to its resolved speaker ('"My husband Tom and I ...," said Ann
    Pike'); without them, as for a caller that runs no quotes stage, first-person words state
    nothing and every other rule reads the same."""
    ctx = _Ctx(doc=doc, article=article, entities=entities, times=times, quotes=quotes or [])
    for rule in RULES:
        try:
            rule(ctx)
        except Exception as exc:  # noqa: BLE001
            # Policy: skip and record. One rule failing on an odd sentence loses that rule's
            # facts for this article, not the article's entities, quotes and times as well.
            log.warning("article %s: fact rule %s failed: %s: %s", article.id, rule.__name__, type(exc).__name__, exc)
    facts = impossible_generations(largest_count_each(_one_age_each(seasons_to_years(within_letters(ctx, without_place_employers(ctx, without_deaths_before_a_present_age(ctx, without_denied_deaths(ctx, list(ctx.facts.values())))))))), times)
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end))
    return [f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(facts, 1)]
