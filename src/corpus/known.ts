// General knowledge the batch view needs to see that two different names are one speaker,
// where no article says so: a country's name, abbreviations and demonym (`the U.S.`, `United
// States`; `the Russian government`, `Russia`), the seats of government that stand for
// governments (`the Kremlin`, `Downing Street`), and the other names of well-known bodies
// (`Islamic Emirate` for the Taliban, `Daesh` for the Islamic State). Word lists about the
// world, not about any article.
import { COUNTRIES } from '../entities/countries.js';

/** Seat of government → the country whose government it stands for. */
const SEATS: Array<[string, string]> = [
  ['Kremlin', 'Russia'], ['White House', 'United States'], ['Downing Street', 'United Kingdom'],
  ['Number 10', 'United Kingdom'], ['No. 10', 'United Kingdom'], ['Whitehall', 'United Kingdom'],
  ['Elysee', 'France'], ['Élysée', 'France'], ['Elysee Palace', 'France'], ['Élysée Palace', 'France'],
  ['Matignon', 'France'], ['Quai d’Orsay', 'France'], ["Quai d'Orsay", 'France'], ['Zhongnanhai', 'China'],
  ['Blue House', 'South Korea'], ['Yongsan', 'South Korea'], ['Kantei', 'Japan'], ['Chancellery', 'Germany'],
  ['Kanzleramt', 'Germany'], ['Palazzo Chigi', 'Italy'], ['Quirinale', 'Italy'], ['Moncloa', 'Spain'],
  ['La Moncloa', 'Spain'], ['Casa Rosada', 'Argentina'], ['Planalto', 'Brazil'], ['Planalto Palace', 'Brazil'],
  ['Los Pinos', 'Mexico'], ['Palacio Nacional', 'Mexico'], ['Miraflores', 'Venezuela'], ['Miraflores Palace', 'Venezuela'],
  ['Bankova', 'Ukraine'], ['Arg', 'Afghanistan'], ['Arg Palace', 'Afghanistan'], ['Rashtrapati Bhavan', 'India'],
  ['South Block', 'India'], ['Aso Rock', 'Nigeria'], ['Aso Villa', 'Nigeria'], ['Union Buildings', 'South Africa'],
  ['Beehive', 'New Zealand'], ['Malacanang', 'Philippines'], ['Malacañang', 'Philippines'], ['Istana', 'Singapore'],
  ['Cankaya', 'Turkey'], ['Çankaya', 'Turkey'], ['Bestepe', 'Turkey'], ['Beştepe', 'Turkey'], ['Christiansborg', 'Denmark'],
  ['Rosenbad', 'Sweden'], ['Binnenhof', 'Netherlands'], ['Hofburg', 'Austria'], ['Prague Castle', 'Czech Republic'],
  ['Belweder', 'Poland'], ['Bellevue Palace', 'Germany'], ['Ballhausplatz', 'Austria'], ['Bundeshaus', 'Switzerland'],
  ['Maison Blanche', 'United States'], ['Kirya', 'Israel'],
];

