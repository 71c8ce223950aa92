"""Definite descriptors ("the coach", "her husband", "the commission", "a spokeswoman for X,
Leah Dunmore"): the noun phrase's span and the cluster it names, for pass 3."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.agedescriptors import age_descriptor, new_age_of_subject
from dateline.extractors.entities.agewords import job_like, stated_age
from dateline.extractors.entities.clusters import _Cluster, _gender_conflict, _merge
from dateline.extractors.entities.common import (
    fronted_kin,
    fronted_kin_named,
    name_before_subject_kin,
    placed_kin,
    previous_subject,
)
from dateline.extractors.entities.kinwords import joined_to_plural_kin
from dateline.extractors.entities.lexicon import DESCRIPTOR_WINDOW
from dateline.extractors.entities.mastheads import cue_tokens, of_paper
from dateline.extractors.entities.namedhere import _named_by_copula, named_here
from dateline.extractors.entities.notices import death_notice_kin, notice_subject
from dateline.extractors.entities.orgnouns import (
    _called_so_before,
    _kind_clash,
    _named_with,
    _only_a_modifier,
    _only_left,
    _only_one_before,
    _team_like,
)
from dateline.extractors.entities.parties import party_of
from dateline.extractors.entities.postholders import given_the_post
from dateline.extractors.entities.setoff import org_set_off
from dateline.extractors.entities.syntax import _runs_on, _speaker_position

if TYPE_CHECKING:
    from dateline.extractors.entities.pronouns import _Resolver



def compound_gender(res: "_Resolver", tok: Token) -> Optional[str]:
    for ch in tok.children:
        if ch.dep_ in ("compound", "amod") and ch.lower_ in res.lex.gendered:
            return res.lex.gendered[ch.lower_]
    return None


def ex_prefix(res: "_Resolver", tok: Token) -> Optional[int]:
    """Start of "His ex-wife" when the parser has split "ex-" off as words of its own."""
    i = tok.i
    if i >= 3 and res.doc[i - 1].text == "-" and res.doc[i - 2].lower_ == "ex":
        return i - 3 if res.doc[i - 3].tag_ in ("PRP$", "POS", "DT") else i - 2
    return None


def np_bounds(res: "_Resolver", tok: Token) -> tuple[int, int]:
    s = tok.i
    ex = ex_prefix(res, tok)
    if ex is not None:
        s = ex
    for ch in tok.lefts:
        # `Riverside FC have sacked manager Paul Hendry` parsed with `sacked` as a modifier
        # of `manager`: a verb with its own subject or auxiliary is a clause, not part of
        # the noun phrase.
        if ch.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in ch.children):
            continue
        if ch.dep_ in ("det", "amod", "nummod", "compound", "poss", "npadvmod", "quantmod", "nmod"):
            s = min(s, ch.left_edge.i)
    e = tok.i + 1
    for ch in tok.rights:
        if ch.dep_ == "prep" and ch.lower_ == "of" and any(g.like_num for g in ch.children):
            e = max(e, ch.right_edge.i + 1)
    while s < tok.i and (res.doc[s].is_punct or not res.doc[s].text.strip()):
        s += 1
    return s, e


# nouns that say only that one is a person (and which sex): no role, no kin
_PLAIN_PEOPLE = frozenset({"man", "woman", "boy", "girl", "gentleman", "lady"})


def _after_semicolon(res: "_Resolver", subj: Token, be: Token) -> Optional[int]:
    """'... and has a son, Oscar, 4; Hamish, 35, is an analyst': the parser hangs the next item
    of the list on the subject; the name after the last semicolon before the verb is its
    subject (at extraction only)."""
    semi = max((k for k in range(subj.i + 1, be.i) if res.doc[k].text == ";"), default=None)
    if semi is None:
        return None
    names = [a.i for a in subj.children if a.dep_ == "appos" and semi < a.i < be.i and a.i in res.covered]
    return names[0] if names and res.covered[names[0]].root().is_person_like() else None


def related_to(tok: Token) -> bool:
    """'Sargsyan is not related to the former president': the one a relation is said or denied
    with is somebody other than the clause's subject, and no one the text names here."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of") and tok.head.head.lower_ in ("related", "relation", "relative", "unrelated")


