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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Token

from dateline.extractors.entities.lexicon import DECAY, TIE_DISCOUNT

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Cluster
    from dateline.extractors.entities.pronouns import _Resolver

MODEL = Path(__file__).resolve().parent.parent.parent / "models" / "pronoun_ranker.json"

# Candidates come from this many narrative sentences back (Wikipedia and news re-name people
# less often than the rules' 3-sentence window assumed), plus names later in the pronoun's own
# sentence (cataphora: "After his election, Hale ...").
RANK_WINDOW = 6

C_ROLES = ("subj", "obj", "poss", "pobj", "other")
P_ROLES = ("subj", "obj", "poss", "pobj")
_ROLE_OF = {"nsubj": "subj", "nsubjpass": "subj", "csubj": "subj", "dobj": "obj", "dative": "obj", "attr": "obj",
            "oprd": "obj", "poss": "poss", "pobj": "pobj"}

BASE_FEATURES = (
    "cataphora", "sdist", "tdist", "same_sent", "main_subj", "sent_first", "parallel",
    "count_window", "count_doc", "first_mentioned", "most_frequent", "recency", "intervening", "salience",
    "rule_choice", "stated_match", "pron_same", "pron_other", "peek_match", "peek_other",
    "person_like", "named", "bound", "governs", "in_quote", "p_sent_first", "n_cands",
    "subj_rank", "parallel_rank", "same_clause", "in_parens", "doc_subject",
)
FEATURES = (
    BASE_FEATURES
    + tuple(f"c_{r}" for r in C_ROLES)
    + tuple(f"p_{r}" for r in P_ROLES)
    + tuple(f"p_{p}*c_{c}" for p in P_ROLES for c in C_ROLES)
)


def _role(tok: Token) -> str:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return _ROLE_OF.get(tok.dep_, "other")


def _pronoun_role(tok: Token) -> str:
    if tok.tag_ == "PRP$" or tok.dep_ == "poss":
        return "poss"
    r = _ROLE_OF.get(tok.dep_, "obj")
    return r if r in P_ROLES else "obj"


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause a word is in."""
    node = tok
    steps = 0
    while node.head is not node and node.pos_ not in ("VERB", "AUX") and steps < 8:
        node = node.head
        steps += 1
    return node


def _in_parens(tok: Token) -> bool:
    """Inside brackets within the sentence: "Liddy (Tracey Gold)"."""
    doc = tok.doc
    for k in range(tok.i - 1, max(-1, tok.i - 8), -1):
        if doc[k].text == ")":
            return False
        if doc[k].text == "(":
            return True
    return False


def _governing_subjects(res: "_Resolver", tok: Token) -> set[int]:
    """Clusters that are the subject of a verb above the pronoun's own clause ("Hale said
    that he ...", "Hale left after his ...")."""
    out: set[int] = set()
    node = tok.head
    steps = 0
    while node.head is not node and steps < 6:
        node = node.head
        steps += 1
        for ch in node.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.i in res.covered:
                out.add(id(res.covered[ch.i].root()))
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


def candidates(res: "_Resolver", tok: Token, recent, heads: dict[int, "_Cluster"], gender: Optional[str]) -> list[Candidate]:
    """Person-like clusters mentioned in the window before the pronoun or named later in its
    sentence, minus those the text rules out (a stated other gender, a platform, a group)."""
    i = tok.i
    sent = res.sent_of[i]
    found: dict[int, Candidate] = {}
    order = 0
    for ti, si, w, c in reversed(recent):
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
    while j < len(doc) and res.sent_start_of[j] == start:
        c = heads.get(j)
        if c is not None and id(c.root()) not in found:
            r = c.root()
            found[id(r)] = Candidate(r, j, sent, 0, 0.0, True, order)
            order += 1
        j += 1
    out = []
    for cand in found.values():
        c = cand.cluster
        if c.platform or c.plural or c.gender_fit(gender) == 0.0:
            continue
        if not c.is_person_like() and not (c.person_score() == 0 or c.is_weak_org(res.lex)):
            continue
        out.append(cand)
    return out


