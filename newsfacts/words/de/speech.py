"""German words of speech (facts/speech.py): the verbs that tell it, the pronouns after them,
the small words around a speaker's name."""

from newsfacts.words import split_words

# Quotes: speech verbs, as they stand next to a quote ("…“, sagte Brenner).
SPEECH_VERBS = ("sagte", "sagt", "erklärte", "betonte", "meinte", "fügte hinzu", "teilte mit",
                "so", "schrieb", "warnte", "kritisierte", "sagten", "erklärt", "betont", "meint",
                "ergänzte", "ergänzt", "berichtete", "bestätigte", "erläuterte", "unterstrich",
                # the first part of a verb split around its speaker: "führte Lena Brückner aus"
                "führte", "fügte", "teilte", "räumte")  # fmt: skip
# A pronoun after a verb of saying stands for the person named last ('sagte er', 'zei hij');
# a verb with its pronoun glued does too ('estime-t-il': a regex source, '' for none).
SPEECH_PRONOUNS = ("er", "sie")
SPEECH_GLUED = ""
# Words after which a name is an object, not the subject of a clause ('mit Kurz', 'con Fux'),
# and the words before whom one spoke ('à l'AFP son porte-parole'): to whom, then who.
OBJECT_LINKS = frozenset(split_words("mit und oder für von vom zu zum gegen bei im am"))
TO_WHOM: frozenset[str] = frozenset()
# Words opening a phrase of place, time or channel after a verb of saying with no subject
# ("«…», ha spiegato in una nota.", "declarou ele em Brasília."): no speaker is named there.
SAID_IN = frozenset(split_words("in im am an auf bei beim vor nach während gegenüber laut"))
# The word opening reported speech after a verb of saying ("explicó que la inflación «…»")
THAT = tuple(split_words("dass"))
# Verbs by which a report's own subject names or speaks of what it quotes ('dass Jan Kohl
# „…“ nannte'): with one of these or a verb of saying, the quote is that subject's.
NAMING_VERBS = frozenset(split_words("nannte nennt bezeichnete bezeichnet sprach spricht genannt"))
# Words before a name in the phrase after a verb of saying that make it no speaker: with whom,
# against or for whom, to whom one spoke ('sagte beim Treffen mit Jan Kohl in Bonn').
SPEECH_WITH = frozenset(split_words("mit gegen gegenüber für"))
