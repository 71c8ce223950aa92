"""Hostile requests (issue 12): every answer, 500s included, has the {"error": {"code", "message"}}
shape; bodies over the limit are refused with 413 before they are read; no traceback is sent."""

from __future__ import annotations

import json
import logging

import pytest

from dateline.api import Client, create_app


def shape(r, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}, body
    assert "Traceback" not in r.text
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


@pytest.fixture(scope="module")
def client():
    return Client(create_app(max_body=100_000))


@pytest.mark.parametrize(
    "kwargs, status, code",
    [
        ({"content": b'{"text": "unclosed'}, 422, "E422"),
        ({"content": b'{"text": "\xff\xfe bad utf-8"}', "headers": {"content-type": "application/json"}}, 400, "E400"),
        ({"content": b"[" * 50_000, "headers": {"content-type": "application/json"}}, 400, "E400"),
        ({"content": b"date 2021-01-01\nBody.", "headers": {"content-type": "text/plain"}}, 422, "E422"),
        ({"json": {"date": "2021"}}, 422, "E422"),
        ({"json": {"text": "date 2021-01-01\nA body.", "id": "x" * 1_000_000}}, 413, "E413"),
        ({"json": {"text": "date 2021-01-01\nA body.", "id": "x" * 5_000}}, 422, "E422"),
        ({"json": {"text": "date 2021-01-01\nA b\u0000ody.", "id": "nul"}}, 400, "E004"),
        ({"json": {"text": "date 2021-01-01\nA body.", "id": "a\u0000b"}}, 400, "E004"),
        ({"content": b'{"text": "date 2021-01-01\\nA \\ud800 body."}', "headers": {"content-type": "application/json"}}, 400, "E014"),
        ({"json": {"text": "date 0000-05\nA body."}}, 400, "E002"),
        ({"json": {"text": "Body.", "date": "2020-02-30"}}, 400, "E002"),
    ],
)
def test_api_hostile_extract_bodies_get_the_error_shape(client, kwargs, status, code):
    shape(client.post("/api/extract", **kwargs), status, code)


def test_api_hostile_body_over_the_limit_is_refused_from_its_header(client):
    # 50 MB declared: refused before a byte of it is read
    big = b"x" * 50_000_000
    err = shape(client.post("/api/extract", content=big, headers={"content-type": "application/json"}), 413, "E413")
    assert "DATELINE_MAX_BODY_BYTES" in err["message"]


def test_api_hostile_streamed_body_over_the_limit_is_cut_off():
    app = create_app(max_body=1_000)
    sent = []

    async def chunks():
        for _ in range(100):
            sent.append(1)
            yield b"x" * 100

    shape(Client(app).post("/api/extract", content=chunks(), headers={"content-type": "application/json"}), 413, "E413")
    assert len(sent) < 100  # reading stopped once the limit was passed


def test_api_hostile_path_traversal_and_id_are_only_labels(client):
    r = client.post("/api/extract", json={"text": "date 2021-01-01\nMara Voss spoke.", "id": "../../etc/passwd"})
    assert r.status_code == 200 and r.json()["article"]["id"] == "../../etc/passwd"


def test_api_hostile_unexpected_error_is_logged_not_sent(caplog):
    app = create_app()

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with caplog.at_level(logging.ERROR, logger="dateline.api"):
        err = shape(Client(app).get("/api/boom"), 500, "E500")
    assert "secret" not in err["message"]
    assert any("secret internals" in (r.exc_text or "") or r.exc_info for r in caplog.records)


def test_api_hostile_extraction_past_its_budget_is_stopped(nlp):
    app = create_app(extract_seconds=1e-6)
    text = "date 2021-01-01\n" + 'Mara Voss said: "The ferry runs." ' * 50
    err = shape(Client(app).post("/api/extract", json={"text": text, "id": "slow"}), 503, "E103")
    assert "slow" in err["message"] and "budget" in err["message"]


def test_api_hostile_wrong_method_has_error_shape(client):
    shape(client.request("DELETE", "/api/extract"), 405, "E405")


# -- corpus endpoints --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp):
    from dateline.read import from_dated_text
    from dateline.store import open_store
    from dateline.store.ingest import ingest

    db = str(tmp_path_factory.mktemp("hostile") / "c.db")
    arts = [
        from_dated_text(f'date 2021-04-0{i}\nMara Voss said: "The ferry runs again on day {i}."', source=f"a{i}.txt")
        for i in range(1, 6)
    ]
    with open_store(db) as store:
        ingest(store, arts, nlp=nlp)
    return Client(create_app(db=db))


@pytest.mark.parametrize(
    "path, params, status, code",
    [
        ("/api/people/%2399999999999999999999", {}, 404, "E301"),
        ("/api/people/%2399999999999999999999/timeline", {}, 404, "E301"),
        ("/api/people/%2399999999999999999999/facts", {"as_of": "2021-01-01"}, 404, "E301"),
        ("/api/people/Mara%20Voss/facts", {"as_of": "2021-13-01"}, 422, "E302"),
        ("/api/quotes", {"speaker": "Mara Voss", "since": "2020-02-30"}, 422, "E302"),
        ("/api/people/a%00b", {}, 422, "E308"),
        ("/api/search", {"q": "\x00"}, 422, "E308"),
        ("/api/quotes", {"speaker": "Mara Voss", "channel": "\x00"}, 422, "E308"),
        ("/api/search", {"q": "ferry " * 40}, 422, "E306"),
        ("/api/search", {"q": "x" * 10_000}, 422, "E306"),
        ("/api/search", {"q": "ferry", "limit": 0}, 422, "E422"),
        ("/api/search", {"q": "ferry", "offset": -1}, 422, "E422"),
    ],
)
def test_api_hostile_corpus_params(corpus, path, params, status, code):
    shape(corpus.get(path, params=params), status, code)


@pytest.mark.parametrize("q", ['"unbalanced', "AND OR NOT", "*", "NEAR(", "ferry\" OR 1=1; DROP TABLE quotes; --", "'; SELECT 1; --", "-", ":"])
def test_api_hostile_fts_syntax_is_a_result_not_an_error(corpus, q):
    r = corpus.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    assert r.json()["count"] >= 0


def test_api_corpus_search_and_quotes_page_with_limit_and_offset(corpus):
    every = corpus.get("/api/quotes", params={"speaker": "Mara Voss"}).json()["results"]
    assert len(every) == 5
    page = corpus.get("/api/quotes", params={"speaker": "Mara Voss", "limit": 2, "offset": 1}).json()["results"]
    assert page == every[1:3]
    hits = [h for h in corpus.get("/api/search", params={"q": "ferry", "limit": 2}).json()["results"] if h["kind"] == "quote"]
    more = [h for h in corpus.get("/api/search", params={"q": "ferry", "limit": 2, "offset": 2}).json()["results"] if h["kind"] == "quote"]
    assert len(hits) == 2 and len(more) == 2 and not {h["snippet"] for h in hits} & {h["snippet"] for h in more}
    json.dumps(page)
