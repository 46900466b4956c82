"""`pip install .` (a wheel, not an editable install) gives a `kg` that finds its data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from conftest import EXAMPLES, ROOT


def test_wheel_installs_and_runs(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(wheels.glob("readout_kg-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    # Dependencies come from this environment (a .pth is read after the venv's own
    # site-packages), the package itself only from the wheel.
    site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "outer-deps.pth").write_text("\n".join(sorted(outer)) + "\n")
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)],
        check=True,
    )
    kg = env_dir / "bin" / "kg"
    env = {**os.environ, "PYTHONPATH": ""}
    out = subprocess.run(
        [str(kg), "extract", str(EXAMPLES / "visit-modi-kishida.txt")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert json.loads(out.stdout)["event"]["participants"]
    where = subprocess.run(
        [str(py), "-c", "import kg; print(kg.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout
    assert str(env_dir) in where
    q = subprocess.run(
        [str(kg), "query", "--list"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    assert "who-did-what" in q.stdout


def test_setup_cfg_lists_every_package():
    """A package missing from setup.cfg is left out of the wheel: an editable install
    still imports it, `pip install .` does not (CI's set-up command)."""
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    listed = set(cfg["options"]["packages"].split())
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg").rglob("__init__.py")
    }
    assert on_disk <= listed, f"not in setup.cfg [options] packages: {sorted(on_disk - listed)}"
