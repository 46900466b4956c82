"""scripts/instructions.py: the load-independent speed figure the README reports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "instructions.py"
DEV = ROOT.parent / "shared" / "corpus" / "dev"

needs_dev = pytest.mark.skipif(
    not (DEV / "texts").is_dir(), reason="the dev corpus (../shared/corpus/dev) is absent"
)


@needs_dev
def test_the_counted_work_extracts_bench_readouts():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--child", "3", "--corpus", str(DEV)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_a_missing_corpus_is_one_clear_error(tmp_path):
    if shutil.which("valgrind") is None:
        done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
        assert done.returncode == 1
        assert done.stderr.strip() == "error: valgrind is not installed (apt-get install valgrind)"
        return
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"error: {tmp_path}: no texts folder (the dev corpus)"


@needs_dev
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_instructions_a_readout_are_counted():
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--n", "2", "--corpus", str(DEV)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    millions = float(done.stdout.split()[0])
    assert 1 < millions < 1000