def descriptor(res: "_Resolver", tok: Token, recent) -> Optional[tuple[_Cluster, int, int]]:
    lex = res.lex
    low = tok.lower_
    if res.observe is None and tok.is_upper and tok.i in cue_tokens(res.doc):
        return None  # "REPORTER (VO): When the band ...": a script's cue, nobody in the story
    s, e = np_bounds(res, tok)
    # Named right here: apposition, or "who they had named Jack". A child spoken of before
    # the name ("their son" ... "their child, who they had named Jack") is the same child.
    named = named_here(res, tok)
    if named is not None and res.observe is None and joined_to_plural_kin(tok, lex):
        return None  # ("two daughters and a son: Carla, 40, ...; and Diego": the son is the list's last, not its first)
    if named is not None:
        if low in lex.child_nouns:
            chained = res._child_chain(tok, recent, lex.gendered.get(low) or compound_gender(res, tok))
            if chained is not None and chained.unnamed_text is not None:
                named = _merge(named, chained)
        return named, s, e
    # ("Karen Oduya, whose husband, 50": a relative of the name, however the parser hangs it)
    whose = any(ch.dep_ == "poss" and ch.lower_ == "whose" for ch in tok.children)
    # (not a conjunct the parser took for an apposition: "The daughter of a lighthouse keeper and a
    # primary teacher" hangs "teacher" on "daughter"; at extraction only)
    conjunct = res.observe is None and tok.left_edge.i > 0 and res.doc[tok.left_edge.i - 1].lower_ == "and"
    if res.observe is None and low in lex.relative_nouns and (dead := notice_subject(res, tok)) is not None:
        return res.covered[dead], s, e  # "Wife of the late Roderick, much-loved mother of ...": who died
    if res.observe is None and low in lex.child_nouns and tok.dep_ == "appos" and (subject_at := placed_kin(tok)) is not None:
        # ("grew up near Lifford, the daughter of a grower": the subject's, not the place's)
        return (res.covered[subject_at], s, e) if subject_at in res.covered else None
    fronted = res.observe is None and low in lex.child_nouns and fronted_kin(res.doc, tok) is not None
    if (tok.dep_ == "appos" and tok.head.i in res.covered and not _runs_on(res.doc, tok.i, tok.head.i) and not whose and not conjunct
            and not fronted):  # ("Born on Gull Rock, the son of a keeper, he": the pronoun's, below)
        if res.observe is None and low not in lex.relative_nouns and low not in lex.gendered:
            # ("Tunde, 45, the company's finance director ... The finance director said": the
            # role is now his, for a later "the director"; at extraction only)
            res.covered[tok.head.i].root().roles.add(low)
        if res.observe is None and tok.tag_ == "NN":
            # ("marriages to Zizi Lambrino and Princess Helen of Greece, daughter of King X": one
            # daughter, the nearer name's, though the parser hangs her on the first; Re-DocRED dev)
            # (the whole chain: "Chipego, Mainza, Lweendo and Beauty Hamoonga-Phiri, a nurse" hangs
            # each name on the one before)
            later = sorted((c for c in tok.head.conjuncts if tok.head.i < c.i < tok.i and c.i in res.covered), key=lambda c: c.i)
            if later:
                return res.covered[later[-1].i], s, e
        return res.covered[tok.head.i], s, e
    # ("Liam Doyle became the club's secretary": the copula's subject, at extraction only)
    if tok.dep_ == "attr" and (tok.head.lemma_ == "be" or (res.observe is None and tok.head.lemma_ in ("become", "remain"))):
        be = tok.head
        if res.observe is None and any(c.dep_ == "neg" for c in be.children):
            return None  # ("he is not the former Slovak president of the same name": somebody else)
        if res.observe is None and be.dep_ == "conj" and be.head.dep_ != "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in be.children):
            # ("Khalidi acquired experience ... and for a period was a presenter": the first
            # verb's subject; Re-DocRED dev, at extraction only. Not a relative clause's:
            # "Sharon, whose husband, 57, is a tug deckhand, is treasurer")
            be = be.head
            # ("he founded the society, served as its first chairman and was our lead singer": a
            # list of verbs the parser chained through an adverbial clause, one subject for all)
            steps = 0
            while steps < 2 and be.dep_ in ("conj", "advcl") and be.head.i < be.i and be.head.pos_ in ("VERB", "AUX") \
                    and be.head.dep_ != "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in be.children):
                be, steps = be.head, steps + 1
        subjects = [ch for ch in be.children if ch.dep_ == "nsubj"]
        # (of two subjects the parser gave that verb, the nearer before it: "..., 14th Baron
        # Dacre; and his daughter Mary married X, and was the mother of Y" is Mary's; for any
        # verb: the test once written here, ``be is not tok.head``, compared a new Token object
        # and always held, and the scores were made with it)
        subjects = [ch for ch in subjects if ch.i < be.i][-1:]
        for ch in subjects:
            if res.observe is None and (listed := _after_semicolon(res, ch, be)) is not None:
                return res.covered[listed], s, e
            if ch.i in res.covered:
                if res.observe is None and _whose_kin_between(res, ch.i, tok.head.i):
                    return None  # "Rees, whose husband, 66, was the club's groundsman": his post, not hers
                g = res.lex.gendered.get(tok.lower_) if res.observe is None else None
                subject = res.covered[ch.i].root()
                if g is not None and _gender_conflict(subject, g) and not subject.pgenders[g] and any(subject.pgenders.values()):
                    # ("She joined in 1991. ... the conductor was her husband", the conductor taken
                    # for her: not her husband; only against what pronouns said of the subject)
                    return None
                return res.covered[ch.i], s, e
    if res.observe is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and (named := _named_by_copula(res, tok.head, tok)) is not None:
        return named, s, e  # "the man with the baton was a hewer, Joseph Rutter" (at extraction only)
    dets = {ch.lower_ for ch in tok.children if ch.dep_ == "det"}
    poss = [ch for ch in tok.children if ch.dep_ == "poss"]
    if res.observe is None and (noticed := death_notice_kin(res, tok, low)) is not None:
        return res.covered[noticed], s, e
    # "The secretary of state and Democratic nominee said": one person, two descriptions.
    if tok.dep_ == "conj" and not any(ch.dep_ in ("det", "poss") for ch in tok.children) and tok.head.i in res.covered \
            and (res.observe is not None or low not in lex.relative_nouns or res.covered[tok.head.i].root().is_person_like()):
        # (not "chair of Hollenbach Group and granddaughter of its founder" parsed with the
        # kin noun joined to the firm: no organisation is anyone's granddaughter)
        return res.covered[tok.head.i], s, e
    if res.observe is None and low in lex.child_nouns and (pron := fronted_kin(res.doc, tok)) is not None:
        # "The son of a Gdańsk shipyard welder, he arrived ...": the subject named before, whom
        # the pronoun after the phrase stands for (a name in the sentence itself is no rival:
        # "Born on Tuel Lane, the son of a winder, he ...")
        start = res.sent_start_of[tok.i]
        said = lex.pronouns[res.doc[pron].lower_]
        # (the subject of the sentence right before, whom the text has given no other gender,
        # before a person of that gender named earlier: "The choir's accompanist, Eirlys Bowen,
        # has played since 1979. The daughter of a collier, she ..." after a soprano's paragraph)
        c = previous_subject(res, start, said) or res._person_candidates([r for r in recent if r[0] < start], res.doc[pron], said, DESCRIPTOR_WINDOW)
        return (c, s, e) if c is not None else None
    if res.observe is None and low in lex.child_nouns and (at := fronted_kin_named(res.doc, tok)) is not None and at in res.covered:
        return res.covered[at], s, e  # ("The son of a lock-keeper, Edmund Vyse made ...": the name after it)
    if res.observe is None and low in lex.child_nouns and (at := name_before_subject_kin(res.doc, tok)) is not None and at in res.covered:
        return res.covered[at], s, e  # ("Ngcobo, the son of a cook, has driven ...": the name before it)
    if (
        any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children)
        and not any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.like_num for g in ch.children) for ch in tok.children)
        and not (tok.dep_ == "nsubj" and _speaker_position(tok, lex))
    ):
        return None  # "the mother of the victim" is somebody new, unless she is speaking
    if any(ch.dep_ == "amod" and (ch.tag_ == "JJS" or ch.lower_ in lex.new_referent) for ch in tok.children):
        if res.observe is None and any(ch.lower_ == "new" for ch in tok.children):
            # "installed Andrew Pellow as chairman. The new chairman, 61, ...": the one just
            # given the post in those words (at extraction only)
            post = " ".join([ch.lower_ for ch in tok.children if ch.dep_ in ("compound", "amod") and ch.i < tok.i and ch.lower_ != "new"] + [low])
            for _ti, _si, _w, c in reversed(recent):
                if any(r == post or r.endswith(" " + post) for r in c.root().roles) and c.root().is_person_like():
                    return c.root(), s, e
            if (given := given_the_post(res, tok.i, post)) is not None:
                return given, s, e  # ("took over as managing director ... The new managing director")
        return None  # "the first child", "another official": not someone already named
    gender = lex.gendered.get(low) or compound_gender(res, tok)
    if res.observe is None and poss and poss[0].i not in res.covered and aged_epithet(poss[0], lex) and not any(ch.dep_ == "appos" for ch in tok.children):
        # "The 46-year-old fisherman's son has run boat tours since 2008": an epithet of the one
        # the text is about, as "the mother of two" is, when no one was called that trade before
        c = res._person_candidates(recent, tok, gender, DESCRIPTOR_WINDOW)
        return (c, s, e) if c is not None else None
    inverse = res._kin_inverse(tok, poss[0], gender) if poss else None
    if inverse is not None:
        return inverse, s, e
    if low in lex.child_nouns and whose and res.covered.get(_whose_antecedent(poss[0]).i) is not None:
        return res.new(unnamed_text=res.doc[s:e].text), s, e  # "Joan Price, whose son, 41": her own, not the last son named
    if low in lex.child_nouns and (poss or (dets & {"a", "an"} and any(ch.dep_ == "compound" and ch.lower_ == "baby" for ch in tok.children))):
        return res._child(tok, recent, gender, s, e)
    definite = bool(dets & {"the", "this", "that"})
    if low in lex.org_nouns and low not in lex.person_nouns:
        if (named := org_set_off(res, tok)) is not None:
            return named, s, e  # ("her club, Lemvig Fjord HK,": the name set off after it)
        if not definite:
            return None
        best = None
        best_score = 0.0
        # "the commission" is the Porthcarrow Harbour Commission: an organisation whose name
        # ends in the noun wins over one merely more salient, and is looked for in the
        # whole article when none is near
        scored = [(score, c) for score, c in res._scores(recent, tok.i, DESCRIPTOR_WINDOW).values()
                  if not (c.platform or c.is_person_like() or c.unnamed_text is not None
                          or (res.observe is None and _only_a_modifier(res, c))
                          # ("the firm" is not the masthead's newspaper, which the story is not about)
                          or (res.observe is None and low not in ("paper", "newspaper") and of_paper(res.doc, c)))]
        # ("the club" is also Cwm Aderyn RFC, in extraction only)
        heads = lex.abbreviated_heads if res.observe is None else {}

        def ends_on(key: tuple[str, ...]) -> bool:
            # (or names the trade the noun is the place of: "Kasonde Milling Limited ... the mill")
            # (or the head before "of": "Department of Infrastructure ... the department"; at extraction only)
            return bool(key) and (key[-1] == low or heads.get(key[-1]) == low or any(lex.trade_heads.get(w) == low for w in key)
                                  or (res.observe is None and "of" in key[1:] and key[key.index("of") - 1] == low))

        matching = [(score, c) for score, c in scored if ends_on(c.key)]
        if matching and res.observe is None and all(_only_left(res, c) for _s, c in matching):
            # ("joins from Gortnahoe Mart ... The mart's chairperson": not the one somebody came
            # from, where one other of the kind was named, the article's; at extraction only)
            matching = [(0.0, c) for c in _only_one_before(res, tok.i, lambda c: ends_on(c.key) and not _only_left(res, c))] or matching
        elif len(matching) > 1 and res.observe is None:
            matching = [(score, c) for score, c in matching if not _only_left(res, c)]
        if matching and res.observe is None and low in lex.team_nouns and not any(c.key[-1] == low for _s, c in matching):
            # ("Koforidua have not played top-flight football since 1996. The club was founded ..."
            # after its coach came "from Tema Harbour FC": a club's abbreviation is no better a
            # match than a club named like one; the more salient of them wins; at extraction only)
            matching += [(score, c) for score, c in scored if not ends_on(c.key) and _team_like(res, c)]
        if not matching:
            matching = [(0.0, c) for c in _only_one_before(res, tok.i, lambda c: ends_on(c.key))]
        if not matching and res.observe is None:
            # ("the Kanemasa forge ... The forge": the one the text has written with the noun after
            # its name; at extraction only)
            matching = [(0.0, c) for c in _only_one_before(res, tok.i, lambda c: _named_with(res, c, low))]
        if not matching and res.observe is None and low not in lex.main_org_nouns and low not in lex.team_nouns \
                and not any(low in g for g in lex.org_kind_groups):
            # ("Pande Karto, the forge his father started ... the forge's accounts": the one the
            # text has already called by this noun, past a bank named since; at extraction only;
            # not a noun of a kind several bodies share, "the band", "the group", "the club")
            matching = [(0.0, c) for c in _only_one_before(res, tok.i, lambda c: any(
                m.kind == "descriptor" and m.head < tok.i and res.doc[m.head].lower_ == low for m in c.mentions))]
        if not matching and heads and low in lex.main_org_nouns:
            matching = _called_so_before(res, tok.i, low) or _called_so_before(
                res, tok.i, low, among={id(c.root()) for c in res.clusters if ends_on(c.root().key)})
        elif heads and low in lex.main_org_nouns and all(ends_on(m[1].root().key) for m in matching):
            # ("the factory" after "Kapterit Tea Factory ... joins from Siret Tea Factory": of two
            # named so, the one the article is about and has called so, however far back)
            main = _called_so_before(res, tok.i, low)
            if not main:
                main = _called_so_before(res, tok.i, low, among={id(c.root()) for c in res.clusters if ends_on(c.root().key)})
            matching = main if main and ends_on(main[0][1].key) else matching
        if getattr(res, "observe", None) is None and not matching \
                and any(ch.dep_ in ("amod", "compound") and ch.text[:1].isupper() and ch.i > s for ch in tok.children):
            return None  # "the Norwegian foreign ministry": a body its own words name, not the firm named last
        if res.observe is None and not matching:
            # ("the council" is no "St Cuthbert's Primary School" named last: an institution of
            # another kind; at extraction only)
            # (nor "Broken Ridge Rovers, the town's football club": what the text called it says its kind)
            scored = [(score, c) for score, c in scored if not _kind_clash(lex, low, c.key)
                      and not (c.key and c.key[0] in lex.org_openers and _kind_clash(lex, low, ("school",)))  # "Scoil Mhuire"
                      and not any(_kind_clash(lex, low, (res.doc[m.head].lower_,)) for m in c.mentions if m.kind == "descriptor")]
            if low in lex.team_nouns:
                # ("Captain Declan Ross became the club's manager" after the Gazette named the
                # promotion side, Harwood Town: of those in reach, the one named or called like a club)
                # (not far back for "the team", which may be a firm's: "where she led the customer app team")
                far = [(1.0, c) for c in _only_one_before(res, tok.i, lambda c: c.unnamed_text is None and _team_like(res, c))] if low != "team" else []
                scored = [(score, c) for score, c in scored if _team_like(res, c)] or far or scored
        for score, c in matching or scored:
            if score > best_score or (best is None and matching):
                best, best_score = c, score
        return (best, s, e) if best is not None else None
    if res.observe is None and poss and poss[0].lower_ in ("our", "my") and low in lex.person_nouns and low not in lex.relative_nouns:
        # "On the second day our host takes us to the harbour, where his brother keeps a bar":
        # the writer's own host or guide is whoever the text gave that role, else somebody of
        # their own, not the person last named (in extraction only)
        for _ti, _si, _w, c in reversed(recent):
            if low in c.root().roles:
                return c.root(), s, e
        return res.new(unnamed_text=res.doc[s:e].text), s, e
    if not (definite or (poss and low in lex.gendered)):
        return None
    if res.observe is None and low in _PLAIN_PEOPLE and any(ch.dep_ == "relcl" for ch in tok.children) \
            and any(r[0] >= res.sent_start_of[tok.i] for r in recent):
        # "Nora Halpin writes that the association has lost the man who began it": a plain
        # "the man who ..." with someone named in its own sentence is somebody else, told by the
        # clause (at extraction only)
        return None
    # A role already given to someone ("coach Smith" ... "the coach") wins; a kin noun only
    # when it is the same person's kin ("her husband, Callum Raman" is not the husband of
    # the next "Her" two paragraphs on).
    owner = res.covered.get(_whose_antecedent(poss[0]).i) if poss and low in lex.relative_nouns else None
    # (in extraction only, as the rules below that the ranker's training does not read)
    extracting = res.observe is None
    # ("The mother of two married ...": an epithet of the one spoken of, not a kin noun's holder,
    # "His mother, Claire")
    epithet = extracting and not poss and low in lex.relative_nouns and _counted(tok)
    # ("Their mother, who died last year": a kin noun whose plural owner is nobody resolved is
    # not "the mother of two" named before)
    orphan = extracting and bool(poss) and poss[0].lower_ == "their" and owner is None and low in lex.relative_nouns
    aged = stated_age(tok) if extracting and not poss and not aged_epithet(tok, lex) else None
    if aged is not None and (low in lex.person_or_gendered or (extracting and job_like(low, lex))):
        # "The 34-year-old mother of two said": whoever the text gave that age (an epithet, not
        # anybody's mother); only one given it, not the subject a bare "the 34-year-old" falls
        # back to ("said the 30-year-old victim was stable" is somebody new)
        c = age_descriptor(res, tok, aged, recent)
        if c is not None and aged in c.root().ages and c.is_person_like() and c.gender_fit(gender) > 0:
            return c, s, e
        if c is not None and new_age_of_subject(res, tok, c) and c.gender_fit(gender) > 0:
            return c, s, e
    if extracting and definite and not poss and (party := party_of(res, low, recent)) is not None and party.gender_fit(gender) > 0:
        return party, s, e  # "a petition by Nalini Perera ... The petitioner": who brought it
    for _ti, _si, _w, c in [] if epithet or orphan else reversed(recent):
        c = c.root()
        if owner is not None and c is owner.root():
            continue  # "Karen Oduya, whose husband": nobody is their own relative
        if low in c.roles and c.gender_fit(gender) > 0 and (not (poss and low in lex.relative_nouns) or res._kin_of(c, owner, low)) \
                and not (extracting and poss and low in lex.relative_nouns and _counted_only(res, c, low)):
            return c, s, e
    if poss:
        return res._spouse(poss[0], gender, recent, s, e) if low in lex.spouse_nouns else None
    if extracting and (aged_epithet(tok, lex) or low in lex.official_roles):
        # "The 46-year-old fisherman's son has run boat tours since 2008": the trade is the
        # father's, somebody the text gave no name, not whoever is salient (and "the referee
        # blew for time" an official the text gave no name, unless someone was given the role)
        return None
    span = lex.age_nouns.get(low) if extracting else None
    if extracting and span is None and low in lex.gendered:
        # "Neighbours say the old man knows every horse": the same for an age adjective on it
        span = next((lex.age_adjectives[ch.lower_] for ch in tok.children if ch.dep_ == "amod" and ch.lower_ in lex.age_adjectives), None)
    if span is not None:
        # "his niece, Amelia Kett, 19. The teenager said": of the people near, the latest the
        # text gave an age in the noun's span; never one given an age outside it
        for _ti, si, _w, c in reversed(recent):
            if res.sent_of[tok.i] - si > DESCRIPTOR_WINDOW:
                break
            c = c.root()
            if c.ages and all(span[0] <= a <= span[1] for a in c.ages) and c.is_person_like() and not c.plural and c.gender_fit(gender) > 0:
                return c, s, e
    c = res._person_candidates(recent, tok, gender, DESCRIPTOR_WINDOW, role=low)
    if c is not None and span is not None and c.root().ages and not any(span[0] <= a <= span[1] for a in c.root().ages):
        return None
    return (c, s, e) if c is not None else None


