"""Word lists and patterns, one package per language (ISO 639-1 code), loaded only for that
language: en is read by the English finders directly; the others through `words_of`."""

from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")  # other languages with word data here


def words_of(code: str | None) -> ModuleType | None:
    """The word-data module of a language (imported on first use), or None when there is none."""
    if code not in LANGUAGES:
        return None
    return importlib.import_module(f"newsfacts.words.{code}")


def split_words(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()


# Capitals that name no organisation, in any language (units, codes, numerals, everyday
# abbreviations): never a name on their own.
NON_NAME_CAPITALS = frozenset(
    split_words(
        "TV ISBN ISSN PMID DOI PDF CEO CFO PS KW MW GW KM PIB IVA IPC BIP MWST MWSt DNA DNS RNA "
        "HIV SMS GPS PC CD DVD WC OK USB LED LCD SUV GMT UTC MEZ CET VAR II III IV VI VII VIII "
        "IX XI XII XIII XIV XV XX XXI XML HTML HTTP URL API"
    )
)


# Words that open a noun phrase, in the seven languages: "the transport secretary", "le
# ministre", "la segretaria" (a role given in apposition starts after them).
DETERMINERS = frozenset(
    split_words(
        "the a an his her its their our der die das den dem des ein eine einer eines einem "
        "sein seine ihr ihre le la les l' un une son sa ses leur el los las una su sus il lo "
        "gli uno suo sua o os as um uma seu de het een zijn haar"
    )
)


# Words that join a role to what it is a role of or to a second role: "chairman of the
# board", "analyst at Acme", "ministro de Hacienda", "Leiter der Abteilung", "president and
# chief executive". Any other small word after a role ends no role: "…, the manager said".
ROLE_LINKS = frozenset(
    split_words(
        "of at for with from in on to and & de des du d' del della delle dello degli di da do "
        "dos das der von vom bei für im am zur zum van voor bij het y e et und en dell' all' dall' "
        "al alla alle ai agli allo à au aux"
    )
)


# Courtesy titles, in any language: evidence of a person, never the role a fact shows (as
# English "Mr." is not): "a déclaré M. Bernard", "Frau Lindqvist", "la señora Ruiz", "dhr. Smit".
HONORIFICS = frozenset(
    split_words(
        "mr. mr mrs. mrs ms. ms m. mme mme. mlle mlle. monsieur madame mademoiselle herr frau "
        "señor señora señorita sr. sra. srta. don doña signor signore signora sig. sig.ra "
        "senhor senhora sr.ª dona dhr. dhr mevr. mevr mevrouw mw. mw meneer heer"
    )
)

# The small words inside a place's name, in any language, as a dateline in capitals writes it
# ("RIO DE JANEIRO": "Rio de Janeiro", "ISLE OF WIGHT"): a place keeps its own language's words.
PLACE_PARTICLES = frozenset(
    split_words("de del di da do dos das des du van von der den los las y e of the upon on sur")
)


def split_phrases(text: str) -> list[str]:
    """The '|'-separated phrases of a phrase-list literal ('z. B.|bzw.'), lower-cased."""
    return [p.strip().lower() for p in text.split("|") if p.strip()]
