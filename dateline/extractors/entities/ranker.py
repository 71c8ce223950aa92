"""A learned mention ranker for he/she/him/her/his/hers: features of each (pronoun, candidate
cluster) pair read from the spaCy parse, and small gradient-boosted trees over them, trained on
GAP development (``make model``) and shipped as JSON arrays in ``dateline/models/``.

The features are deliberately about structure, never about a name's spelling: a candidate's
gender comes only from what the text attaches to it (a title, a kin noun, pronouns already
resolved to it), so a name alone never sets a gender.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities import cataphora
from dateline.extractors.entities.binding import not_referents
from dateline.extractors.entities.clusters import _majority
from dateline.extractors.entities.lexicon import DECAY, PRONOUN_LOCK, TIE_DISCOUNT
from dateline.extractors.entities.mentionindex import _mention_facts, _sentence_roles, mention_index
from dateline.extractors.entities.parentpair import fronted_parents
from dateline.extractors.entities.placeuses import noun_modifier
from dateline.extractors.entities.quotedspeaker import quoted_title_only
from dateline.extractors.entities.rankertrees import Ranker
from dateline.extractors.entities.sections import section_start
from dateline.extractors.entities.syntax import C_ROLES, P_ROLES, Syntax, _pronoun_role, _unbindable
from dateline.extractors.entities.titlecue import TITLE_FEATURES, title_rows

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver
    from dateline.extractors.entities.told import Told

MODEL = Path(__file__).resolve().parent.parent.parent / "models" / "pronoun_ranker.json"
MODEL_TITLED = MODEL.with_name("pronoun_ranker_titled.json")  # for an article with a title (titlecue.py)

# Candidates come from this many narrative sentences back (Wikipedia and news re-name people
# less often than the rules' 3-sentence window assumed), plus names later in the pronoun's own
# sentence (cataphora: "After his election, Hale ...").
RANK_WINDOW = 6
# How often the other gender's pronoun must name a candidate to rule it out for this one: once,
# if that pronoun was put there surely (the only candidate, or a ranker pick at least SURE
# probable and ahead: "Nora ... found her work. His praise" is not Nora's); else twice, as one guess may
# be the ranker's own earlier mistake (a "he" put on Veronica hid her from every later "her").
# 5-fold CV on GAP development: once in any case 71.6, twice in any case 73.2, this 72.4.
OTHER_GENDER_MIN = 2
SURE = 0.5
# ... and at least this far ahead of the runner-up: a near tie is a guess however probable.
# 5-fold CV: probability alone 72.7, margin 0.3 73.0; with the told-listener change in
# pronouns.py, margin 0.2 73.3, 0.3 73.5, 0.4 73.7, 0.5 73.8 (bias 0.94 each). 0.4 lost
# tests/gap/fiction.tsv's "found her work ... His praise" (her at 0.57 against 0.40), so 0.15.
SURE_MARGIN = 0.15


def is_sure(probs: list[float], best: int) -> bool:
    """The ranker's pick is sure enough to rule its referent out for the other gender."""
    second = max((p for k, p in enumerate(probs) if k != best), default=0.0)
    return probs[best] >= SURE and probs[best] - second >= SURE_MARGIN


def _other_told(cl: "_Cluster", other: str, doubted, told: Optional["Told"] = None, sent: int = 0) -> bool:
    """The text calls the candidate by the other gender's pronoun: twice, or once surely and
    within told.SURE_REACH sentences."""
    n = cl.pgenders[other]
    near = told is None or told.near(cl, other, sent)
    return n >= OTHER_GENDER_MIN or (n > doubted.get(id(cl), {}).get(other, 0) and near)


BASE_FEATURES = (
    "cataphora", "sdist", "tdist", "same_sent", "main_subj", "sent_first", "parallel",
    "count_window", "count_doc", "first_mentioned", "most_frequent", "recency", "intervening", "salience",
    "rule_choice", "stated_match", "pron_same", "pron_other", "peek_match", "peek_other",
    "person_like", "named", "bound", "governs", "in_quote", "p_sent_first", "n_cands",
    "subj_rank", "parallel_rank", "same_clause", "in_parens", "doc_subject",
    "tree_dist", "c_commands", "p_in_relcl", "tdist_rel", "count_rel", "p_commands", "p_feminine",
    "pron_in_sent", "possessed_by_pron", "person_score", "org_votes", "latent",
    "owned_self", "kin_surname", "c_in_relcl", "prev_main_subj", "sent_subj",
    "governs_any", "main_subj_any", "tree_min", "count_total", "later_in_sent", "clause_subj", "coordinated",
    "owner_conj",
) + TITLE_FEATURES
FEATURES = (
    BASE_FEATURES
    + tuple(f"c_{r}" for r in C_ROLES)
    + tuple(f"p_{r}" for r in P_ROLES)
    + tuple(f"p_{p}*c_{c}" for p in P_ROLES for c in C_ROLES)
)


