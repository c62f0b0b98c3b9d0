"""A speaker's name as a quote's attribution should show it: without the role words the
sentence puts before it in capitals ('sagte die Hamburger Umweltsenatorin Katharina Fegebank':
'Katharina Fegebank'), where German and Dutch capitalise them."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import name_words

MIN_LEFT = 2  # words of the name left at least ('Katharina Fegebank')


def bare_name(speaker: str, words: ModuleType) -> str:
    """The speaker without its leading role words and town adjectives."""
    parts = speaker.split()
    while (
        len(parts) > MIN_LEFT
        and parts[1][:1].isupper()  # 'Sprecher von Grab': a role and its body, no name
        and (
            name_words.is_role(parts[0], words)
            or name_words.town_adjective(parts[0], words)
            or _noun_before_first_name(parts[0], parts[1], words)
        )
    ):
        parts = parts[1:]
    return " ".join(parts)


def _noun_before_first_name(word: str, after: str, words: ModuleType) -> bool:
    """An everyday word before a first name, in a language that capitalises its nouns: the
    speaker's calling ('sagte die Inhaberin Petra Lange': 'Petra Lange')."""
    return (
        bool(words.CAPITALISED_NOUNS)
        and name_words.first_name(after, words)
        and not name_words.first_name(word, words)
        and lexicon.is_word(word, words.NAME)
    )
