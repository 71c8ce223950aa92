"""The explorer in a real browser: Debian's chromium driven by Playwright (executable_path; no
downloaded browser build). `make test` installs chromium when it can; otherwise these tests skip
with the reason. Screenshots go to tests/artifacts/ (printed at the end of each test)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import pytest

from tests.conftest import EXAMPLES, ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
ARTICLE = (
    "date 2024-03-05\n"
    "Harbour pilot Lena Sorvik, 38, guided the stranded ferry into port on Monday night.\n\n"
    '"The wind turned twice in an hour, and we simply waited for it," Sorvik said.\n'
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed (make test installs it with apt-get when run as root)")


@pytest.fixture(scope="module")
def server(tmp_path_factory, nlp):
    from dateline.read import read_path
    from dateline.store import open_store
    from dateline.store.ingest import ingest

    db = str(tmp_path_factory.mktemp("browser") / "corpus.db")
    with open_store(db) as store:
        ingest(store, read_path(EXAMPLES), nlp=nlp)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", db, "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    url = f"http://127.0.0.1:{port}"
    assert url in proc.stderr.readline()
    import httpx

    for _ in range(100):
        try:
            httpx.get(url + "/api/health", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.communicate(timeout=10)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements-dev.txt)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser, request):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    yield pg
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"{request.node.name}.png"
    pg.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    context.close()


def test_paste_an_article_then_see_highlights(server, page):
    from playwright.sync_api import expect

    def slow(route):  # hold the answer a moment so that the working state can be seen
        time.sleep(0.4)
        route.continue_()

    page.goto(server + "/")
    page.route("**/api/extract*", slow)
    page.fill("#text", ARTICLE)
    page.click("#extract-button")
    expect(page.locator("#extract-button")).to_have_text("working…")
    expect(page.locator("#result mark.q").first).to_be_visible(timeout=30000)
    expect(page.locator("#extract-button")).to_have_text("Extract")
    assert "The wind turned twice" in page.locator("#result mark.q").first.inner_text()
    expect(page.locator("#result .legend")).to_contain_text("scare quote")
    expect(page.locator("#result .t").first).to_be_visible()
    # shown in full: the result is part of the page, not a fixed-height frame
    assert page.locator("#result iframe").count() == 0


def test_search_then_person_then_chart_and_facts(server, page):
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.fill("#q", "medals")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=medals")
    expect(page.locator("li.hit").first).to_be_visible()
    expect(page.locator("li.hit mark").first).to_have_text("medals")
    page.locator("li.hit a", has_text="Mara Okafor").first.click()
    page.wait_for_url("**/people/*")
    expect(page.locator("h1")).to_contain_text("Mara Okafor")
    expect(page.locator("#facts")).to_be_visible()
    expect(page.locator("#facts tr")).not_to_have_count(0)
    expect(page.locator("figure.chart svg").first).to_be_visible()
    assert page.locator("figure.chart svg rect").count() > 0
    expect(page.locator("#relations")).to_contain_text("— parent of —")


def test_conflicts_page(server, page):
    from playwright.sync_api import expect

    page.goto(server + "/conflicts")
    conflicts = page.locator("section.conflict")
    expect(conflicts.first).to_be_visible()
    assert conflicts.first.locator(".card").count() == 2
    conflicts.first.locator(".card a").first.click()
    page.wait_for_url("**/articles/**")
    expect(page.locator("#ev")).to_be_visible()


def test_keyboard_navigation_of_the_search_form(server, page):
    from playwright.sync_api import expect

    page.goto(server + "/search?q=the")
    page.locator("#s-q").focus()
    order = []
    for _ in range(6):
        order.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        page.keyboard.press("Tab")
    assert order == ["s-q", "s-since", "s-until", "s-channel", "s-speaker", "BUTTON"]
    page.locator("#s-channel").focus()
    page.keyboard.press("ArrowDown")  # from "any" to the first channel
    chosen = page.eval_on_selector("#s-channel", "e => e.value")
    assert chosen
    page.locator("#s-q").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**channel={chosen}**")
    expect(page.locator("#result-count")).to_be_visible()
    # the focused element is always visibly outlined
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