def _governing_subjects(res: "_Resolver", syn: Syntax, i: int) -> set[int]:
    """Clusters that are the subject of a verb above the pronoun's own clause ("Hale said
    that he ...", "Hale left after his ...")."""
    out: set[int] = set()
    node = syn.head[i]
    steps = 0
    while syn.head[node] != node and steps < 6:
        node = syn.head[node]
        steps += 1
        for k in syn.subjects.get(node, ()):
            if k in res.covered:
                out.add(id(res.covered[k].root()))
    return out


@dataclass
class Candidate:
    cluster: "_Cluster"
    near: int  # token index of its nearest mention
    near_sent: int
    count: int  # mentions within the window
    salience: float
    cataphora: bool
    order: int  # 0 = the nearest candidate before the pronoun


def _newest_first(recent: list, latent: list) -> Iterator[tuple]:
    """The mentions in ``recent`` and the still-latent ones in ``latent`` (both sorted by token)
    merged from the newest back, where the window walk stops (sorting both anew for every pronoun
    was quadratic); at one token latent entries first, as a stable sort would give them."""
    r, k = len(recent) - 1, len(latent) - 1
    while r >= 0 or k >= 0:
        if k >= 0 and not latent[k][3].latent:
            k -= 1
        elif k >= 0 and (r < 0 or latent[k][0] >= recent[r][0]):
            yield latent[k]
            k -= 1
        else:
            yield recent[r]
            r -= 1


def candidates(res: "_Resolver", tok: Token, recent, heads: dict[int, "_Cluster"], gender: Optional[str]) -> list[Candidate]:
    """Person-like clusters mentioned in the window before the pronoun or named later in its
    sentence, minus those the text rules out (a stated other gender, a platform, a group)."""
    i = tok.i
    sent = res.sent_of[i]
    found: dict[int, Candidate] = {}
    order = 0
    for ti, si, w, c in _newest_first(recent, res.latent_recent):
        if ti >= i:
            continue
        if sent - si > RANK_WINDOW:
            break
        r = c.root()
        cand = found.get(id(r))
        if cand is None:
            found[id(r)] = Candidate(r, ti, si, 1, w * DECAY ** (sent - si), False, order)
            order += 1
        else:
            cand.count += 1
            cand.salience += w * DECAY ** (sent - si)
    start = res.sent_start_of[i]
    j = i + 1
    doc = res.doc
    # Cataphora for a pronoun ahead of every name in its sentence ("After his election, Hale
    # ..."); after one ("Tate and her husband, Ivo ...") only to the main clause's subject.
    later = cataphora.fronted_subject(res.syntax(), i) if any(c.near_sent == sent for c in found.values()) else None
    n, sent_start_of, latent_at = len(doc), res.sent_start_of, res.latent_at
    while j < n and sent_start_of[j] == start:
        if later is not None and j not in later:
            j += 1
            continue
        c = heads.get(j)
        if c is None and j in latent_at and latent_at[j].latent:
            c = latent_at[j]
        if c is not None and id(c.root()) not in found:
            r = c.root()
            found[id(r)] = Candidate(r, j, sent, 0, 0.0, True, order)
            order += 1
        j += 1
    out = []
    for cand in found.values():
        c = cand.cluster
        # What the text states rules a candidate out (a title or kin noun of the other gender);
        # pronouns resolved to it earlier only through the filter below and as features, since
        # one early mistake must not hide the referent from every later pronoun.
        if c.platform or c.plural or _majority(c.genders) not in (None, gender):
            continue
        # A name with some person evidence (spaCy's PERSON label somewhere, a person's shape)
        # stays a candidate though its ORG labels outvote it: the small model tags many names
        # ORG ("Lemhouse", "Dakota Fanning"). One typed by a keyword of its own ("Harwood Town")
        # or with no person evidence at all ("London", a newspaper) is no he or she.
        mixed = c.votes["PERSON"] > 0 and not c.votes["ORG_KEYWORD"]
        one_word = len(c.key) == 1 and not c.votes["ORG_KEYWORD"] and not any(t.isupper() and len(t) > 1 for t in c.unlowered)
        if not c.is_person_like() and not (mixed or one_word or c.person_score() == 0 or c.is_weak_org(res.lex)):
            continue
        if res.observe is None and quoted_title_only(res, c):
            continue  # (a song or book named only in quotation marks, at extraction only)
        if res.observe is None and c.votes["CONTEXT"] and not c.is_person_like():
            # ("taking the reins at Glenbawn Farmhouse ... She died on Saturday": what the words
            # around a name say it is, a workplace or a side, outweighs a PERSON tag on it;
            # at extraction only)
            continue
        out.append(cand)
    # Binding: a candidate named only where the pronoun cannot refer gives way to the others.
    unbound, strict = _unbindable(res.syntax(), tok)
    if unbound:
        free = [c for c in out if not any(m.head in unbound for m in mention_index(res, c.cluster).by_sent.get(sent, ()))
                or not (strict or c.cataphora)]
        out = free or out
    ruled_out = not_referents(res, tok) | fronted_parents(res, tok)
    if ruled_out:
        out = [c for c in out if id(c.cluster) not in ruled_out] or out
    if tok.tag_ == "PRP$" and i + 1 < len(doc) and res._cols.lower[i + 1] == "own":
        # "Legend posted his own message": "own" binds a possessive to its clause's subject,
        # unless that subject is the pronoun's own noun ("Her own children, Eli and Ines, swam").
        syn = res.syntax()
        doer = set() if syn.understood_subject(i) in syn.owned(i) else syn.partners(i)[0]
        own = [c for c in out if any(k in res.covered and res.covered[k].root() is c.cluster for k in doer)]
        out = own or out
    if gender:
        # Somebody only ever called by the other pronoun gives way to anybody not ruled out
        # ("She said ..., and he agreed with her": he is not the woman). Kept as a filter:
        # GAP's two candidates always share a gender, so its data cannot teach the ranker this.
        other = "female" if gender == "male" else "male"
        doubted = getattr(res, "doubted", {})
        told = getattr(res, "told", None)
        fits = [c for c in out if not (_other_told(c.cluster, other, doubted, told, sent) and not c.cluster.pgenders[gender] and not c.cluster.genders[gender])]
        # ... and somebody called so many times by it is never the referent ("hauled her
        # into open water" after a man called "he" throughout is a boat, not him)
        out = fits or [c for c in out if c.cluster.pgenders[other] < PRONOUN_LOCK or c.cluster.pgenders[gender]]
    if res.observe is None and (h := section_start(res, i)) is not None:
        # (a roundup's item under its own heading: somebody from an item above it only where
        # nobody in this one fits; at extraction only)
        out = [c for c in out if c.cataphora or c.near >= h] or out
    return out


