"""The records of the rule-based name finder: texts, mentions, entities and labels."""

from __future__ import annotations

from dataclasses import dataclass, field

PER, ORG, LOC = "person", "organization", "place"
PLACE_WORD = "place word"  # evidence of a place its word or its neighbours tell


WEAK_LOC = "weak place cue"


@dataclass(frozen=True)
class Text:
    """One piece of text to scan: a sentence (cite = its index), the title or a caption."""

    text: str
    cite: int
    kind: str = "body"  # body | title | caption


@dataclass
class Mention:
    """One occurrence of a name in a text, with the cues around it."""

    text: str
    cite: int
    kind: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    initial: bool
    shouting: bool
    position: int  # order of appearance in the document
    role: str | None = None
    affiliation: str | None = None
    honorific: bool = False
    role_word: bool = False
    acronym: str | None = None
    dateline: bool = False


@dataclass
class Entity:
    """Mentions that name the same thing, with the label they vote for."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    label: str | None = None
    votes: dict[str, float] | None = None  # the cue votes behind the label (None: not voted)

    def add(self, m: Mention) -> None:
        """Attach a mention (and its surface form)."""
        self.mentions.append(m)
        if m.text not in self.forms:
            self.forms.append(m.text)


@dataclass(frozen=True)
class Context:
    """Document-wide facts the classifier needs."""

    sports: bool
    lowercase_words: frozenset[str]
