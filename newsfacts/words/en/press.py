"""Press words: news agencies, byline and source labels, reporting verbs, page furniture."""

from __future__ import annotations

from newsfacts.words import split_words

AGENCIES = frozenset(
    split_words(
        "Reuters Afp Ap Epa Getty Yonhap Xinhua Kyodo Interfax Bloomberg Tass Itar-Tass Anp Dpa"
        " Ansa Efe Apa Kna Epd Belga Lusa Sda Ats Ctk Pap Mti"
    )
)

SAY_VERBS = frozenset(
    split_words("""
    said says told added explained wrote argued noted stated insisted warned announced
    declared replied recalled claimed admitted acknowledged stressed urged asked confirmed
    denied tweeted posted commented remarked""")
)

PAGE_JUNK = frozenset(
    split_words("view photos photo image images video videos watch click share gallery staff hi")
)
# Words of a page's navigation and buttons that open a line ("See also", "Review", "Source:"):
# never the name of whoever acts in a story, nor of where it happens.
NAV_WORDS = frozenset(
    split_words(
        """
    see review reviews welcome copy sharing share source update updated enter register
    log login menu home subscribe search related advertisement sponsored next previous sign
    comments comment print email reply"""
    )
)

# Words a byline opens with ("By Jane Park", "Reporting by Ola Berg"); regex alternatives.
BYLINE_LEADS = ("By", "Written by", "Reporting by")
# Labels of a source footer ("Source: Acme Research", "Via: ...").
SOURCE_LABELS = ("Source", "Sources", "Via")

# Words that open a photo credit: "Photo: X", "(Photo by X)", "Image copyright X", "Credit: X".
CREDIT_CUES = frozenset(
    split_words(
        """
    photo photos photograph photographs photography picture pictures pic pics image images
    credit credits copyright courtesy ©"""
    )
)
# Words of a wire story's staff line, in a removed credit: "(Reporting by X; Editing by Y)".
# Only there: in the story, "a book written by X" names someone the story is about.
STAFF_CUES = frozenset(split_words("reporting editing writing compiled edited written"))

# Wire-service control words that close or mark a story ("(END)", "(MORE)", "UPDATE 2"): no
# source. Page words that stand where a byline's name should ("By Staff", "Redaktion").
WIRE_MARKS = frozenset(
    split_words(
        """
    end ends more update updated corrected correction urgent flash bulletin advisory repeat
    recast wrapup newsalert optional adds refiling refile embargoed kill withdrawal"""
    )
)
# Degrees and credentials written after an author's name ("Ann Lee, MS, RD"): no name of theirs.
CREDENTIALS = frozenset(
    split_words(
        """
    bsc msc ms mba phd mph rd rdn cde dds dvm llm cpt cscs apd facs frcs mrcp"""
    )
)  # two-letter ones that are as often someone's initials ("LD", "MA") are left out
# Last words of a job title given in place of a byline ("AP Sports Writer", "CNN Editor-at-large").
JOB_WORDS = frozenset(
    split_words(
        """
    writer writers editor editor-at-large correspondent reporter columnist producer
    photographer analyst contributor"""
    )
)
NO_BYLINE = frozenset(
    split_words(
        """
    staff admin administrator editor editors editorial newsroom desk team web redaktion
    symbolbild subject red guest contributor contributors anonymous unknown courtesy
    cortesía hosted handout"""
    )
)
