"""Pass 2's second look at the words: occurrences of a name already clustered that spaCy did
not tag, joined to the right cluster (the full name written again, a lone surname or first name,
a titled surname by its honorific's gender)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.extractors.entities.agewords import age_said_with
from dateline.extractors.entities.clusters import _Cluster, _gender_conflict, _merge, family_name_first
from dateline.extractors.entities.eponyms import no_name_tokens
from dateline.extractors.entities.honorifics import business_cluster, by_title, titled_business
from dateline.extractors.entities.lexicon import AGENT_DEPS, W_SHAPE
from dateline.extractors.entities.mastheads import desk_tokens, of_paper
from dateline.extractors.entities.namesakes import NAMESAKE_OPENERS, titled_thing
from dateline.extractors.entities.nameshapes import INSTITUTION_HEADS
from dateline.extractors.entities.places import dateline_tokens
from dateline.extractors.entities.surnames import kin_of_the_subject, living_over_dead
from dateline.extractors.entities.syntax import _family_modifier, _is_name_token, _key, same_paragraph
from dateline.nlp import columns, text_of, tokens_in, tokens_of

if TYPE_CHECKING:
    from dateline.extractors.entities.builder import _Builder


def rescan_full_names(b: _Builder) -> None:
    """A person's full name written again where spaCy tagged nothing ("Hugh Finch and his
    wife ..." after "Hugh Finch, 67,"): the same person, not a latent name of its own."""
    doc = b.doc
    full = {c.key: c for c in {id(c.root()): c.root() for c in b.clusters}.values()
            if 1 < len(c.key) < 5 and not c.platform and c.is_person_like()}
    if not full:
        return
    # token columns, not doc[i]: this scans every word of the article
    cols = columns(doc)
    words, lower = cols.text, cols.lower
    firsts = {k[0] for k in full}
    i, n = 0, len(doc)
    # (only a full name's first word can start one: those words' indices in text order, past
    # the last name found, rather than a step per word of the article)
    for at in tokens_in(doc, "lower", firsts):
        if at < i:
            continue
        i = at
        hit = None
        if i not in b.covered and lower[i] in firsts and words[i][:1].isupper():
            for j in range(i + 2, min(i + 6, n) + 1):
                if any(k in b.covered for k in range(i, j)) or b.sent_of[j - 1] != b.sent_of[i]:
                    break
                c = full.get(_key(doc, i, j))
                if c is not None and words[j - 1][:1].isupper():
                    hit = (j, c)
        if hit is None:
            continue
        j, c = hit
        if b.observe is None and len(c.key) < 4 and j < n and j not in b.covered and b.sent_of[j] == b.sent_of[i] \
                and cols.tag[j] == "NNP" and words[j][:1].isupper() and words[j][1:].islower() and words[j].isalpha() \
                and not _named_after_them(b, lower[j]) \
                and not (j + 1 < n and words[j + 1][:1].isupper() and words[j + 1].isalpha()):
            # ("Nicanor Osorio Villanueva, the mask maker ..." after a headline's "Nicanor Osorio":
            # the full name runs on over the second surname; at extraction only)
            c.key = _key(doc, i, j + 1)
            j += 1
        b.add(c, i, j, "name")
        i = j


# what is named after a person ("the Tui Hakaraia Room", "the Ada Lowe Trophy"): no surname
_NAMED_FOR_THEM = frozenset({"room", "hall", "wing", "ward", "library", "lodge", "suite", "house", "centre", "center", "building",
                             "gallery", "garden", "gardens", "park", "street", "road", "lane", "avenue", "way", "drive", "close",
                             "square", "place", "court", "bridge", "trophy", "cup", "shield", "medal", "prize", "award", "bursary",
                             "scholarship", "fund", "foundation", "trust", "memorial", "lecture", "stadium", "field", "ground",
                             "pavilion", "stand", "theatre", "chapel", "school", "college", "institute", "walk", "trail", "race"})


def _named_after_them(b: _Builder, word: str) -> bool:
    lex = b.lex
    return word in _NAMED_FOR_THEM or word in lex.org_keywords or word in lex.place_heads or word in lex.group_nouns or word in lex.prize_heads


