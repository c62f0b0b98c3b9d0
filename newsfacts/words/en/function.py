"""Function words and frequent sentence starters: capitalised at a sentence start, never names."""

from __future__ import annotations

from newsfacts.words import split_words

# Function words and frequent sentence starters: capitalised at a sentence start, never names.
STOPWORDS = frozenset(
    split_words("""
    a about above across after afterwards again against ago all almost already also although
    always am among an and another any anyone anything are around as at back be because been before
    being below between both but by can could despite did do does doing down during each earlier
    either else even ever every few first for from further had has have having he her here hers
    herself him himself his how however i if in including inside instead into is it its itself just
    last later latest least less like many may me meanwhile might more most much must my myself
    near neither never new next no nor not now of off often on once one only or other others our
    out over own per perhaps rather same several she should since so some still such than that the
    their theirs them themselves then there these they this those though through throughout thus
    to today tomorrow too toward towards under unless until up upon us very via was we were what
    whatever when where whether which while who whom whose why will with within without would yes
    yesterday yet you your officials police sources analysts experts asked speaking according
    under-fire please thanks note see read watch click share follow subscribe advertisement
    overall elsewhere nearly only why mr mrs ms dr""")
)

# Determiners and possessives before a noun ("the", "its", "these").
DETERMINERS = frozenset(split_words("the a an its their his her our this that these those"))

# Function words that a headline capitalises and no person's name holds ("Questions About Dark
# Matter", "Is Only Necessary For Playing"); "Of", "The" and "And" open or join some names.
HEADLINE_WORDS = frozenset(
    split_words("""About Is Are Was Were For With Into From Your Our How Why What When Only Not
    Does Do Can Should Would Could""")
)
# Before whom one spoke, after a verb of saying (appositions.py): for English texts still the
# words all languages shared before each kept its own in words/<code> ('à l'AFP'); "to" only
# would read "said a spokesman for the ministry" as a role (better) but also change "told a
# news conference ..." (not measured: no such input in the dev snapshot).
TO_WHOM = frozenset(split_words("to à au aux a al ao aos às alla"))
