"""`kg serve`'s query page, driven in a real headless Chromium (Debian's package, through
Playwright without a browser download) against a real `kg serve` on 127.0.0.1: pick a named
query, fill a parameter, run, see rows, share the link, open it, download CSV and JSON."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess

import pytest
from conftest import EXAMPLES
from servers import free_port, stop, tool, wait_until_up

from kg.build import build
from kg.store.bind import bind
from kg.store.database import Store
from kg.store.query import named_queries

CHROMIUM = os.environ.get("KG_TEST_CHROMIUM") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="no Chromium (Debian's package 'chromium'; .ci/run installs it)"
)
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WHO = "Anthony Albanese"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "store"
    with Store(path) as store:
        assert not build([EXAMPLES], store).failed
        names, rows = store.select(bind(named_queries()["ties"].text, {"subject": WHO}))
    assert rows
    port = free_port()
    proc = subprocess.Popen(
        [tool("kg"), "serve", "--store", str(path), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc)
        yield url, names, rows
    finally:
        stop(proc)


@pytest.fixture
def browser():
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _rows(page) -> list[list[str]]:
    """The result table's rows, once the run has finished."""
    page.wait_for_function("document.getElementById('status').textContent.includes('row')")
    return [r.locator("td").all_inner_texts() for r in page.locator("#out tbody tr").all()]


def test_named_query_with_a_parameter_shared_by_link_and_downloaded(served, browser, tmp_path):
    url, names, want = served
    context = browser.new_context(accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    page = context.new_page()
    page.goto(url + "/")
    # The menu names the query the box holds, and its parameters have fields.
    first = next(iter(named_queries()))
    assert page.input_value("#named") == first
    assert page.input_value("#q") == named_queries()[first].text
    assert page.locator("#params input").count() == len(named_queries()[first].params)

    page.select_option("#named", "ties")
    assert page.input_value("#q") == named_queries()["ties"].text
    assert page.locator("#question").inner_text() == named_queries()["ties"].question
    for param, description in named_queries()["ties"].params:
        assert page.locator(f"#param-{param}").is_visible()
        assert page.get_by_text(description).is_visible()
    page.fill("#param-subject", WHO)
    page.click("#run")
    rows = _rows(page)
    assert len(rows) == len(want) and {r[0] for r in rows} == {WHO}
    assert page.locator("#out th").all_inner_texts() == names
    assert "name=ties" in page.url and "subject=Anthony+Albanese" in page.url

    page.click("#copy")
    page.wait_for_function("document.getElementById('status').textContent === 'link copied'")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url

    shared = context.new_page()
    shared.goto(link)  # opens with the query filled in, and runs it
    assert shared.input_value("#named") == "ties"
    assert shared.input_value("#param-subject") == WHO
    assert _rows(shared) == rows

    with page.expect_download() as got:
        page.click("#download-csv")
    assert got.value.suggested_filename == "ties.csv"
    got.value.save_as(tmp_path / "ties.csv")
    with open(tmp_path / "ties.csv", newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert table[0] == names and table[1:] == rows  # the rows the page shows

    with page.expect_download() as got:
        page.click("#download-json")
    got.value.save_as(tmp_path / "ties.json")
    data = json.loads((tmp_path / "ties.json").read_text(encoding="utf-8"))
    assert data["head"]["vars"] == names and len(data["results"]["bindings"]) == len(want)
    context.close()


def test_a_query_of_ones_own_is_shared_by_its_text(served, browser):
    url, _, _ = served
    page = browser.new_page()
    page.goto(url + "/")
    page.fill("#q", "SELECT ?r WHERE { ?r a rk:Readout } ORDER BY ?r")
    page.dispatch_event("#q", "input")
    assert page.input_value("#named") == ""  # edited: no longer the named query
    assert page.locator("#params input").count() == 0
    page.click("#run")
    assert len(_rows(page)) == 3  # the three example readouts
    assert "query=SELECT" in page.url

    shared = browser.new_page()
    shared.goto(page.url)
    assert shared.input_value("#q") == "SELECT ?r WHERE { ?r a rk:Readout } ORDER BY ?r"
    assert len(_rows(shared)) == 3


def test_a_bad_query_from_a_link_is_shown_plainly(served, browser):
    url, _, _ = served
    page = browser.new_page()
    page.goto(url + "/?query=SELECT+*+WHERE+%7B+%3Fs+foo%3Abar+%3Fo+%7D")
    page.wait_for_selector("#out .error")
    assert page.inner_text("#out .error").startswith("unknown prefix foo:")
    page.goto(url + "/?name=no-such-query")
    assert page.inner_text("#out .error") == "no named query 'no-such-query'"