def rescan_hyphened_given_names(b: _Builder) -> None:
    """'Lee Da-eun, 36, ... Da-eun and her husband': a given name written with a hyphen after the
    family name, as Korean names are romanised, is the person's when written alone (the tokenizer
    splits it, so the tagger and the rescan of single words miss it). At extraction only."""
    given: dict[tuple[str, str], _Cluster] = {}
    for c in {id(c.root()): c.root() for c in b.clusters}.values():
        if family_name_first(c) and c.is_person_like() and not c.platform:
            given.setdefault((c.unlowered[1].lower(), c.unlowered[3].lower()), c)
    if not given:
        return
    cols = columns(b.doc)
    words, lower = cols.text, cols.lower
    n = len(b.doc)
    for i in tokens_in(b.doc, "lower", {k[0] for k in given}):
        if i + 2 >= n or words[i + 1] != "-" or not words[i][:1].isupper() or any(k in b.covered for k in range(i, i + 3)):
            continue
        if b.doc[i].whitespace_ or b.doc[i + 1].whitespace_:
            continue  # (written as one word: not "Won - yong is a Korean given name", spaced as a list's tokens)
        bearer = given.get((lower[i], lower[i + 2]))
        if bearer is not None and not (i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha()):
            b.add(bearer, i, i + 3, "firstname", head=i + 2)


def rescan_org_prefixes(b: _Builder) -> None:
    """An organisation written without the generic last word of its name ("Coast 104" after
    the masthead "Coast 104 News", "Ardley Sound" for "Ardley Sound FM"), which the tagger
    left untagged or took for something else: the same organisation (patterns key
    org_name_tails), two words at least. In extraction only."""
    if b.observe is not None:
        return
    doc, tails = b.doc, b.lex.org_name_tails
    roots = list({id(c.root()): c.root() for c in b.clusters}.values())
    orgs = [c for c in roots if len(c.key) > 2 and not c.platform and not c.is_person_like()]
    merging = {c.key[:-1]: c for c in orgs if c.key[-1] in tails | b.lex.org_merge_tails}
    initialled = {c.key[1:]: c for c in orgs if len(c.key) > 3 and len(c.key[0].rstrip(".")) == 1 and c.key[0][:1].isalpha()}
    for c in roots:
        # ("Vale Sound" tagged an organisation of its own beside "Vale Sound FM", "Corran State"
        # beside "Corran State University": one; a person-like short form stays, as "Harold
        # Finch" beside "Harold Finch Ltd" is the man)
        into = merging.get(c.key)
        if into is not None and into.root() is not c and not c.platform and not c.is_person_like():
            _merge(into, c)
        # ("A. Fernando & Sons Seafoods" and "Fernando & Sons Seafoods": a founder's initial dropped)
        into = initialled.get(c.key)
        if into is not None and into.root() is not c.root() and not c.platform and not c.is_person_like():
            _merge(into.root(), c)
    _group_short_forms(orgs, roots)
    prefixes = {c.key[:-1]: c for c in orgs if c.key[-1] in tails}
    if not prefixes:
        return
    cols = columns(doc)
    lower, words = cols.lower, cols.text
    firsts = {k[0] for k in prefixes}
    for i in tokens_in(doc, "lower", firsts):
        if not words[i][:1].isupper() or i in b.covered:
            continue
        for key, c in prefixes.items():
            j = i + len(key)
            if (j <= len(doc) and tuple(lower[i:j]) == key and not any(k in b.covered for k in range(i, j))
                    and (j == len(doc) or (lower[j] != c.key[-1] and not words[j][:1].isupper()))):
                b.add(c, i, j, "name")
                break


# a group's name ends on its kind; news calls it by the words before ("Silver Wave" for "Silver
# Wave Steel Orchestra"). Not a school's, a trust's or a hospital's: those are named after people.
_GROUP_KINDS = frozenset({"orchestra", "band", "choir", "chorus", "ensemble", "players", "singers"})


