"""Two surnames without the given name: Spanish, Portuguese and Filipino news names a person
"Rocío Huamán Ccori" first and "Huamán Ccori" after, a father's and a mother's surname (the
particle and hyphen forms are ``builder._full``'s own). At extraction only."""

from __future__ import annotations

from dateline.extractors.entities.clusters import _Cluster


def double_surname(recent: list[_Cluster], longer: _Cluster, key: tuple[str, ...]) -> bool:
    """``key`` of two words is the last two of ``longer``'s three, and neither word opens
    anyone's name in the text (not "Maria Lopez" beside "Ana Maria Lopez" where a Maria is
    named, nor a given name another person goes by)."""
    if len(longer.key) != 3 or longer.key[1:] != key or not longer.is_person_like():
        return False
    return not any(c is not longer and c.key and c.key[0] in key for c in recent if not c.platform)
