"""Build the slowest word tables ahead of time: `python -m newsfacts.prebuild FOLDER`.

setup.py runs this while the package is built, so an installed newsfacts ships its tables in
newsfacts/tables/ (see newsfacts.cache). A table whose source package is missing at build time is
skipped: newsfacts then builds it on first use, as without prebuilt tables.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from newsfacts.cache import BUILDERS, PREBUILT, store_prebuilt

# The modules whose @persistent builders name tables to prebuild.
TABLE_MODULES = (
    "newsfacts.facts.census",
    "newsfacts.facts.companies",
    "newsfacts.facts.places",
    "newsfacts.lexicon",
)


def prebuild(folder: Path) -> list[Path]:
    """Write every prebuilt table into `folder`; returns the files written."""
    for name in TABLE_MODULES:
        importlib.import_module(name)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for builder in BUILDERS:
        for args in builder.prebuild:
            try:
                path = store_prebuilt(builder, args, folder)
            except ImportError as exc:  # a source package missing from the build environment
                print(f"newsfacts.prebuild: skipped {builder.build.__qualname__}: {exc}")
                continue
            if path.is_file():
                written.append(path)
    return written


def main(argv: list[str]) -> int:
    """Prebuild into the folder given (default: the package's own tables folder)."""
    folder = Path(argv[0]) if argv else PREBUILT
    for path in prebuild(folder):
        print(f"newsfacts.prebuild: {path} ({path.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