def _group_short_forms(orgs: list[_Cluster], roots: list[_Cluster]) -> None:
    """A name of two words or more that opens a group's longer name, with no age or gendered
    word of its own, is that group ("Silver Wave" beside "Silver Wave Steel Orchestra"),
    whatever type its own mentions voted for (at extraction only, as the caller)."""
    groups = [o for o in orgs if o.key[-1] in _GROUP_KINDS]
    for c in roots:
        if len(c.key) < 2 or c.platform or c.ages or c.genders or c.root() is not c:
            continue
        into = next((o for o in groups if len(o.key) > len(c.key) and o.key[: len(c.key)] == c.key and o.root() is not c), None)
        if into is not None:
            _merge(into.root(), c)


def _apposed_to_kin(b: _Builder, c: _Cluster) -> bool:
    """The name is apposed to a kin noun somewhere ("his wife, Nuala")."""
    doc, kin = b.doc, b.lex.relative_nouns
    return any(doc[m.head].dep_ == "appos" and doc[m.head].head.lemma_.lower() in kin for m in c.mentions if m.kind == "name")


_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "around", "of"})


def _place_use(doc, tok) -> bool:
    """The word stands as a place: after a preposition of place ("in Penal"), or before a
    lower-case noun it modifies ("the Penal route", "Penal crossing death")."""
    left = doc[tok.i - 1] if tok.i > 0 else None
    right = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (left is not None and left.lower_ in _PLACE_PREPS) or (right is not None and right.is_lower and right.pos_ == "NOUN")


def _tagged_org(b: _Builder, c: _Cluster) -> bool:
    """Every name mention of the cluster is one the tagger labelled an organisation."""
    names = [m for m in c.mentions if m.kind == "name"]
    return bool(names) and all(b.doc[m.head].ent_type_ == "ORG" for m in names)


