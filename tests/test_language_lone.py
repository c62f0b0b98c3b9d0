"""German names told once with no list behind them: a lone unknown word, labelled by the words
around it; a town or an owner in the genitive; a town's adjective; an acronym before a noun; a
club named with its town. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans
from finder_entities import entities_by_sentence

from newsfacts.facts import evidence, name_words
from newsfacts.facts.names.lone import kind_before
from newsfacts.words import words_of


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_lone_unknown_word_after_a_verb_is_a_person() -> None:
    """'traf Vormelka': a verb before an unknown word names someone."""
    assert entities("Am Morgen traf Vormelka die Gäste im Rathaus.") == {"Vormelka": "person"}


def test_a_lone_unknown_word_opening_a_sentence_is_a_person() -> None:
    """'Quendrith erzählt …': a sentence opening with a name no list holds."""
    assert entities("Quendrith erzählt davon in einem langen Gedicht.") == {"Quendrith": "person"}


def test_the_word_before_gives_the_kind() -> None:
    """'bei Zarvanto' a firm, 'mit Olvenka' a person, 'Dorf Hestrup' a place, 'Tante Ilka' a
    person; after an article or an adjective no kind ('die schwarze …')."""
    words = words_of("de")
    assert words is not None
    assert kind_before("bei", words) == "organization"
    assert kind_before("mit", words) == "person"
    assert kind_before("Dorf", words) == "place"
    assert kind_before("Kirchengemeinde", words) == "place"
    assert kind_before("Tante", words) == "person"
    assert kind_before("die", words) is None
    assert kind_before("schwarze", words) is None
    assert kind_before(",", words) is None


def test_a_lone_word_after_an_adjective_is_no_name() -> None:
    """'die schwarze Plöffe': a noun after its adjective, whatever the word lists lack."""
    assert entities("Auf dem Tisch lag die schwarze Plöffe neben dem Brot.") == {}


def test_a_list_takes_the_kind_of_its_named_member() -> None:
    """'Die Dörfer Hestrup, Malvik und Tornsaari': the place word names the first, the list
    the others."""
    found = entities("Zur Gemeinde gehören die Dörfer Hestrup, Malvik und Tornsaari.")
    assert found == {"Hestrup": "place", "Malvik": "place", "Tornsaari": "place"}


def test_a_town_in_the_genitive_before_a_role_is_a_place() -> None:
    """'Bremens Bürgermeister Jens Böhrnsen': the town, then the mayor."""
    found = spans("Gestern sprach Bremens Bürgermeister Jens Böhrnsen vor der Presse.", "de")
    assert ("Bremens", "place", "genitive") in found
    assert ("Jens Böhrnsen", "person", "first name") in found
    opening = spans("Hannovers damaliger Oberbürgermeister hielt eine Rede.", "de")
    assert ("Hannovers", "place", "genitive") in opening


def test_an_unknown_owner_in_the_genitive_is_a_person() -> None:
    """'Vormelkas Stil': the owner's name ends before the noun; 'Juventus Turin' is no owner."""
    assert ("Vormelkas", "person", "possessor") in spans("Man lobte Vormelkas Stil sehr.", "de")
    club = spans("Er wechselte im Sommer zu Juventus Turin.", "de")
    assert ("Juventus Turin", "organization", "capitals") in club


def test_a_towns_adjective_opens_a_name() -> None:
    """'der Berliner Zeitung': the paper, though German's stop list holds 'Berliner'."""
    words = words_of("de")
    assert words is not None
    assert name_words.town_adjective("Berliner", words)
    assert not name_words.town_adjective("Schweizer", words)  # a country's
    found = spans("Das sagte er der Berliner Zeitung am Montag.", "de")
    assert ("Berliner Zeitung", "organization", "organisation word") in found


def test_an_acronym_before_a_noun_is_the_body() -> None:
    """'das SWR Fernsehen': the broadcaster, then the noun; a club's letters stay its name."""
    found = spans("Am Abend zeigt das SWR Fernsehen eine neue Reihe.", "de")
    assert [t for t, k, _ in found if k == "organization"] == ["SWR"]
    club = spans("Am Sonntag gewann der TSV Ellerbach knapp.", "de")
    assert ("SWR", "organization", "acronym") not in club
    assert [t for t, k, _ in club if k == "organization"] == ["TSV Ellerbach"]


