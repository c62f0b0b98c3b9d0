"""Page furniture vocabulary: the words and regex sources the cleaner's rules are built from.

Plain words are tuples or frozensets; entries holding regex syntax (`newsletters?`, groups)
are regex sources, said so in their comment. `newsfacts.clean.patterns` compiles them, in the
order given here (order matters in an alternation).
"""

from __future__ import annotations

# Photo credits: agencies and words a credit line or a caption's `(Agency)` ends with.
CREDIT_WORDS = (
    "photo",
    "foto",
    "image",
    "picture",
    "credit",
    "getty",
    "ap",
    "afp",
    "reuters",
    "epa",
    "yonhap",
    "xinhua",
    "pti",
    "file",
    "courtesy",
    "©",
    # the same words in the other page languages (de, es, fr, it, pt, nl)
    "bild",
    "fotos",
    "fotografía",
    "imagen",
    "crédito",
    "crédit",
    "immagine",
    "beeld",
)
# Phrases that make a short line a credit wherever they stand.
CREDIT_PHRASES = ("getty images", "shutterstock", "photo credit", "image credit")
# Agencies written in a `(AP Photo/Jane Doe)` credit.
PHOTO_AGENCIES = ("AP", "AFP", "Reuters", "EPA", "Getty")
# A caption mentions one of these before the (costlier) credit pattern is tried.
PHOTO_HINTS = ("photo", "getty", "image", "foto", "/")  # "/": an agency and its photographer
# `Pictured: ...`, `Main image - ...`: labels a caption starts with.
CAPTION_LABELS = (
    "above",
    "below",
    "pictured",
    "photo",
    "image",
    "picture",
    "caption",
    "top",
    "left",
    "right",
    "main image",
    "file",
    "foto",
    "bild",
    "fotografía",
    "imagen",
    "crédito",
    "crédit",
    "immagine",
    "beeld",
    "afbeelding",
)

# Share buttons: a short line made only of these (and counts) is a share bar.
# The small words between those buttons' words ("Copier le lien", "Teilen auf", "Condividi su
# X"): share words only beside a button's word (a line "su" alone is a shell command).
SHARE_LINKS = frozenset(
    (
        *("le", "auf", "per", "en", "por", "su", "no", "op"),
        # what is shared: "Diesen Artikel teilen", "Partager cet article", "Compartir esta
        # noticia", "Condividi questo articolo", "Deel dit artikel", "Partilhar este artigo"
        *("diesen", "artikel", "cet", "esta", "este", "noticia", "notícia", "questo"),
        *("articolo", "dit", "artigo"),
    )
)
SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "sharing",
        "tweet",
        "email",
        "e-mail",
        "print",
        "pin",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "reddit",
        "copy",
        "link",
        "comment",
        "comments",
        "save",
        "this",
        "article",
        "story",
        "on",
        "via",
        "messenger",
        "telegram",
        "flipboard",
        "pinterest",
        "x",
        "google",
        "mail",
        "sms",
        "tumblr",
        "follow",
        "us",
        # the buttons' words in the other page languages ("Partager", "Copier le lien",
        # "Compartir en Facebook", "Condividi su X", "Partilhar no Twitter", "Delen via WhatsApp")
        *("partager", "partagez", "copier", "lien", "teilen", "kopieren", "compartir"),
        *("compartilhar", "partilhar", "enviar", "copiar", "enlace", "condividi", "condividere"),
        *("invia", "copia", "delen", "deel", "kopiëren"),
        *SHARE_LINKS,
    ]
)
# `Share this`, `Share on`: what follows "share" at the start of a share bar.
SHARE_OBJECTS = ("this", "on", "via", "all", "the story", "article", "story")

# Subscribe prompts (regex sources).
NEWSLETTER_CALLS = (
    "sign up",
    "subscribe",
    "newsletters?",
    # the same calls in the other page languages: imperatives only ('Kunden abonnieren den
    # Dienst' is news), each still needs a short line or words to the reader
    "abonnieren sie",
    "jetzt abonnieren",
    "abonniere",
    "abonnez-vous",
    "inscrivez-vous",
    "abonne-toi",
    "je m.abonne",
    "suscr(í|i)bete",
    "suscr(í|i)base",
    "iscriviti",
    "abbonati",
    "inscreva-se",
    "assine (já|agora|a newsletter)",
    "abonneer (je|u)",
    "schrijf je in",
)