def rescan_names(b: _Builder) -> None:
    """Occurrences of a known name that spaCy did not tag ("Luna" in one sentence but not
    the next)."""
    rescan_full_names(b)
    rescan_org_prefixes(b)
    if b.observe is None:
        rescan_hyphened_given_names(b)
    doc, lex = b.doc, b.lex
    words: dict[str, list[_Cluster]] = {}
    # the first words of names of three words or more the tagger called an organisation each time
    org_firsts: dict[str, list[_Cluster]] = {}
    text = text_of(doc)
    for c in {id(c.root()): c.root() for c in b.clusters}.values():
        if not c.key:
            continue
        if len(c.key) == 1:
            words.setdefault(c.key[0], []).append(c)
        elif not c.platform and c.person_score() >= 0:
            words.setdefault(c.key[-1], []).append(c)
            words.setdefault(c.key[0], []).append(c)
            if b.observe is None and len(c.key) > 2 and _tagged_org(b, c):
                org_firsts.setdefault(c.key[0], []).append(c)
            if b.observe is None and len(c.key) == 3 and len(c.unlowered) == 3:
                # ("Hernán Rojas Páez ... Rojas, who ran the league": the first of two surnames, as
                # Spanish names are written; at extraction only)
                words.setdefault(c.key[1], []).append(c)
        elif b.observe is None and not c.platform and len(c.key) > 2 and c.key[-1] in INSTITUTION_HEADS and any(m.kind == "name" and text[m.start : m.end].lower() == c.key[0] for m in c.mentions):
            # ("Drostdy" for "Drostdy Boys' High School", the short form tagged once and merged:
            # the same short form untagged elsewhere is the school too; only for an institution's
            # long name, where the short form is no band's or a person's)
            words.setdefault(c.key[0], []).append(c)
    toks = tokens_of(doc)
    # the known names' words from the Doc's index of its lower-cased words: most words are no
    # known name, and reading ``lower_`` off each Token looked its string up anew
    wire = dateline_tokens(doc) | no_name_tokens(doc, lex) | desk_tokens(doc) if b.observe is None else frozenset()
    for i in tokens_in(doc, "lower", words):
        if i in b.covered or i in wire:
            continue  # (nor a wire dateline's place: "BUWALIRA — Three hundred guests ... at Buwalira"; nor a desk line's, "BUSINESS | CUENCA")
        tok = toks[i]
        if _family_modifier(tok, lex):
            continue
        if tok.lower_ in org_firsts and len(words[tok.lower_]) == len(org_firsts[tok.lower_]) and _place_use(doc, tok):
            continue  # ("Penal Food Basket" opens on its town: "in Penal", "the Penal route" are the town)
        # Any tag for a word of a full person name; a one-word name needs a name-like tag.
        from_full = any(len(c.key) > 1 for c in words[tok.lower_])
        # A one-word name already found opens a sentence tagged as a common noun ("Hicks
        # then sent ..." tagged NNS).
        opener = tok.is_sent_start and tok.tag_ in ("NN", "NNS") and tok.text[1:].islower()
        if not (_is_name_token(tok, loose=True, known=from_full) or opener):
            continue
        if tok.lower_ in lex.titles:
            continue
        # A known person's surname tagged as a place or a title ("Schiff" LOC) is still the
        # person when it acts: subject, possessor or object of a verb.
        # (and, in extraction only, a one-word name already a person's: "Jordan, 31, Kezia, 28,
        # ... Kezia, who runs front of house" with the second "Kezia" tagged GPE; "his wife, Nuala
        # ... Pádraig and Nuala have three children": a kin noun's gender says a person)
        if tok.ent_type_ not in ("", "PERSON", "ORG") and not (
            (tok.dep_ in AGENT_DEPS or (b.observe is None and (_subject_of_next(tok) or _joined_agent(tok))))
            and any(c.person_score() >= 0 and (len(c.key) > 1 or (b.observe is None and (c.ages or _apposed_to_kin(b, c) or _relabelled_person(b, c))))
                    for c in words[tok.lower_])
        ):
            continue
        left = doc[tok.i - 1] if tok.i > 0 else None
        right = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (left is not None and _is_name_token(left) and left.lower_ not in lex.titles) or (
            right is not None and _is_name_token(right)
        ):
            continue
        # (the masthead's paper is called by its last word: "half of Rosevale" is the town)
        roots = {id(c.root()): c.root() for c in words[tok.lower_]
                 if not (b.observe is None and c.key[-1] != tok.lower_ and of_paper(doc, c.root()))}
        if not roots:
            continue
        last = {k: b._last_before(c, tok.i) for k, c in roots.items()}
        cands = sorted(roots.values(), key=lambda c: -last[id(c)])
        # "Rosalind Achterberg ... the Achterberg Puppet Theatre ... Achterberg, whose
        # mother": the person whose surname it is, not an organisation it merely opens
        surnamed = [c for c in cands if len(c.key) > 1 and c.key[-1] == tok.lower_ and c.person_score() >= 0]
        if surnamed:
            cands = [c for c in cands if c in surnamed or c.key[-1] == tok.lower_ or c.person_score() >= 0]
        if b.observe is None and len(cands) > 1:
            # ("The 68-year-old Raghunathan" after "her father, K. Raghunathan, 68": an age said
            # with the name rules out a bearer whose stated age differs, as for a tagged surname)
            age = age_said_with(doc, tok.i)
            if age is not None:
                cands = [c for c in cands if not c.other_age(age)] or cands
        if b.observe is None and len(cands) > 1:
            # ("the late Ruth Phiri ... That boat, the Mama Ruth ... Ruth and Moses had five
            # children": the woman, not the thing named after her)
            cands = [c for c in cands if not titled_thing(b.doc, c, lex.titles)] or cands
        tg = lex.titles.get(left.lower_) if left is not None and left.text[:1].isupper() else None
        if tg and b.observe is None and titled_business(doc, tok.i - 1, tok.i + 1, lex.honorifics):
            business_cluster(b, tok.i - 1, tok.i + 1, (tok.lower_,))  # "Miss Ivy's, on Soho Road"
            continue
        if tg:
            # "Mrs Dunstan" after "Frank Dunstan ... her husband": the woman of that name
            cands = [c for c in cands if not _gender_conflict(c, tg)]
            if not cands:
                continue
            if len(cands) > 1 and left is not None:
                cands = by_title(b, cands, left.lower_)
        if b.observe is None and all(last[id(c)] < 0 for c in cands) and untagged_bearer_before(b, tok):
            continue  # ("Ivy Ebanks taught ... Ebanks, 70, ..." untagged, before "Osbourne Ebanks": hers, not his)
        cluster = cands[0]
        # Same policy as for tagged surnames: the one just named, else the most mentioned,
        # of those already named ("During Alger's term" means the Alger of the first line,
        # not a brother the text names only later, however often)
        if len(cands) > 1:
            named = [c for c in cands if last[id(c)] >= 0]
            if not named and b.observe is None and _in_headline(doc, tok.i):
                # ("Asante double sends Koforidua Lions up" over "Captain Kwabena Asante ... striker
                # Ibrahim Asante": a headline's surname before any of its bearers is the first the
                # text goes on to name, not the last; at extraction only)
                cluster = min(cands, key=lambda c: last[id(c)])
            elif b.sent_of[tok.i] - b.sent_of[max(last[id(cluster)], 0)] > 1 and not (tg and b.observe is None and same_paragraph(b.doc, max(last[id(cluster)], 0), tok.i)):
                pool = named or cands
                if not tg:
                    # (as for a tagged surname: not the one the text says died, when another lives)
                    pool = [f[0] for f in living_over_dead(b, [(c, "surname") for c in pool])]
                cluster = max(pool, key=lambda c: len(c.mentions))
            else:
                others = [c for c in named if c is not cluster]
                # ("... his nephew, Cuthbert Greaves, the son of his late brother, Lionel Greaves.
                # ¶ Greaves and his wife": the one the article opened on, as for a tagged surname)
                cluster = kin_of_the_subject(b, tok.i, cluster, others) or b._subject_over_relative(cluster, others, tok.i) or cluster
        if b.observe is None and (apposed := _namesake_apposed(b, tok)) is not None:
            cluster = apposed  # ("Another Ferreira, Paulo Ferreira, 47, no relation": the name set off after it)
        if len(cluster.key) == 1:
            kind = "name"
        else:
            kind = "surname" if cluster.key[-1] == tok.lower_ else "firstname"
        s = tok.i
        if left is not None and left.lower_ in lex.titles and kind != "name":
            s, kind = left.i, "title"
        b.add(cluster, s, tok.i + 1, kind, head=tok.i)


