"""The query page's editor bundle is what editor/package-lock.json builds: `make editor` again
from the locked npm packages gives the committed file, byte for byte."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import ROOT

EDITOR = ROOT / "editor"
BUNDLE = ROOT / "polkg" / "endpoint" / "static" / "sparql-editor.js"
NPM = shutil.which("npm")


@pytest.mark.skipif(NPM is None, reason="npm is not installed (apt-get install npm)")
def test_the_committed_bundle_is_what_the_lockfile_builds(tmp_path):
    copy = tmp_path / "editor"
    copy.mkdir()
    for name in ("package.json", "package-lock.json"):
        shutil.copy(EDITOR / name, copy / name)
    shutil.copytree(EDITOR / "src", copy / "src")
    (tmp_path / "polkg" / "endpoint" / "static").mkdir(parents=True)
    install = subprocess.run([NPM, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
                             cwd=copy, capture_output=True, text=True, timeout=300)
    if install.returncode != 0 and ("ENOTFOUND" in install.stderr
                                    or "EAI_AGAIN" in install.stderr):
        pytest.skip(f"the npm registry cannot be reached: {install.stderr[-300:]}")
    assert install.returncode == 0, install.stderr
    build = subprocess.run([NPM, "run", "build"], cwd=copy, capture_output=True, text=True,
                           timeout=300)
    assert build.returncode == 0, build.stderr
    built = tmp_path / "polkg" / "endpoint" / "static" / "sparql-editor.js"
    assert built.read_bytes() == BUNDLE.read_bytes(), (
        "polkg/endpoint/static/sparql-editor.js is not what editor/ builds: run `make editor`")
