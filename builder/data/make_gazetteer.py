"""Regenerate builder/data/gazetteer.json: countries, capitals, demonyms and organisations.

Dev-time only: run `.venv/bin/python -m builder.data.make_gazetteer` after editing the tables below.
It needs `pycountry` (`.venv/bin/pip install pycountry`), which is NOT a runtime dependency: the JSON it
writes is committed and read by `builder.nlp.spacy_model` at run time. The output is deterministic
(entries sorted by name, aliases sorted; demonyms and capitals keep table order,
main form / main capital first).

Matching in `builder.nlp.spacy_model` is by exact token text (ORTH), so every string here must be the form
written in news, in its usual case. Rules the tables follow (and `check` enforces):

* one surface form -> one entry in the whole file (a city-state's capital may repeat its own name);
* forms shared by two places are left out of both (see SHARED_FORMS), so the model decides, unlinked;
* forms that are ordinary English words or common given names are left out (see BANNED_FORMS). Country
  names that are also given names ("Chad", "Jordan", "Georgia", "Holland") are kept: they are the countries.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).with_name("gazetteer.json")

# ISO 3166-1 alpha-2 code (or a private code for places pycountry lacks) | canonical name | extra aliases |
# demonyms (adjective and people nouns) | capitals (seat of government first where it differs; cities that
# stand for the government by metonymy). Lists are ";"-separated. pycountry's name, common name and
# official name are added as aliases automatically.
COUNTRY_TABLE = """
AD | Andorra | | Andorran;Andorrans | Andorra la Vella
AE | United Arab Emirates | UAE;U.A.E. | Emirati;Emiratis | Abu Dhabi
AF | Afghanistan | | Afghan;Afghans | Kabul
AG | Antigua and Barbuda | Antigua | Antiguan;Antiguans |
AI | Anguilla | | Anguillan;Anguillans |
AL | Albania | | Albanian;Albanians | Tirana;Tirane
AM | Armenia | | Armenian;Armenians | Yerevan
AO | Angola | | Angolan;Angolans | Luanda
AQ | Antarctica | | |
AR | Argentina | | Argentine;Argentines;Argentinian;Argentinians;Argentinean | Buenos Aires
AS | American Samoa | | American Samoan;American Samoans | Pago Pago
AT | Austria | | Austrian;Austrians | Vienna
AU | Australia | Commonwealth of Australia | Australian;Australians | Canberra
AW | Aruba | | Aruban;Arubans | Oranjestad
AX | Åland Islands | Aland Islands;Åland | Ålander;Ålanders | Mariehamn
AZ | Azerbaijan | | Azerbaijani;Azerbaijanis;Azeri;Azeris | Baku
BA | Bosnia and Herzegovina | Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina | Bosnian;Bosnians | Sarajevo
BB | Barbados | | Barbadian;Barbadians;Bajan;Bajans | Bridgetown
BD | Bangladesh | | Bangladeshi;Bangladeshis | Dhaka;Dacca
BE | Belgium | | Belgian;Belgians | Brussels
BF | Burkina Faso | Burkina | Burkinabe;Burkinabè | Ouagadougou
BG | Bulgaria | | Bulgarian;Bulgarians | Sofia
BH | Bahrain | | Bahraini;Bahrainis | Manama
BI | Burundi | | Burundian;Burundians | Gitega;Bujumbura
BJ | Benin | | Beninese | Porto-Novo;Cotonou
BL | Saint Barthélemy | Saint Barthelemy;St. Barthélemy;St Barts;St. Barts | | Gustavia
BM | Bermuda | | Bermudian;Bermudians |
BN | Brunei | Brunei Darussalam | Bruneian;Bruneians | Bandar Seri Begawan
BO | Bolivia | | Bolivian;Bolivians | La Paz;Sucre
BQ | Caribbean Netherlands | Bonaire, Sint Eustatius and Saba;Bonaire;Sint Eustatius | | Kralendijk
BR | Brazil | | Brazilian;Brazilians | Brasília;Brasilia
BS | Bahamas | | Bahamian;Bahamians | Nassau
BT | Bhutan | | Bhutanese | Thimphu
BV | Bouvet Island | | |
BW | Botswana | | Motswana;Batswana | Gaborone
BY | Belarus | Byelorussia;Belorussia | Belarusian;Belarusians;Belarussian;Byelorussian | Minsk
BZ | Belize | | Belizean;Belizeans | Belmopan
CA | Canada | | Canadian;Canadians | Ottawa
CC | Cocos Islands | Cocos (Keeling) Islands;Keeling Islands | |
CD | DR Congo | Democratic Republic of the Congo;Democratic Republic of Congo;DRC;D.R.C.;D.R. Congo;\
Congo-Kinshasa;Zaire | Zairean;Zaireans;Zairian | Kinshasa
CF | Central African Republic | | Central African;Central Africans | Bangui
CG | Republic of the Congo | Republic of Congo;Congo Republic;Congo-Brazzaville | | Brazzaville
CH | Switzerland | | Swiss | Bern;Berne
CI | Ivory Coast | Côte d'Ivoire;Cote d'Ivoire | Ivorian;Ivorians | Yamoussoukro;Abidjan
CK | Cook Islands | | Cook Islander;Cook Islanders | Avarua
CL | Chile | | Chilean;Chileans | Santiago
CM | Cameroon | | Cameroonian;Cameroonians | Yaoundé;Yaounde
CN | China | PRC;P.R.C. | Chinese | Beijing
CO | Colombia | | Colombian;Colombians | Bogotá;Bogota
CR | Costa Rica | | Costa Rican;Costa Ricans | San José
CU | Cuba | | Cuban;Cubans | Havana
CV | Cape Verde | Cabo Verde | Cape Verdean;Cape Verdeans;Cabo Verdean;Cabo Verdeans | Praia
CW | Curaçao | Curacao | Curaçaoan;Curaçaoans | Willemstad
CX | Christmas Island | | | Flying Fish Cove
CY | Cyprus | | Cypriot;Cypriots | Nicosia
CZ | Czech Republic | Czechia | Czech;Czechs | Prague
DE | Germany | | German;Germans | Berlin
DJ | Djibouti | | Djiboutian;Djiboutians | Djibouti
DK | Denmark | | Danish;Dane;Danes | Copenhagen
DM | Dominica | | | Roseau
DO | Dominican Republic | | | Santo Domingo
DZ | Algeria | | Algerian;Algerians | Algiers
EC | Ecuador | | Ecuadorian;Ecuadorians;Ecuadorean;Ecuadoreans | Quito
EE | Estonia | | Estonian;Estonians | Tallinn
EG | Egypt | | Egyptian;Egyptians | Cairo
EH | Western Sahara | | Sahrawi;Sahrawis;Saharawi;Saharawis |
ER | Eritrea | State of Eritrea | Eritrean;Eritreans | Asmara
ES | Spain | | Spanish;Spaniard;Spaniards | Madrid
ET | Ethiopia | | Ethiopian;Ethiopians | Addis Ababa
FI | Finland | | Finnish;Finns | Helsinki
FJ | Fiji | | Fijian;Fijians | Suva
FK | Falkland Islands | Falklands;Malvinas;Islas Malvinas | Falkland Islander;Falkland Islanders |
FM | Micronesia | | Micronesian;Micronesians | Palikir
FO | Faroe Islands | Faroes;Faeroe Islands;Faeroes | Faroese | Tórshavn;Torshavn
FR | France | | French | Paris
GA | Gabon | | Gabonese | Libreville
GB | United Kingdom | UK;U.K.;Britain;Great Britain | British;Briton;Britons;Brits | London
GD | Grenada | | Grenadian;Grenadians | St. George's;St George's
GE | Georgia | | Georgian;Georgians | Tbilisi
GF | French Guiana | | French Guianese | Cayenne
GG | Guernsey | Bailiwick of Guernsey | | St Peter Port;St. Peter Port
GH | Ghana | | Ghanaian;Ghanaians | Accra
GI | Gibraltar | | Gibraltarian;Gibraltarians | Gibraltar
GL | Greenland | | Greenlandic;Greenlander;Greenlanders | Nuuk
GM | Gambia | | Gambian;Gambians | Banjul
GN | Guinea | Guinea-Conakry | Guinean;Guineans | Conakry
GP | Guadeloupe | | Guadeloupean;Guadeloupeans | Basse-Terre
GQ | Equatorial Guinea | | Equatorial Guinean;Equatorial Guineans;Equatoguinean;Equatoguineans | Malabo
GR | Greece | | Greek;Greeks | Athens
GS | South Georgia and the South Sandwich Islands | South Georgia | | King Edward Point
GT | Guatemala | | Guatemalan;Guatemalans | Guatemala City
GU | Guam | | Guamanian;Guamanians | Hagåtña;Hagatna
GW | Guinea-Bissau | | Bissau-Guinean;Bissau-Guineans | Bissau
GY | Guyana | | Guyanese | Georgetown
HK | Hong Kong | | Hong Konger;Hong Kongers;Hongkonger;Hongkongers |
HM | Heard Island and McDonald Islands | | |
HN | Honduras | | Honduran;Hondurans | Tegucigalpa
HR | Croatia | | Croatian;Croatians;Croat;Croats | Zagreb
HT | Haiti | | Haitian;Haitians | Port-au-Prince
HU | Hungary | | Hungarian;Hungarians | Budapest
ID | Indonesia | | Indonesian;Indonesians | Jakarta
IE | Ireland | Republic of Ireland;Eire;Éire | Irish | Dublin
IL | Israel | | Israeli;Israelis | Jerusalem
IM | Isle of Man | | Manx |
IN | India | | Indian;Indians | New Delhi
IO | British Indian Ocean Territory | Chagos Islands;Chagos Archipelago | |
IQ | Iraq | | Iraqi;Iraqis | Baghdad
IR | Iran | | Iranian;Iranians | Tehran;Teheran
IS | Iceland | | Icelandic;Icelander;Icelanders | Reykjavík;Reykjavik
IT | Italy | | Italian;Italians | Rome
JM | Jamaica | | Jamaican;Jamaicans | Kingston
JO | Jordan | | Jordanian;Jordanians | Amman
JP | Japan | | Japanese | Tokyo
KE | Kenya | | Kenyan;Kenyans | Nairobi
KG | Kyrgyzstan | Kirghizia | Kyrgyz;Kyrgyzstani;Kyrgyzstanis | Bishkek
KH | Cambodia | | Cambodian;Cambodians | Phnom Penh
KI | Kiribati | | I-Kiribati | Tarawa;South Tarawa
KM | Comoros | | Comoran;Comorans;Comorian;Comorians | Moroni
KN | Saint Kitts and Nevis | St Kitts and Nevis;St. Kitts and Nevis;St Kitts;St. Kitts;Saint Kitts | \
Kittitian;Kittitians | Basseterre
KP | North Korea | DPRK;D.P.R.K. | North Korean;North Koreans | Pyongyang
KR | South Korea | Republic of Korea;ROK;R.O.K. | South Korean;South Koreans | Seoul
KW | Kuwait | | Kuwaiti;Kuwaitis | Kuwait City
KY | Cayman Islands | Caymans | Caymanian;Caymanians |
KZ | Kazakhstan | | Kazakh;Kazakhs;Kazakhstani;Kazakhstanis | Astana;Nur-Sultan
LA | Laos | Lao PDR | Lao;Laotian;Laotians | Vientiane
LB | Lebanon | | Lebanese | Beirut
LC | Saint Lucia | St Lucia;St. Lucia | Saint Lucian;Saint Lucians;St Lucian;St Lucians | Castries
LI | Liechtenstein | | Liechtensteiner;Liechtensteiners | Vaduz
LK | Sri Lanka | | Sri Lankan;Sri Lankans | Sri Jayawardenepura Kotte;Colombo
LR | Liberia | | Liberian;Liberians | Monrovia
LS | Lesotho | | Basotho;Mosotho | Maseru
LT | Lithuania | | Lithuanian;Lithuanians | Vilnius
LU | Luxembourg | | Luxembourger;Luxembourgers;Luxembourgish | Luxembourg;Luxembourg City
LV | Latvia | | Latvian;Latvians | Riga
LY | Libya | | Libyan;Libyans | Tripoli
MA | Morocco | | Moroccan;Moroccans | Rabat
MC | Monaco | | Monegasque;Monégasque;Monegasques | Monaco
MD | Moldova | | Moldovan;Moldovans | Chișinău;Chisinau;Kishinev
ME | Montenegro | | Montenegrin;Montenegrins | Podgorica
MF | Saint Martin | Saint-Martin;St. Martin;Collectivity of Saint Martin | | Marigot
MG | Madagascar | | Malagasy | Antananarivo
MH | Marshall Islands | | Marshallese | Majuro
MK | North Macedonia | Macedonia;Former Yugoslav Republic of Macedonia;FYROM | \
North Macedonian;North Macedonians;Macedonian;Macedonians | Skopje
ML | Mali | | Malian;Malians | Bamako
MM | Myanmar | Burma;Republic of the Union of Myanmar | Burmese | Naypyidaw;Nay Pyi Taw;Naypyitaw
MN | Mongolia | | Mongolian;Mongolians | Ulaanbaatar;Ulan Bator
MO | Macau | Macao | Macanese |
MP | Northern Mariana Islands | Northern Marianas | Northern Mariana Islander;Northern Mariana Islanders | \
Saipan
MQ | Martinique | | Martinican;Martinicans | Fort-de-France
MR | Mauritania | | Mauritanian;Mauritanians | Nouakchott
MS | Montserrat | | Montserratian;Montserratians | Brades
MT | Malta | | Maltese | Valletta
MU | Mauritius | | Mauritian;Mauritians | Port Louis
MV | Maldives | | Maldivian;Maldivians | Malé
MW | Malawi | | Malawian;Malawians | Lilongwe
MX | Mexico | | Mexican;Mexicans | Mexico City
MY | Malaysia | | Malaysian;Malaysians | Kuala Lumpur;Putrajaya
MZ | Mozambique | | Mozambican;Mozambicans | Maputo
NA | Namibia | | Namibian;Namibians | Windhoek
NC | New Caledonia | | New Caledonian;New Caledonians | Nouméa;Noumea
NE | Niger | Republic of Niger | Nigerien;Nigeriens | Niamey
NF | Norfolk Island | | Norfolk Islander;Norfolk Islanders |
NG | Nigeria | | Nigerian;Nigerians | Abuja
NI | Nicaragua | | Nicaraguan;Nicaraguans | Managua
NL | Netherlands | Holland | Dutch | Amsterdam;The Hague
NO | Norway | | Norwegian;Norwegians | Oslo
NP | Nepal | | Nepali;Nepalis;Nepalese | Kathmandu
NR | Nauru | | Nauruan;Nauruans | Yaren
NU | Niue | | Niuean;Niueans | Alofi
NZ | New Zealand | | New Zealander;New Zealanders | Wellington
OM | Oman | | Omani;Omanis | Muscat
PA | Panama | | Panamanian;Panamanians | Panama City
PE | Peru | | Peruvian;Peruvians | Lima
PF | French Polynesia | | French Polynesian;French Polynesians | Papeete
PG | Papua New Guinea | PNG | Papua New Guinean;Papua New Guineans | Port Moresby
PH | Philippines | | Filipino;Filipinos;Philippine | Manila
PK | Pakistan | | Pakistani;Pakistanis | Islamabad
PL | Poland | | Polish;Poles | Warsaw
PM | Saint Pierre and Miquelon | St. Pierre and Miquelon;St Pierre and Miquelon | |
PN | Pitcairn Islands | Pitcairn | Pitcairn Islander;Pitcairn Islanders | Adamstown
PR | Puerto Rico | | Puerto Rican;Puerto Ricans | San Juan
PS | Palestine | | Palestinian;Palestinians | Ramallah
PT | Portugal | | Portuguese | Lisbon
PW | Palau | | Palauan;Palauans | Ngerulmud
PY | Paraguay | | Paraguayan;Paraguayans | Asunción;Asuncion
QA | Qatar | | Qatari;Qataris | Doha
RE | Réunion | Reunion Island;Réunion Island | |
RO | Romania | | Romanian;Romanians | Bucharest
RS | Serbia | | Serbian;Serbians;Serb;Serbs | Belgrade
RU | Russia | | Russian;Russians | Moscow
RW | Rwanda | | Rwandan;Rwandans | Kigali
SA | Saudi Arabia | KSA | Saudi;Saudis;Saudi Arabian;Saudi Arabians | Riyadh
SB | Solomon Islands | Solomons | Solomon Islander;Solomon Islanders | Honiara
SC | Seychelles | | Seychellois |
SD | Sudan | | Sudanese | Khartoum
SE | Sweden | | Swedish;Swede;Swedes | Stockholm
SG | Singapore | | Singaporean;Singaporeans | Singapore
SH | Saint Helena | St Helena;St. Helena;Ascension Island;Tristan da Cunha | Saint Helenian;Saint Helenians |
SI | Slovenia | | Slovenian;Slovenians;Slovene;Slovenes | Ljubljana
SJ | Svalbard and Jan Mayen | Svalbard;Jan Mayen | | Longyearbyen
SK | Slovakia | | Slovak;Slovaks;Slovakian | Bratislava
SL | Sierra Leone | | Sierra Leonean;Sierra Leoneans | Freetown
SM | San Marino | | Sammarinese | San Marino;City of San Marino
SN | Senegal | | Senegalese | Dakar
SO | Somalia | | Somali;Somalis | Mogadishu
SR | Suriname | Surinam | Surinamese | Paramaribo
SS | South Sudan | | South Sudanese | Juba
ST | Sao Tome and Principe | São Tomé and Príncipe | Santomean;Santomeans | São Tomé;Sao Tome
SV | El Salvador | | Salvadoran;Salvadorans;Salvadorean;Salvadoreans | San Salvador
SX | Sint Maarten | | | Philipsburg
SY | Syria | | Syrian;Syrians | Damascus
SZ | Eswatini | Swaziland | Swazi;Swazis;Emaswati | Mbabane;Lobamba
TC | Turks and Caicos Islands | Turks and Caicos | Turks and Caicos Islander;Turks and Caicos Islanders | \
Cockburn Town
TD | Chad | | Chadian;Chadians | N'Djamena;Ndjamena
TF | French Southern Territories | French Southern and Antarctic Lands | |
TG | Togo | | Togolese | Lomé;Lome
TH | Thailand | | Thai;Thais | Bangkok
TJ | Tajikistan | | Tajik;Tajiks;Tajikistani;Tajikistanis | Dushanbe
TK | Tokelau | | Tokelauan;Tokelauans |
TL | East Timor | Timor-Leste | East Timorese;Timorese | Dili
TM | Turkmenistan | | Turkmen;Turkmens | Ashgabat;Ashkhabad
TN | Tunisia | | Tunisian;Tunisians | Tunis
TO | Tonga | | Tongan;Tongans | Nuku'alofa;Nukuʻalofa
TR | Turkey | Türkiye;Turkiye;Republic of Turkey | Turkish;Turk;Turks | Ankara
TT | Trinidad and Tobago | Trinidad | Trinidadian;Trinidadians;Tobagonian;Tobagonians | Port of Spain
TV | Tuvalu | | Tuvaluan;Tuvaluans | Funafuti
TW | Taiwan | Republic of China | Taiwanese | Taipei
TZ | Tanzania | | Tanzanian;Tanzanians | Dodoma;Dar es Salaam
UA | Ukraine | | Ukrainian;Ukrainians | Kyiv;Kiev
UG | Uganda | | Ugandan;Ugandans | Kampala
UM | United States Minor Outlying Islands | | |
US | United States | US;U.S.;USA;U.S.A.;America | American;Americans | \
Washington;Washington, D.C.;Washington D.C.;Washington DC
UY | Uruguay | | Uruguayan;Uruguayans | Montevideo
UZ | Uzbekistan | | Uzbek;Uzbeks;Uzbekistani;Uzbekistanis | Tashkent
VA | Vatican City | Holy See;Vatican;Vatican City State | | Vatican City
VC | Saint Vincent and the Grenadines | St Vincent and the Grenadines;St. Vincent and the Grenadines;\
St Vincent;St. Vincent;Saint Vincent | Vincentian;Vincentians | Kingstown
VE | Venezuela | | Venezuelan;Venezuelans | Caracas
VG | British Virgin Islands | BVI | British Virgin Islander;British Virgin Islanders | Road Town
VI | US Virgin Islands | U.S. Virgin Islands;United States Virgin Islands | | Charlotte Amalie
VN | Vietnam | Socialist Republic of Vietnam | Vietnamese | Hanoi
VU | Vanuatu | | Ni-Vanuatu | Port Vila
WF | Wallis and Futuna | | Wallisian;Wallisians;Futunan;Futunans | Mata-Utu
WS | Samoa | Western Samoa | Samoan;Samoans | Apia
YE | Yemen | | Yemeni;Yemenis | Sanaa;Sana'a
YT | Mayotte | | Mahoran;Mahorans;Mahorais | Mamoudzou
ZA | South Africa | | South African;South Africans | Pretoria;Cape Town;Bloemfontein
ZM | Zambia | | Zambian;Zambians | Lusaka
ZW | Zimbabwe | | Zimbabwean;Zimbabweans | Harare
XK | Kosovo | Republic of Kosovo | Kosovar;Kosovars;Kosovan;Kosovans | Pristina;Prishtina;Priština
GB-ENG | England | | |
GB-SCT | Scotland | | Scottish;Scots | Edinburgh
GB-WLS | Wales | | Welsh | Cardiff
GB-NIR | Northern Ireland | | Northern Irish | Belfast
"""

# pycountry codes deliberately not in the table, with the reason.
EXCLUDED_CODES = {
    "JE": "'Jersey' would match inside 'New Jersey' (and is a garment); too costly for a small island",
}

# Places outside ISO 3166-1 (or split out of it) that the table adds by private code.
EXTRA_CODES = frozenset({"XK", "GB-ENG", "GB-SCT", "GB-WLS", "GB-NIR"})

# Forms written the same for two places: linking them to either would be wrong half the time.
SHARED_FORMS = {
    "Congo": "Republic of the Congo and DR Congo (AP style uses it for DR Congo)",
    "Congolese": "Republic of the Congo and DR Congo",
    "Dominican": "Dominica and the Dominican Republic",
    "Dominicans": "Dominica and the Dominican Republic",
    "Korea": "North and South Korea",
    "Korean": "North and South Korea",
    "Koreans": "North and South Korea",
    "Virgin Islands": "British and US Virgin Islands",
    "Virgin Islander": "British and US Virgin Islands",
    "Samoan Islands": "Samoa and American Samoa",
}

# Capitals, aliases and demonyms left out because they are English words, given names or better-known
# other places; the entity (if any) is then left to the statistical model.
BANNED_FORMS = {
    "Male": "English word (Maldives capital kept as 'Malé')",
    "Victoria": "given name, Australian state, Canadian city (capital of Seychelles)",
    "Hamilton": "surname, Canadian city (capital of Bermuda)",
    "Stanley": "given name (capital of the Falklands)",
    "Douglas": "given name (capital of the Isle of Man)",
    "St. John's": "capital of Newfoundland too (capital of Antigua and Barbuda)",
    "St John's": "capital of Newfoundland too (capital of Antigua and Barbuda)",
    "George Town": "Penang's capital too (capital of the Cayman Islands)",
    "Plymouth": "English city (abandoned capital of Montserrat)",
    "Jamestown": "several US towns (capital of Saint Helena)",
    "Saint-Denis": "Paris suburb (capital of Réunion)",
    "Saint-Pierre": "many French towns (capital of Saint Pierre and Miquelon)",
    "The Valley": "ordinary phrase (capital of Anguilla)",
    "West Island": "ordinary phrase (capital of the Cocos Islands)",
    "Reunion": "English word (Réunion kept with its accent)",
    "Emirates": "the airline",
    "Peking": "Peking University, Peking duck",
    "Finn": "given name",
    "Pole": "North/South Pole",
    "Scot": "given name",
    "Sana": "given name",
    "ROC": "Russian Olympic Committee, and too rare for Taiwan",
    "CAR": "all-caps headlines ('CAR BOMB')",
    "English": "the language; 'English' is not a demonym of the United Kingdom",
    "The Bahamas": "a sentence-initial 'The' would enter the entity span",
    "The Gambia": "a sentence-initial 'The' would enter the entity span",
    "Persia": "historical",
    "ICC": "International Cricket Council and International Chamber of Commerce too",
    "Amnesty": "English word",
    "Commission": "English word",
    "General Assembly": "US state legislatures and church assemblies",
    "House of Representatives": "many countries have one",
    "Supreme Court": "many countries have one",
    "No 10": "sports rankings ('the No 10 seed')",
    "No. 10": "sports rankings ('the No. 10 seed')",
    "EC": "European Community in older text, European Commission now",
}

# Canonical name | aliases (";"-separated). Full name canonical, except where the acronym is the name.
ORGANISATION_TABLE = """
United Nations | UN;U.N.
UN Security Council | United Nations Security Council;U.N. Security Council;Security Council;UNSC
UN General Assembly | United Nations General Assembly;U.N. General Assembly;UNGA
UN Human Rights Council | United Nations Human Rights Council;U.N. Human Rights Council;\
Human Rights Council;UNHRC
UNICEF | United Nations Children's Fund;Unicef
UNHCR | United Nations High Commissioner for Refugees;\
Office of the United Nations High Commissioner for Refugees
UNESCO | United Nations Educational, Scientific and Cultural Organization;Unesco
UNRWA | United Nations Relief and Works Agency;\
United Nations Relief and Works Agency for Palestine Refugees in the Near East
UNDP | United Nations Development Programme;United Nations Development Program
World Food Programme | WFP;World Food Program
Food and Agriculture Organization | FAO;Food and Agriculture Organisation
World Health Organization | WHO;World Health Organisation
International Labour Organization | ILO;International Labor Organization;International Labour Organisation
International Atomic Energy Agency | IAEA
International Energy Agency | IEA
International Monetary Fund | IMF
World Bank | World Bank Group
World Trade Organization | WTO;World Trade Organisation
OPEC | Organization of the Petroleum Exporting Countries;Organisation of the Petroleum Exporting Countries;\
Organization of Petroleum Exporting Countries
OECD | Organisation for Economic Co-operation and Development;\
Organization for Economic Cooperation and Development;\
Organization for Economic Co-operation and Development
OSCE | Organization for Security and Co-operation in Europe;\
Organization for Security and Cooperation in Europe;\
Organisation for Security and Co-operation in Europe
NATO | North Atlantic Treaty Organization;North Atlantic Treaty Organisation;Nato
European Union | EU;E.U.
European Commission | EU Commission
European Parliament | EU Parliament
European Council |
Council of the European Union | Council of the EU
European Central Bank | ECB
European Court of Justice | ECJ;Court of Justice of the European Union
European Court of Human Rights | ECtHR
Council of Europe |
International Court of Justice | ICJ;World Court
International Criminal Court |
ASEAN | Association of Southeast Asian Nations;Association of South East Asian Nations;Asean
African Union | AU
Organisation of African Unity | OAU;Organization of African Unity
Arab League | League of Arab States
Gulf Cooperation Council | GCC;Gulf Co-operation Council;Cooperation Council for the Arab States of the Gulf
Organization of American States | OAS;Organisation of American States
ECOWAS | Economic Community of West African States;Ecowas
Southern African Development Community | SADC
Shanghai Cooperation Organisation | SCO;Shanghai Cooperation Organization
APEC | Asia-Pacific Economic Cooperation;Asia Pacific Economic Cooperation
Mercosur | MERCOSUR
G7 | G-7;Group of Seven
G8 | G-8;Group of Eight
G20 | G-20;Group of 20;Group of Twenty
BRICS |
International Committee of the Red Cross | ICRC
Red Cross | International Red Cross;Red Crescent;\
International Federation of Red Cross and Red Crescent Societies;IFRC
Interpol | INTERPOL;International Criminal Police Organization
Europol |
Amnesty International |
Human Rights Watch | HRW
Médecins Sans Frontières | Medecins Sans Frontieres;Doctors Without Borders;MSF
Kremlin |
White House |
Pentagon | Department of Defense;Defense Department;US Department of Defense;U.S. Department of Defense
State Department | US State Department;U.S. State Department;Department of State;US Department of State;\
U.S. Department of State
Justice Department | Department of Justice;US Justice Department;U.S. Justice Department
National Security Council |
CIA | Central Intelligence Agency
FBI | Federal Bureau of Investigation
Federal Reserve | Fed;US Federal Reserve;U.S. Federal Reserve;Federal Reserve Board
US Congress | Congress;U.S. Congress;United States Congress
US Senate | Senate;U.S. Senate;United States Senate
US House of Representatives | U.S. House of Representatives;United States House of Representatives
US Supreme Court | U.S. Supreme Court;United States Supreme Court
Foreign Office | Foreign and Commonwealth Office;Foreign, Commonwealth and Development Office;FCDO;FCO
Home Office |
Downing Street | 10 Downing Street
House of Commons |
House of Lords |
Élysée Palace | Elysee Palace;Élysée;Elysee
Bundestag |
Knesset |
State Duma | Duma
Verkhovna Rada |
National People's Congress |
Chinese Communist Party | Communist Party of China;CCP
African National Congress | ANC
Indian National Congress | Congress Party;Congress party
Palestinian Authority | Palestinian National Authority
"""

Row = list[str]


def split_list(cell: str) -> list[str]:
    """A ';'-separated table cell as a list of stripped, non-empty strings, order kept, duplicates dropped."""
    return list(dict.fromkeys(part.strip() for part in cell.split(";") if part.strip()))


def table_rows(table: str, width: int) -> list[Row]:
    """Rows of a '|'-separated table (backslash-newline continues a row)."""
    rows = []
    for line in table.replace("\\\n", "").strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != width:
            raise ValueError(f"expected {width} cells, got {len(cells)}: {line!r}")
        rows.append(cells)
    return rows


def iso_names() -> dict[str, list[str]]:
    """pycountry's usable names per alpha-2 code: name, common name and official name."""
    import pycountry  # dev-time only

    names: dict[str, list[str]] = {}
    for country in pycountry.countries:
        found = [getattr(country, attr, "") for attr in ("name", "common_name", "official_name")]
        names[country.alpha_2] = [n.removeprefix("the ") for n in found if _usable_iso_name(n)]
    return names


