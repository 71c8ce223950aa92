"""Children named as what their parents raised: "Delbert and his late wife, Norma, raised Wade and
his older sister on the same ground", "She raised Leo alone after her divorce". The subjects of
a child-raising verb (patterns key ``child_raising_verbs``) are the parents of the people named
as its object. Not a passive ("raised by her grandmother" is no parenthood), nor a child the
text calls somebody's grandchild (who may be the one raising them), and not a verb whose
object is no person ("raised money for Leo", "raised Leo's hopes")."""

from __future__ import annotations

from dateline.extractors.facts.childverbs import children_verb
from dateline.extractors.facts.clauses import _not_asserted
from dateline.extractors.facts.context import LIKELY, _conjuncts, _Ctx, _named, _tok_end, patterns
from dateline.extractors.facts.subjects import _subjects
from dateline.nlp import tokens_in, tokens_of


def _rule_raised_names(ctx: _Ctx) -> None:
    lex = patterns()["child_raising_verbs"]
    toks = tokens_of(ctx.doc)
    for k in tokens_in(ctx.doc, "lemma", {*lex["lemmas"], *lex["phrasal"]}):
        verb = toks[k]
        if verb.idx < ctx.article.body_start or not children_verb(verb) or _not_asserted(verb):
            continue
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue  # "Leo was raised by his grandmother": the agent may be anybody who raised him
        objs = [o for c in verb.children if c.dep_ == "dobj" for o in _conjuncts(c)]
        kids = []
        for o in objs:
            if o.pos_ != "PROPN":
                continue  # ("raised two sons": counts and kin lists are read elsewhere)
            kid = ctx.token_entity(o)
            if kid is not None and _named(kid) and not any(m.kind == "descriptor" and "grand" in m.text.lower() for m in kid.mentions):
                kids.append((o, kid))
        if not kids:
            continue
        parents = [p for p in _subjects(ctx, verb) if p.type == "PERSON"]
        for p in parents:
            for o, kid in kids:
                if p.id == kid.id:
                    continue
                ctx.add("child", p, min(verb.idx, o.idx), max(_tok_end(o), _tok_end(verb)), obj=kid, confidence=LIKELY)
