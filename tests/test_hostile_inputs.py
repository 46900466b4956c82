"""Hostile inputs: each gives one line naming it and the reason, and the batch goes on.

Each case is a folder holding one good readout and the hostile input; ``kg build``
runs on it as a real process (``python -m kg.cli``), must finish, name the bad
input on one line of stderr, exit 1, and store the good readout.
"""

from __future__ import annotations

import ctypes
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_file, read_paths
from kg.model import Readout
from kg.store.database import Store

GOOD = (
    "Ruritania and Examplia\n\nPresident Ana Torres of Paraguay spoke with President "
    "Luiz Inácio Lula da Silva of Brazil on the phone today. The two presidents agreed to "
    "remain in close contact.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def zip_bytes(names: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in names.items():
            z.writestr(name, content)
    return buf.getvalue()


def kg_build(folder: Path, store: Path, preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=folder.parent,
        preexec_fn=preexec,
    )


def without_root_reading() -> None:
    """In the child, before exec: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the
    bounding set, so root keeps its uid (and reads the venv it owns) but a chmod 000 file
    fails to open with EACCES, as for any user."""
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
    for cap in (cap_dac_override, cap_dac_read_search):
        if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_batch(tmp_path: Path, make, good: int = 1, preexec=None) -> tuple[list[str], Path]:
    """Build a folder with a good readout plus what ``make`` puts there; return error lines."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    make(folder)
    store = tmp_path / "store"
    res = kg_build(folder, store, preexec)
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error: ")]
    assert res.returncode == 1, res.stdout + res.stderr
    assert f"added {good}," in res.stdout, res.stdout + res.stderr
    assert len(Store(store, read_only=True).readout_graphs()) == good
    return errors, folder


def test_broken_html_is_read_as_far_as_it_goes(tmp_path):
    page = tmp_path / "broken.html"
    # Unclosed paragraphs and bold, stray end tags, no </body>, cut off inside a tag.
    page.write_bytes(
        b"<html><head><title>Talks</title><body><div class=content><h1>Talks</h1>"
        b"<p>The Prime Minister held talks with the <b>President of Ruritania today."
        b"</span></td><p>The two leaders agreed to deepen cooperation in trade"
        b"</i> and energy, and to meet again next year.<div class='share'><a href="
    )
    (readout,) = list(read_file(page))
    assert isinstance(readout, Readout), readout
    assert "held talks with the President of Ruritania" in readout.text
    assert "meet again next year." in readout.text


def test_broken_html_with_nothing_readable_is_named(tmp_path):
    def make(folder):
        (folder / "soup.html").write_bytes(b"<<<<html>>>></div></div><p><<<!--")

    errors, folder = run_batch(tmp_path, make)
    assert errors == [
        f"error: {folder / 'soup.html'}: no article text in the page (nothing but page furniture)"
    ]


def test_an_html_page_without_a_readout_is_named(tmp_path):
    def make(folder):
        links = "".join(
            f"<li><a href='/news/{i}'>President meets Prime Minister number {i} "
            f"to discuss cooperation</a></li>"
            for i in range(30)
        )
        (folder / "index.html").write_text(
            "<html><head><title>News | Ministry</title></head><body><nav><a href='/'>Home</a>"
            f"</nav><h1>News</h1><ul class='list'>{links}</ul><footer>Copyright</footer>"
            "</body></html>",
            encoding="utf-8",
        )
        (folder / "404.html").write_text(
            "<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>", encoding="utf-8"
        )

    errors, folder = run_batch(tmp_path, make)
    assert sorted(errors) == [
        f"error: {folder / '404.html'}: no article text in the page (nothing but page furniture)",
        f"error: {folder / 'index.html'}: no article text in the page (nothing but page furniture)",
    ]


def test_a_malformed_json_lines_row_is_named_by_line_and_the_rest_is_read(tmp_path):
    def make(folder):
        good = '{"title": "Call", "content": "%s"}' % GOOD.replace("\n", " ")
        (folder / "corpus.jsonl").write_text(
            f'{good}\n{{"title": "Broken", "content": \n["not", "an object"]\n', encoding="utf-8"
        )

    errors, folder = run_batch(tmp_path, make, good=2)
    assert errors == [
        f"error: {folder / 'corpus.jsonl'}:2: malformed JSON (Expecting value at column 32)",
        f"error: {folder / 'corpus.jsonl'}:3: JSON record is list, not an object",
    ]


def test_a_csv_with_a_delimiter_not_found_is_named_and_a_semicolon_csv_is_read(tmp_path):
    path = tmp_path / "semi.csv"
    path.write_text("title;content\nCall;" + GOOD.replace("\n", " ") + "\n", encoding="utf-8")
    (readout,) = list(read_file(path))
    assert isinstance(readout, Readout)

    def make(folder):
        (folder / "hash.csv").write_text("title#content\nCall#Some text here.\n", encoding="utf-8")

    errors, folder = run_batch(tmp_path, make)
    assert errors == [
        f"error: {folder / 'hash.csv'}: no text column in the header (expected one of: "
        "content, text, body, article, full_text, ...; read with comma as delimiter: "
        "['title#content']); wrong delimiter or missing column? Map one with --column text=NAME"
    ]


def test_a_csv_missing_a_column_in_a_row_is_named_by_line(tmp_path):
    def make(folder):
        (folder / "short.csv").write_text(
            "title,content,date\nCall," + '"' + GOOD.replace("\n", " ") + '",2024-01-02\n'
            "Broken row,2024-01-03\n",
            encoding="utf-8",
        )

    errors, folder = run_batch(tmp_path, make, good=2)
    assert errors == [
        f"error: {folder / 'short.csv'}:3: row has 2 fields, the header 3 (a missing column?)"
    ]


def test_a_csv_without_its_text_column_is_named(tmp_path):
    path = tmp_path / "nocontent.csv"
    path.write_text("title,date\nCall,2024-01-02\n", encoding="utf-8")
    (err,) = list(read_file(path))
    assert isinstance(err, InputError) and "no text column in the header" in err.reason


def test_a_symlink_loop_in_a_folder_is_named_and_not_followed(tmp_path):
    def make(folder):
        (folder / "sub").mkdir()
        (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
        (folder / "self.txt").symlink_to(folder / "self.txt")

    errors, folder = run_batch(tmp_path, make)
    assert sorted(errors) == [
        f"error: {folder / 'self.txt'}: symlink loop (too many levels of symbolic links)",
        f"error: {folder / 'sub' / 'back'}: symlink loop ({folder.resolve()}), not followed",
    ]


def test_an_unreadable_file_is_named(tmp_path):
    """As root (CI), the build runs without the capabilities that let root read any mode."""

    def make(folder):
        (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
        (folder / "secret.txt").chmod(0)

    preexec = without_root_reading if os.geteuid() == 0 else None
    errors, folder = run_batch(tmp_path, make, preexec=preexec)
    assert errors == [f"error: {folder / 'secret.txt'}: permission denied (unreadable file)"]


def test_a_named_pipe_is_named_without_waiting_on_it(tmp_path):
    """Opening a FIFO for reading blocks until a writer comes; the build must not wait."""

    def make(folder):
        os.mkfifo(folder / "pipe.txt")

    errors, folder = run_batch(tmp_path, make)
    assert errors == [f"error: {folder / 'pipe.txt'}: a named pipe (FIFO), not a regular file"]


def test_files_that_are_not_what_their_extension_says_are_named(tmp_path):
    def make(folder):
        (folder / "photo.txt").write_bytes(PNG)
        (folder / "data.csv").write_bytes(zip_bytes({"readme.txt": "hello"}))
        (folder / "sheet.csv").write_bytes(
            zip_bytes({"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<x/>"})
        )
        (folder / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        (folder / "rows.jsonl").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")

    errors, folder = run_batch(tmp_path, make)
    assert sorted(errors) == sorted(
        [
            f"error: {folder / 'photo.txt'}: a PNG image, not text despite its name",
            f"error: {folder / 'data.csv'}: a ZIP archive, not CSV despite its name; "
            "unpack it and give the folder",
            f"error: {folder / 'sheet.csv'}: an Excel workbook (.xlsx), not CSV despite its name; "
            "save it as CSV first",
            f"error: {folder / 'report.html'}: a PDF document, not HTML despite its name",
            f"error: {folder / 'rows.jsonl'}: a JPEG image, not JSON Lines despite its name",
        ]
    )


def test_a_missing_input_and_a_broken_symlink_are_named(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    items = list(read_paths([tmp_path / "nowhere.txt", tmp_path / "dangling.txt"]))
    assert [(Path(e.source).name, e.reason) for e in items] == [
        ("nowhere.txt", "no such file"),
        ("dangling.txt", "broken symlink (its target does not exist)"),
    ]


def test_text_that_is_not_utf8_is_named_with_the_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Réunion à Paris entre les présidents.".encode("latin-1"))
    (err,) = list(read_file(path))
    assert err.reason == ("not UTF-8 text (invalid byte 0xe9 at offset 1); convert it to UTF-8")


def test_the_batch_reports_each_bad_input_through_the_cli_runner_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "photo.txt").write_bytes(PNG)
    (folder / "empty.txt").write_bytes(b"  \n")
    res = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert res.exit_code == 1
    assert f"error: {folder / 'empty.txt'}: empty file" in res.stderr
    assert f"error: {folder / 'photo.txt'}: a PNG image, not text despite its name" in res.stderr
    assert "read 1, kept 1, skipped 0, failed 2" in res.stdout


def test_utf16_without_a_byte_order_mark_is_named_as_such(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(GOOD.encode("utf-16-le"))
    (err,) = list(read_file(path))
    assert err.reason == "UTF-16 text without a byte-order mark; save it as UTF-8"
    path.write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le"))  # with one, it is read
    (readout,) = list(read_file(path))
    assert isinstance(readout, Readout) and readout.text == GOOD


def _page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n")[1:])
    return (
        f"<html><head><title>Call</title>{head}</head><body><h1>A call</h1>"
        f"{paragraphs}</body></html>"
    )


@pytest.mark.parametrize("char", ["\x0b", "\x0c", "\x1d", "\x01"])
def test_a_control_character_from_a_word_processor_costs_nothing(tmp_path, char):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    head = f"<script>var x = 1;</script>{char}<!-- saved -->{char}"
    (folder / "pasted.html").write_text(
        _page(GOOD.replace("today.", f"today.{char}"), head), encoding="utf-8"
    )
    row = {"text": GOOD.replace("phone", f"phone{char}"), "title": "Call", "id": "r1"}
    import json

    (folder / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    res = kg_build(folder, store)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "added 3," in res.stdout, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    out = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", str(folder / "pasted.html")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    for doc in read_file(folder / "pasted.html"):
        assert isinstance(doc, Readout) and char not in doc.text


@pytest.mark.parametrize("bad", [" ", ">", '"', "{", "|", "^", "\\"])
def test_a_url_that_is_not_an_iri_is_percent_encoded_and_the_readout_kept(tmp_path, bad):
    folder = tmp_path / "in"
    folder.mkdir()
    url = f"https://example.org/news/a{bad}b"
    (folder / "side.txt").write_text(GOOD, encoding="utf-8")
    (folder / "side.json").write_text(json.dumps({"url": url}), encoding="utf-8")
    row = {"text": GOOD.replace("today", "yesterday"), "url": url.replace("a", "c", 1)}
    (folder / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    res = kg_build(folder, tmp_path / "store")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "added 2," in res.stdout, res.stdout + res.stderr
    (doc,) = read_file(folder / "side.txt")
    assert doc.url == url.replace(bad, "%" + f"{ord(bad):02X}")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "extract",
            "--format",
            "nq",
            str(folder / "side.txt"),
            "--url",
            f"https://example.org/x{bad}y",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr


def test_a_file_name_that_is_not_utf8_or_holds_a_newline_is_kept_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    raw = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(raw, "wb") as f:
        f.write(GOOD.replace("today", "yesterday").encode())
    (folder / "two\nadded 99, fake.txt").write_text(GOOD.replace("today", "on Monday"))
    res = kg_build(folder, tmp_path / "store")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "added 3," in res.stdout, res.stdout + res.stderr
    assert "added 99" not in res.stdout.replace("\\nadded 99", "")
    sources = Store(tmp_path / "store", read_only=True).sources().values()
    assert f"{folder}/caf\\xe9.txt" in sources
    assert f"{folder}/two\\nadded 99, fake.txt" in sources


def test_a_null_publication_date_0001_01_01_is_no_date_and_costs_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = GOOD.replace("on the phone today", "on the phone on Sunday")
    (folder / "side.txt").write_text(text, encoding="utf-8")
    (folder / "side.json").write_text(json.dumps({"published": "0001-01-01"}), encoding="utf-8")
    row = {"text": text.replace("Sunday", "Monday"), "published": "0001-01-01T00:00:00Z"}
    (folder / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    res = kg_build(folder, tmp_path / "store")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "added 2," in res.stdout, res.stdout + res.stderr
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "extract",
            "--published",
            "0001-01-01",
            str(folder / "side.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    (doc,) = read_file(folder / "side.txt")
    assert doc.published is None


def _slow_readout(folder: Path) -> Path:
    """A long readout (2.3 MB of our own sentences) that takes several seconds to extract:
    far over the 2 s budget, while the good readout (with the first load of the data
    files) takes a fraction of it even on a loaded machine."""
    day = (
        "\nOn day {} of the talks, President Ana Torres of Paraguay thanked President Luiz "
        "Inácio Lula da Silva of Brazil for his support and both agreed to deepen cooperation "
        "in trade and energy.\n"
    )
    slow = folder / "slow.txt"
    slow.write_text(GOOD + "".join(day.format(i) for i in range(12000)), encoding="utf-8")
    return slow


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_document_over_the_time_budget_is_named_and_the_build_goes_on(tmp_path, jobs):
    """In the building process (-j 1) and in worker processes (-j 2). Each build runs in a
    process of its own: the budget is an alarm signal in the extracting process, and the
    suite's own process may hold signal state other tests left (Playwright, servers)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    slow = _slow_readout(folder)
    store = tmp_path / "store"
    args = ["build", str(folder), "--store", str(store), "-j", jobs, "--budget", "2"]
    res = subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=120
    )
    assert res.returncode == 1, res.stdout + res.stderr
    errors = [ln for ln in res.stderr.splitlines() if ln.startswith("error: ")]
    assert errors == [f"error: {slow}: took longer than 2 s to extract"]
    assert "added 1," in res.stdout
    assert len(Store(store, read_only=True).readout_graphs()) == 1


