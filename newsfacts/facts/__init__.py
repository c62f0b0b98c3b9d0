"""The facts stage: typed key facts and the main event of a Document, by offline rules."""

from __future__ import annotations

from newsfacts.facts.finder import find_facts

__all__ = ["find_facts"]
