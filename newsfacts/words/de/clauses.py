"""Words that mark a German clause's subject slot (names/clause_people.py): the small words a
clause opens with, the finite verbs a bare surname stands before or after ('Vandrelli wolle',
'verfolgte Adenauer die Ziele'), the small words after a subject that a verb put first."""

from newsfacts.words import split_words

# A clause opens after these: a subordinating conjunction puts its subject right after it
# ('dass Tarnowski ...', 'als Lenin starb'), a comma may ('..., Vandrelli wolle')
SUBORDINATORS = frozenset(
    split_words(
        "dass daß ob weil wenn als nachdem obwohl obgleich während bevor ehe damit sodass "
        "sobald solange seitdem falls indem zumal wie"
    )
)
# ('und', 'oder' after a small word only: after a noun they end a list, 'Zwerge und Kobolde')
CLAUSE_LINKS = frozenset((",", ";", "und", "oder", "aber", "doch", "denn", "sondern"))
# Finite forms of the auxiliaries and modals, and of frequent strong verbs, whose forms no
# ending rule finds ('übernahm', 'galt'); weak verbs' '-te' and '-t' forms are found by rule
FINITE_VERBS = frozenset(
    split_words(
        "ist war sei wäre sind waren seien wären hat hatte habe hätte haben hatten hätten "
        "wird wurde werde würde werden wurden würden kann konnte könne könnte können konnten "
        "muss musste müsse müsste müssen mussten soll sollte solle sollen sollten will wollte "
        "wolle wollen wollten darf durfte dürfe dürfte mag mochte möchte ging geht kam kommt "
        "gab gibt nahm nimmt übernahm übernimmt hielt hält erhielt erhält blieb bleibt stand "
        "steht fand findet galt gilt zog zieht bezog bekam bekommt begann beginnt trat tritt "
        "schrieb schreibt sprach spricht rief ruft ließ lässt lief läuft fiel fällt wies weist "
        "verließ verlässt gewann gewinnt verlor verliert traf trifft sah sieht las liest "
        "starb stirbt saß sitzt lag liegt tat tut wusste weiß dachte denkt brachte "
        "bringt kannte kennt nannte nennt verbrachte entschied entscheidet forderte fordert "
        "betonte betont sagte sagt meinte meint erklärte erklärt"
    )
)
# The reflexive pronoun a finite verb may put before its subject ('begibt sich Vandrelli in')
REFLEXIVES = frozenset(("sich",))
# A preposition joined to an article: it opens a phrase, not an object ('zur Herstellung')
CONTRACTIONS = frozenset(split_words("zum zur im am vom beim ins ans"))
# The pronouns a firm ('die Firma') or a woman is told by after her name, no man
FEMININE_PRONOUNS = frozenset(split_words("sie ihr ihre ihren ihrem ihrer ihres"))
# Focus particles a sentence may open with before its subject ('Auch Vandrelli hat ...')
FOCUS = frozenset(split_words("auch selbst sogar nur bereits schon gerade erst ausgerechnet"))