def called_organisation(res: "_Resolver", c: "_Cluster") -> bool:
    """A descriptor of the cluster that is not person-like is a business's noun ("the firm",
    "the company"); not "the government", which a wrong merge may hang on a person's name the
    tagger called an organisation."""
    doc, lex = res.doc, res.lex
    return not c.is_person_like() and any(m.kind == "descriptor" and (doc[m.head].lower_ in lex.main_org_nouns or doc[m.head].lower_ in _PREMISES)
                                          for m in c.mentions)


def modifier_only(res: "_Resolver", c: "_Cluster") -> bool:
    """A name no more than a common noun's modifier wherever written ("Braemar heavy events", "the
    Curepipe workshop"), which no rule has made a person: no pronoun or description means it."""
    return not c.is_person_like() and bool(c.mentions) and all(noun_modifier(res.toks[m.head], res.lex) for m in c.mentions)


# a business's premises called so ("The taverna is named after his grandmother"); not a body's
# noun ("the committee", "the government"), which a wrong merge may hang on a person's name
_PREMISES = frozenset({"taverna", "forge", "dealership", "cooperage", "brokerage", "estancia", "studio", "museum"})


@lru_cache(maxsize=None)
def _role_codes(prole: str, crole: str) -> tuple[float, ...]:
    """The role features of a row (candidate role, pronoun role, and the pair), one tuple per
    pair of roles, made once."""
    return (
        tuple(float(crole == r) for r in C_ROLES)
        + tuple(float(prole == r) for r in P_ROLES)
        + tuple(float(prole == p and crole == q) for p in P_ROLES for q in C_ROLES)
    )