def untagged_bearer_before(b: "_Builder", tok) -> bool:
    """A capitalised given name right before the same surname earlier in the text, outside
    every name found (the tagger missed "Ivy Ebanks" where the article opens)."""
    doc = b.doc
    for k in tokens_in(doc, "lower", {tok.lower_}):
        if k >= tok.i:
            break
        if k > 0 and k not in b.covered and k - 1 not in b.covered and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() \
                and doc[k - 1].text.isalpha() and doc[k - 1].lower_ not in b.lex.titles:
            return True
    return False


def _in_headline(doc, i: int) -> bool:
    """Token ``i`` stands in a short line among the text's first that ends on no full stop: a
    headline ("Asante double sends Koforidua Lions up"), not the body's first sentence."""
    text = text_of(doc)
    at = doc[i].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end].strip() if end >= 0 else ""
    return bool(line) and len(line.split()) <= 16 and line[-1] not in ".?!\"”'’" and text.count("\n", 0, start) <= 6


def _joined_agent(tok) -> bool:
    """'Wiremu and Aroha married in 1994', the second name tagged a place: a name joined by
    "and" to a subject or an object acts as that one does."""
    return tok.dep_ == "conj" and tok.head.dep_ in AGENT_DEPS and tok.head.pos_ == "PROPN"


