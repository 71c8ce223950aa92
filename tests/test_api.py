"""HTTP API: in-process through the ASGI app, one error shape everywhere."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dateline.api import Client, create_app
from dateline.cli import app as cli_app


@pytest.fixture(scope="module")
def client():
    return Client(create_app())


def test_api_extract_returns_the_extraction_contract(client):
    text = "date 2022-09-14\nWren Halloway said: \"The bridge opens today.\""
    r = client.post("/api/extract", json={"text": text, "id": "bridge"})
    assert r.status_code == 200
    data = r.json()
    assert data["article"] == {**data["article"], "id": "bridge", "date": "2022-09-14", "date_precision": "day"}
    assert text[data["article"]["body_start"] :].startswith("Wren")


def test_api_extract_html_page(client):
    r = client.post("/api/extract?format=html", json={"text": "Plain body text.", "date": "2022-09"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "month precision" in r.text


@pytest.mark.parametrize(
    "payload, status, code",
    [
        ({"text": "No header here."}, 400, "E001"),
        ({"text": "date 2022-13\nBody."}, 400, "E002"),
        ({"date": "2022-01-01"}, 422, "E422"),
    ],
)
def test_api_errors_share_one_shape(client, payload, status, code):
    r = client.post("/api/extract", json=payload)
    assert r.status_code == status
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"} and body["error"]["code"] == code


def test_api_unknown_path_has_error_shape(client):
    r = client.get("/api/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E404"


def test_api_page_has_form(client):
    r = client.get("/")
    assert r.status_code == 200 and "<form" in r.text and "/api/extract" in r.text


def test_cli_serve_get_exit_codes(tmp_path):
    from dateline.store import open_store

    db = str(tmp_path / "empty.db")
    open_store(db).close()
    ok = CliRunner().invoke(cli_app, ["serve", "--db", db, "--get", "/api/health"])
    assert ok.exit_code == 0 and '"status":"ok"' in ok.stdout
    missing = CliRunner().invoke(cli_app, ["serve", "--db", db, "--get", "/api/missing"])
    assert missing.exit_code == 1 and "E404" in missing.stdout


def test_cli_serve_refuses_a_missing_corpus(tmp_path):
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "typo.db"), "--get", "/api/health"])
    assert result.exit_code == 1 and "E204" in result.output and not (tmp_path / "typo.db").exists()


@pytest.fixture(scope="module")
def corpus_client(tmp_path_factory, nlp):
    from dateline.read import read_path
    from dateline.store import open_store
    from dateline.store.ingest import ingest
    from tests.conftest import ROOT

    db = str(tmp_path_factory.mktemp("api") / "corpus.db")
    with open_store(db) as store:
        report = ingest(store, read_path(ROOT / "tests" / "corpus"), nlp=nlp)
    assert report.rejected == []
    return Client(create_app(db=db))


def test_api_corpus_search_and_person_from_one_data_function(corpus_client):
    r = corpus_client.get("/api/search", params={"q": "harbour"})
    assert r.status_code == 200
    data = r.json()
    assert data["count"] == len(data["results"]) > 0
    assert any(hit["kind"] == "quote" and hit["speaker"] == "Marta Kowalczyk" for hit in data["results"])
    people = corpus_client.get("/api/conflicts").json()
    page = corpus_client.get("/api/conflicts", params={"format": "html"})
    assert page.status_code == 200 and f"{people['count']} record(s)" in page.text


def test_api_corpus_unknown_person_is_404_with_error_shape(corpus_client):
    r = corpus_client.get("/api/people/Nobody%20Atall")
    assert r.status_code == 404 and r.json()["error"]["code"] == "E301"


def test_api_corpus_needs_db(client):
    r = client.get("/api/conflicts")
    assert r.status_code == 503 and r.json()["error"]["code"] == "E203"
