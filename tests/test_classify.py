"""The readout filter and the language check, on documents written for them and the dev corpus."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEV, EXAMPLES, ROOT, SEED, needs_dev

from kg.cli import main
from kg.ingest import read_file
from kg.ingest.classify import NO_ENGAGEMENT, classify, cues
from kg.ingest.language import detect
from kg.model import Readout

DATA = Path(__file__).parent / "data"
NONREADOUTS = sorted((DATA / "nonreadouts").glob("*.txt"))
READOUTS = sorted((DATA / "readouts").glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
DEV_TEXTS = sorted((DEV / "texts").glob("*.txt")) if DEV.exists() else []
FOREIGN = {"fr": "fr", "es": "es", "pt": "pt", "de": "de", "ru": "ru", "uk": "uk", "zh": "zh",
           "ja": "ja", "ar": "ar"}


def only(path: Path) -> Readout:
    (readout,) = list(read_file(path))
    assert isinstance(readout, Readout), readout
    return readout


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_non_english_readouts_are_named_by_language_and_skipped(code):
    readout = only(DATA / "languages" / f"{code}.txt")
    assert detect(readout.text).code == FOREIGN[code]
    verdict = classify(readout)
    assert not verdict.keep and verdict.reason == f"not English (detected: {FOREIGN[code]})"


def test_english_full_of_foreign_names_is_english():
    readout = only(DATA / "languages" / "en-names.txt")
    assert detect(readout.text).code == "en"
    assert classify(readout).keep


def test_too_short_to_tell_is_not_called_foreign():
    assert detect("Merci.").code == "und"


@pytest.mark.parametrize("path", NONREADOUTS, ids=lambda p: p.stem)
def test_each_non_readout_is_skipped_with_a_reason(path):
    verdict = classify(only(path))
    assert not verdict.keep, verdict.scores
    assert verdict.reason.startswith("not a readout: ")


@pytest.mark.parametrize("path", READOUTS + DEV_TEXTS + ([SEED] if SEED.exists() else []),
                         ids=lambda p: p.stem)
def test_each_readout_is_kept(path):
    verdict = classify(only(path))
    assert verdict.keep and verdict.reason == "readout", verdict.scores


def test_skip_reasons_name_the_genre():
    reasons = {p.stem: classify(only(p)).reason for p in NONREADOUTS}
    assert reasons["a02-department-press-briefing"] == "not a readout: press-conference transcript"
    assert reasons["a04-toast-state-banquet"] == "not a readout: speech"
    assert reasons["a09-joint-communique-ministerial"] == "not a readout: joint statement"
    assert reasons["a10-visa-notice"] == "not a readout: consular notice"
    assert reasons["b11-fm-to-attend-arf"] == "not a readout: announcement"
    assert reasons["b22-sanctions-designation"] == NO_ENGAGEMENT


def test_future_tense_is_an_announcement_and_the_same_visit_told_after_is_a_readout():
    before = Readout("x", "President of Ruritania to visit Examplia\n\nAt the invitation of the "
                     "President of Examplia, the President of Ruritania will pay a state visit to "
                     "Examplia from 3 to 5 May. The two presidents will hold talks.\n")
    after = Readout("y", "President of Ruritania visits Examplia\n\nAt the invitation of the "
                    "President of Examplia, the President of Ruritania paid a state visit to "
                    "Examplia from 3 to 5 May. The two presidents held talks.\n")
    assert classify(before).reason == "not a readout: announcement"
    assert classify(after).keep


def test_every_cue_compiles_and_names_a_known_place():
    genres = {c.genre for c in cues()}
    assert "readout" in genres and len(genres) >= 8
    assert all(c.where in ("title", "head", "lead", "body", "lines") for c in cues())


@needs_dev
def test_filter_eval_reports_precision_and_recall_on_the_mixed_folder():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "filter_eval.py")],
                         capture_output=True, text=True, check=True, timeout=300).stdout
    assert "mixed folder: 97 documents (50 readouts, 47 others)" in out
    assert "precision 1.000  recall 1.000" in out


@needs_dev
def test_kg_build_skips_what_is_not_a_readout_and_says_why(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for p in DEV_TEXTS[:3]:
        shutil.copy(p, folder / p.name)
    for name in ("a02-department-press-briefing", "a04-toast-state-banquet",
                 "b22-sanctions-designation"):
        shutil.copy(DATA / "nonreadouts" / f"{name}.txt", folder / f"{name}.txt")
    shutil.copy(DATA / "languages" / "fr.txt", folder / "fr.txt")
    runner = CliRunner()
    store = str(tmp_path / "store")
    res = runner.invoke(main, ["build", str(folder), "--store", store, "--show-skipped"])
    assert res.exit_code == 0, res.output
    assert "read 7, kept 3, skipped 4, failed 0" in res.output
    for line in ("skipped 1: not English (detected: fr)",
                 "skipped 1: not a readout: press-conference transcript",
                 "skipped 1: not a readout: speech",
                 f"skipped 1: {NO_ENGAGEMENT}",
                 f"skipped: {folder / 'fr.txt'}: not English (detected: fr)"):
        assert line in res.output, line
    res = runner.invoke(main, ["build", str(folder), "--store", store, "--all"])
    assert res.exit_code == 0 and "read 7, kept 7, skipped 0" in res.output
    assert "added 4" in res.output and "unchanged 3" in res.output


def test_kg_extract_extracts_a_non_readout_but_warns():
    path = DATA / "nonreadouts" / "a13-announcement-state-visit.txt"
    res = CliRunner().invoke(main, ["extract", str(path)])
    assert res.exit_code == 0
    assert f"warning: {path}: not a readout: announcement (extracted anyway)" in res.stderr
    assert '"event"' in res.stdout
