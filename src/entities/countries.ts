// The world's countries as news writes them: the name, other names and abbreviations, and the
// demonyms (`Russian` → Russia). General knowledge for every country, not a list from any
// article: the entity recogniser uses the demonyms (`the Russian embassy` is a body), the batch
// view uses the rest to see that `Russia`, `the Russian government` and `the U.S.`/`United
// States` each name one government.

/** name | other names and abbreviations | demonyms (adjective forms) */
const TABLE = `
Afghanistan||Afghan,Afghani
Albania||Albanian
Algeria||Algerian
Andorra||Andorran
Angola||Angolan
Antigua and Barbuda|Antigua|Antiguan
Argentina||Argentine,Argentinian
Armenia||Armenian
Australia||Australian
Austria||Austrian
Azerbaijan||Azerbaijani,Azeri
Bahamas|The Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian
Belarus||Belarusian
Belgium||Belgian
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian
Bosnia and Herzegovina|Bosnia|Bosnian
Botswana||Botswanan
Brazil||Brazilian
Brunei||Bruneian
Bulgaria||Bulgarian
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian
Cameroon||Cameroonian
Canada||Canadian
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic|CAR|Central African
Chad||Chadian
Chile||Chilean
China|People's Republic of China,PRC,Beijing government|Chinese
Colombia||Colombian
Comoros||Comoran
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese
Republic of the Congo|Congo-Brazzaville|Congolese
Costa Rica||Costa Rican
Croatia||Croatian
Cuba||Cuban
Cyprus||Cypriot
Czech Republic|Czechia|Czech
Denmark||Danish
Djibouti||Djiboutian
Dominica||Dominican
Dominican Republic||Dominican
East Timor|Timor-Leste|Timorese
Ecuador||Ecuadorian
Egypt||Egyptian
El Salvador||Salvadoran
Equatorial Guinea||Equatoguinean
Eritrea||Eritrean
Estonia||Estonian
Eswatini|Swaziland|Swazi
Ethiopia||Ethiopian
Fiji||Fijian
Finland||Finnish
France|French Republic|French
Gabon||Gabonese
Gambia|The Gambia|Gambian
Georgia||Georgian
Germany|Federal Republic of Germany|German
Ghana||Ghanaian
Greece||Greek
Grenada||Grenadian
Guatemala||Guatemalan
Guinea||Guinean
Guinea-Bissau||Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian
Honduras||Honduran
Hungary||Hungarian
Iceland||Icelandic
India||Indian
Indonesia||Indonesian
Iran|Islamic Republic of Iran,Persia|Iranian
Iraq||Iraqi
Ireland|Republic of Ireland,Eire|Irish
Israel||Israeli
Italy||Italian
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian
Jamaica||Jamaican
Japan||Japanese
Jordan||Jordanian
Kazakhstan||Kazakh,Kazakhstani
Kenya||Kenyan
Kiribati||I-Kiribati
Kosovo||Kosovar
Kuwait||Kuwaiti
Kyrgyzstan||Kyrgyz
Laos||Lao,Laotian
Latvia||Latvian
Lebanon||Lebanese
Lesotho||Basotho
Liberia||Liberian
Libya||Libyan
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian
Luxembourg||Luxembourgish
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian
Maldives||Maldivian
Mali||Malian
Malta||Maltese
Marshall Islands||Marshallese
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican
Micronesia||Micronesian
Moldova||Moldovan
Monaco||Monegasque
Mongolia||Mongolian
Montenegro||Montenegrin
Morocco||Moroccan
Mozambique||Mozambican
Myanmar|Burma|Burmese,Myanmar
Namibia||Namibian
Nauru||Nauruan
Nepal||Nepalese,Nepali
Netherlands|Holland,The Netherlands|Dutch
New Zealand|NZ|New Zealand
Nicaragua||Nicaraguan
Niger||Nigerien
Nigeria||Nigerian
North Korea|DPRK,Democratic People's Republic of Korea|North Korean
North Macedonia|Macedonia|Macedonian
Norway||Norwegian
Oman||Omani
Pakistan||Pakistani
Palau||Palauan
Palestine|Palestinian Territories,State of Palestine|Palestinian
Panama||Panamanian
Papua New Guinea|PNG|Papua New Guinean
Paraguay||Paraguayan
Peru||Peruvian
Philippines|The Philippines|Filipino,Philippine
Poland||Polish
Portugal||Portuguese
Qatar||Qatari
Romania||Romanian
Russia|Russian Federation|Russian
Rwanda||Rwandan
Saint Kitts and Nevis||Kittitian
Saint Lucia||Saint Lucian
Saint Vincent and the Grenadines||Vincentian
Samoa||Samoan
San Marino||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Santomean
Saudi Arabia|Kingdom of Saudi Arabia,KSA|Saudi,Saudi Arabian
Senegal||Senegalese
Serbia||Serbian
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean
Slovakia||Slovak
Slovenia||Slovenian
Solomon Islands||Solomon Islander
Somalia||Somali
South Africa||South African
South Korea|Republic of Korea,ROK|South Korean
South Sudan||South Sudanese
Spain||Spanish
Sri Lanka||Sri Lankan
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish
Switzerland|Swiss Confederation|Swiss
Syria|Syrian Arab Republic|Syrian
Taiwan|Republic of China,ROC|Taiwanese
Tajikistan||Tajik,Tajikistani
Tanzania||Tanzanian
Thailand||Thai
Togo||Togolese
Tonga||Tongan
Trinidad and Tobago|Trinidad|Trinidadian
Tunisia||Tunisian
Turkey|Turkiye,Türkiye|Turkish
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda||Ugandan
Ukraine||Ukrainian
United Arab Emirates|UAE,Emirates|Emirati
United Kingdom|UK,U.K.,Britain,Great Britain|British
United States|US,U.S.,USA,U.S.A.,United States of America,America|American
Uruguay||Uruguayan
Uzbekistan||Uzbek
Vanuatu||Ni-Vanuatu
Vatican City|Holy See,Vatican|Vatican
Venezuela||Venezuelan
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni
Zambia||Zambian
Zimbabwe||Zimbabwean
`;

export interface Country {
  name: string;
  others: string[];
  demonyms: string[];
}

export const COUNTRIES: Country[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name = '', others = '', demonyms = ''] = line.split('|');
    const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
    return { name, others: list(others), demonyms: list(demonyms) };
  });

/** lower-cased demonyms, for `the Russian embassy` */
export const DEMONYMS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.demonyms.map((d) => d.toLowerCase())));

/**
 * One-word names of US states (lower-cased): places, though compromise tags several as first
 * names (`Herndon, Virginia`, `as governor of Georgia`). Two-word states it knows as places.
 */
export const US_STATES: ReadonlySet<string> = new Set(('alabama alaska arizona arkansas california colorado connecticut delaware florida ' +
  'georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota ' +
  'mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia ' +
  'washington wisconsin wyoming').split(' '));
