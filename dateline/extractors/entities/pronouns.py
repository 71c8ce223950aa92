"""Pass 3: third-person pronouns and definite descriptors (``the 52-year-old coach``, ``the
club``, ``their son``) resolved, left to right, to the most salient compatible cluster."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from functools import partial
from typing import Optional

from spacy.tokens import Token

from dateline.extractors.entities import cataphora
from dateline.extractors.entities.agedescriptors import age_descriptor, age_rank
from dateline.extractors.entities.agewords import _bare_age, job_like, stated_age
from dateline.extractors.entities.antecedents import relative_antecedent
from dateline.extractors.entities.apposedkin import apposed_kin_holder
from dateline.extractors.entities.binding import (
    aged_kin,
    animal_bound,
    conjoined,
    continuity,
    owner_bound,
    relative_first,
    retitle,
    subject_owner,
)
from dateline.extractors.entities.clauseowners import (
    after_semicolon,
    compared_subject,
    sibling_after_semicolon,
    sole_named_owner,
    who_clause_owner,
)
from dateline.extractors.entities.clausesubject import adverbial_subject, where_subject
from dateline.extractors.entities.clusters import _Cluster
from dateline.extractors.entities.condolences import condoled
from dateline.extractors.entities.controlled import co_argument
from dateline.extractors.entities.descriptors import (
    commanding_subjects,
    compound_gender,
    descriptor,
    ex_prefix,
    np_bounds,
    related_to,
)
from dateline.extractors.entities.introducedspeaker import introduced_speaker
from dateline.extractors.entities.itemowners import item_owner
from dateline.extractors.entities.kin import _Kin
from dateline.extractors.entities.kinwords import (
    described_kin,
    in_law,
    in_law_apposed,
    married_to_trade,
    unnamed_kin_object,
)
from dateline.extractors.entities.latedead import died_before, died_late
from dateline.extractors.entities.latent import latent_clusters, materialize
from dateline.extractors.entities.lexicon import (
    DECAY,
    ROLE_CONFLICT,
    TIE_DISCOUNT,
    W_ORG_NOUN,
    W_PERSON_NOUN,
    W_PRONOUN,
    WEAK_ORG_DISCOUNT,
    WINDOW,
)
from dateline.extractors.entities.logophoric import speaker_of_object
from dateline.extractors.entities.namedhere import named_here
from dateline.extractors.entities.nameshapes import office_only
from dateline.extractors.entities.notices import entry_subject
from dateline.extractors.entities.overrides import (
    backward_bound,
    couple_bound,
    joined_pronoun_bound,
    list_owner_bound,
    survivor_item_owner,
    vessel_bound,
    widow_bound,
)
from dateline.extractors.entities.ownedkin import (
    owned_kin_named,
    possessor_over_relative,
    spouse_of_kin_subject,
    surname_kin_owner,
    turned_kin,
)
from dateline.extractors.entities.owners import listed_owner, own_end_owner
from dateline.extractors.entities.parentpair import apposed_partner_owner, parents_partner_owner
from dateline.extractors.entities.passiveagent import passive_agent_owner
from dateline.extractors.entities.predicated import post_holder, predicated_of
from dateline.extractors.entities.pronounwords import pass_words
from dateline.extractors.entities.quotecontinues import quote_speaker_goes_on
from dateline.extractors.entities.quotedspeaker import in_quoted_title, quoted_speaker
from dateline.extractors.entities.ranker import (
    MODEL,
    MODEL_TITLED,
    called_organisation,
    candidates,
    features,
    is_sure,
    load_ranker,
    modifier_only,
)
from dateline.extractors.entities.rankertrees import Ranker
from dateline.extractors.entities.reportedspeaker import reported_speaker
from dateline.extractors.entities.shift import subject_shift
from dateline.extractors.entities.speechtags import parenthetical_speaker, they_speaker
from dateline.extractors.entities.subjects import apposed_subject_before, subject_owner_of_thing
from dateline.extractors.entities.syntax import Syntax, _role_weight, _speaker_position
from dateline.extractors.entities.thingpronouns import (
    after_named_thing,
    said_of_a_thing,
    thing_over_other_gender,
    thing_part_owner,
)
from dateline.extractors.entities.things import animal_kin_noun
from dateline.extractors.entities.titlecue import title_words
from dateline.extractors.entities.told import Told
from dateline.extractors.entities.topic import contested, interview_opener, topic_person
from dateline.extractors.entities.wedding import noun_gender, wedding_noun
from dateline.extractors.entities.workposts import staff_of_org
from dateline.nlp import columns, tokens_of


class _Resolver(_Kin):
    # Training reads each pronoun's candidates and feature rows through this hook.
    observe: Optional[Callable[[Token, list[_Cluster], list[list[float]]], None]] = None
    heads: dict[int, _Cluster]
    use_model = True
    model: Optional[Ranker] = None  # a model under training, instead of the shipped one
    _syntax: Optional[Syntax] = None
    latent_at: dict[int, _Cluster]
    latent_recent: list[tuple[int, int, float, _Cluster]]
    doubted: defaultdict[int, Counter]  # per cluster, pronouns by gender the ranker only guessed
    ranking: list[_Cluster]  # the last pronoun's candidates as the ranker ordered them, likeliest first
    reported_at: dict[int, _Cluster]  # pronoun token -> speaker the reporting convention gave it
    # the article's title words (titlecue.py); training reads each GAP snippet also without its
    # title, and sets read_title False for that copy
    title: Optional[frozenset[str]] = None
    read_title = True

    def syntax(self) -> Syntax:
        if self._syntax is None:
            self._syntax = Syntax(self.doc)
        return self._syntax

    # ---- pass 3: pronouns and descriptors ------------------------------------------------------
    def resolve(self) -> None:
        doc, lex = self.doc, self.lex
        heads: dict[int, _Cluster] = {}
        for cluster in self.clusters:
            for m in cluster.root().mentions:
                heads.setdefault(m.head, cluster.root())
        self.heads = heads
        if self.read_title:
            self.title = title_words(doc)
        latent = latent_clusters(self) if (self.use_model or self.observe is not None) else {}
        self.latent_at = latent
        self.latent_recent = []
        self.doubted = defaultdict(Counter)
        self.reported_at = {}
        self.told = Told()
        recent: list[tuple[int, int, float, _Cluster]] = []  # (token, sent, weight, cluster)
        # The per-token tests read token columns; a Token is taken from the list only for a word
        # that passes them (most words are none of these).
        cols = columns(doc)
        toks, tags, pos, ent_type, lower = tokens_of(doc), cols.tag, cols.pos, cols.ent_type, cols.lower
        # Only the words some branch below can act on (a name's head, a latent name, a pronoun,
        # "who", "they", an age, an untyped noun); the rest, most of the text, are skipped here.
        for i in pass_words(doc, heads, latent, lex.pronouns, lex.age_ranks):
            low = lower[i]
            tok = toks[i]
            if i in latent and i not in heads and latent[i].latent:
                self.latent_recent.append((i, self.sent_of[i], _role_weight(tok), latent[i]))
            if i in heads:
                heads[i] = retitle(self, i, heads[i])
                if not self._same_np(tok, heads[i]):
                    recent.append((i, self.sent_of[i], _role_weight(tok), heads[i]))
                continue
            # (in a quotation, only a speaker's own relative told by an age: '"My mother, 84, ..."')
            if i in self.covered or (self.in_quote[i] and not (self.observe is None and lower[i] in lex.relative_nouns and aged_kin(tok, lex))):
                continue
            if low in lex.pronouns and tags[i] in ("PRP", "PRP$"):
                others = partial(self._alternatives, tok, recent)
                c = backward_bound(self, tok, owner_bound(self, tok, self._pronoun(tok, recent), others), others)
                c = couple_bound(self, tok, survivor_item_owner(self, tok, widow_bound(self, tok, c, others)), others)
                c = joined_pronoun_bound(self, tok, vessel_bound(self, tok, list_owner_bound(self, tok, c, others), others))
                if c is not None and c.latent:
                    materialize(self, c, recent, tok.i)
                if c is not None:
                    self.add(c, i, i + 1, "pronoun")
                    c = c.root()
                    c.pgenders[lex.pronouns[low]] += 1
                    self.told.note(c, lex.pronouns[low], self.doubted[id(c)], self.sent_of[i])
                    c.votes["PERSON"] += W_PRONOUN
                    recent.append((i, self.sent_of[i], _role_weight(tok), c))
            elif low == "who" and tags[i] == "WP" and tok.head.dep_ == "relcl" and (c := relative_antecedent(self, tok)) is not None:
                # "Sanders, who said ...": the relative pronoun is its antecedent.
                if not c.platform:
                    self.add(c, i, i + 1, "pronoun")
            elif low == "they" and _speaker_position(tok, lex):
                c = they_speaker(self, tok, recent)
                if c is not None:
                    self.add(c, i, i + 1, "pronoun")
                    recent.append((i, self.sent_of[i], _role_weight(tok), c.root()))
            elif (low in ("old", "year-old") or low.endswith("-year-old")) and (age := _bare_age(tok)) is not None:
                c = age_descriptor(self, tok, age, recent)
                if c is not None:
                    s, e = np_bounds(self, tok)
                    if s > 0 and lower[s - 1] == "the":
                        s -= 1
                    self.add(c, s, e, "descriptor", head=i)
                    c = c.root()
                    c.ages.add(age)
                    c.votes["PERSON"] += W_PERSON_NOUN
                    recent.append((i, self.sent_of[i], _role_weight(tok), c))
            elif low in lex.age_ranks and self.observe is None and (c := age_rank(self, tok, recent)) is not None:
                # "Kevin, 50, Grace, 47, and Stephen ... The eldest has been the head chef"
                self.add(c, i - 1, i + 1, "descriptor", head=i)
                recent.append((i, self.sent_of[i], _role_weight(tok), c.root()))
            elif self.observe is None and pos[i] in ("NOUN", "PROPN") and in_law(lower, i):
                if (named := in_law_apposed(self, i)) is not None:  # "his brother-in-law, Walter Farrant": a man, no brother
                    self.add(named, i - (tags[i - 1] == "PRP$"), i + 5, "descriptor", head=i)
                    named.genders[lex.gendered[low]] += 1
            elif pos[i] in ("NOUN", "PROPN") and (ent_type[i] == "" or (self.observe is None and ent_type[i] == "NORP" and tok.is_lower)):
                # (a lower-case word the tagger calls a nationality is a common noun: "a canal patwari")
                if i + 1 < len(doc) and (i + 1) in self.covered and tags[i] == "NN":
                    # "she and husband Tomas Reyes", "Her brother Pax": a role noun right before
                    # a name describes that name, not some earlier salient person.
                    named = self.covered[i + 1].root()
                    if (low in lex.person_nouns or low in lex.gendered) and named.is_person_like():
                        s0, _e0 = np_bounds(self, tok)
                        self.add(named, min(s0, i), i + 1, "descriptor", head=i)
                        # The name, in apposition to this noun, is skipped below as the same
                        # phrase, so the noun stands for both: "Ellen's sister Julia Anne moved
                        # ... She" must find Julia Anne, as the subject she is.
                        if any(ch.dep_ == "appos" and ch.i in self.covered and self.covered[ch.i].root() is named for ch in tok.rights):
                            recent.append((i, self.sent_of[i], _role_weight(tok), named))
                    continue
                if self._unnamed_parent(tok):
                    continue
                if low in lex.wedding_nouns and self.observe is None and (w := wedding_noun(self, tok)) is not None:
                    # "The bride, 31," of a wedding notice: one of the two it marries (wedding.py)
                    s0, e0 = np_bounds(self, tok)
                    self.add(w, s0, e0, "descriptor", head=i)
                    w = w.root()
                    w.roles.add(low)
                    w.votes["PERSON"] += W_PERSON_NOUN
                    w.genders[noun_gender(lex, low)] += 1
                    recent.append((i, self.sent_of[i], _role_weight(tok), w))
                    continue
                if self.observe is None and (animal_kin_noun(tok, lex) or related_to(tok)):
                    continue  # ("his nest sister, Queenie": a bird's kin, nobody to describe; "not related to the president")
                lemma = cols.lemma_lower[i]
                got = None
                if (tags[i] == "NN" and (low in lex.person_nouns or low in lex.org_nouns)) or (
                        # ("the 74-year-old smith", "smith" tagged NNP: a trade with an age, at extraction only)
                        self.observe is None and tags[i] in ("NN", "NNP") and tok.is_lower and job_like(low, lex) and stated_age(tok) is not None) or (
                        # "The Master and his wife": a guild's office, capitalised (at extraction only)
                        self.observe is None and tags[i] == "NNP" and i > 0 and lower[i - 1] in ("the", "our", "new") and office_only(toks, i, i + 1, lex)):
                    got = descriptor(self, tok, recent)
                if got is None and (lemma in lex.speaker_nouns or low in lex.speaker_nouns or lemma in lex.org_nouns) \
                        and _speaker_position(tok, lex):  # (the word lists first: most nouns are in none)
                    # "The dairy's head of production, Kwame Asante, said": named right there
                    here = named_here(self, tok) if self.observe is None else None
                    got = (here, *np_bounds(self, tok)) if here is not None else self._unnamed_speaker(tok, lemma)
                elif got is None and self.observe is None and lemma in lex.employee_roles and staff_of_org(self, tok, lemma):
                    # "A spokesman for Brindle & Shaw would not name a price": somebody the
                    # organisation employs, whatever the verb (a speech verb is taken above)
                    here = named_here(self, tok)
                    got = (here, *np_bounds(self, tok)) if here is not None else self._unnamed_speaker(tok, lemma)
                elif got is None and low in lex.gendered and ((tok.dep_ in ("nsubj", "nsubjpass") and (
                    any(ch.dep_ == "poss" or ch.lower_ == "the" for ch in tok.children) or ex_prefix(self, tok) is not None
                )) or (self.observe is None and aged_kin(tok, lex))):
                    # "His ex-wife agreed ... she": an unnamed woman is the likeliest "she" next,
                    # not whichever named person happens to be salient.
                    got = self._unnamed_speaker(tok, lemma)
                elif got is None and low in lex.relative_nouns and i + 2 < len(doc) and cols.text[i + 1] == "," \
                        and toks[i + 2].like_num and len(cols.text[i + 2]) <= 3 and any(ch.dep_ == "poss" for ch in tok.children):
                    # "He was joined by his wife, 59": a relative the text describes by an age
                    # is somebody, named or not
                    got = self._unnamed_speaker(tok, lemma)
                elif got is None and self.observe is None and low in lex.relative_nouns and described_kin(tok, lex.trades, lex.relative_nouns):
                    got = self._unnamed_speaker(tok, lemma)  # "after his mother, a kenkey seller"
                elif got is None and self.observe is None and married_to_trade(tok, lex):
                    got = self._unnamed_speaker(tok, lemma)  # "Solberg is married to an air traffic controller, 50"
                elif got is None and self.observe is None and low in lex.relative_nouns and low in lex.gendered and tags[i] == "NN" \
                        and unnamed_kin_object(tok, i + 2 in self.covered, lex.kin_kinds):
                    # "to care for his mother", "raised by his elderly mother, who sold her flat": a
                    # relative the text mentions and names nowhere is somebody, at extraction only
                    got = self._unnamed_speaker(tok, lemma)
                if got is not None and self.observe is None and tags[i] == "NNS" and i + 2 < len(doc) and lower[i + 1] == "," and i + 2 in self.covered:
                    continue  # "Its owners, Judith and Clive Farrant, confirmed": the two named, nobody else
                if got is not None and self.observe is None and (fronted_c := cataphora.fronted_named(self, tok)) is not None:
                    got = (fronted_c, got[1], got[2])  # "The daughter of a net-maker, Ms Corrigan lives ..."
                if got is not None:
                    c, s, e = got
                    # A name inside the phrase ("the GOP presidential nominee") keeps its own
                    # entity; only the head must be free.
                    if i in self.covered:
                        continue
                    self.add(c, s, e, "descriptor", head=i)
                    c = c.root()
                    if lemma in lex.org_nouns and lemma not in lex.speaker_nouns:
                        c.votes["ORG"] += W_ORG_NOUN
                    elif low in lex.person_nouns or lemma in lex.speaker_nouns:
                        c.roles.add(low)
                        c.votes["PERSON"] += W_PERSON_NOUN
                        g = lex.gendered.get(low) or compound_gender(self, tok)
                        if g:
                            c.genders[g] += 1
                    if not self._same_np(tok, c):
                        recent.append((i, self.sent_of[i], _role_weight(tok), c))

    def _same_np(self, tok: Token, cluster: _Cluster) -> bool:
        """An apposition to a mention of the same entity ("Her mother, Kris Jensen"): one noun
        phrase, which must not count twice towards salience."""
        head = tok.head
        return tok.dep_ == "appos" and head.i in self.covered and self.covered[head.i].root() is cluster.root()

    def _unnamed_speaker(self, tok: Token, lemma: str) -> tuple[_Cluster, int, int]:
        """"a source said", "officials said", "according to the announcer": nobody named, but
        somebody the quotation can be attributed to, and a later "the source" can refer back."""
        s, e = np_bounds(self, tok)
        c = self.new(unnamed_text=self.doc[s:e].text, plural=tok.tag_ in ("NNS", "NNPS"))
        c.roles.add(lemma)
        return c, s, e

    def _scores(self, recent, at: int, window: int) -> dict[int, tuple[float, _Cluster]]:
        sent = self.sent_of[at]
        scores: dict[int, tuple[float, _Cluster]] = {}
        for j in range(len(recent) - 1, -1, -1):
            ti, si, w, c = recent[j]
            if sent - si > window:
                break
            c = c.root()
            prev = scores.get(id(c), (0.0, c))[0]
            scores[id(c)] = (prev + w * DECAY ** (sent - si), c)
        return scores

    def _clause_subject_clusters(self, tok: Token) -> set[int]:
        """Clusters a non-reflexive object pronoun cannot refer to: the subject of its own
        verb ("Okafor praised her" is not Okafor)."""
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        out = set()
        subjects = [ch.i for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
        for k in set(subjects) | self.syntax().apposed(subjects):
            if k in self.covered:
                out.add(id(self.covered[k].root()))
        return out

    def _clause_object_clusters(self, tok: Token) -> set[int]:
        """Clusters a subject cannot refer to: the objects of its own verb ("The judge agreed
        with Ivana Trump" is not Ivana Trump)."""
        out = set()
        for ch in tok.head.children:
            args = [ch] if ch.dep_ in ("dobj", "dative") else [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" else []
            for a in args:
                if a.i in self.covered:
                    out.add(id(self.covered[a.i].root()))
        return out

    def _person_candidates(self, recent, tok: Token, gender: Optional[str], window: int, role: Optional[str] = None):
        lex = self.lex
        banned: set[int] = set()
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.tag_ == "PRP" and not tok.lower_.endswith("self"):
            banned = self._clause_subject_clusters(tok)
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            banned = self._clause_object_clusters(tok)
        # ("Sergeant Ellis said the driver was arrested": a description is never the one whose
        # clause holds it; where that one is the likeliest, the description names somebody the
        # text has not made clear, and stays unresolved. In extraction only.)
        commanding = commanding_subjects(self, tok) if role is not None and self.observe is None else set()
        best: Optional[_Cluster] = None
        best_score = 0.0
        for score, c in self._scores(recent, tok.i, window).values():
            if id(c) in banned or c.platform or c.plural:
                continue
            fit = c.gender_fit(gender)
            if fit == 0.0:
                continue
            score *= fit
            # Somebody introduced as a judge is not "the nominee" three lines later.
            if (
                role
                and role not in self.lex.gendered
                and role not in c.roles
                and any(r not in self.lex.gendered for r in c.roles)
            ):
                score *= ROLE_CONFLICT
            if not c.is_person_like():
                if self.observe is None and modifier_only(self, c):
                    continue  # ("the Curepipe workshop": nobody "the founder" means)
                if c.person_score() == 0:
                    score *= TIE_DISCOUNT
                elif c.is_weak_org(lex):
                    score *= WEAK_ORG_DISCOUNT
                else:
                    continue
            if score > best_score:
                best, best_score = c, score
        return None if best is not None and id(best) in commanding else best

    def _pronoun(self, tok: Token, recent) -> Optional[_Cluster]:
        picked = self._pronoun_rules(tok, recent)
        if picked is not None and self.observe is None and id(picked.root()) in (barred := quoted_speaker(self, tok) | compared_subject(self, tok) | predicated_of(self, tok)):
            # a he/she in somebody's quoted words is not that somebody, nor the one a comparison
            # sets it against, nor a possessive the one its noun is said to be ("Lark named Ada
            # Moss as her successor": not Moss; gap37), whichever rule took it (the ranker's candidates
            # already leave them out, through not_referents)
            self.ranking = []
            picked = self._ranked(tok, recent, None)
            return None if picked is None or id(picked.root()) in barred else picked
        return picked

    def _pronoun_rules(self, tok: Token, recent) -> Optional[_Cluster]:
        self.ranking = []
        pet = animal_bound(self, tok)
        if pet is not None:
            return pet
        tagged = parenthetical_speaker(self, tok, self.lex.pronouns[tok.lower_])
        if tagged is not None:
            return tagged
        reporter = reported_speaker(self, tok, self.lex.pronouns[tok.lower_])
        if reporter is not None:
            chosen = contested(self, tok, reporter) or reporter
            if self.observe is None:
                self.reported_at[tok.i] = chosen  # (speechtags.drop_outvoted_reports may take it back)
            return chosen
        speaker = speaker_of_object(self, tok, self.lex.pronouns[tok.lower_]) or quote_speaker_goes_on(self, tok, self.lex.pronouns[tok.lower_]) \
            or introduced_speaker(self, tok, self.lex.pronouns[tok.lower_])
        if speaker is not None:
            return speaker  # ("Ines Varga claimed that the club's decision had dismayed him")
        if self.observe is None and (said_of_a_thing(tok, self.covered, self.lex) or after_named_thing(tok, self.covered, self.lex) or in_quoted_title(self, tok)
                                   or thing_part_owner(tok, self.covered, self.lex) or thing_over_other_gender(tok, self.covered, self.lex)):
            return None  # (at extraction only: the ranker's training reads every pronoun)
        interviewee = interview_opener(self, tok) or entry_subject(self, tok) or apposed_subject_before(self, tok, self.lex.pronouns[tok.lower_]) \
            or item_owner(self, tok) or subject_owner_of_thing(self, tok, self.lex.pronouns[tok.lower_]) or post_holder(self, tok)
        if interviewee is not None:
            return interviewee
        fronted = cataphora.fronted_owner(self, tok, self.lex.pronouns[tok.lower_]) or condoled(self, tok, self.lex.pronouns[tok.lower_])
        if fronted is not None:
            return fronted
        semi = after_semicolon(self, tok, self.lex.pronouns[tok.lower_]) or sibling_after_semicolon(self, tok, self.lex.pronouns[tok.lower_]) \
            or adverbial_subject(self, tok, self.lex.pronouns[tok.lower_]) or where_subject(self, tok, self.lex.pronouns[tok.lower_])
        if semi is not None:
            return semi
        agent = passive_agent_owner(self, tok, self.lex.pronouns[tok.lower_])
        if agent is not None:
            return agent
        rule = self._person_candidates(recent, tok, self.lex.pronouns[tok.lower_], WINDOW)
        if tok.tag_ == "PRP$" and (first := self._first_conjunct_owner(tok) or listed_owner(self, tok) or parents_partner_owner(self, tok)
                                   or apposed_partner_owner(self, tok)) is not None:
            return first
        if tok.tag_ == "PRP$" and (ended := own_end_owner(self, tok, self.lex.pronouns[tok.lower_]) or who_clause_owner(self, tok, self.lex.pronouns[tok.lower_])) is not None:
            return ended
        if tok.tag_ == "PRP$":
            # "Her mother, Kris Jensen, manages her career": a possessive repeats the referent of
            # the same possessive earlier in its sentence.
            # (not "her own daughter": "own" binds it to its clause's subject; at extraction only)
            own = self.observe is None and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "own"
            for ti, si, _w, c in reversed(recent):
                if si != self.sent_of[tok.i] or own:
                    break
                t = self.doc[ti]
                if t.lower_ == tok.lower_ and t.tag_ == "PRP$" and parents_partner_owner(self, t) is None:
                    return relative_first(self, tok, t) or spouse_of_kin_subject(self, tok, t, c.root()) or c.root()
            same = self._kin_opener_before(tok) \
                or subject_owner(self, tok, self.lex.pronouns[tok.lower_]) \
                or self._sole_person_before(tok) or sole_named_owner(self, tok, self.lex.pronouns[tok.lower_])
            if same is not None:
                return surname_kin_owner(self, tok, same, lambda: self._alternatives(tok, recent)) or same
        picked = topic_person(self, tok, subject_shift(self, tok, continuity(self, tok, self._ranked(tok, recent, rule), recent), recent))
        return died_late(self, tok, picked, recent) or died_before(self, tok, picked) or possessor_over_relative(self, tok, picked) or turned_kin(self, tok, picked) or surname_kin_owner(self, tok, picked) \
            or apposed_kin_holder(self, tok, picked) or owned_kin_named(self, tok, picked) or picked

    def _alternatives(self, tok: Token, recent) -> list[_Cluster]:
        """The ranker's candidates, likeliest first, ranked now if a rule decided before it."""
        if not self.ranking:
            self._ranked(tok, recent, None)
        return self.ranking

    def _ranked(self, tok: Token, recent, rule: Optional[_Cluster]) -> Optional[_Cluster]:
        """The learned ranker's choice among the candidates, with the rules' choice as one of
        its features; the rules alone when no model is shipped."""
        model = (self.model or load_ranker(MODEL_TITLED if self.title is not None else MODEL)) if self.use_model else None
        if model is None and self.observe is None:
            return rule
        gender = self.lex.pronouns[tok.lower_]
        cands = candidates(self, tok, recent, self.heads, gender)
        if self.observe is None:
            cands = [c for c in cands if not modifier_only(self, c.cluster)]  # ("Braemar heavy events: ... his daughter")
        if not cands:
            return rule
        if model is None and rule is not None:  # training: the rules' pick counts as a guess
            self.doubted[id(rule.root())][gender] += 1
        if len(cands) == 1 and not cands[0].cluster.latent and self.observe is None and model is not None and model.threshold == 0.0:
            self.ranking = [cands[0].cluster]
            return cands[0].cluster  # nothing to rank, and no bar to clear
        rows = features(self, tok, cands, rule, gender)
        if self.observe is not None:
            self.observe(tok, [c.cluster for c in cands], rows)
        if model is None:
            return rule
        probs = model.probabilities(rows)
        apart = conjoined(self, tok) | co_argument(self, tok)
        # ("The firm's oldest employee, Iris Malone, ... Her late husband": a name the text has
        # called "the firm" is no he or she, though the possessive parallels; ranked with the
        # rest, whose scores it shares, and then passed over, as is a co-argument; extraction only)
        allowed = [k for k in range(len(cands)) if id(cands[k].cluster.root()) not in apart
                   and not (self.observe is None and called_organisation(self, cands[k].cluster))]
        if not allowed:
            return None
        self.ranking = [cands[k].cluster for k in sorted(allowed, key=lambda k: -probs[k])]
        best = max(allowed, key=lambda k: probs[k])
        # Below the threshold the pronoun stays unresolved, unless the rules pick the same one.
        agreed = rule is not None and cands[best].cluster is rule.root()
        if not agreed and rule is not None and cands[best].cataphora and probs[best] < model.threshold:
            # an unsure guess that points forward yields to the rules' earlier pick (cataphora is rare)
            back = [k for k in allowed if not cands[k].cataphora and cands[k].cluster is rule.root()]
            if back:
                best, agreed = back[0], True
        chosen = cands[best].cluster if probs[best] >= model.threshold or agreed else None
        chosen = self._kin_owner(tok, chosen, [c.cluster for c in cands])
        if chosen is not None and len(cands) > 1 and not is_sure(probs, best):
            self.doubted[id(chosen.root())][gender] += 1
        if chosen is not None and chosen.latent:
            materialize(self, chosen, recent, tok.i)
        return chosen
