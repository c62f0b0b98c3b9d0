"""A speaker's name as a quote's attribution should show it: without the role words the
sentence puts before it in capitals ('sagte die Hamburger Umweltsenatorin Katharina Fegebank':
'Katharina Fegebank'), where German and Dutch capitalise them."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import name_words

MIN_LEFT = 2  # words of the name left at least ('Katharina Fegebank')


def bare_name(speaker: str, words: ModuleType) -> str:
    """The speaker without its leading role words and town adjectives."""
    parts = speaker.split()
    while (
        len(parts) > MIN_LEFT
        and parts[1][:1].isupper()  # 'Sprecher von Grab': a role and its body, no name
        and (name_words.is_role(parts[0], words) or name_words.town_adjective(parts[0], words))
    ):
        parts = parts[1:]
    return " ".join(parts)
