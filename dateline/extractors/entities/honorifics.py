"""Which of several people of one surname a gendered honorific ("Ms. Shaw", "Mr. Tal") means,
read from the honorifics the text has already given each of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dateline.extractors.entities.clusters import _Cluster

if TYPE_CHECKING:
    from dateline.extractors.entities.clusters import _Clusters


def by_title(b: "_Clusters", cands: list, title: str, cluster_of: Callable[[Any], _Cluster] = lambda f: f) -> list:
    """Those a gendered honorific most likely means: one already called by it ("Mr. Oren Tal ...
    Lior Tal ... Mr. Tal"), else one not named with another ("Dr. Felix Shaw ... Nadine Shaw ...
    Ms. Shaw": news keeps a person's title); all of them when that tells none apart."""
    titles = {id(cluster_of(f)): titles_of(b, cluster_of(f)) for f in cands}
    key = title.rstrip(".")
    same = [f for f in cands if key in titles[id(cluster_of(f))]]
    return same or [f for f in cands if not titles[id(cluster_of(f))] - {key}] or cands


def titles_of(b: "_Clusters", c: _Cluster) -> set[str]:
    """The capitalised titles before the person's mentions (or opening them), without a dot."""
    doc, titles = b.doc, b.lex.titles
    out = set()
    for m in c.root().mentions:
        span = doc.char_span(m.start, m.start + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        k = span[0].i
        t = doc[k] if doc[k].lower_ in titles else doc[k - 1] if k > 0 else None
        if t is not None and t.lower_ in titles and t.text[:1].isupper():
            out.add(t.lower_.rstrip("."))
    return out
