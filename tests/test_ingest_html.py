"""Saved web pages: the dev corpus's pages read like their text twins, and score the same."""

from __future__ import annotations

import json
import re

import pytest
from conftest import DEV, needs_dev

from kg.errors import InputError
from kg.extract import extract, gazetteer
from kg.gold.evaluate import Folder, Scores, score_one
from kg.ingest import read_file
from kg.ingest.html import html_to_text, parse_page
from kg.ingest.metadata import load_meta

PAGES = sorted((DEV / "html").glob("*.html")) if DEV.exists() else []
# Furniture that the text twins kept when they were saved and that a page reader must drop.
TWIN_FURNITURE = {"suggest to a friend:"}
PAGE_FURNITURE = re.compile(
    r"suggest to a friend|related news|read also|share this page|print this page|printable "
    r"version|back to top|skip to main|cookies|sitemap|copyright|all content|other news|"
    r"more on this topic|latest press releases|category:|tags:|topics:",
    re.IGNORECASE,
)


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def twin_paragraphs(text: str) -> list[str]:
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    return [norm(b) for b in blocks[1:] if norm(b) not in TWIN_FURNITURE]


def meta_of(stem: str) -> dict:
    return load_meta(DEV / "meta.jsonl")[stem]


@needs_dev
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_body_is_the_twins_paragraphs_and_metadata_is_the_pages(page):
    twin = (DEV / "texts" / f"{page.stem}.txt").read_text(encoding="utf-8")
    got = parse_page(str(page), page.read_bytes())
    assert [norm(p) for p in got.paragraphs] == twin_paragraphs(twin)
    meta = meta_of(page.stem)
    assert got.title == meta["title"]
    assert got.published == meta["published"]
    assert not PAGE_FURNITURE.search(got.text), got.text


