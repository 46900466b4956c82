"""kg compare's HTML page, opened in a real headless Chromium (Debian's package, driven by
Playwright without a browser download): it renders, and shows the rows the table shows."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner
from test_engagements import write

from kg.cli import main

CHROMIUM = os.environ.get("KG_TEST_CHROMIUM") or shutil.which("chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM, reason="no Chromium (Debian's package 'chromium'; .ci/run installs it)"
)
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def test_the_compare_page_renders_the_rows_of_the_table(tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    inputs = write(tmp_path / "in", ["fr-call", "de-call"])
    a, b = str(inputs / "fr-call.txt"), str(inputs / "de-call.txt")
    runner = CliRunner()
    page_file = tmp_path / "compare.html"
    made = runner.invoke(main, ["compare", a, b, "--format", "html", "-o", str(page_file)])
    assert made.exit_code == 0, made.output
    want = json.loads(runner.invoke(main, ["compare", a, b, "--format", "json"]).output)
    rows = want["relations_written"] + want["relations_state"]
    shared = sum(all(x["reported_by"]) for x in rows)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(page_file.as_uri())
            assert "two readouts" in page.title()
            assert page.locator("tr.shared").count() == shared
            assert page.locator("tr.one-sided").count() == len(rows) - shared
            one = page.locator("tr.one-sided", has_text="supports Ukraine").first
            assert one.is_visible()
            said = one.locator("td.said").first
            colour = said.evaluate("e => getComputedStyle(e).backgroundColor")
            assert colour == "rgb(255, 243, 196)"  # the one-sided claim is highlighted
            heads = page.locator("thead th").all_inner_texts()
            assert heads[0] == "claim" and len(heads) == 3
            page.screenshot(path=str(tmp_path / "compare.png"))
        finally:
            browser.close()
    assert (tmp_path / "compare.png").stat().st_size > 0