def _subject_of_next(tok) -> bool:
    """'... an engineer at Transnet and Thandeka teaches maths': a word the parser joined to the
    object before, right before a joined verb with no subject of its own, is that verb's subject."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (nxt is not None and nxt.pos_ == "VERB" and nxt.dep_ == "conj" and tok.i > 0 and doc[tok.i - 1].lower_ in ("and", "but")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children))


def org_short_forms(b: _Builder) -> None:
    """'Spur Tree' after 'Spur Tree Furniture', 'A spokeswoman for Tak Shing' after 'Tak Shing
    Soy Sauce Factory Limited': the first two words or more of a company's name that the text
    named in full before (a name with an organisation's word in it) are that company, when
    nothing but the tagger and the shape of a name makes them somebody's: no title, age, gender
    or person's noun of their own, no speech or life verb, and no "by" before them ("Harold Finch
    Ltd, founded by Harold Finch"). Before pronouns are resolved, so that none goes to the
    company as to a person (at extraction only)."""
    if b.observe is not None:
        return
    roots = list({id(c.root()): c.root() for c in b.clusters}.values())
    orgs = [c for c in roots if len(c.key) > 2 and not c.platform and c.votes["ORG_KEYWORD"] and not c.is_person_like()]
    if not orgs:
        return
    doc = b.doc
    for c in roots:
        if len(c.key) < 2 or c.platform or c.ages or c.genders or c.roles or not c.mentions \
                or any(m.kind != "name" for m in c.mentions):
            continue
        # (the tagger's label, one vote a mention, and a name's shape, one: nothing else)
        if c.votes["PERSON"] > len(c.mentions) + W_SHAPE:
            continue
        first = min(m.start for m in c.mentions)
        into = next((o for o in orgs if len(o.key) > len(c.key) and o.key[: len(c.key)] == c.key
                     and min(m.start for m in o.mentions) < first), None)
        if into is None or any(doc[m.head].dep_ == "pobj" and doc[m.head].head.lower_ == "by" for m in c.mentions):
            continue
        _merge(into, c)


def _relabelled_person(b, c) -> bool:
    """A one-word name the name pass made a person over the tagger's place ("Sutrisno and his
    wife, Sri Rejeki", each "Sutrisno" tagged GPE): the same word acting elsewhere is that person."""
    return any(m.kind == "name" and b.doc[m.head].ent_type_ in ("GPE", "LOC") for m in c.mentions) and c.votes["PERSON"] > 0


def _namesake_apposed(b: _Builder, tok):
    """'Another Ferreira, Paulo Ferreira, 47, no relation': a bare surname after "another" (or
    "a different") with a full name of that surname set off right after it is that full name's
    person, a namesake, not the one of that surname the text named before."""
    doc = b.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or NAMESAKE_OPENERS.search(text_of(doc)[max(0, tok.idx - 20) : tok.idx]) is None:
        return None
    after = b.covered.get(tok.i + 2)
    if after is None:
        return None
    after = after.root()
    return after if len(after.key) > 1 and after.key[-1] == tok.lower_ else None


def rescan_shared_surnames(b: _Builder) -> None:
    """'Kamau Njoroge is married to Mary Njoroge': a given name and a known person's surname,
    both untagged and the first a modifier of the second, are a person of that family (a
    sentence's first words the small model often leaves untagged). At extraction only."""
    if b.observe is not None:
        return
    roots = {id(c.root()): c.root() for c in b.clusters}.values()
    people = [c for c in roots if len(c.key) > 1 and not c.platform and c.is_person_like()]
    surnames = {c.key[-1] for c in people}
    if not surnames:
        return
    keys = {c.key for c in people}
    doc, lex = b.doc, b.lex
    cols = columns(doc)
    text, lower, tag, dep, head, ent = cols.text, cols.lower, cols.tag, cols.dep, cols.head, cols.ent_type
    n = len(doc)
    for j in tokens_in(doc, "lower", surnames):
        i = j - 1
        if i < 0 or i in b.covered or j in b.covered or tag[i] != "NNP" or tag[j] != "NNP" or dep[i] != "compound" or head[i] != j:
            continue
        if not (text[i][:1].isupper() and text[i][1:].isalpha() and text[i][1:].islower()) or not text[j][:1].isupper():
            continue
        if ent[i] not in ("", "PERSON") or ent[j] not in ("", "PERSON") or (lower[i], lower[j]) in keys:
            continue
        if lower[i] in lex.titles or lower[i] in lex.org_keywords or lower[i] in lex.not_names or lower[i] in lex.person_nouns:
            continue
        if (i > 0 and text[i - 1][:1].isupper() and not cols.is_punct[i - 1]) or (j + 1 < n and text[j + 1][:1].isupper()):
            continue  # (part of a longer name)
        c = b.new(key=(lower[i], lower[j]))
        c.votes["PERSON"] += W_SHAPE
        b.add(c, i, j + 1, "name")