def test_everyday_words_in_a_row_are_no_name() -> None:
    """'Home Runs' (English words, a title) and 'Amundsen Teilnehmer' (a German noun last) are
    no names in German text; a first name still opens a person's."""
    words = words_of("de")
    assert words is not None
    assert evidence.phrase_of_words(["Home", "Runs"], words)
    assert evidence.phrase_of_words(["Amundsen", "Teilnehmer"], words)
    assert not evidence.phrase_of_words(["Klaus", "Teilnehmer"], words)
    assert not evidence.phrase_of_words(["Preußen", "Münster"], words)  # a town last: a club
    found = spans("Im Film trifft er die Big House Crew nicht.", "de")
    assert not [t for t, k, _ in found if k == "person"]


def test_a_clubs_year_a_street_and_an_adjective_compound() -> None:
    """'Mainz 05' is the club; 'Ben Jehudastraße' a street, though 'Ben' is a first name;
    'SPD-geführte Landesministerium' is no body's name with its adjective."""
    club = spans("Das Spiel gewann Mainz 05 am Samstag deutlich.", "de")
    assert ("Mainz 05", "organization", "organisation word") in club
    assert not [t for t, _, _ in spans("Er zahlte 12 Euro in Mainz 25 Mal.", "de") if "25" in t]
    road = spans("Die Tafel hängt in der Ben Jehudastraße im Zentrum.", "de")
    assert ("Ben Jehudastraße", "place", "street") in road
    body = spans("Nun will das SPD-geführte Landesministerium nachbessern.", "de")
    assert not [t for t, _, _ in body if "geführte" in t]


def test_an_english_word_is_no_surname_in_german() -> None:
    """'the Sun', 'of Room': English words, though census surnames; 'sagte Walker' is one."""
    words = words_of("de")
    assert words is not None
    assert name_words.english_word("the", words)
    assert name_words.english_word("of", words)
    assert not name_words.english_word("in", words)
    assert not name_words.english_word("sagte", words)
    assert not [k for _, k, _ in spans("Sie las the Sun jeden Tag.", "de") if k == "person"]


def test_a_listed_word_in_a_list_of_places_is_a_place() -> None:
    """'in Kelheim, Abensberg und Saal': words the German list holds, named in a list whose
    first member is a known town; a noun in such a list stays none ('Umgebung')."""
    found = entities("Betroffen sind Haushalte in Kelheim, Abensberg und Saal.")
    assert found == {"Kelheim": "place", "Abensberg": "place", "Saal": "place"}
    assert entities("Betroffen sind Haushalte in Kelheim und Umgebung.") == {"Kelheim": "place"}


def test_a_word_for_a_firm_before_an_unknown_name_makes_it_a_firm() -> None:
    """'Der Autozulieferer Brandtner': the compound noun is dropped, the firm is named."""
    found = entities("Der Autozulieferer Brandtner baut in Landshut Stellen ab.")
    assert found == {"Brandtner": "organization", "Landshut": "place"}


def test_a_truncated_compound_and_an_arabic_surname() -> None:
    """'Partei- und Wahlprogramme' holds no body's name; 'Ali al-Nuaimi' is one person."""
    assert not spans("Wer Partei- und Wahlprogramme liest, staunt.", "de")
    found = spans("Gestern sprach Ölminister Ali al-Nuaimi in Wien.", "de")
    assert ("Ali al-Nuaimi", "person", "first name") in found


def test_a_role_in_the_stop_list_and_a_place_after_a_noun() -> None:
    """'Kolumbiens Präsident Ixcán Duque' (a first name no list holds): the role still vouches
    for the person ('Iván' is the census's 'Ivan', a first name); 'mit Ausnahme
    von Irland, Malta': the countries stay places; 'TÜV Informationstechnik GmbH' stays whole."""
    found = spans("Auch Kolumbiens Präsident Ixcán Duque gratulierte.", "de")
    assert ("Ixcán Duque", "person", "role") in found
    places = spans("Das gilt mit Ausnahme von Irland, Malta und Finnland.", "de")
    assert [t for t, k, _ in places if k == "place"] == ["Irland", "Malta", "Finnland"]
    body = spans("Geprüft hat die TÜV Informationstechnik GmbH in Essen.", "de")
    assert ("TÜV Informationstechnik GmbH", "organization", "organisation word") in body


def test_a_place_in_the_genitive_ends_a_run() -> None:
    """'der Oberste Gerichtshof Kanadas': the court, then the country; 'Las Vegas' stays whole."""
    found = spans("Das entschied der Oberste Gerichtshof Kanadas am Freitag.", "de")
    assert ("Kanadas", "place", "country") in found
    assert not [t for t, _, _ in found if t.endswith("Gerichtshof Kanadas")]
    assert ("Las Vegas", "place", "town") in spans("Die Show lief in Las Vegas lange.", "de")
    sailor = spans("Damals hatte Christoph Kolumbus Amerika erreicht.", "de")
    assert ("Christoph Kolumbus", "person", "first name") in sailor