def aged_epithet(owner: Token, lex) -> bool:
    """'The 46-year-old fisherman's son' opening its sentence as the subject: a trade, aged,
    that owns a kin noun; the phrase describes the son (the one the text is about), not the
    fisherman ('The coach's late brother, Father X' is the coach's brother)."""
    kin = owner.head
    if owner.dep_ != "poss" or owner.lower_ not in lex.trades or kin.lower_ not in lex.relative_nouns or kin.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(ch.dep_ in ("amod", "compound") and (ch.lower_.endswith("year-old") or ch.lower_ == "old") for ch in owner.children):
        return False
    start = owner.left_edge
    return start.i == start.sent.start or (start.i - 1 == start.sent.start and not start.doc[start.i - 1].is_alpha)


def _whose_kin_between(res: "_Resolver", subj: int, verb: int) -> bool:
    """'Rees, whose husband, 66, was ...' parsed with 'Rees' as the verb's subject: a 'whose' and
    a kin noun between the subject and its verb make the kin noun what the verb is said of."""
    doc = res.doc
    return any(doc[k].lower_ == "whose" and k < doc[k].head.i < verb and doc[k].head.lemma_.lower() in res.lex.relative_nouns
               for k in range(subj + 1, verb))


def _counted(tok: Token) -> bool:
    """'the mother of two': a kin noun with a count, which says how many, not whose."""
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(g.like_num for g in ch.children) for ch in tok.children)


