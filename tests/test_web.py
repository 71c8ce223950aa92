"""The explorer's pages, in-process: linked, readable (no JSON in cells), escaped, offline, and each
page the rendering of the records its ?format=json returns."""

from __future__ import annotations

import re

import pytest

from dateline.api import Client, create_app
from tests.conftest import EXAMPLES

HOSTILE = 'date 2024-01-09\nIvo <b>Marek</b> said: "<script>alert(1)</script> is not a quote."\n'


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp):
    from dateline.read import from_dated_text, read_path
    from dateline.store import open_store
    from dateline.store.ingest import ingest

    db = str(tmp_path_factory.mktemp("web") / "corpus.db")
    hostile = from_dated_text(HOSTILE, source="hostile", article_id="hostile-2024")
    with open_store(db) as store:
        assert ingest(store, [*read_path(EXAMPLES), hostile], nlp=nlp).rejected == []
    return Client(create_app(db=db))


def pid(site, name: str) -> int:
    return next(p["person"] for p in site.get("/api/people").json()["people"] if p["name"] == name)


PAGES = ["/", "/people", "/conflicts", "/sources", "/search?q=medals", "/docs", "/articles/harbor-2023-05"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_are_offline_and_escaped(site, path):
    r = site.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert not re.search(r'(src|href)="(https?:)?//', r.text), "a page must load nothing from elsewhere"
    assert "<script>alert" not in r.text


def test_home_links_into_the_corpus(site):
    page = site.get("/").text
    mara = pid(site, "Mara Okafor")
    assert f'href="/people/{mara}"' in page and 'action="/search"' in page and 'id="extract-form"' in page
    counts = site.get("/?format=json").json()["counts"]
    assert counts["articles"] == 8 and f">{counts['quotes']}<" in page


def test_person_page_reads_as_words_with_chart_and_links(site):
    mara = pid(site, "Mara Okafor")
    page = site.get(f"/people/{mara}").text
    assert '[{"' not in page and '{"relation' not in page, "no JSON on the person page"
    assert "<svg" in page and "Quotes by Mara Okafor per month" in page
    assert re.search(r'<a href="/people/\d+">Samuel Okafor</a>\s*<em>— parent of —</em>\s*<a href="/people/%d">Mara Okafor</a>' % mara, page)
    assert 'href="/articles/okafor-2018-08-04?at=' in page  # evidence links to the article at the offset
    data = site.get(f"/people/{mara}?format=json").json()
    assert data["age_today"] and data["age_today"] in page
    dates = [q["date"] for q in data["quotes"]]
    assert dates == sorted(dates, reverse=True)
    for q in data["quotes"]:
        assert q["text"][:30].replace("'", "&#39;").replace('"', "&#34;") in page


def test_article_page_links_names_and_marks_the_evidence(site):
    mara = pid(site, "Mara Okafor")
    page = site.get("/articles/okafor-2018-08-04?at=0-10").text
    assert f'href="/people/{mara}"' in page and 'id="ev"' in page
    assert "scare quote" in page and "time expression" in page  # the legend


def test_unspoken_and_scare_quotes_are_visible(site):
    page = site.get("/articles/harbor-2023-05").text
    assert 'class="scare"' in page
    riverside = site.get("/articles/riverside-2024-03-14").text
    assert 'class="q nospeaker"' in riverside and ".q.nospeaker{background:#e5e7eb;outline:1px dashed" in riverside


def test_hostile_text_is_escaped_everywhere(site):
    article = site.get("/articles/hostile-2024").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article and "<b>Marek</b>" not in article
    hits = site.get("/search", params={"q": "alert"}).text
    assert "<script>alert" not in hits and "&lt;script&gt;" in hits


def test_search_filters_and_pages(site):
    all_hits = site.get("/search", params={"q": "the", "format": "json"}).json()
    assert all_hits["total"] > 20 and all_hits["pages"] >= 2 and len(all_hits["results"]) == 20
    second = site.get("/search", params={"q": "the", "page": 2}).text
    assert 'rel="prev"' in second
    insta = site.get("/search", params={"q": "the", "channel": "Instagram", "format": "json"}).json()
    assert insta["total"] and {h["channel"] for h in insta["results"]} == {"Instagram"}
    early = site.get("/search", params={"q": "the", "until": "2019-12-31", "format": "json"}).json()
    assert early["total"] and all(h["date"] <= "2019-12-31" for h in early["results"])
    bad = site.get("/search", params={"q": "the", "since": "2019-13-01", "format": "json"})
    assert bad.status_code == 400 and "since" in bad.json()["error"]["message"] and "--" not in bad.json()["error"]["message"]


def test_timeline_draws_uncertain_dates_as_intervals(site):
    mara = pid(site, "Mara Okafor")
    data = site.get(f"/people/{mara}/timeline?format=json").json()
    uncertain = [e for e in data["events"] if not e["certain"]]
    assert uncertain  # the month-precise harbor article
    svg = site.get(f"/people/{mara}/timeline").text
    assert svg.count("<rect") >= 1 and svg.count("<circle") >= 1


def test_conflicts_page_shows_both_evidences(site):
    data = site.get("/conflicts?format=json").json()["conflicts"]
    assert data and all(c["first"]["article"] != c["second"]["article"] for c in data)
    page = site.get("/conflicts").text
    for c in data:
        assert c["first"]["link"].replace("&", "&amp;") in page and c["second"]["link"].replace("&", "&amp;") in page


def test_sources_charts_and_csv(site):
    page = site.get("/sources").text
    assert page.count("<svg") == 2 and "not stated" in page
    csv_text = site.get("/sources?format=csv").text
    assert csv_text.splitlines()[0] == "month,speaker,speaker_type,organization,gender,channel,quotes"
    assert site.get("/api/sources").json()["count"] == len(csv_text.splitlines()) - 1


def test_error_pages_speak_the_webs_language(site):
    page = site.get("/people/99999")
    assert page.status_code == 404 and "E301" in page.text and "dateline " not in page.text.split("<main>")[1]
    api = site.get("/api/people/Nobody%20Atall").json()["error"]["message"]
    assert "dateline" not in api and "--" not in api


def test_docs_are_local(site):
    page = site.get("/docs").text
    assert "/api/quotes" in page and "swagger" not in page.lower() and "cdn" not in page.lower()


def test_every_person_timeline_and_article_page_renders(site):
    for p in site.get("/api/people").json()["people"]:
        for path in (f"/people/{p['person']}", f"/people/{p['person']}/timeline"):
            r = site.get(path)
            assert r.status_code == 200, path
            assert '[{"' not in r.text and "{'" not in r.text, f"{path} shows raw records"
    for article in {h["article"] for h in site.get("/search", params={"q": "the", "format": "json"}).json()["results"]}:
        assert site.get(f"/articles/{article}").status_code == 200
    assert site.get("/articles/no-such-article").status_code == 404