# Headings over a list of other stories: alone on their line, they end the article, even when
# the stories below are excerpts of prose (any page language).
MORE_STORIES_HEADINGS = (
    "you may also like",
    "you might also like",
    "more stories",
    "recommended for you",
    "das könnte sie auch interessieren",
    "te puede interesar",
    "también te puede interesar",
    "vous aimerez aussi",
    "vous aimerez peut-être aussi",
    "potrebbe interessarti",
    "ti potrebbe interessare",
    "você pode gostar",
    "você também pode gostar",
    "dit vind je misschien ook leuk",
)
# Pointers to other stories, at the start of a line (regex sources).
RELATED_LEADS = (
    "related",
    "read more",
    "read also",
    "see also",
    "more from",
    "recommended",
    "also read",
    "most popular",
    "most read",
    "latest news",
    "trending",
    "related articles?",
    "related stories",
    "related coverage",
    "related content",
    "more on this",
    "watch",
    "listen",
    "see more",
    # the same pointers in the other page languages (de, es, fr, it, pt, nl)
    "mehr zum thema",
    "lesen sie auch",
    "lesen sie mehr",
    "auch interessant",
    "weitere artikel",
    "lea también",
    "lee también",
    "noticias relacionadas",
    "lire aussi",
    "à lire aussi",
    "voir aussi",
    "sur le même sujet",
    "leggi anche",
    "articoli correlati",
    "leia também",
    "leia mais",
    "veja também",
    "saiba mais",
    "lees ook",
    "lees meer",
    "meer over",
    *MORE_STORIES_HEADINGS,  # each heading is also a pointer
)
# `Follow our coverage at https://...`: verbs a link pointer starts with.
LINK_VERBS = ("follow", "more", "read", "see", "visit", "watch", "listen", "find", "get")
# Promoted headlines in capitals: `SEE MORE:`, `DON'T MISS` (regex sources).
SHOUTED_LEADS = ("see more", "don'?t miss", "more", "watch", "read", "also see", "popular")

# `Source: Agency` labels.
SOURCE_LABELS = ("source", "sources", "via", "quelle", "fuente", "fonte", "bron")
# `By Jane Doe`: what a byline starts with.
BYLINE_LEADS = ("by", "written by", "posted by", "published by", "words by", "reporting by")
# Speech verbs that end a clause before its speaker ("…," she said / Ann Lee): a line ending in
# one runs on, whatever the next line's capital ("a déclaré / Mathieu Roche").
SPEECH_ENDS = frozenset((
    "said", "says", "told", "added", "sagte", "sagt", "erklärte", "betonte", "déclaré", "dit",
    "affirmé", "expliqué", "ajouté", "afirmó", "dijo", "declaró", "explicó", "añadió", "detto",
    "dichiarato", "spiegato", "aggiunto", "disse", "afirmou", "declarou", "explicou", "zei",
    "zegt", "verklaarde",
))  # fmt: skip
# Bylines in other languages, taken only before a bare name ("di Marco Bellini", "Von Anna
# Berg"): these words also start ordinary lines. Written small or capitalised as listed.
NAME_BYLINE_LEADS = ("di", "Di", "von", "Von", "par", "Par", "por", "Por", "door", "Door")

# Month names and abbreviations, English first, then Portuguese, Spanish, French, German and
# Italian names not spelled as in English (a page's date line may be in any of them).
MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
)
# Words that make a line a time stamp: `Updated 3 May`.
STAMP_WORDS = ("updated", "published", "posted")
# The same stamps in the other page languages, at the start of a line only ("Publié le … à
# 07h15", "Aktualisiert am"): inside a line they are a verb of the story ("… eine Stellungnahme
# veröffentlicht").
STAMP_LEADS = (
    "publié", "mis à jour", "veröffentlicht", "aktualisiert", "publicado", "actualizado",
    "pubblicato", "aggiornato", "atualizado", "gepubliceerd", "bijgewerkt",
)  # fmt: skip
# What follows a clock time on a date line (regex sources).
CLOCK_SUFFIXES = ("am", "pm", r"a\.m\.", r"p\.m\.", "gmt", "utc", "[a-z]?[SD]T")
# `5 min read`: units (regex source) and the words after them, in the page languages seen.
READING_UNITS = r"min(ute)?s?|mins?\.?"
READING_WORDS = ("read", "de leitura", "de lectura", "de lecture")
# `Reading time: 3 minutes`: labels.
READING_LABELS = (
    "reading time",
    "read time",
    "tempo de leitura",
    "tiempo de lectura",
    "temps de lecture",
    "lesezeit",
)

