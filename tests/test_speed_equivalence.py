"""Speed-ups that must not change a result: the time pre-filter's narrower triggers (BC years by
their era, plain years by a year-shaped number) and the ranker's per-cluster mention index."""

from __future__ import annotations

from dateline.extractors.entities.clusters import _Cluster, _Mention
from dateline.extractors.entities.mentionindex import mention_index


def test_year_triggers_find_what_every_rule_everywhere_finds():
    from dateline.extractors.timenorm.patterns import scan

    texts = [
        "The fort, built around 300 BC and rebuilt in 120 B.C.E., was dug up in 1998 and again in FY2016.",
        "From 44-12 BC the port grew; by 2015-2016 its harbour fees had doubled, and in mid-1990 they fell.",
        "Sales of 2,019 units in 2019 beat the 1,750 sold in the first half of 2018 (ref. 20195, code 1999x).",
        "In the spring of 210 bc, and again in 1501, the river flooded; in 2099 it may flood once more.",
        "Numbers alone: 12 34 567 8901 23456 and a phone number 01632 960123, with no year among them.",
    ]
    for text in texts:
        fast = sorted((name, m.span()) for name, m in scan(text))
        assert fast == sorted((name, m.span()) for name, m in scan(text, everywhere=True)), text


class _Res:
    """The resolver's part the index lives on (any object with a __dict__)."""


def _m(head: int, sent: int, kind: str = "name") -> _Mention:
    return _Mention(head * 5, head * 5 + 4, kind, head, sent, 1.0)


def test_mention_index_follows_appends_and_replaced_lists():
    res, c = _Res(), _Cluster(key=("vale",))
    c.mentions.extend([_m(10, 1), _m(3, 0), _m(22, 2, "pronoun")])
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [3, 10, 22] and ix.first == 3 and ix.named == 2
    assert [m.head for m in ix.by_sent[1]] == [10]
    c.mentions.append(_m(1, 0, "descriptor"))  # appended: indexed on the next call
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [1, 3, 10, 22] and ix.first == 1 and ix.named == 3
    assert [m.head for m in ix.by_sent[0]] == [3, 1]
    c.mentions = [m for m in c.mentions if m.head != 3]  # replaced (as retitle does): indexed anew
    ix = mention_index(res, c)  # type: ignore[arg-type]
    assert ix.heads == [1, 10, 22] and ix.first == 1 and [m.head for m in ix.by_sent[0]] == [1]