def features(res: "_Resolver", tok: Token, cands: list[Candidate], rule: Optional["_Cluster"], gender: Optional[str]) -> list[list[float]]:
    i = tok.i
    doc = res.doc
    sent = res.sent_of[i]
    prole = _pronoun_role(tok)
    banned: set[int] = set()
    if prole in ("obj", "pobj") and not tok.lower_.endswith("self"):
        banned = res._clause_subject_clusters(tok)
    elif prole == "subj":
        banned = res._clause_object_clusters(tok)
    governs = _governing_subjects(res, tok)
    firsts = {id(c.cluster): min((m.head for m in c.cluster.mentions), default=c.near) for c in cands}
    counts = {id(c.cluster): sum(1 for m in c.cluster.mentions if m.head < i) for c in cands}
    first_id = min(firsts, key=lambda k: firsts[k]) if firsts else None
    top_count = max(counts.values(), default=0)
    top_sal = max((c.salience for c in cands), default=0.0) or 1.0
    p_first = 1.0 if res.sent_start_of[i] == i or (i > 0 and res.sent_start_of[i] == i - 1 and doc[i - 1].is_punct) else 0.0
    # Rank among the earlier candidates in the same role: the nearest preceding subject is the
    # classic default antecedent, the nearest one in the pronoun's own role the parallel one.
    by_near = sorted((c for c in cands if not c.cataphora), key=lambda c: -c.near)
    subj_rank: dict[int, int] = {}
    par_rank: dict[int, int] = {}
    for c in by_near:
        r = _role(doc[c.near])
        if r == "subj":
            subj_rank[id(c.cluster)] = len(subj_rank)
        if r == prole:
            par_rank[id(c.cluster)] = len(par_rank)
    clause = _clause_head(tok)
    # The article's (or snippet's) subject: the first-named person, when named as a subject.
    first_sent = min((c.near_sent for c in cands), default=0)
    rows = []
    for c in cands:
        cl = c.cluster
        t = doc[c.near]
        crole = _role(t)
        stated = cl.genders
        pg = cl.pgenders
        peek = cl.peek
        other_g = "female" if gender == "male" else "male"
        s0 = res.sent_start_of[c.near]
        row = {
            "cataphora": float(c.cataphora),
            "sdist": float(min(sent - c.near_sent, RANK_WINDOW)),
            "tdist": math.log1p(abs(i - c.near)),
            "same_sent": float(c.near_sent == sent),
            "main_subj": float(crole == "subj" and t.head.dep_ == "ROOT"),
            "sent_first": float(s0 in res.covered and res.covered[s0].root() is cl or (s0 + 1 in res.covered and res.covered[s0 + 1].root() is cl and doc[s0].is_stop)),
            "parallel": float(crole == prole),
            "count_window": math.log1p(c.count),
            "count_doc": math.log1p(counts[id(cl)]),
            "first_mentioned": float(id(cl) == first_id),
            "most_frequent": float(counts[id(cl)] == top_count),
            "recency": float(min(c.order, 4)),
            "intervening": float(sum(1 for o in cands if not o.cataphora and o.near > c.near)) if not c.cataphora else 0.0,
            "salience": c.salience / top_sal,
            "rule_choice": float(rule is not None and rule.root() is cl),
            "stated_match": float(bool(gender) and stated[gender] > 0),
            "pron_same": math.log1p(pg[gender]) if gender else 0.0,
            "pron_other": math.log1p(pg[other_g]) if gender else 0.0,
            "peek_match": float(bool(gender) and peek[gender] > 0),
            "peek_other": float(bool(gender) and peek[other_g] > 0),
            "person_like": float(cl.is_person_like()) + (TIE_DISCOUNT - 1.0) * float(not cl.is_person_like()),
            "named": float(bool(cl.key)),
            "bound": float(id(cl) in banned),
            "governs": float(id(cl) in governs),
            "in_quote": float(res.in_quote[c.near]),
            "p_sent_first": p_first,
            "n_cands": math.log1p(len(cands)),
            "subj_rank": float(min(subj_rank.get(id(cl), 4), 4)),
            "parallel_rank": float(min(par_rank.get(id(cl), 4), 4)),
            "same_clause": float(_clause_head(t) is clause),
            "in_parens": float(_in_parens(t)),
            "doc_subject": float(id(cl) == first_id and crole == "subj" and c.near_sent == first_sent),
        }
        vec = [row[name] for name in BASE_FEATURES]
        vec += [float(crole == r) for r in C_ROLES]
        vec += [float(prole == r) for r in P_ROLES]
        vec += [float(prole == p and crole == q) for p in P_ROLES for q in C_ROLES]
        rows.append(vec)
    return rows


@dataclass(frozen=True)
class Ranker:
    """Gradient-boosted regression trees over FEATURES (sklearn's GradientBoostingClassifier,
    exported as arrays): a candidate's log-odds is ``prior + rate * sum of its leaf values``."""

    prior: float
    rate: float
    trees: tuple[tuple[list[int], list[float], list[int], list[int], list[float]], ...]
    threshold: float  # below this probability the best candidate is left unresolved

    def log_odds(self, row: list[float]) -> float:
        total = 0.0
        for feature, threshold, left, right, value in self.trees:
            node = 0
            while left[node] >= 0:
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return self.prior + self.rate * total

    def probability(self, row: list[float]) -> float:
        z = self.log_odds(row)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


@lru_cache(maxsize=1)
def load_ranker(path: Path = MODEL) -> Optional[Ranker]:
    """The shipped model, or None when absent (the rules then decide alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: built for other features; rebuild it with `make model`")
    trees = tuple((t["feature"], t["threshold"], t["left"], t["right"], t["value"]) for t in data["trees"])
    return Ranker(float(data["prior"]), float(data["rate"]), trees, float(data["threshold"]))