@pytest.mark.parametrize("levels", [254, 1000])
def test_a_page_nested_too_deep_to_parse_says_so(tmp_path, levels):
    def make(folder):
        prose = (
            "<p>The Foreign Minister of Ruritania met the Foreign Minister of Examplia today "
            "in the capital. The two ministers agreed to deepen cooperation in trade.</p>"
        )
        (folder / "deep.html").write_text(
            "<html><head><title>Talks</title></head><body>"
            + "<div>" * levels
            + prose
            + "</div>" * levels
            + "</body></html>",
            encoding="utf-8",
        )

    errors, folder = run_batch(tmp_path, make)
    assert errors == [
        f"error: {folder / 'deep.html'}: no article text in the page "
        f"(nested too deep to parse ({levels + 3} levels))"
    ]


def test_a_url_encoded_to_be_an_iri_keeps_the_original_as_a_literal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    given = {
        "side": "https://example.org/news/talks with Brazil",
        "page": 'https://example.org/news/"call">?a={1}|b',
        "row": "https://example.org/news/a^b\\c",
        "meta": "https://example.org/news/meta page",
    }
    (folder / "side.txt").write_text(GOOD, encoding="utf-8")
    (folder / "side.json").write_text(json.dumps({"url": given["side"]}), encoding="utf-8")
    (folder / "page.html").write_text(
        f"<html><head><title>Talks</title><meta property='og:url' "
        f"content='{given['page']}'></head><body><h1>Talks</h1>"
        f"<p>{GOOD.split(chr(10), 2)[2]}</p></body></html>",
        encoding="utf-8",
    )
    row = {"text": GOOD.replace("today", "yesterday"), "url": given["row"]}
    (folder / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (folder / "plain.txt").write_text(GOOD.replace("today", "on Monday"), encoding="utf-8")
    ok = folder / "ok.txt"
    ok.write_text(GOOD.replace("today", "on Tuesday"), encoding="utf-8")
    (ok.with_suffix(".json")).write_text(json.dumps({"url": "https://example.org/ok"}))
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "plain.txt", "url": given["meta"]}) + "\n")
    store = str(tmp_path / "store")
    res = CliRunner().invoke(main, ["build", str(folder), "--store", store, "--meta", str(meta)])
    assert res.exit_code == 0, res.output
    assert "added 5," in res.stdout
    sparql = (
        "SELECT ?url ?given WHERE { ?r a rk:Readout ; <https://schema.org/url> ?url . "
        "OPTIONAL { ?r rk:sourceUrl ?given } }"
    )
    out = CliRunner().invoke(main, ["query", sparql, "--store", store, "--format", "json"])
    assert out.exit_code == 0, out.output
    found = {row["url"]: row.get("given") for row in json.loads(out.stdout)}
    assert found == {
        "https://example.org/news/talks%20with%20Brazil": given["side"],
        "https://example.org/news/%22call%22%3E?a=%7B1%7D%7Cb": given["page"],
        "https://example.org/news/a%5Eb%5Cc": given["row"],
        "https://example.org/news/meta%20page": given["meta"],
        "https://example.org/ok": None,
    }
    assert CliRunner().invoke(main, ["validate", "--store", store]).exit_code == 0