@needs_dev
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_scores_against_gold_as_its_text_twin_does(page):
    """Text twin with the corpus metadata vs the page alone: same scores, same extraction."""
    gaz = gazetteer.load()
    fold = Folder(gaz, DEV.parent / "aliases.tsv")

    def state_of(name, day):
        offices = gaz.offices_of(name, day if day and len(day) == 10 else None)
        if offices:
            return offices[0].of
        actor = gaz.actors.get(name)
        return actor.country if actor else None

    gold = json.loads((DEV / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
    meta = meta_of(page.stem)
    kw = {k: meta[k] for k in ("published", "publisher") if meta.get(k)}
    twin = next(read_file(DEV / "texts" / f"{page.stem}.txt", **kw))
    from_page = next(read_file(page))
    assert not isinstance(from_page, InputError), from_page
    assert from_page.published == meta["published"]  # the page's own date flows through
    results = []
    for readout in (twin, from_page):
        pred = extract(readout).to_json(evidence=False)
        scores = Scores()
        score_one(gold, pred, fold, scores, state_of)
        results.append((scores.as_dict(), pred))
    assert results[0][0] == results[1][0]
    for key in ("relations", "statements", "topics"):
        assert results[0][1][key] == results[1][1][key], key
    twin_event, page_event = results[0][1]["event"], results[1][1]["event"]
    for key in ("type", "date", "participants", "initiator"):
        assert twin_event[key] == page_event[key], key


PAGE = """<!DOCTYPE html>
<!-- saved from url=(0052)https://mfa.example.org/eng/news/2024/05/call-17.html -->
<html><head><meta charset="windows-1252"><title>Minister speaks with counterpart | Ministry of
Foreign Affairs</title>
<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "MFA"},
 {"@type": "NewsArticle", "headline": "Minister speaks with counterpart",
  "datePublished": "2024-05-17T09:30:00+02:00",
  "publisher": {"@type": "Organization", "name": "Ministry of Foreign Affairs of Examplia"}}]}
</script></head>
<body>
<div id="cookie-consent">We use cookies. <button>OK</button></div>
<div class="topbar"><ul class="mainMenu"><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li></ul></div>
<div class="page">
 <div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/news">News</a></div>
 <h1>Minister speaks with counterpart</h1>
 <div class="byline">17.05.2024</div>
 <div class="socialShare"><a href="#">Facebook</a> <a href="#">X</a></div>
 <div class="text">
  <p>The Minister of Foreign Affairs spoke by telephone today with the Foreign Minister
  of Ruritania.</p>
  <p>The ministers discussed the preparations for the caf\xe9 summit and agreed to remain
  in close contact.</p>
  <p style="display:none">Hidden text that a browser never shows.</p>
 </div>
 <div class="relatedArticles"><h2>Related</h2><ul>
 <li><a href="#">Another story about the ministry and its work</a></li></ul></div>
</div>
<footer><p>Copyright Ministry of Foreign Affairs</p></footer>
</body></html>
"""


def test_a_legacy_page_gives_title_date_url_publisher_and_only_the_article(tmp_path):
    path = tmp_path / "call-17.html"
    path.write_bytes(PAGE.encode("cp1252"))
    (readout,) = list(read_file(path))
    assert readout.title == "Minister speaks with counterpart"
    assert readout.published == "2024-05-17"
    assert readout.url == "https://mfa.example.org/eng/news/2024/05/call-17.html"
    assert readout.publisher == "Ministry of Foreign Affairs of Examplia"
    assert readout.text.splitlines()[0] == "Minister speaks with counterpart"
    assert "café summit" in readout.text  # declared windows-1252 decoded as such
    for furniture in (
        "cookies",
        "Home",
        "Facebook",
        "Related",
        "Another story",
        "Copyright",
        "Hidden text",
    ):
        assert furniture not in readout.text, furniture
    assert extract(readout).event.type == "PhoneCall"


def test_a_sidecar_and_command_line_metadata_combine_with_the_pages_own(tmp_path):
    path = tmp_path / "call-17.html"
    path.write_bytes(PAGE.encode("cp1252"))
    (path.with_suffix(".json")).write_text(json.dumps({"publisher": "Foreign Office"}))
    (readout,) = list(read_file(path, published="2020-01-01", url="https://other.example/x"))
    assert readout.publisher == "Foreign Office"  # the sidecar speaks for this one file
    assert readout.published == "2024-05-17"  # the page's own date beats a batch default
    assert readout.url == "https://mfa.example.org/eng/news/2024/05/call-17.html"


def test_a_page_without_metadata_takes_its_date_from_the_dateline(tmp_path):
    path = tmp_path / "plain.html"
    path.write_text(
        "<html><body><div id='content'><h2>Talks with the President of Ruritania</h2>"
        "<p class='date'>Monday, 3 June 2024</p>"
        "<p>The Prime Minister held talks today with the President of Ruritania in the capital."
        "</p><p>The two leaders agreed to deepen cooperation in trade and energy.</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    (readout,) = list(read_file(path))
    assert readout.published == "2024-06-03"
    assert readout.text.startswith("Talks with the President of Ruritania\nMonday, 3 June 2024\n\n")


def test_html_in_a_corpus_column_becomes_paragraph_text():
    text = html_to_text("<p>First <b>bold</b> paragraph.</p><script>x()</script><p>Second.</p>")
    assert text == "First bold paragraph.\n\nSecond."


def test_an_old_table_layout_with_line_breaks_for_paragraphs(tmp_path):
    path = tmp_path / "old.htm"
    path.write_text(
        "<html><head><title>Minister meets Ambassador</title></head><body>"
        "<div id=header><h1><a href=/>Ministry of Foreign Affairs</a></h1></div>"
        "<table><tr><td class=menu><a href=/>Home</a><br><a href=/news>News</a></td>"
        "<td><b>Minister meets Ambassador</b><br>12 July 2021<br><br>The Minister of Foreign "
        "Affairs met the Ambassador of Japan today\nat the Ministry.<br><br>The two discussed "
        "the visit of the Japanese Foreign Minister.<br> <br>The Minister thanked Japan for its "
        "support.</td></tr></table><div class=footer>Copyright 2021</div></body></html>",
        encoding="utf-8",
    )
    (readout,) = list(read_file(path))
    assert readout.text == (
        "Minister meets Ambassador\n12 July 2021\n\n"
        "The Minister of Foreign Affairs met the Ambassador of Japan today at the Ministry.\n\n"
        "The two discussed the visit of the Japanese Foreign Minister.\n\n"
        "The Minister thanked Japan for its support.\n"
    )
    assert readout.published == "2021-07-12"


def test_a_logo_in_h1_is_not_the_headline_and_comments_are_not_the_article(tmp_path):
    path = tmp_path / "modern.html"
    path.write_text(
        "<html><body><header><h1 class=logo>MFA</h1><nav><a href=/>Home</a></nav></header>"
        "<main><article><h2>Foreign Minister holds talks with counterpart from Chile</h2>"
        "<time datetime=2022-05-02>2 May 2022</time><div class=body><p>The Foreign Minister "
        "held talks today with the Foreign Minister of Chile in the capital.</p><p>The "
        "ministers agreed to strengthen cooperation in lithium and renewable energy.</p></div>"
        "<section class=comments><h3>Comments</h3><p>Great news for our country, well done to "
        "everybody involved!</p></section></article></main></body></html>",
        encoding="utf-8",
    )
    (readout,) = list(read_file(path))
    assert readout.title == "Foreign Minister holds talks with counterpart from Chile"
    assert readout.published == "2022-05-02"
    assert "Comments" not in readout.text and "Great news" not in readout.text


def test_a_whole_page_in_a_corpus_column_gives_its_article():
    text = html_to_text(
        "<html><body><nav>Home</nav><div class=share>Share</div><p>The Minister "
        "of Foreign Affairs met the Ambassador of Japan today at the Ministry."
        "</p><p>The two agreed to deepen cooperation in many fields.</p>"
        "</body></html>"
    )
    assert text == (
        "The Minister of Foreign Affairs met the Ambassador of Japan today at the "
        "Ministry.\n\nThe two agreed to deepen cooperation in many fields."
    )


def test_a_paragraph_whose_names_are_links_is_prose_and_a_list_of_links_is_not(tmp_path):
    path = tmp_path / "linked.html"
    path.write_text(
        "<html><head><title>Secretary meets Foreign Minister</title></head><body><article>"
        "<h1>Secretary meets Foreign Minister</h1><p><a href=/p/1>Secretary Blinken</a> met "
        "<a href=/p/2>Foreign Minister Wang Yi</a> in <a href=/c/1>Beijing</a>.</p>"
        "<p>The two discussed trade, climate and the situation in the Middle East at length.</p>"
        "<ul><li><a href=/n/1>Secretary travels to Brussels for NATO meeting</a></li>"
        "<li><a href=/n/2>Readout of the Secretary's call with the Foreign Minister of "
        "Brazil</a></li></ul></article></body></html>",
        encoding="utf-8",
    )
    (readout,) = list(read_file(path))
    assert "Secretary Blinken met Foreign Minister Wang Yi in Beijing." in readout.text
    assert "NATO" not in readout.text and "Brazil" not in readout.text
