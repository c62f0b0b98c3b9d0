"""newsfacts: offline news summarizer and key-fact extractor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Options", "Report", "__version__", "analyze"]

if TYPE_CHECKING:
    from newsfacts.model import Options, Report


def analyze(source: str, options: Options | None = None, data: bytes | None = None) -> Report:
    """Run the whole pipeline on one source (URL, path, or "-" with `data`)."""
    from newsfacts.pipeline import analyze as _analyze

    return _analyze(source, options, data)


def __getattr__(name: str) -> Any:
    if name in ("Options", "Report"):
        from newsfacts import model

        return getattr(model, name)
    raise AttributeError(name)
