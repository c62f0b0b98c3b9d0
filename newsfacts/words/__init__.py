"""Word lists and patterns, one package per language."""


def split_words(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()