def _kin_said(res: "_Resolver", c: _Cluster, low: str) -> list[Token]:
    return [res.doc[m.head] for m in c.mentions if m.kind == "descriptor" and res.doc[m.head].lower_ == low]


def _counted_only(res: "_Resolver", c: _Cluster, low: str) -> bool:
    """'Kirsty, the mother of two, ... Their mother, who died': the kin noun was said of the
    cluster only with a count ('mother of two'), which makes her nobody's relative in
    particular; a later possessed kin noun is somebody else."""
    said = _kin_said(res, c, low)
    return bool(said) and all(_counted(t) for t in said)


def _whose_antecedent(poss: Token) -> Token:
    """For 'whose' ("Colin Pettigrew, whose wife, 63, ..."), the noun its clause hangs from,
    whose relative the kin noun names; any other possessor is itself."""
    if poss.lower_ != "whose":
        return poss
    t = poss.head
    for _ in range(4):
        if t.dep_ == "relcl":
            return t.head
        if t.head is t:
            break
        t = t.head
    # (a parse with no relative clause: the word before the comma, "Karen Oduya, whose")
    k = poss.i - 1
    while k > 0 and poss.doc[k].is_punct:
        k -= 1
    return poss.doc[k] if k < poss.i - 1 else poss


def commanding_subjects(res: "_Resolver", tok: Token) -> set[int]:
    """Clusters a description cannot name because they command it: the subject of the verb
    whose reported clause holds it ("Sergeant Ellis said the driver was arrested") and the
    subject of its own verb when it is the object ("Okafor thanked the coach")."""
    subjects: list[int] = []
    if tok.dep_ == "dobj":
        subjects += [ch.i for ch in tok.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        # "PC Tom Ellis was praised by the judge": the passive's subject is not its agent
        subjects += [ch.i for ch in tok.head.head.children if ch.dep_ == "nsubjpass"]
    h = tok
    # (not past a conjunction, where the parser may hang a second main clause inside the first's
    # reported one: "She said fathers would not be eligible, and when pressed, the 34-year-old
    # mother of three replied ...", whose description is her)
    for _ in range(8):
        if h.dep_ == "ccomp":
            subjects += [ch.i for ch in h.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
            break
        if h.head.i == h.i or h.dep_ in ("relcl", "acl", "appos", "conj"):
            break
        h = h.head
    return {id(res.covered[k].root()) for k in subjects if k in res.covered}
