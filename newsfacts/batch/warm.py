"""Short pages of our own words, one per language with word data, that a long batch analyses
before its workers fork: each loads its language's word tables, patterns and calendar names
then, once, instead of at the language's first article hours into the batch.

A long batch's memory is then flat after its start: a language met late no longer adds a
step of several MB to every worker. `load_tables` then loads every lexicon language's word
tables and prepares the word sets a busy batch would build later (`WordSet.prepare`). Below
`LANGUAGE_BATCH` inputs the warm-up does not pay for itself (some 50 MB and 0.4 s of CPU that a
short batch in one language never needs)."""

from __future__ import annotations

from collections.abc import Iterator

LANGUAGE_BATCH = 1000  # inputs from which a batch's parent loads every language's tables
_PAGES = {  # code -> (headline, one paragraph), a ferry line opening in each language
    "de": (
        "Neue Fährlinie im Hafen",
        "Der Stadtrat von Nordhafen hat am Dienstag eine neue Fährlinie zur Insel eröffnet. "
        "Die Boote fahren im Sommer alle vierzig Minuten, sagte die Sprecherin Anna Keller. "
        "Die Linie kostete 4,2 Millionen Euro und damit etwa zwölf Prozent mehr als geplant.",
    ),
    "fr": (
        "Une nouvelle ligne de ferry",
        "Le conseil municipal de Portval a ouvert mardi une nouvelle ligne de ferry vers l'île. "
        "Les bateaux partiront toutes les quarante minutes en été, a déclaré la porte-parole "
        "Claire Dubois. La ligne a coûté 4,2 millions d'euros, soit environ douze pour cent de "
        "plus que prévu.",
    ),
    "es": (
        "Una nueva línea de ferry",
        "El ayuntamiento de Puerto Claro inauguró el martes una nueva línea de ferry hacia la "
        "isla. Los barcos saldrán cada cuarenta minutos en verano, dijo la portavoz Lucía "
        "Romero. La línea costó 4,2 millones de euros, un doce por ciento más de lo previsto.",
    ),
    "it": (
        "Una nuova linea di traghetti",
        "Il consiglio comunale di Portoverde ha aperto martedì una nuova linea di traghetti per "
        "l'isola. Le barche partiranno ogni quaranta minuti in estate, ha detto la portavoce "
        "Giulia Conti. La linea è costata 4,2 milioni di euro, circa il dodici per cento in più "
        "del previsto.",
    ),
    "nl": (
        "Nieuwe veerdienst in de haven",
        "De gemeenteraad van Noordhaven heeft dinsdag een nieuwe veerdienst naar het eiland "
        "geopend. De boten varen in de zomer elke veertig minuten, zei woordvoerder Sanne de "
        "Vries. De lijn kostte 4,2 miljoen euro, ongeveer twaalf procent meer dan gepland.",
    ),
    "pt": (
        "Nova linha de balsa no porto",
        "A câmara municipal de Porto Claro inaugurou na terça-feira uma nova linha de balsa "
        "para a ilha. Os barcos vão sair a cada quarenta minutos no verão, disse a porta-voz "
        "Ana Ribeiro. A linha custou 4,2 milhões de euros, cerca de doze por cento a mais do "
        "que o previsto.",
    ),
}


def load_tables() -> None:
    """Load the word tables of every language with a lexicon (a closed list of 12: a text in
    English may still be guessed as Russian), and prepare the word sets of English and the
    warm-up languages: what a long batch would otherwise build at a language's first article,
    or once a table has been asked often enough (WordSet.prepare)."""
    from newsfacts import lexicon
    from newsfacts.cache import prepare_loaded
    from newsfacts.words import LANGUAGES, words_of

    floors = {words.NAME: words.FREQUENT_FROM for code in LANGUAGES if (words := words_of(code))}
    for language in ["English", *floors]:
        lexicon.load_language(language, floors.get(language))
    prepare_loaded()
    for language in lexicon.SPELL_CODES:  # the others (Russian, Arabic...) stay packed: a few MB
        lexicon.load_language(language)


def language_pages() -> Iterator[tuple[str, bytes]]:
    """(source name, HTML page tagged with its language) for every warm-up language."""
    for code, (title, body) in _PAGES.items():
        html = (
            f'<html lang="{code}"><head><title>{title}</title></head><body><article>'
            f"<h1>{title}</h1><p>{body}</p></article></body></html>"
        )
        yield f"newsfacts-warm-up-{code}.html", html.encode()