def features(res: "_Resolver", tok: Token, cands: list[Candidate], rule: Optional["_Cluster"], gender: Optional[str]) -> list[list[float]]:
    """One row per candidate in FEATURES order (a list: a dict per candidate cost a fifth of the stage)."""
    i = tok.i
    syn = res.syntax()
    sent = res.sent_of[i]
    prole = _pronoun_role(tok)
    banned: set[int] = set()
    if prole in ("obj", "pobj") and not tok.lower_.endswith("self"):
        banned = res._clause_subject_clusters(tok)
    elif prole == "subj":
        banned = res._clause_object_clusters(tok)
    governs = _governing_subjects(res, syn, i)
    # Who is named inside the noun phrase the pronoun owns: not its referent ("his wife, Mary"),
    # but one sharing that name's surname likely is ("her husband, Hans Achterberg").
    owned = syn.owned(i) if prole == "poss" else set()
    owned_clusters = {id(res.covered[k].root()): res.covered[k].root() for k in owned if k in res.covered}
    index = {id(c.cluster): mention_index(res, c.cluster) for c in cands}
    seen = {id(c.cluster): _mention_facts(syn, index[id(c.cluster)], i, sent, owned, gender, c.near) for c in cands}
    firsts = {k: v[0] for k, v in seen.items()}
    counts = {k: v[1] for k, v in seen.items()}
    first_id = min(firsts, key=lambda k: firsts[k]) if firsts else None
    top_count = max(counts.values(), default=0)
    top_sal = max((c.salience for c in cands), default=0.0) or 1.0
    p_first = 1.0 if res.sent_start_of[i] == i or (i > 0 and res.sent_start_of[i] == i - 1 and syn.pos[i - 1] == "PUNCT") else 0.0
    # Rank among the earlier candidates in the same role: the nearest preceding subject is the
    # classic default antecedent, the nearest one in the pronoun's own role the parallel one.
    by_near = sorted((c for c in cands if not c.cataphora), key=lambda c: -c.near)
    subj_rank: dict[int, int] = {}
    par_rank: dict[int, int] = {}
    for c in by_near:
        r = syn.role(c.near)
        if r == "subj":
            subj_rank[id(c.cluster)] = len(subj_rank)
        if r == prole:
            par_rank[id(c.cluster)] = len(par_rank)
    clause = syn.clause_head(i)
    p_index = {t: k for k, t in enumerate(syn.ancestors(i))}
    min_t = min((math.log1p(abs(i - c.near)) for c in cands), default=0.0)
    top_window = max((c.count for c in cands), default=0)
    # The article's (or snippet's) subject: the first-named person, when named as a subject.
    first_sent = min((c.near_sent for c in cands), default=0)
    trees = [syn.tree_features(c.near, i, p_index) for c in cands]
    gov_verbs = set(syn.ancestors(syn.head[i])[1:]) if syn.head[i] != i else set()
    root = syn.ancestors(i)[-1]
    doer, coord = syn.partners(i)
    doers = {id(res.covered[k].root()) for k in doer if k in res.covered}
    coords = {id(res.covered[k].root()) for k in coord if k in res.covered}
    # "Patricia and her husband": a name coordinated before the noun a possessive owns is most
    # often that possessive's owner (the pair is a couple, a parent and child, a singer and band).
    owner_conj: set[int] = set()
    if prole == "poss" and syn.head[i] != i:
        for k in syn.coordinated(syn.head[i]):
            hit = res.covered.get(k) or res.latent_at.get(k) if k < i else None
            if hit is not None:
                owner_conj.add(id(hit.root()))
    # Per pronoun, not per candidate: what does not depend on the candidate.
    other_g = "female" if gender == "male" else "male"
    n_cands = math.log1p(len(cands))
    p_feminine = float(gender == "female")
    rule_root = rule.root() if rule is not None else None
    covered, in_quote, sent_start_of, dep, head, pos = res.covered, res.in_quote, res.sent_start_of, syn.dep, syn.head, syn.pos
    # Candidates before the pronoun by position, for "intervening" (how many are nearer).
    nears = sorted(c.near for c in cands if not c.cataphora)
    titled = title_rows(res, cands)
    rows = []
    for k, c in enumerate(cands):
        cl = c.cluster
        t = c.near
        crole = syn.role(t)
        stated = cl.genders
        pg = cl.pgenders
        peek = cl.peek
        s0 = sent_start_of[t]
        cid = id(cl)
        tdist = math.log1p(abs(i - t))
        person_like = cl.is_person_like()
        _first, count, pron_in_sent, possessed, owned_mention, prev_main_subj, sent_subj = seen[cid]
        tree_dist, c_commands, p_in_relcl, p_commands = trees[k]
        governs_any, main_subj_any, tree_min, count_total, later_in_sent = _sentence_roles(syn, index[cid], sent, i, p_index, gov_verbs, root)
        vec = [
            float(c.cataphora),  # cataphora
            float(min(sent - c.near_sent, RANK_WINDOW)),  # sdist
            tdist,  # tdist
            float(c.near_sent == sent),  # same_sent
            float(crole == "subj" and dep[head[t]] == "ROOT"),  # main_subj
            float((s0 in covered and covered[s0].root() is cl)
                  or (s0 + 1 in covered and covered[s0 + 1].root() is cl and pos[s0] == "DET")),  # sent_first
            float(crole == prole),  # parallel
            math.log1p(c.count),  # count_window
            math.log1p(count),  # count_doc
            float(cid == first_id),  # first_mentioned
            float(count == top_count),  # most_frequent
            float(min(c.order, 4)),  # recency
            float(len(nears) - bisect_right(nears, t)) if not c.cataphora else 0.0,  # intervening
            c.salience / top_sal,  # salience
            float(rule_root is cl),  # rule_choice
            float(bool(gender) and stated[gender] > 0),  # stated_match
            math.log1p(pg[gender]) if gender else 0.0,  # pron_same
            math.log1p(pg[other_g]) if gender else 0.0,  # pron_other
            float(bool(gender) and peek[gender] > 0),  # peek_match
            float(bool(gender) and peek[other_g] > 0),  # peek_other
            float(person_like) + (TIE_DISCOUNT - 1.0) * float(not person_like),  # person_like
            float(bool(cl.key)),  # named
            float(cid in banned),  # bound
            float(cid in governs),  # governs
            float(in_quote[t]),  # in_quote
            p_first,  # p_sent_first
            n_cands,  # n_cands
            float(min(subj_rank.get(cid, 4), 4)),  # subj_rank
            float(min(par_rank.get(cid, 4), 4)),  # parallel_rank
            float(syn.clause_head(t) == clause),  # same_clause
            float(syn.in_parens(t)),  # in_parens
            float(cid == first_id and crole == "subj" and c.near_sent == first_sent),  # doc_subject
            tree_dist,  # tree_dist
            c_commands,  # c_commands
            p_in_relcl,  # p_in_relcl
            tdist - min_t,  # tdist_rel
            float(c.count - top_window),  # count_rel
            p_commands,  # p_commands
            # The pronoun's own form: "her" is both object and possessive, so parses and
            # habits differ by pronoun; this is the pronoun's gender, never a name's.
            p_feminine,  # p_feminine
            # Pronouns of the same gender in one sentence mostly share a referent ("Her mother ...
            # manages her career"), and the person named by "her mother" is rarely the next "her".
            float(pron_in_sent),  # pron_in_sent
            float(possessed),  # possessed_by_pron
            float(max(-6, min(6, cl.person_score()))),  # person_score
            math.log1p(cl.votes["ORG"]),  # org_votes
            float(cl.latent and not cl.doer),  # latent
            float(cid in owned_clusters or owned_mention),  # owned_self
            float(bool(cl.key) and any(o is not cl and o.key and o.key[-1] == cl.key[-1] for o in owned_clusters.values())),  # kin_surname
            float(syn.in_relcl(t, p_index)) if c.near_sent == sent else 0.0,  # c_in_relcl
            float(prev_main_subj),  # prev_main_subj
            float(sent_subj),  # sent_subj
            governs_any,  # governs_any
            main_subj_any,  # main_subj_any
            tree_min,  # tree_min
            count_total,  # count_total
            later_in_sent,  # later_in_sent
            float(cid in doers),  # clause_subj
            float(cid in coords),  # coordinated
            float(cid in owner_conj),  # owner_conj
            *titled[k],  # TITLE_FEATURES
        ]
        vec += _role_codes(prole, crole)
        rows.append(vec)
    return rows


@lru_cache(maxsize=2)
def load_ranker(path: Path = MODEL) -> Optional[Ranker]:
    """The shipped model, or None when absent (the rules then decide alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not set(data["features"]) <= set(FEATURES):
        raise ValueError(f"{path}: built for other features; rebuild it with `make model`")
    # The file's trees index its own feature list (the untitled model's lacks the title's): read
    # as indices into FEATURES, the rows every model is given. A leaf's feature is negative.
    at = [FEATURES.index(f) for f in data["features"]]
    trees = tuple(([at[f] if f >= 0 else f for f in t["feature"]], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"])
    return Ranker(float(data["prior"]), float(data["rate"]), trees, float(data["threshold"]))