/** Names of one body: the first is the name the batch prefers when none is used more. */
const BODIES: string[][] = [
  ['Taliban', 'Islamic Emirate', 'Islamic Emirate of Afghanistan'],
  ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daish', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
  ['al-Qaeda', 'al Qaeda', 'al-Qaida', 'al Qaida', 'Qaeda', 'Qaida'],
  ['al-Qaeda in the Arabian Peninsula', 'AQAP'],
  ['al-Shabaab', 'al-Shabab', 'al Shabaab', 'Harakat al-Shabaab al-Mujahideen'],
  ['Boko Haram', 'Jama’atu Ahlis Sunna Lidda’awati wal-Jihad', 'ISWAP'],
  ['Hezbollah', 'Hizbollah', 'Hizballah', 'Party of God'],
  ['Hamas', 'Islamic Resistance Movement'],
  ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarullah'],
  ['Wagner Group', 'Wagner', 'PMC Wagner'],
  ['PKK', 'Kurdistan Workers’ Party', "Kurdistan Workers' Party"],
  ['YPG', 'People’s Protection Units', "People's Protection Units"],
  ['FARC', 'Revolutionary Armed Forces of Colombia'],
  ['IRA', 'Irish Republican Army'],
  ['ETA', 'Euskadi Ta Askatasuna'],
  ['Muslim Brotherhood', 'Ikhwan'],
  ['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban'],
  ['Lashkar-e-Taiba', 'LeT'],
  ['Jaish-e-Mohammed', 'JeM'],
  ['Haqqani network', 'Haqqanis'],
  ['Hayat Tahrir al-Sham', 'HTS'],
  ['GRU', 'Main Intelligence Directorate', 'Main Directorate of the General Staff', 'Russian military intelligence'],
  ['FSB', 'Federal Security Service'],
  ['SVR', 'Foreign Intelligence Service'],
  ['KGB', 'Committee for State Security'],
  ['MI6', 'Secret Intelligence Service', 'SIS'],
  ['MI5', 'Security Service'],
  ['GCHQ', 'Government Communications Headquarters'],
  ['ISI', 'Inter-Services Intelligence'],
  ['Mossad', 'Institute for Intelligence and Special Operations'],
  ['Shin Bet', 'Shabak', 'Israel Security Agency'],
  ['CIA', 'Central Intelligence Agency', 'Langley'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['NSA', 'National Security Agency'],
  ['DHS', 'Department of Homeland Security', 'Homeland Security Department'],
  ['Pentagon', 'Department of Defense', 'Defense Department', 'DoD', 'Department of War'],
  ['State Department', 'Department of State', 'Foggy Bottom'],
  ['Justice Department', 'Department of Justice', 'DOJ'],
  ['Treasury Department', 'Department of the Treasury', 'Treasury'],
  ['Ministry of Defence', 'MoD', 'Defence Ministry'],
  ['Foreign Office', 'Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign and Commonwealth Office'],
  ['Metropolitan Police', 'Met Police', 'Scotland Yard'],
  ['Republican Party', 'GOP', 'Grand Old Party'],
  ['Conservative Party', 'Tories', 'Tory Party'],
  ['Labour Party', 'Labour'],
  ['Communist Party of China', 'Chinese Communist Party', 'CCP', 'CPC'],
  ['United Russia', 'Yedinaya Rossiya'],
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'United Nations Security Council', 'UNSC'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission', 'EC'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank', 'International Bank for Reconstruction and Development'],
  ['World Trade Organization', 'WTO'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ', 'World Court'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['African Union', 'AU'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['Arab League', 'League of Arab States'],
  ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  ['Amnesty International', 'Amnesty'],
  ['Human Rights Watch', 'HRW'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF'],
  ['Federal Reserve', 'Fed', 'Federal Reserve Board'],
  ['European Central Bank', 'ECB'],
  ['Bank of England', 'BoE'],
];

/** A name as the lists compare it: lower case, no `the`, no dots, one space. */
export function plainKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\.(?=\p{L}|$)/gu, '')
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export type KnownHow = 'country name' | 'demonym' | 'seat of government' | 'known name';
export interface Known {
  /** the key every name of this government or body shares */
  key: string;
  /** the country or body, as the lists write it */
  canonical: string;
  how: KnownHow;
}

const BY_KEY = new Map<string, Known>();
const GOVERNMENT = /^(.+?) (government|governments|administration|authorities|state)$/;
const GOVERNMENT_OF = /^(government|governments|authorities) of (.+)$/;
const demonymOf = new Map<string, string>();

for (const c of COUNTRIES) {
  const key = `country:${plainKey(c.name)}`;
  for (const n of [c.name, ...c.others]) BY_KEY.set(plainKey(n), { key, canonical: c.name, how: 'country name' });
  for (const d of c.demonyms) if (!demonymOf.has(plainKey(d))) demonymOf.set(plainKey(d), c.name);
}
for (const [seat, country] of SEATS) {
  BY_KEY.set(plainKey(seat), { key: `country:${plainKey(country)}`, canonical: country, how: 'seat of government' });
}
for (const names of BODIES) {
  const key = `body:${plainKey(names[0]!)}`;
  // a body's names never take over a country's (`IS` the body, not a country code)
  for (const n of names) if (!BY_KEY.has(plainKey(n))) BY_KEY.set(plainKey(n), { key, canonical: names[0]!, how: 'known name' });
}

/** The government or body a name stands for, by the general lists; undefined when none. */
export function knownBody(name: string): Known | undefined {
  const k = plainKey(name);
  if (!k) return undefined;
  const direct = BY_KEY.get(k);
  if (direct) return direct;
  // `the Russian government`, `the U.S. administration`, `the government of Chile`
  const g = GOVERNMENT.exec(k);
  const of = GOVERNMENT_OF.exec(k);
  const who = g?.[1] ?? of?.[2];
  if (!who) return undefined;
  const country = demonymOf.get(who) ?? (BY_KEY.get(who)?.how === 'country name' ? BY_KEY.get(who)!.canonical : undefined);
  if (!country) return undefined;
  return { key: `country:${plainKey(country)}`, canonical: country, how: 'demonym' };
}

/** How many entries the lists hold (the test keeps them general). */
export const KNOWN_SIZE = { countries: COUNTRIES.length, seats: SEATS.length, bodies: BODIES.length };