def _usable_iso_name(name: str) -> bool:
    # Drops inverted forms ("Korea, Republic of"), glosses ("Saint Martin (French part)") and shared forms.
    return bool(name) and "," not in name and "(" not in name and name not in SHARED_FORMS


def build_countries(rows: list[Row], iso: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Country entries from the table rows, with pycountry's names added as aliases."""
    codes = [row[0] for row in rows]
    missing = set(iso) - set(codes) - set(EXCLUDED_CODES)
    unknown = set(codes) - set(iso) - EXTRA_CODES
    if missing or unknown:
        raise SystemExit(
            f"table out of step with pycountry: missing {sorted(missing)}, unknown {sorted(unknown)}"
        )
    return sorted((_country(row, iso.get(row[0], [])) for row in rows), key=lambda entry: entry["name"])


def _country(row: Row, iso_aliases: list[str]) -> dict[str, Any]:
    _code, name, aliases, demonyms, capitals = row
    all_aliases = {*split_list(aliases), *iso_aliases} - {name}
    return {
        "name": name,
        "aliases": sorted(all_aliases),
        "demonyms": split_list(demonyms),
        "capitals": split_list(capitals),
    }


def build_organisations(rows: list[Row]) -> list[dict[str, Any]]:
    """Organisation entries, sorted by name."""
    entries = [{"name": name, "aliases": sorted(set(split_list(aliases)) - {name})} for name, aliases in rows]
    return sorted(entries, key=lambda entry: entry["name"])


def surface_forms(entry: dict[str, Any]) -> list[str]:
    """Every string an entry contributes to the entity ruler (a city-state's capital counts once)."""
    forms = [entry["name"], *entry["aliases"], *entry.get("demonyms", [])]
    return forms + [c for c in entry.get("capitals", []) if c != entry["name"]]


def check(data: dict[str, Any]) -> None:
    """Fail loudly on a form owned by two entries (in any case), a banned or shared form, or lower case."""
    owner: dict[str, str] = {}
    problems: list[str] = []
    for kind in ("countries", "organisations"):
        for entry in data[kind]:
            for form in surface_forms(entry):
                # Compared in capitals too, so ALL-CAPS headline variants ("NIGER") stay one-to-one.
                key = form.upper()
                if key in owner and owner[key] != entry["name"]:
                    problems.append(f"{form!r} in both {owner[key]!r} and {entry['name']!r}")
                owner[key] = entry["name"]
                if form in BANNED_FORMS or form in SHARED_FORMS:
                    problems.append(f"{form!r} ({entry['name']}) is excluded: {_reason(form)}")
                if not form[0].isupper() and not form[0].isdigit():
                    problems.append(f"{form!r} ({entry['name']}) does not start with a capital")
    if problems:
        raise SystemExit("gazetteer check failed:\n  " + "\n  ".join(problems))


def _reason(form: str) -> str:
    return BANNED_FORMS.get(form) or SHARED_FORMS[form]


def build() -> dict[str, Any]:
    """The whole gazetteer, checked."""
    countries = build_countries(table_rows(COUNTRY_TABLE, 5), iso_names())
    data = {"countries": countries, "organisations": build_organisations(table_rows(ORGANISATION_TABLE, 2))}
    check(data)
    return data


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    data = build()
    OUTPUT.write_text(render(data), encoding="utf-8")
    forms = sum(len(surface_forms(e)) for kind in ("countries", "organisations") for e in data[kind])
    print(
        f"wrote {OUTPUT}: {len(data['countries'])} countries, {len(data['organisations'])} organisations, "
        f"{forms} surface forms",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
