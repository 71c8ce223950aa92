"""Pass 2 and the output: name spans clustered into entities (full names, then surnames,
first names and titles), evidence next to names, and the finished ``Entity`` list."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from dateline.extractors.entities.agewords import age_after, age_said_before
from dateline.extractors.entities.aliases import aliases
from dateline.extractors.entities.bearers import elder_bearer, pick_bearer
from dateline.extractors.entities.birthnames import birth_names
from dateline.extractors.entities.clusters import _Cluster, _gender_conflict
from dateline.extractors.entities.context import context_evidence
from dateline.extractors.entities.couples import mr_and_mrs, settle
from dateline.extractors.entities.doublesurnames import double_surname
from dateline.extractors.entities.eponyms import placed_word, town_before_noun
from dateline.extractors.entities.honorifics import (
    HUSBAND_TITLES,
    as_business,
    same_office,
    title_reading,
)
from dateline.extractors.entities.initials import initials
from dateline.extractors.entities.kinplaceholders import join_described_kin
from dateline.extractors.entities.knownas import as_called_aliases, known_as_aliases
from dateline.extractors.entities.latesurnames import join_late_surnames
from dateline.extractors.entities.lede import lede_descriptor
from dateline.extractors.entities.lexicon import (
    W_AGE,
    W_ORG_KEYWORD,
    W_PERSON_NOUN,
    W_SHAPE,
    lexicon,
)
from dateline.extractors.entities.lifespan import lifespan_evidence
from dateline.extractors.entities.mastheads import desk_tokens, of_paper
from dateline.extractors.entities.nameevidence import name_evidence
from dateline.extractors.entities.nameparts import (
    NICK_QUOTES,
    after_noun_or_article,
    given_lead,
    inner_particle,
    inner_particles,
    joining_hyphen,
    particle_head,
    particle_surname,
)
from dateline.extractors.entities.names import _name_spans, _NameSpan
from dateline.extractors.entities.namesakes import (
    NAMESAKE_OPENERS,
    kin_gender,
    kin_given,
    kin_introduced,
    kin_namesake,
    other_kin,
    titled_elsewhere,
)
from dateline.extractors.entities.nameshapes import family_house, kin_apposed_name, listed_employer
from dateline.extractors.entities.naming import married_name, married_names
from dateline.extractors.entities.nicknames import middle_initial_keys, nickname_keys
from dateline.extractors.entities.oraliases import or_aliases
from dateline.extractors.entities.orgsides import lone_possessive_org
from dateline.extractors.entities.otherlabels import age_before
from dateline.extractors.entities.output import entities_of
from dateline.extractors.entities.peeks import pronoun_peeks, speaker_going_on
from dateline.extractors.entities.pronouns import _Resolver
from dateline.extractors.entities.quoted import quoted_pronouns
from dateline.extractors.entities.rankertrees import Ranker
from dateline.extractors.entities.rescan import (
    org_short_forms,
    rescan_names,
    rescan_shared_surnames,
    untagged_bearer_before,
)
from dateline.extractors.entities.speechtags import drop_outvoted_reports
from dateline.extractors.entities.surnames import (
    hyphenated,
    no_relation_after,
    older_namesake,
    other_family,
    passing_agent,
    syllabic_given,
)
from dateline.extractors.entities.syntax import (
    _acronym,
    _key,
    coupled_title,
)
from dateline.extractors.entities.things import not_a_name
from dateline.extractors.entities.wedding import own_surname
from dateline.extractors.entities.wedding import settle as settle_wedding
from dateline.model import Entity
from dateline.nlp import text_of
from dateline.paragraphs import title_before_point

# the marks around a nickname kept in a name's words ('Dorothy "Dot" Kessler')
_NICK_MARKS = NICK_QUOTES | {"(", ")"}
# a regnal number ("Charles II", "Henry VIII") is no body's acronym
_ROMAN = re.compile(r"[IVXLC]+")


def _first_head(c: _Cluster) -> int:
    """Where a cluster was first mentioned (its first mention's token)."""
    return min((m.head for m in c.root().mentions), default=0)


class _Builder(_Resolver):
    # ---- pass 2: names --------------------------------------------------------------------------
    def cluster_names(self, spans: list[_NameSpan]) -> None:
        doc, lex = self.doc, self.lex
        toks, cols = self.toks, self._cols  # (``doc[i]`` makes a Token, its attributes read anew)
        c_idx, c_low, c_tag, c_text = cols.idx, cols.lower, cols.tag, cols.text
        by_key: dict[tuple[str, ...], tuple[_Cluster, str]] = {}
        by_gender: dict[tuple[tuple[str, ...], str], tuple[_Cluster, str]] = {}
        peeks = pronoun_peeks(self, spans)
        # (in extraction only: the ranker's training clusters as it always has)
        married = married_names(doc, spans, lex.gendered) if self.observe is None else {}
        hints = pronoun_peeks(self, spans, one_word=True)
        # (a surname of particles is told apart as a one-word one is, past organisations' names)
        particle_hints = pronoun_peeks(self, spans, past_orgs=True) if self.observe is None else peeks
        first_of_pair: Optional[tuple[_Cluster, int]] = None
        for n, sp in enumerate(spans):
            key = _key(doc, sp.start, sp.end)
            if sp.surname is not None and sp.start <= sp.surname < sp.end:
                # a notice's "PENNICOTT, Harold James": the surname written first is still last
                sur = _key(doc, sp.start, sp.surname + 1)
                key = key[len(sur):] + sur
            elif sp.surname is not None:
                # "Anil" of "Anil and Reena Dutta" is Anil Dutta: a later "Mr. Dutta" may be him
                key = key + _key(doc, sp.surname, sp.surname + 1)
            if self.observe is None and len(key) > 2 and key[-1] in lex.patronymic_suffixes:
                key = key[:-1]  # ("Aizada Toktogul kyzy": 'kyzy' is nobody's surname)
            if self.observe is None and len(key) > 1 and key[-1] in lex.suffix_honorifics:
                key = key[:-1]  # ("Osman Bey" after "Osman Kaya": the given name and an honorific)
            if not key or (self.observe is None and not_a_name(self, sp.start, sp.end)) or (len(key) == 1 and (key[0] in lex.kin_kinds or key[0] in lex.kin_vocatives) and self.in_quote[sp.start]):
                continue  # '"Mum built it," he said': the speaker's mother, no one named Mum
            title = toks[sp.start - 1] if sp.start > 0 and c_low[sp.start - 1] in lex.titles else None
            if title is None and self.observe is None and sp.start > 1 and c_low[sp.start - 1] == "." \
                    and (split := title_before_point(doc, sp.start - 1)) is not None and split.lower_ in lex.titles and split.text[:1].isupper():
                title = split  # ("and Fr. Peter Fernandes", split "Fr" + "."; extraction only)
            if title is not None and title.lower_ in lex.honorifics and not title.text[:1].isupper():
                title = None  # "would miss Glenn's jokes": an honorific is capitalised
            wed = None
            if title is not None and coupled_title(title, lex.titles):
                # "Mr and Mrs Kostas Papadakis": the couple's titles, not his; at extraction, Mr is
                # the name's and Mrs his wife, a person of her own (the social page's convention)
                wed = (toks[title.i - 2], title) if self.observe is None and c_low[title.i - 2].rstrip(".") in HUSBAND_TITLES \
                    and title.lower_.rstrip(".") == "mrs" and len(key) > 1 else None
                title = None
            if title is not None and self.observe is None and as_business(self, title.i, sp.end, key):
                continue  # "Miss Ivy's, on Soho Road": a business named after her (honorifics.py)
            tg = lex.titles.get(title.lower_) if title is not None else None
            # "Mr Hale and Mrs Hale": one surname, two people, told apart by the title's gender.
            known = by_gender.get((key, tg)) if tg else None
            if known is not None and len(key) == 1 and self.observe is None:
                going = speaker_going_on(self, sp.start, [(c, "surname") for c in self._recent_first()
                                                          if len(c.key) > 1 and c.key[-1] == key[0] and not c.platform])
                known = going[0] if going else known
            # (a first "Mr. Roe" is whichever Roe the text means there, not the first bare "Roe";
            # in extraction only, as each rule here that the ranker's training does not read)
            # ("Mrs van Wyk" after "Mr van Wyk": a surname with its particles is one word here, in
            # extraction only)
            bare = len(key) == 1 or (self.observe is None and particle_surname(
                key, c_text[sp.start], title is not None, lex, after_noun_or_article(doc, sp.start)))
            known = known or (same_office(self, key, title, tg, bare) or by_key.get(key) if not (tg and bare and self.observe is None) else None)
            aliases = nickname_keys(doc, sp.start, sp.end, key) + middle_initial_keys(key, by_key) if self.observe is None else []
            # ('Harold "Hal" Vearing' after "Hal Vearing": one man; extraction only)
            known = known or next((by_key[k] for k in aliases if k in by_key), None)
            if known is not None and title is not None and bare and len(key) == 1 and self.observe is None:
                # ("Catriona Fraser, 44, no relation ... Inspector Fraser said": the earlier Fraser)
                older = older_namesake(self, known[0], key[0], None if tg else title.lower_.rstrip("."))
                known = (older, "surname") if older is not None else known
            if known is not None and bare and title is None and hints[n] and self.observe is None and kin_gender(self, known[0]) not in (None, hints[n]):
                known = None  # ("Sølvberg and his wife" after "Mr Sølvberg" was read as "His daughter, Ingrid Sølvberg")
            if known is not None and bare and len(key) == 1 and title is None and other_kin(self, sp.start, known[0]):
                known = None  # ("his wife, Eleni ... two daughters, Eleni, 33": a namesake two generations down)
            if known is not None and tg and bare and _gender_conflict(known[0].root(), tg):
                known = None  # "Mrs. Clinton" after "Clinton" was read as Bill Clinton
            if known is not None and bare and len(key) == 1 and self.observe is None \
                    and (said := age_said_before(doc, sp.start)) is not None and known[0].root().other_age(said):
                known = None  # ("The 68-year-old Raman" after "Ms Raman, 41": a bearer whose age fits is looked for)
            # (no marriage in most articles: then no span's text is built for the lookup)
            wife = married_name(married, key, tg, doc[sp.start : sp.end].text) if married else None
            if wife is not None and tg and len(key) == 1 and own_surname(self, sp.start, key[0]):
                wife = None  # "Yuki Mori wed Daniel Foss ... Ms. Mori": the bride's own name
            if wife is not None and wife in by_key and known is not None and tg and self.observe is None and \
                    by_gender.get((key, tg)) is known and _first_head(known[0]) < _first_head(by_key[wife][0]):
                wife = None  # ("Mrs Hallett" the article's subject from its start, before "his wife, Sandra")
            if wife is not None and wife in by_key and (known is None or known[0].root() is not by_key[wife][0].root()):
                # "He married Maureen Pickles ... Mrs Hallam": his wife (as "Mrs Lloyd-Evans", not renamed)
                known = by_key[wife] if len(key) == 1 or " " in doc[sp.start : sp.end].text else (by_key[wife][0], "surname")
                known[0].root().married_surname = key[-1]
            if known is not None and bare and len(key) == 1 and self.observe is None and title is not None \
                    and title.lower_ in ("elder", "younger") and title.i > 0 and c_low[title.i - 1] == "the":
                # ("Moyo took over from his father, Gideon Moyo ... The elder Moyo": the father)
                same = [(c, "surname") for c in {id(c.root()): c.root() for c in self.clusters}.values()
                        if len(c.key) >= 2 and c.key[-1] == key[0] and c.person_score() >= 0]
                picked = elder_bearer(self, same, title.lower_ == "elder")
                known = picked[0] if len(picked) == 1 else known
            # "The daughter of a Mr. McDonagh": an honorific after "a" brings in somebody new.
            fresh = tg is not None and title is not None and title.i > 0 and c_low[title.i - 1] in ("a", "an")
            # ("A different Declan Kearney, a councillor", "another Tom Hale": a namesake, at extraction only)
            fresh = fresh or (self.observe is None and NAMESAKE_OPENERS.search(text_of(doc)[max(0, c_idx[sp.start] - 20) : c_idx[sp.start]]) is not None)
            cluster = None
            kind = "name"
            thing = False
            if fresh:
                cluster = self.new(key=key)
            elif known is not None:
                cluster, kind = known[0].root(), known[1]
            elif sp.platform:
                cluster = self.new(key=key, platform=True)
            elif bare and title is not None and self._thing(title.i, key):
                cluster, thing = self.new(key=key), True  # "a red variety, Captain Farrant": no Farrant named before
            elif bare:
                hint = hints[n] or (particle_hints[n] if len(key) > 1 and self.observe is None else None)
                cluster, kind = self._partial(key[-1], sp.start, tg, hint=hint, titled=title.lower_ if tg and title is not None else None)
                older = older_namesake(self, cluster, key[0], None if tg else title.lower_.rstrip(".")) \
                    if cluster is not None and title is not None and len(key) == 1 and self.observe is None else None
                cluster, kind = (older, "surname") if older is not None else (cluster, kind)
                if cluster is not None and kind == "surname" and title is None and len(key) == 1 and kin_introduced(self, sp.start) \
                        and doc[sp.start].dep_ not in ("nsubj", "nsubjpass"):
                    # ("The couple have three daughters: Nour, 34, ..." after "Tarek Nour": a child named by
                    # a given name, not a stranger's surname; not "Through his father, Bourchier was ...")
                    cluster = None
                elif cluster is not None and kind == "firstname" and title is None and (kin_namesake(self, sp.start, cluster) or other_kin(self, sp.start, cluster, generation=True)):
                    cluster = None  # "Paul Desmarais ... His son, Paul": a relative given his name ("his wife, Teresa ... five children: ...; Teresa, 58": a granddaughter given her name)
                if cluster is None:
                    # (a new one after "the" and a title is a thing's name: "the Mama Ruth")
                    cluster, kind, thing = self.new(key=key), "name", title is not None and title.i > 0 and c_low[title.i - 1] == "the"
            else:
                cluster = self._full(key, sp.start, age=age_after(doc, sp.end) if sp.age else None, gender=tg, label=sp.label)
            if self.observe is None and bare and title is None and (shop := lone_possessive_org(self, key[-1], sp.start)) is not None:
                self.add(shop, sp.start, sp.end, "name")  # ("a driver with Kelleher's since 1997": the firm)
                continue
            if not (thing and self.observe is None):
                for k in (key, *aliases):
                    by_key.setdefault(k, (cluster, kind))  # (not "the Mama Esther", a rig: a later "Esther" is the woman)
            if tg:
                by_gender.setdefault((key, tg), (cluster, kind))
            if peeks[n]:
                cluster.root().peek[peeks[n]] += 1
            if kind == "name" and len(key) >= len(cluster.unlowered):
                cluster.unlowered = tuple(c_text[i] for i in range(sp.start, sp.end))
            # A surname's own label does not count: "Teigen" after "Chrissy Teigen" is her.
            if sp.label and kind == "name":
                cluster.votes[sp.label] += 1
            if (
                not sp.platform
                and not cluster.votes["SHAPE"]
                and not (self.observe is None and (c_low[sp.start] in lex.org_openers or family_house(doc, sp.start, sp.end, lex)))  # ("Maison Clémence": a house of trade)
                # as written: "Maud" of "Maud and Felix Orrin" is one word (a pair the tagger found
                # whole, "Anil and Reena Dutta", votes as it did when the ranker learnt)
                and 1 < len(key) - (sp.surname is not None and not sp.pair) - (self.observe is None and inner_particles(doc, sp.start, sp.end, lex)) < 4
                and c_tag[sp.end - 1] == "NNP"
                and all((c_text[i][:1].isupper() and c_text[i][1:2].islower())
                        # ("Nadia Okafor-Lynch" tagged ORG, "Jeanne du Han": a double-barrelled surname's
                        # hyphen, a surname's particles; in extraction only)
                        or (self.observe is None and (joining_hyphen(doc, i, sp.start, sp.end) or inner_particle(doc, i, sp.start, sp.end, lex)
                                                      or (i == sp.start and initials(c_text[i]))))  # ("W.A. Premadasa")
                        for i in range(sp.start, sp.end))
            ):
                cluster.votes["PERSON"] += W_SHAPE
                cluster.votes["SHAPE"] += 1
            # ("Rameshwar Das & Sons", "Okafor Bell & Partners": a firm's form after an ampersand,
            # however much the first words look like a person's; at extraction only)
            # (or the Spanish and Portuguese "e" and "y": "Tambores Ramírez e Hijos")
            amp = self.observe is None and any(w in ("&", "e", "y") and k + 1 < len(key) and key[k + 1] in lex.ampersand_tails
                                               for k, w in enumerate(key))
            # ("Mouton's Hall": a venue's word after a possessive, at extraction only through the lexicon)
            venue = len(key) > 2 and key[-2] in ("'s", "’s") and key[-1] in lex.possessed_org_heads
            # ("Chen Family Tea, the oolong grower": a family's noun inside a name, with words after
            # it, names the family's business; at extraction only)
            family = self.observe is None and len(key) > 2 and any(t in lex.family_nouns for t in key[1:-1])
            # ("La Olivera", a carnival troupe; "Los Pinos": a Spanish article opening a name opens
            # a body's or a thing's, not a person's; at extraction only)
            article = self.observe is None and len(key) > 1 and key[0] in ("la", "las", "los", "el") and c_text[sp.start][:1].isupper()
            # ("Yarrabin CWA", "Kilrush GAA": a name ending on an acronym is a body's; at extraction only)
            acronym = self.observe is None and len(key) > 1 and c_text[sp.end - 1].isalpha() and c_text[sp.end - 1].isupper() \
                and 2 <= len(c_text[sp.end - 1]) <= 5 and key[-1] not in lex.generational_suffixes \
                and not _ROMAN.fullmatch(c_text[sp.end - 1]) \
                and not any(c_text[i].isupper() for i in range(sp.start, sp.end - 1))  # (not a signature in capitals)
            if (any(t in lex.org_keywords for t in key) or amp or venue or family or article or acronym) and len(key) > 1:
                cluster.votes["ORG"] += W_ORG_KEYWORD
                cluster.votes["ORG_KEYWORD"] += 1
            if sp.pair:
                cluster.votes["PERSON"] += W_PERSON_NOUN
            if first_of_pair is not None and sp.start == first_of_pair[1]:
                self.couples.append((first_of_pair[0].root(), cluster.root()))
                self.paired_at[id(cluster.root())] = sp.start
            first_of_pair = None
            if sp.surname is not None:
                cluster.pair_surname = c_text[sp.surname]
                first_of_pair = (cluster, sp.end + 1)  # the partner's name starts after "and"
                self.paired_at[id(cluster.root())] = sp.start
            age = age_after(doc, sp.end) if sp.age and not (self.observe is None and listed_employer(doc, sp.start, sp.end, lex)) else None
            if age is not None:
                cluster.ages.add(age)
                cluster.votes["PERSON"] += W_AGE
            elif self.observe is None and sp.start > 0 and c_low[sp.start - 1].endswith("old") and \
                    age_before(doc, sp.start):
                # "the eldest, 19-year-old Manaia": an age before the name, with no article (not
                # "the 40-year-old Toyota")
                cluster.votes["PERSON"] += W_AGE
            s = sp.start
            if title is not None:
                g, vote = title_reading(self, title)
                cluster.votes["PERSON"] += vote
                if lex.titles[title.lower_] is None:  # an office ("Sen."), not an honorific ("Mr.")
                    cluster.roles.add(lex.role_synonyms.get(title.lower_, title.lower_))
                if g:
                    cluster.genders[g] += 1
                if kind != "name" or len(key) == 1:
                    s, kind = title.i, "title"
            if self.observe is None and sp.end - sp.start > 1 and (g := lex.suffix_honorifics.get(c_low[sp.end - 1])):
                cluster.genders[g] += 1  # ("Osman Bey", "Fatma Hanım": an honorific after the name; extraction only)
            # (the head of "Jeanne du Han de Martigny" is the word the parse hangs the name on)
            self.add(cluster, s, sp.end, kind, head=particle_head(doc, sp.start, sp.end, lex) if self.observe is None else None)
            self.last_seen[id(cluster.root())] = sp.start
            if wed is not None:
                mr_and_mrs(self, cluster, wed, sp.start, sp.end)

    def _full(self, key: tuple[str, ...], at: int, age: Optional[int] = None, gender: Optional[str] = None,
              label: Optional[str] = None) -> _Cluster:
        """A multi-word name: the same first and last word as a known name is the same one
        ("Hillary Rodham Clinton"); a lone earlier surname or first name joins it, unless
        their stated ages differ ("Rosa, 11" is not "her mother, Rosa Quintero, 67") or the
        name's honorific conflicts ("Ms. Joesoef ... her husband, Mr. Iwan Joesoef")."""
        # (sorted once: nothing below changes a cluster or its recency before it returns)
        recent = self._recent_first()
        # ("Ana and Rui Costa, no relation to the Sampaio Costas": not "Rui Sampaio Costa"; extraction only)
        newcomer = no_relation_after(self, at, len(key))
        for c in recent:
            if c.platform:
                continue
            if len(c.key) > 1 and c.key[0] == key[0] and c.key[-1] == key[-1] and not (newcomer and c.key != key):
                if len(key) != len(c.key) and kin_namesake(self, at, c):
                    continue  # "Luis Roche ... four children, ... and Luis Armando Roche"
                if self.observe is None and len(key) == len(c.key) and key != c.key:
                    continue  # ("Yang Min-jun, 12, and Yang Seo-jun, 8", "Haj Ali Ahmadi ... Haj Hassan Ahmadi": two people)
                if self.observe is None and not (set(key) <= set(c.key) or set(c.key) <= set(key)):
                    continue  # ("St Mark's Church" after "St Columba's Presbyterian Church": two churches)
                if len(key) > len(c.key):
                    c.key = key
                return c
        if self.observe is None and label == "PERSON" and len(key) >= 3 and not newcomer and key[-1] not in self.lex.generational_suffixes \
                and not any(w in self.lex.org_keywords or w in self.lex.prize_heads for w in key):
            # ("Xosé Manuel Outeiro Vázquez" after a headline's "Xosé Outeiro": a given name and
            # the first of two surnames, written short first)
            short = [c for c in recent if not c.platform and len(c.key) == 2 and c.key[0] == key[0] and c.key[1] in key[1:-1]
                     and c.person_score() >= 0 and not (age is not None and c.other_age(age))]
            if len(short) == 1 and not kin_namesake(self, at, short[0]):
                short[0].key = key
                return short[0]
        # "De Masi" after "Francesco De Masi", "von der Esch" after "Carl von der Esch": a
        # multi-word surname written without the given name. Only when one person fits, and
        # only a surname that opens with a particle: "Maria Lopez" is not "Ana Maria Lopez".
        longer = [c for c in recent
                  if not c.platform and len(c.key) > len(key) and c.key[-len(key):] == key and c.person_score() >= 0]
        # ... and a double-barrelled surname ("Finch-Amadi" after "Cordelia Finch-Amadi")
        if (key[0] in self.lex.surname_particles or hyphenated(self.doc, at, key)) and len(longer) == 1 \
                and not (self.observe is None and after_noun_or_article(self.doc, at)):  # (not "comte de Martigny")
            return longer[0]
        if self.observe is None and len(key) == 2 and len(longer) == 1 and double_surname(recent, longer[0], key) \
                and age_after(self.doc, at + 2) is not None:  # (an age with it: "Mara Quill" may be a Lena Mara Quill's namesake)
            return longer[0]  # ("Huamán Ccori, 39" after "Rocío Huamán Ccori": her two surnames; doublesurnames.py)
        if self.observe is None and (lead := given_lead(recent, key)) is not None and (len(key) >= 3 or not kin_introduced(self, at)):
            return lead  # ("Paddy Joe" after "Paddy Joe Furlong"; "His granddaughter Maria do Céu" after "Maria do Céu Bento")
        # "Wai-Lun" after "Wai-Lun and Mei Chen": a given name of two words, and its couple's surname
        paired = [c for c in recent if c.pair_surname and not c.platform and c.key[:-1] == key]
        if len(paired) == 1:
            return paired[0]
        held = {id(d[0]) for d in self.deferred}  # "Mr. Chen" that may be either of a couple: no one else
        for c in ([] if newcomer else recent):
            # ("Rosa, 11" is not the "Rosa Quintero, 67" named later; a year's slip is the same person)
            if len(c.key) == 1 and not c.platform and c.key[0] in (key[0], key[-1]) and c.unnamed_text is None and id(c) not in held \
                    and not (age is not None and c.other_age(age)) \
                    and not (gender and _gender_conflict(c, gender)) and not (c.ages and self._after_the(at)) and not self._thing(at, key) \
                    and not other_family(self, c, key, at) and not kin_namesake(self, at, c) and not (self.observe is None and titled_elsewhere(self, c, at)) \
                    and not (self.observe is None and c.key[0] != key[0] and kin_given(self, c)) \
                    and not (self.observe is None and key[-1] in self.lex.org_keywords and c.mentions
                             and all(placed_word(self.doc[m.head], self.lex) for m in c.mentions)) \
                    and not (self.observe is None and c.key[0] == key[-1] and c.mentions and len(key) > 1
                             and untagged_bearer_before(self, self.doc[min(m.head for m in c.mentions)])):  # ("the city of Jeonju ... Jeonju University"; "Ivy Ebanks" untagged, "Ebanks, 70", then "Osbourne Ebanks")
                c.key = key
                return c
        return self.new(key=key)

    def _partial(self, word: str, at: int, gender: Optional[str] = None, hint: Optional[str] = None,
                 titled: Optional[str] = None) -> tuple[Optional[_Cluster], str]:
        """A one-word name: the surname or first name of a full name, or an ORG's last word or
        acronym. Two Okafors stay two people: a bare "Okafor" goes to the one named in this or
        the previous sentence, else to the one mentioned most so far (the article's subject:
        "Clinton" is Hillary in a piece that names Bill once), else to the latest. A gendered
        title ("Mrs. Clinton") rules out the other gender, and so, between two candidates, does
        the pronoun right after ("Vidal said she ..." after Rosa and Tomas Vidal)."""
        found: list[tuple[_Cluster, str]] = []
        for c in self._recent_first():
            if c.platform or len(c.key) < 2:
                continue
            person = c.person_score() >= 0
            # ("Mr Fok" after "Albert Fok Kwok-leung", "Ms Ho" after "Ho Wing-sze": a Cantonese
            # given name of two hyphened syllables ends the name, the surname is before it; in
            # extraction only)
            given = self.observe is None and person and len(c.key) >= 3 and syllabic_given(c)
            if given:
                if c.key[-3] == word:
                    found.append((c, "surname"))
                elif len(c.key) > 3 and c.key[0] == word:
                    found.append((c, "firstname"))  # ("Raymond" of "Raymond Leung Wai-kin": an English name first)
            elif c.key[-1] == word:
                if self.observe is None and not person and "of" in c.key[1:-1]:
                    continue  # ("Yarrabin" after "the Shire of Yarrabin": the place the body is of; extraction only)
                found.append((c, "surname" if person else "name"))
            elif self.observe is None and person and len(c.key) >= 3 and c.key[-2] == word and ((titled and len(c.key) >= 4) or any(
                    m.kind == "name" and text_of(self.doc)[m.start : m.end].lower().split() == [c.key[0], word] for m in c.mentions)):
                found.append((c, "surname"))  # ("Outeiro" of "Xosé Manuel Outeiro Vázquez", once written "Xosé Outeiro")
            elif c.key[0] == word and person and not given and not (self.observe is None and of_paper(self.doc, c)):
                found.append((c, "firstname"))
            elif self.observe is None and len(c.key) >= 3 and word in c.key[1:-1] and person and _NICK_MARKS & set(c.unlowered or ()):
                found.append((c, "firstname"))  # "Dot" after 'Dorothy "Dot" Kessler' (extraction only)
            elif c.key[0] == word and c.votes["ORG_KEYWORD"] and not (self.observe is None and (placed_word(self.doc[at], self.lex) or titled
                                                                                                 or town_before_noun(self.doc, at, c.key, self.lex))):
                # "Brenton" after Brenton Athletic: a club or firm is called by its first word
                # (not the place it is named after: "the city of Jeonju")
                found.append((c, "org_short"))
            elif len(word) > 1 and word == _acronym(c.key):
                found.append((c, "name"))
        if self.observe is None:
            # ("Baba Nyasha", father of Nyasha, then "Nyasha said": the child's given name, not a
            # surname of the teknonym; extraction only)
            found = [f for f in found if not (f[1] == "surname" and len(f[0].key) == 2 and f[0].key[0] in self.lex.teknonym_words)]
        aged = self.observe is None and age_after(self.doc, at + 1) is not None
        if aged or (self.observe is None and kin_apposed_name(self.doc[at : at + 1], self.lex)):
            # ("Kahu, 19" is nobody's "Te Rōpū o Ngāti Kahu"; "his grandmother, Clémence" nobody's "Maison Clémence")
            found = [f for f in found if f[0].root().person_score() >= 0]
        if not found and self.observe is None and len(word) >= 3 and not aged:
            # ("Alderman Reginald Tonkin ... Reg died on 6 February": a first name written short,
            # when one full name alone opens with it; in extraction only; not one given an age
            # of its own, "three children: Kahu, 19, Mere, 17", somebody new)
            short = [c for c in self._recent_first() if not c.platform and len(c.key) >= 2 and c.person_score() >= 0
                     and len(c.key[0]) > len(word) + 1 and c.key[0].startswith(word)]
            if len({id(c.root()) for c in short}) == 1:
                found.append((short[0], "firstname"))
        if any(k == "surname" for _, k in found):
            # "Achterberg, whose mother ..." after Rosalind Achterberg and the Achterberg Puppet
            # Theatre: the person whose surname it is, not a company whose name it opens; and
            # "Mr Finch said" after Marlowe & Finch and Hugh Finch: nor one whose name it ends
            found = [f for f in found if f[0].root().is_person_like() or f[1] == "surname"]
        if gender:
            # A gendered title that conflicts with what is known of every candidate is somebody
            # else of that surname ("Mrs. Clinton" after a Bill Clinton who is "he").
            found = [f for f in found if not _gender_conflict(f[0], gender)]
            if self.observe is None and all(kin_gender(self, f[0]) not in (None, gender) for f in found):
                found = []  # ("Mrs Grant" with none but "his uncle, Hector Grant" before: somebody else)
        # (not a house named for the family, "Casa Quintana", over the one it is named for)
        houses = [f for f in found if not f[0].root().is_person_like() and f[0].root().key[0] in self.lex.org_openers] if self.observe is None else []
        only_houses = len(houses) == len(found)  # (also when none was found)
        if not only_houses and houses:
            found = [f for f in found if f not in houses]  # ("Outeiro" beside "Obradoiro Outeiro" and "Xosé Outeiro")
        if self.observe is None and only_houses:
            # ("Ms Quispe" after "Rosa Quispe Huamán": the first of two surnames, as Spanish names are written,
            # titled or bare: "Quispe, 63, is still its president")
            # (or the first, as Chinese names are written: "Ms Khoo" after "Khoo Mei Ling", titled only)
            found = [(c, "surname") for c in self._recent_first() if not c.platform and len(c.key) == 3 and word in (c.key[:2] if titled else c.key[1:2])
                     and len(c.unlowered) == 3 and c.person_score() >= 0 and not (gender and _gender_conflict(c, gender))][:1] or found
        if self.observe is None and at > 1 and self._cols.lower[at - 1] in ("elder", "younger") and self._cols.lower[at - 2] == "the":
            found = elder_bearer(self, found, self._cols.lower[at - 1] == "elder")
        return pick_bearer(self, word, at, found, gender, hint, titled)

    def _in_lede(self, c: _Cluster, under_headline: bool = False) -> bool:
        """Whether the person is named in the text's first sentence (at extraction, past a desk
        line, "OBITUARIES | TOBAGO", and with ``under_headline``, after a headline, the sentence
        under it as well)."""
        if self.observe is not None:
            first = next((t.i for t in self.doc if not t.is_space), None)
            return first is not None and any(self.sent_of[m.head] == self.sent_of[first] for m in c.root().mentions)
        desk = desk_tokens(self.doc)
        first = next((t.i for t in self.doc if not t.is_space and t.i not in desk), None)
        if first is None:
            return False
        lede = {self.sent_of[first]}
        end = self.doc[first].sent.end  # (the next sentence's first token)
        if under_headline and first < end < len(self.doc) and self.doc[end - 1].is_space and "\n" in self.doc[end - 1].text:
            last = next((t for t in reversed(self.doc[first:end]) if not t.is_space), None)
            if last is not None and last.text not in (".", "!", "?", '"', "\u201d", ":"):
                lede.add(self.sent_of[end])  # (a headline: a line with no full stop)
        return any(self.sent_of[m.head] in lede for m in c.root().mentions)

    def _recent_first(self) -> list[_Cluster]:
        # (asked per name: each cluster's root climbed once, not twice)
        roots = {id(r): r for r in map(_Cluster.root, self.clusters)}
        last_seen = self.last_seen
        return sorted(roots.values(), key=lambda c: -last_seen.get(id(c), -1))

    def _subject_over_relative(self, named: _Cluster, others: list[_Cluster], before: Optional[int] = None) -> Optional[_Cluster]:
        """"He was the son of Meier Bernheimer ... Bernheimer bought a café": someone named only
        as a relative in passing (before token ``before``) is not who a surname means when
        another person of it is named as often; the most mentioned of those, else None."""
        rivals = [c for c in others if len(c.root().mentions) >= len(named.root().mentions)]
        if rivals and self._only_a_relative(named, before):
            return max(self._not_relatives(rivals, before), key=lambda c: len(c.root().mentions))
        subjects = passing_agent(self, named, before, rivals)
        return max(subjects, key=lambda c: len(c.root().mentions)) if subjects else None

    def _last_before(self, c: _Cluster, i: int) -> int:
        before = [m.head for m in c.root().mentions if m.head < i]
        return max(before) if before else -len(self.doc) + min((m.head for m in c.root().mentions), default=0)

    # ---- output ---------------------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        return entities_of(self)

def name_passes(b: _Builder) -> None:
    """Everything before pronouns are resolved: names, their clusters and the evidence of their
    type (the ranker's training runs the same, then resolves with its own model)."""
    b.cluster_names(_name_spans(b.doc, b.lex, b.sent_start_of, drop_common=b.observe is None))
    rescan_names(b)
    rescan_shared_surnames(b)  # "Kamau Njoroge is married to Mary Njoroge", the first untagged (rescan.py)
    known_as_aliases(b)  # "Sebastião Ferreira da Silva, known as Seu Tião" (knownas.py)
    as_called_aliases(b)  # "Tante Riet, as regulars call Henriëtte Bos", "Krishna Dutta, whom the para calls Krishna Mashi"
    or_aliases(b)  # "a 1998 coach the players call Mormor, or Granny" (oraliases.py)
    name_evidence(b)
    lifespan_evidence(b)
    context_evidence(b)
    lede_descriptor(b)
    org_short_forms(b)


def extract_entities(doc: Doc, model: Optional[Ranker] = None) -> list[Entity]:
    """The entity stage; ``model`` instead of the shipped ranker (cross-validation of the stage)."""
    b = _Builder(doc, lexicon())
    b.model = model
    name_passes(b)
    b.resolve()
    join_late_surnames(b)  # "Ivy Ebanks" untagged, "said Ebanks, 70", "Osbourne Ebanks" (latesurnames.py)
    join_described_kin(b)  # "her late father started ... the late Lalith ... her father" (kinplaceholders.py)
    birth_names(b)
    aliases(b)
    settle(b)
    settle_wedding(b)
    drop_outvoted_reports(b)
    quoted_pronouns(b)
    return b.entities()
