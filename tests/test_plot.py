"""kg plot draws an ego network and a pair timeline as PNG, SVG and offline HTML."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import needs_dev
from goldens import gold_store, gold_store_path
from lxml import etree

from kg.cli import main

__all__ = ["gold_store", "gold_store_path"]
pytestmark = needs_dev


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("ext", ["png", "svg", "html"])
def test_ego_network_renders(gold_store_path, tmp_path, ext):
    pytest.importorskip("matplotlib") if ext != "html" else None
    out = tmp_path / f"china.{ext}"
    r = run("plot", "ego", "China", "--store", gold_store_path, "-o", out)
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    if ext == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    else:
        root = etree.fromstring(data, etree.HTMLParser() if ext == "html" else None)
        texts = " ".join(root.itertext())
        for name in ("China", "South Africa", "BRICS", "Xi Jinping"):
            assert name in texts
    if ext == "html":
        page = data.decode()
        assert (
            "<script" not in page
            and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
            and "https://" not in page
        )


@pytest.mark.parametrize("ext", ["png", "svg", "html"])
def test_pair_timeline_renders(gold_store_path, tmp_path, ext):
    pytest.importorskip("matplotlib") if ext != "html" else None
    out = tmp_path / f"eu-china.{ext}"
    r = run("plot", "timeline", "European Union", "China", "--store", gold_store_path, "-o", out)
    assert r.exit_code == 0, r.output
    data = out.read_bytes()
    if ext == "png":
        assert data.startswith(b"\x89PNG")
    else:
        texts = " ".join(
            etree.fromstring(data, etree.HTMLParser() if ext == "html" else None).itertext()
        )
        for rel in ("cooperatesWith", "criticizes", "urges"):
            assert rel in texts
    if ext == "html":
        assert "The EU side condemned" in data.decode()  # the sentence behind each mark


def test_state_level_ego_and_time_slice(gold_store_path, tmp_path):
    out = tmp_path / "zaf.html"
    r = run(
        "plot",
        "ego",
        "South Africa",
        "--level",
        "state",
        "--since",
        "2024",
        "--store",
        gold_store_path,
        "-o",
        out,
    )
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "Angola" in page and "Cyril Ramaphosa" not in page and "2024" in page


def test_unknown_actor_and_format_are_one_clear_line(gold_store_path, tmp_path):
    r = run("plot", "ego", "Chnia", "--store", gold_store_path, "-o", tmp_path / "x.html")
    assert r.exit_code == 2
    assert r.output.startswith(
        "Error: Chnia: no actor of that name in the store (did you mean China"
    )
    assert len(r.output.strip().splitlines()) == 1
    r = run("plot", "ego", "China", "--store", gold_store_path, "-o", tmp_path / "x.jpg")
    assert r.exit_code == 2 and "end the name in .png, .svg or .html" in r.output
    r = run(
        "plot", "timeline", "China", "Brazil", "--store", gold_store_path, "-o", tmp_path / "t.html"
    )
    assert r.exit_code == 2 and "no relation between these two" in r.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("ext", ["html", "png"])
def test_a_pair_with_only_undated_relations_says_there_is_nothing_dated_to_draw(tmp_path, ext):
    if ext == "png":
        pytest.importorskip("matplotlib")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "undated.txt").write_text(
        "President Macron congratulates Chancellor Scholz\n\nPresident Emmanuel Macron "
        "congratulated Chancellor Olaf Scholz on his election.\n", encoding="utf-8")  # fmt: skip
    store = tmp_path / "s"
    assert run("build", folder, "--store", store, "--all").exit_code == 0
    out = tmp_path / f"t.{ext}"
    r = run("plot", "timeline", "Emmanuel Macron", "Olaf Scholz", "--store", store, "-o", out)
    assert r.exit_code == 2 and "nothing dated to draw" in r.output
    assert "Emmanuel Macron congratulates Olaf Scholz" in r.output  # the undated ones, listed
    assert not out.exists()