def test_a_town_in_capitals_is_a_place_not_an_acronym() -> None:
    """'BOCHUM - Die Stadt …': a dateline's town in capitals; 'CDU' stays an acronym."""
    found = spans("BOCHUM - Die Stadt plant einen neuen Bahnhof mit der CDU.", "de")
    assert ("BOCHUM", "place", "town") in found
    assert [t for t, k, _ in found if k == "organization"] == ["CDU"]


def test_a_body_named_for_a_person_is_a_name() -> None:
    """'Konrad-Adenauer-Stiftung' names a body; 'EU-Kommission' is a compound, no name."""
    found = spans("Er leitete das Büro der CDU-nahen Konrad-Adenauer-Stiftung in Rom.", "de")
    assert ("Konrad-Adenauer-Stiftung", "organization", "organisation word") in found
    assert not spans("Gestern tagte die EU-Kommission lange.", "de")


def test_a_compound_needs_a_word_at_its_head() -> None:
    """'Wetter|bericht' and 'Lösch|arbeiten' (a verb's stem) are compounds of words;
    'Quirnstadt' ends in 'stadt' after no word: a name, not a compound."""
    words = words_of("de")
    assert words is not None
    assert name_words.joins_words("wetterbericht", words)
    assert name_words.joins_words("löscharbeiten", words)
    assert name_words.joins_words("gesundheitsministerium", words)
    assert not name_words.joins_words("quirnstadt", words)
    assert evidence.is_name_word("Quirnstadt", words)
    assert not evidence.is_name_word("Wetterbericht", words)


def test_a_lone_word_shaped_like_a_town_is_a_place() -> None:
    """'Quirnstadt liegt …': an unknown word opening a sentence is a person, unless it ends as
    towns do."""
    assert entities("Quirnstadt liegt an einem kleinen Fluss.") == {"Quirnstadt": "place"}
    assert entities("Vormelka liegt an einem kleinen Fluss.") == {"Vormelka": "person"}


def test_a_lone_word_with_a_noun_ending_is_no_name() -> None:
    """'Ploggerung', 'Trimmheit': German's noun endings, no name whatever the lists lack."""
    assert entities("Am Morgen begann Ploggerung im Hof.") == {}
    assert entities("Danach zeigte Trimmheit sich überall.") == {}


def test_a_landscape_after_an_article_is_a_place() -> None:
    """'am Quirnberg': a mountain's name takes an article, its ending tells it; 'dem Boden'
    stays a noun."""
    assert entities("Am Nachmittag wanderten wir am Quirnberg entlang.") == {"Quirnberg": "place"}
    assert entities("Am Nachmittag lag das Laub auf dem Boden.") == {}


def test_an_acronym_before_a_town_is_a_club() -> None:
    """'beim TSG Quirnstadt', 'des KSV Vormelka': an acronym and a name, an organisation even
    after an article."""
    found = entities("Er spielte beim KSV Vormelka und danach für den TSG Quirnstadt.")
    assert found == {"KSV Vormelka": "organization", "TSG Quirnstadt": "organization"}


def test_an_owner_in_the_genitive_is_a_person() -> None:
    """'Vormelkas Hochzeitsfeier' (a compound noun after the owner), 'Annikas Eltern' opening
    a sentence (a first name the word list holds in the genitive): their owners are people;
    'Als Kinder' opens no name. Each is named without its -s (its alias)."""
    assert entities("Er war Gast bei Vormelkas Hochzeitsfeier.") == {"Vormelka": "person"}
    assert entities("Annikas Eltern riefen gestern an.") == {"Annika": "person"}
    assert entities("Als Kinder spielten wir oft im Hof.") == {}


def test_a_listed_word_shaped_like_a_town_after_in_is_a_place() -> None:
    """'in Weinsberg': the word list holds the town (a compound of 'Wein' and 'Berg'), but
    'in' with no article before a town's ending makes it a place."""
    assert entities("Das Fest fand in Weinsberg statt.") == {"Weinsberg": "place"}


def test_towns_joined_by_a_hyphen_are_a_place() -> None:
    """'Quirnstadt-Vormelk': two parts, one ending as towns do, are one place, not a double
    surname ('Müller-Vormelk' keeps no place)."""
    words = words_of("de")
    assert words is not None
    assert evidence.label_of("Quirnstadt-Vormelk", "traf", None, False, words)[0] == "place"
    assert evidence.label_of("Müller-Vormelk", "traf", None, False, words)[0] != "place"