# Copyright and legal lines (regex sources).
FOOTER_PHRASES = (
    "©",
    r"\bcopyright\b",
    "all rights reserved",
    "privacy (policy|notice)",
    "terms of (use|service)",
    "cookie (policy|settings)",
)
# `Tags: a, b`, `Filed under`: labels of a category header (regex sources).
CATEGORY_LABELS = (
    "categories",
    "category",
    "tags",
    "filed under",
    "topics",
    "sections?",
    # the other page languages' labels (regex sources)
    "kategorien?",
    "schlagw(ö|o)rter",
    "schlagworte",
    "categor(í|i)as?",
    "etiquetas",
    "cat(é|e)gories?",
    "mots-cl(é|e)s",
    "categorie",
    "categorieën",
    "trefwoorden",
)

# `Email the author at ...`, `Follow us on Twitter` (regex sources).
CONTACT_PHRASES = (
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+",  # starts only where a word starts: linear
    r"\bfollow (us|him|her|them|me)\b",
    r"@\w+ on twitter",
    r"\bmay be reached at\b",
    r"\bhave a (news )?tip\b",
    r"\breach the (reporter|author|writer)s?\b",
)
# A contact line has one of these before the (costlier) contact pattern is tried.
CONTACT_HINTS = ("follow", "reach", "tip")

# A sales pitch for the publication itself (regex sources).
PROMO_PHRASES = (
    "click here",
    "get access to",
    "use the code",
    "for as little as",
    "delivered (to|through) your",
    "free trial",
    "download (the|our) app",
    # a call for readers' money in the other page languages (a donation box under the story)
    # German's polite 'Ihrer'/'Sie' in its capitals ('bei ihrer Unterstützung für Kiew' is news),
    # and a call opening its line and ending in '!' ('Spenden Sie an die Hilfswerke, rief die
    # Ministerin.' is news)
    "(?-i:Ihrer Unterst)(ü|u)tzung",
    "^(?-i:Helfen Sie mit)",
    "unterst(ü|u)tzen sie (unsere|unseren|unabh(ä|a)ngigen|kritischen)",
    "jetzt spenden",
    "^(?-i:Spenden Sie)(?=[^.,;:!?]{0,60}!)",
    "iban\\s*:?\\s*[a-z]{2}\\d\\d",
    "faites un don",
    "soutenez-nous",
    "haz una donaci(ó|o)n",
    "ap(ó|o)yanos",
    "sostienici",
    "fai una donazione",
    "fa(ç|c)a uma doa(ç|c)(ã|a)o",
    "steun ons",
    "doneer nu",
)

# Wire-service staff credits (regex sources).
CONTRIBUTED = r"\bcontributed (reporting )?to this (report|story|article)\b"
STAFF_CREDIT_LEADS = ("reporting", "writing", "additional reporting")
EDITING = "edit(ing|ed)"

# A photo gallery's controls (regex sources).
GALLERY_ITEMS = ("image", "photo", "picture", "slide")
# `3 of 12` in the page languages: '3 von 12', '3 sur 12', '3 de 12', '3 di 12', '3 van 12'.
GALLERY_OF = ("of", "von", "sur", "de", "di", "van")
GALLERY_VERBS = ("back to", "view", "open", "close", "next", "previous", "prev", "see")
GALLERY_NOUNS = ("gallery", "image", "photo", "picture", "slide", "slideshow")
GALLERY_BUTTONS = ("caption", "close", "enlarge", "expand")

# A line that is only an advertisement marker.
AD_MARKERS = frozenset({"advertisement", "advertising", "sponsored", "ad"})
# Small words a navigation link may hold (`News and Events`).
MENU_JOINERS = frozenset({"and", "&", "of", "the"})
