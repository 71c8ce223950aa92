"""Deaths found on gold-dev3, fixed by construction: "the year after her husband, Felix, died"
(the parser makes "the year" the subject of "died") and a relative never named but called
"late" ("Mensah's late father was treated here"). Fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_facts_families import _facts

D = "date 2025-03-10\n"


@pytest.mark.parametrize(
    "text, who",
    [
        ("Our oldest volunteer, Rose Pike, 84, joined the shop in 1999, the year after her husband, Walter, died.", "Walter"),
        ("Tom Hale, 70, took over the farm in 1981, the year after his father, Edwin, died.", "Edwin"),
        ("Ada Lowe, 66, moved to Ennis in 2004, the summer after her sister, Maeve, died.", "Maeve"),
    ],
)
def test_the_year_after_someone_died_is_their_death(nlp, text, who):
    facts = _facts(nlp, D + text)
    assert any(f[0] == "death" and f[1] == who for f in facts), facts


@pytest.mark.parametrize(
    "text, relative",
    [
        ("Patients love Sam Okafor, our porter. Okafor's late mother was nursed here in 2016.", "late mother"),
        ("Jo Pryce, 41, runs the shop. Pryce's late father founded it in 1970.", "late father"),
        ("The cup was given by Ruth Kane. Kane's late husband played for the club for twenty years.", "late husband"),
    ],
)
def test_an_unnamed_late_relative_is_dead(nlp, text, relative):
    facts = _facts(nlp, D + text)
    assert any(f[0] == "death" and relative in (f[1] or "") for f in facts), facts
