"""Saved pages: the publisher and URL found in each place a page gives them (issue 17 item 14).

The pages of tests/data/pages were written for these tests, except dev-d001.html and
dev-d005.html, copied from ../shared/corpus/dev/html: two real layouts that declare
no publisher in their markup and show it only in the logo, the site header and the
footer. What the user gives (a sidecar, a meta.jsonl row) wins over what a page says;
the command line's --publisher/--url/--published fill in only what a page lacks.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import read_file
from kg.ingest.jsonld import load
from kg.ingest.metadata import load_meta, with_metadata

PAGES = Path(__file__).parent / "data" / "pages"
ARTICLE = (
    "<h1>Foreign Minister speaks with the Foreign Minister of Ruritania</h1>"
    "<p>The Foreign Minister of Examplia spoke by telephone today with the Foreign Minister "
    "of Ruritania.</p><p>The two ministers discussed bilateral trade and agreed to remain in "
    "close contact.</p>"
)


def read(path: Path, **meta):
    (readout,) = list(read_file(path, **meta))
    assert not isinstance(readout, Exception), readout
    return readout


def page(tmp_path: Path, head: str, body: str = "", name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Talks</title>{head}</head>"
        f"<body>{body or f'<main>{ARTICLE}</main>'}</body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    "name, publisher, url",
    [
        ("og-tags", "Ministry of Foreign Affairs of Examplia",
         "https://www.mfa.example/en/news/2024/05/17/ruritania-call"),
        ("meta-publisher-canonical", "Examplian Foreign Office",
         "https://www.fo.example/news/ruritania-call-2024-05-17"),
        ("dcterms", "Department of External Relations, Examplia",
         "https://der.example/media/2024/0517.html"),
        ("json-ld", "Press Office of the Government of Examplia",
         "https://presse.example/en/ruritania-call"),  # mainEntityOfPage's @id
        ("json-ld-graph", "Government of Examplia", "https://gov.example/ruritania-call/"),
        ("json-ld-broken", "Ministry of Foreign Affairs of Examplia",
         "https://mofa.example/press/ruritania-call"),
        ("application-name", "Examplia Foreign Ministry", None),
        ("title-suffix", "Ministry of Foreign Affairs", None),
        ("author", "Ministry of Foreign Affairs and Trade of Examplia", None),
        ("relative-canonical", "Ministry of Foreign Affairs",  # " - Ministry of ..." in <title>
         "https://www.mfa.example/eng/xw/202405/t20240517_ruritania.html"),
        ("footer-copyright", "Ministry of Foreign Affairs of Examplia", None),
        ("crown-copyright", None, None),  # names nobody; the crest's alt describes a picture
    ],
)  # fmt: skip
def test_each_way_a_page_gives_its_publisher_and_url(name, publisher, url):
    readout = read(PAGES / f"{name}.html")
    assert (readout.publisher, readout.url) == (publisher, url)
    assert readout.title == "Foreign Minister speaks with the Foreign Minister of Ruritania"
    assert readout.published == "2024-05-17"


def test_where_sources_disagree_the_publishers_own_declaration_wins():
    """og:site_name over meta publisher tags, JSON-LD, application-name, the <title>,
    author, logo and footer; the canonical link (resolved against the address the page
    was saved from) over og:url, JSON-LD and the saved-from address with its tracking."""
    readout = read(PAGES / "conflicting.html")
    assert readout.publisher == "Ministry of Foreign Affairs of Examplia"
    assert readout.url == "https://www.mfa.example/en/news/2024/05/17/ruritania"


@pytest.mark.parametrize(
    "head, publisher",
    [
        ('<meta name="publisher" content="B"><meta property="og:site_name" content="A">', "A"),
        ('<meta name="dc.publisher" content="B"><script type="application/ld+json">'
         '{"@type":"Article","publisher":{"name":"C"}}</script>', "B"),
        ('<meta name="application-name" content="D"><script type="application/ld+json">'
         '{"@type":"Article","publisher":{"name":"C"}}</script>', "C"),
        ('<meta name="author" content="E"><meta name="application-name" content="D">', "D"),
        # a Facebook page or a handle is not a name: the next source speaks
        ('<meta name="publisher" content="https://facebook.com/mfa">'
         '<meta name="author" content="E">', "E"),
        ('<meta name="publisher" content="@mfa_examplia"><meta name="author" content="E">', "E"),
    ],
)  # fmt: skip
def test_publisher_sources_in_order(tmp_path, head, publisher):
    assert read(page(tmp_path, head)).publisher == publisher


def test_the_two_dev_pages_that_gave_no_publisher_give_the_corpus_publisher():
    """d001 (China's MFA: the logo's alt) and d005 (India's MEA: "published and managed
    by" in the footer, and the site header's heading) as the dev corpus's meta.jsonl
    names their publishers."""
    assert read(PAGES / "dev-d001.html").publisher == (
        "Ministry of Foreign Affairs of the People's Republic of China"
    )
    assert read(PAGES / "dev-d005.html").publisher == (
        "Ministry of External Affairs, Government of India"
    )


@pytest.mark.parametrize(
    "body, publisher",
    [
        # the site header's heading, lines joined; the headline is not the site
        ("<div class=masthead><h2>Ministry of Foreign Affairs<br><small>Republic of "
         f"Examplia</small></h2></div><main>{ARTICLE}</main>",
         "Ministry of Foreign Affairs, Republic of Examplia"),
        (f"<header><h1>Talks</h1></header><main>{ARTICLE}</main>", None),
        # a logo's link text, and its image's alt unless it describes the picture
        (f"<a class='portal-logo' href='/'>Presidency of Examplia</a><main>{ARTICLE}</main>",
         "Presidency of Examplia"),
        (f"<div class=logo><img alt='Emblem of Examplia'></div><main>{ARTICLE}</main>", None),
        # "published by" counts in the footer, not in the article
        (f"<main>{ARTICLE}<p>The statement was published by the Ministry of Defence.</p>"
         "</main>", None),
        (f"<main>{ARTICLE}</main><div class=site-footer>This site is maintained by the "
         "Federal Foreign Office; Berlin</div>", "Federal Foreign Office"),
        (f"<main>{ARTICLE}</main><footer><ul><li>Copyright</li><li>Privacy</li></ul></footer>",
         None),
    ],
)  # fmt: skip
def test_the_publisher_a_page_only_shows(tmp_path, body, publisher):
    assert read(page(tmp_path, "", body)).publisher == publisher


@pytest.mark.parametrize(
    "head, url",
    [
        # relative to <base href>, itself relative to the address the page declares
        ('<base href="/eng/"><link rel="canonical" href="news/1.html">'
         '<meta property="og:url" content="https://mfa.example/x/y">',
         "https://mfa.example/eng/news/1.html"),
        # protocol-relative: the scheme of the address it is resolved against
        ('<link rel="canonical" href="//www.mfa.example/a"><meta property="og:url" '
         'content="http://mfa.example/b">', "http://www.mfa.example/a"),
        # no <base>: relative to the address the page declares elsewhere (here JSON-LD's)
        ('<link rel="canonical" href="/a"><script type="application/ld+json">'
         '{"@type":"NewsArticle","url":"https://mfa.example/ld"}</script>',
         "https://mfa.example/a"),
        # nothing to resolve it against: no URL rather than a guessed host
        ('<link rel="canonical" href="/a">', None),
        ('<link rel="canonical" href="javascript:void(0)">', None),
        # a dc.identifier that is a number is not resolved into a URL
        ('<meta name="dc.identifier" content="2024-117"><meta property="og:url" '
         'content="https://mfa.example/b">', "https://mfa.example/b"),
        ('<link rel="alternate" href="https://mfa.example/fr"><link rel="canonical nofollow" '
         'href="https://mfa.example/en">', "https://mfa.example/en"),
    ],
)  # fmt: skip
def test_relative_and_odd_urls(tmp_path, head, url):
    assert read(page(tmp_path, head)).url == url


def test_a_url_an_iri_cannot_hold_is_percent_encoded_and_kept_as_given(tmp_path):
    given = "https://mfa.example/news/talks with|Ruritania"
    readout = read(page(tmp_path, f'<link rel="canonical" href="{given}">'))
    assert readout.url == "https://mfa.example/news/talks%20with%7CRuritania"
    assert readout.source_url == given


def test_broken_json_ld_costs_only_itself(tmp_path):
    assert load('{"a": 1,}') == [{"a": 1}]
    assert load('<!-- {"a": 1} -->') == [{"a": 1}]
    assert load('//<![CDATA[\n{"a": 1}\n//]]>') == [{"a": 1}]
    assert load('{"a": 1} {"b": 2}') == [{"a": 1}, {"b": 2}]
    assert load('{"a": 1} {"b": ') == [{"a": 1}]
    assert load("not json at all") == []
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": </script>'
        '<script type="application/ld+json">[1, "x", null]</script>'
        '<script type="application/ld+json">{"@type": 7, "publisher": ["x", {"@id": 3}]}'
        "</script>"
        '<meta name="application-name" content="Examplia Foreign Ministry">'
    )
    readout = read(page(tmp_path, head))
    assert readout.publisher == "Examplia Foreign Ministry"


def test_a_sidecar_wins_over_the_page_and_flags_fill_in_only_what_it_lacks(tmp_path):
    src = PAGES / "og-tags.html"
    path = tmp_path / src.name
    shutil.copy(src, path)
    flags = {"publisher": "Flag Office", "url": "https://flag.example/x"}
    readout = read(path, **flags)
    assert readout.publisher == "Ministry of Foreign Affairs of Examplia"
    assert readout.url == "https://www.mfa.example/en/news/2024/05/17/ruritania-call"
    bare = tmp_path / "crown-copyright.html"
    shutil.copy(PAGES / bare.name, bare)
    assert (read(bare, **flags).publisher, read(bare, **flags).url) == tuple(flags.values())
    path.with_suffix(".json").write_text(
        json.dumps({"publisher": "Sidecar Office", "url": "https://side.example/call"})
    )
    readout = read(path, **flags)
    assert (readout.publisher, readout.url) == ("Sidecar Office", "https://side.example/call")


def test_a_meta_jsonl_row_wins_over_the_page_and_a_sidecar_over_the_row(tmp_path):
    for name in ("og-tags", "json-ld"):
        shutil.copy(PAGES / f"{name}.html", tmp_path / f"{name}.html")
    (tmp_path / "json-ld.json").write_text(json.dumps({"publisher": "Sidecar Office"}))
    meta = tmp_path / "meta.jsonl"
    rows = [
        {"file": "og-tags.txt", "publisher": "Row Office", "url": "https://row.example/a b",
         "published": "2024-05-18"},
        {"file": "json-ld.html", "publisher": "Row Office", "title": "Row title"},
    ]  # fmt: skip
    meta.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    metas = load_meta(meta)
    og = with_metadata(read(tmp_path / "og-tags.html"), metas)
    assert (og.publisher, og.published) == ("Row Office", "2024-05-18")
    assert (og.url, og.source_url) == ("https://row.example/a%20b", "https://row.example/a b")
    ld = with_metadata(read(tmp_path / "json-ld.html"), metas)
    assert (ld.publisher, ld.title) == ("Sidecar Office", "Row title")
    assert ld.url == "https://presse.example/en/ruritania-call"  # the row gives none


def test_the_rows_of_a_corpus_export_keep_their_own_fields_over_meta_jsonl(tmp_path):
    export = tmp_path / "rows.jsonl"
    text = "The Foreign Minister of Examplia spoke by telephone today with his counterpart."
    export.write_text(json.dumps({"text": text, "publisher": "Own"}) + "\n", encoding="utf-8")
    metas = {"rows": {"file": "rows.jsonl", "publisher": "Row Office", "url": "https://r.x/"}}
    readout = with_metadata(read(export), metas)
    assert (readout.publisher, readout.url) == ("Own", "https://r.x/")


QUERY = (
    "SELECT ?publisher ?url WHERE { ?r a rk:Readout . "
    "OPTIONAL { ?r dcterms:publisher ?publisher } OPTIONAL { ?r schema:url ?url } }"
)


def test_kg_build_stores_the_pages_publisher_and_url_and_the_users_word_over_them(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("conflicting", "dev-d005", "relative-canonical"):
        shutil.copy(PAGES / f"{name}.html", inputs / f"{name}.html")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "relative-canonical.html", "publisher": "Row Office"}))
    store = str(tmp_path / "store")
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(inputs), "--store", store, "--meta", str(meta)])
    assert built.exit_code == 0, built.output
    assert "kept 3" in built.output
    got = runner.invoke(main, ["query", "--store", store, "--format", "json", QUERY])
    assert got.exit_code == 0, got.output
    rows = {(r.get("publisher"), r.get("url")) for r in json.loads(got.stdout)}
    assert rows == {
        ("Ministry of Foreign Affairs of Examplia",
         "https://www.mfa.example/en/news/2024/05/17/ruritania"),
        ("Ministry of External Affairs, Government of India", None),
        ("Row Office", "https://www.mfa.example/eng/xw/202405/t20240517_ruritania.html"),
    }  # fmt: skip
    assert runner.invoke(main, ["validate", "--store", store]).exit_code == 0
