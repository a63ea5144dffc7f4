// Word lists of general English: reporting verbs, denial words, hedges, titles.
// Verbs are matched by their Porter stem (natural's stemmer), so every inflection of a
// listed verb (`deny`, `denied`, `denies`, `denying`) is one entry.
import { stem } from '../text/stem.js';

/** Verbs of saying, writing and reporting: the cue of an attribution. */
const SPEECH = [
  'say', 'tell', 'state', 'add', 'claim', 'note', 'argue', 'insist', 'explain', 'announce', 'declare',
  'remark', 'comment', 'reply', 'respond', 'answer', 'write', 'tweet', 'post', 'report', 'warn', 'stress',
  'emphasize', 'emphasise', 'acknowledge', 'admit', 'concede', 'confirm', 'predict', 'suggest', 'indicate',
  'assert', 'contend', 'maintain', 'reiterate', 'recall', 'testify', 'disclose', 'reveal', 'allege',
  'complain', 'caution', 'urge', 'estimate', 'conclude', 'believe', 'think', 'find', 'observe', 'point',
  'mention', 'describe', 'call', 'praise', 'criticize', 'criticise', 'accuse', 'charge', 'blame', 'ask',
  'promise', 'vow', 'boast', 'concur', 'agree', 'counter', 'retort', 'quip', 'joke', 'lament',
  'shout', 'whisper', 'tout', 'hint', 'surmise', 'speculate', 'guess', 'assure', 'inform', 'advise',
  'announce', 'label', 'brand', 'dub', 'attribute', 'link', 'compare', 'condemn', 'denounce', 'deny',
  'reject', 'dismiss', 'refute', 'dispute', 'rebut', 'disavow', 'decry', 'question',
  'doubt', 'recount', 'relate', 'specify', 'clarify', 'elaborate', 'wonder', 'fear', 'hope', 'expect',
  'show', 'demonstrate', 'signal', 'say', 'tell', 'quote', 'cite', 'announce', 'publish', 'broadcast',
  'continue', 'go on', 'read', 'propose', 'pledge',
  'blast', 'slam', 'laud', 'liken', 'hail', 'mock', 'ridicule', 'lambaste', 'deride', 'applaud', 'commend', 'chide', 'scold', 'attack',
];

/** Cues only when they introduce quoted words (`she continued: "…"`, `"…," he continued`),
 *  never with a clause or an object of their own (`prices continued to rise`). */
export const QUOTE_INTRODUCING_CUES = new Set(['continue', 'read']);

/** What `reads` takes as its subject when it introduces words (`"…," the letter reads`). */
export const DOCUMENT_NOUNS = new Set(['letter', 'statement', 'sign', 'headline', 'message', 'post', 'tweet', 'note', 'report', 'release', 'caption', 'banner', 'memo', 'email', 'text', 'petition', 'ad', 'advertisement', 'placard', 'card', 'notice', 'document', 'filing', 'complaint', 'lawsuit', 'order', 'ruling', 'editorial', 'column', 'article', 'slide', 'website', 'page']);

/** Verbs whose object is the denied proposition. */
const DENIAL = ['deny', 'reject', 'dismiss', 'refute', 'dispute', 'rebut', 'disavow', 'decry', 'denounce', 'condemn', 'debunk', 'discredit', 'disprove', 'repudiate'];

/** Past forms the stemmer does not bring back to their verb. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think',
  found: 'find', added: 'add', adding: 'add', adds: 'add', spoke: 'speak', spoken: 'speak', swore: 'swear', sworn: 'swear', foresaw: 'foresee',
};

// built on first use: stemming loads natural's stemmer, which start-up does without
let stems: { lemmaByStem: Map<string, string>; denial: Set<string> } | undefined;
const lexiconStems = () => (stems ??= { lemmaByStem: new Map(SPEECH.map((v) => [stem(v), v])), denial: new Set(DENIAL.map(stem)) });

/** The reporting verb a word is a form of, or null. */
export function cueLemma(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w] ?? null;
  return lexiconStems().lemmaByStem.get(stem(w)) ?? null;
}

export const isDenialVerb = (word: string): boolean => lexiconStems().denial.has(stem(word));

/** Cues that report an opinion, a belief or a finding rather than an act of speech or writing
 *  (`polls show`, `a study found`, `he thinks`): not quotes. `conclude` stays a cue: a source's
 *  stated conclusion (`investigators concluded that …`) is usually reported from its words. */
export const BELIEF_CUES = new Set(['believe', 'think', 'find', 'estimate', 'fear', 'hope', 'expect', 'wonder', 'doubt', 'surmise', 'speculate', 'guess', 'show', 'demonstrate', 'indicate', 'signal']);

/** Cues that attribute quoted words (`"…," he agreed`) but whose object alone is not reported
 *  speech: `cited the figures`, `published a report`, `blamed the storm`, `agreed to a deal`,
 *  `blasted the media`. */
export const QUOTED_ONLY_CUES = new Set(['cite', 'publish', 'broadcast', 'mention', 'blame', 'agree', 'concur',
  // praise and attack: `blasted the media for being "dishonest"`, `likened the rules to "burning the Constitution"`
  'blast', 'slam', 'laud', 'liken', 'hail', 'mock', 'ridicule', 'lambaste', 'deride', 'applaud', 'commend', 'chide', 'scold', 'attack']);

/** Cues that report only a `that` clause (or a promise's `to` complement): their object alone is
 *  no speech (`maintained support`, `charged a fee`, `pledged $5 million`, `Southern states …`). */
export const CLAUSE_ONLY_CUES = new Set(['pledge', 'maintain', 'charge', 'state']);

/** Promises, appeals, requests, instructions: their `to` complement is what was said
 *  (`vowed to fight on`, `urged him to resign`, `told his staff to reopen the pier`). */
export const TO_COMPLEMENT_CUES = new Set(['promise', 'vow', 'pledge', 'urge', 'ask', 'tell']);

/** Cues whose bare form is mostly a noun (`the state`, `a question`, `the charge`): a verb only
 *  when a `that` clause follows or in a past form. */
export const NOUNISH_CUES = new Set(['state', 'question', 'charge', 'claim', 'report', 'comment', 'answer', 'post']);

/** Cues that take the words as their object and a second complement (`called X "Y"`). */
export const NAMING_CUES = new Set(['call', 'describe', 'label', 'brand', 'dub', 'praise', 'criticize', 'criticise', 'compare', 'attribute', 'link']);

/** Adverbs and phrases that put words at one remove from a source. */
export const HEDGES = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is said to', 'are said to', 'was said to', 'were said to', 'is thought to', 'are thought to', 'reports say', 'it is claimed', 'rumoured', 'rumored'];

/** Words in the quoted content or its sentence that reject a claim. */
export const DENIAL_WORDS = [
  'false', 'fake', 'baseless', 'unfounded', 'inaccurate', 'inaccuracy', 'untrue', 'not true', 'lie', 'lies',
  'fabricated', 'fabrication', 'concocted', 'nonsense', 'groundless', 'absurd', 'ridiculous', 'hoax',
  'misinformation', 'disinformation', 'without foundation', 'no basis', 'no evidence', 'not accurate',
  'wrong', 'incorrect', 'misleading', 'never happened', 'did not happen', 'not credible', 'smear', 'slander',
  'propaganda', 'made up', 'invented', 'inventing', 'bogus', 'deny', 'denies', 'denied', 'reject', 'rejects', 'rejected',
];

/** Titles and roles that stand before a person's name. */
export const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson',
  'director', 'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'general', 'gen',
  'lt', 'col', 'colonel', 'maj', 'major', 'sgt', 'sergeant', 'captain', 'capt', 'admiral', 'adm',
  'commander', 'chief', 'chairman', 'chairwoman', 'chair', 'ambassador', 'envoy', 'judge', 'justice',
  'attorney', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'lord', 'lady', 'king', 'queen',
  'prince', 'princess', 'pope', 'rev', 'reverend', 'father', 'sheikh', 'leader', 'speaker', 'deputy',
  'former', 'acting', 'assistant', 'associate', 'analyst', 'correspondent', 'reporter', 'editor',
  'officer', 'official', 'adviser', 'advisor', 'aide', 'counsel', 'chancellor', 'premier', 'congressman',
  'congresswoman', 'councilman', 'councilwoman', 'lawmaker', 'candidate', 'nominee', 'founder', 'ceo',
  'executive', 'head', 'manager', 'economist', 'expert', 'researcher', 'scientist', 'professor', 'fellow',
  'strategist', 'pollster', 'consultant', 'activist', 'lawyer', 'attorney', 'press', 'army', 'navy',
  'then', 'late', 'emeritus', 'sen.', 'gen.', 'dr.', 'mr.', 'mrs.', 'ms.', 'jr', 'sr', 'state', 'democrat',
  'republican', 'democratic', 'veteran', 'host', 'anchor', 'columnist', 'commentator', 'critic', 'member',
  'inspector', 'superintendent', 'commissioner', 'administrator', 'ceo', 'president-elect', 'minister-designate',
]);

/** Head nouns of unnamed sources. */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'expert', 'experts', 'analyst', 'analysts', 'critic', 'critics',
  'observer', 'observers', 'people', 'person', 'someone', 'some', 'others', 'many', 'diplomat', 'diplomats',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'aide', 'aides', 'insider', 'insiders', 'witness',
  'witnesses', 'resident', 'residents', 'reports', 'assessment', 'assessments', 'investigators', 'investigator',
  'lawmakers', 'lawmaker', 'officer', 'officers', 'adviser', 'advisers', 'advisor', 'advisors', 'staffer',
  'staffers', 'member', 'members', 'supporters', 'opponents', 'scientists', 'researchers', 'economists',
  'democrats', 'republicans', 'activists', 'leaders', 'authorities', 'intelligence', 'west', 'agents', 'police',
  'study', 'survey', 'poll', 'polls', 'data', 'figures', 'statistics', 'documents', 'memo', 'email', 'emails',
  'individual', 'individuals', 'employee', 'employees', 'voters', 'residents', 'protesters', 'colleagues',
]);

/** Head nouns of bodies that speak as themselves. */
export const ORG_HEADS = new Set([
  'government', 'governments', 'ministry', 'embassy', 'embassies', 'administration', 'council', 'agency',
  'department', 'office', 'committee', 'party', 'group', 'center', 'centre', 'institute', 'university',
  'bank', 'company', 'corporation', 'corp', 'inc', 'association', 'union', 'army', 'military', 'forces',
  'court', 'congress', 'senate', 'parliament', 'kremlin', 'pentagon', 'house', 'commission', 'board',
  'foundation', 'organization', 'organisation', 'alliance', 'coalition', 'cabinet', 'campaign', 'team',
  'service', 'services', 'bureau', 'directorate', 'authority', 'federation', 'league', 'movement',
  'network', 'firm', 'regime', 'state', 'states', 'nation', 'nations', 'country', 'police', 'navy',
  'secretariat', 'mission', 'consulate', 'court', 'tribunal', 'prosecutor', 'prosecutors', 'emirate',
  'taliban', 'nato', 'un', 'eu', 'fbi', 'cia', 'gru', 'kgb', 'fsb', 'who', 'opec', 'isis', 'hamas', 'hezbollah',
]);

/** News outlets and what a story calls them. General knowledge, not a list of seed names. */
export const PUBLICATIONS = [
  'The New York Times', 'New York Times', 'NYT', 'The Washington Post', 'Washington Post', 'The Wall Street Journal',
  'Wall Street Journal', 'WSJ', 'Los Angeles Times', 'USA Today', 'The Guardian', 'The Times', 'The Financial Times',
  'Financial Times', 'The Economist', 'The Telegraph', 'The Independent', 'Daily Mail', 'The Sun', 'The Atlantic',
  'The New Yorker', 'Politico', 'Axios', 'The Hill', 'BuzzFeed News', 'BuzzFeed', 'Vox', 'Slate', 'HuffPost',
  'Huffington Post', 'Bloomberg', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'UPI',
  'CNN', 'MSNBC', 'CNBC', 'Fox News', 'Fox', 'ABC News', 'ABC', 'CBS News', 'CBS', 'NBC News', 'NBC', 'NPR',
  'PBS', 'BBC', 'Sky News', 'Al Jazeera', 'RT', 'Sputnik', 'TASS', 'Interfax', 'RIA Novosti', 'Xinhua',
  'Kyodo', 'Yonhap', 'Der Spiegel', 'Spiegel', 'Le Monde', 'El País', 'Haaretz', 'The Jerusalem Post',
  'Times of India', 'The Hindu', 'Dawn', 'Breitbart', 'Breitbart News', 'The Daily Beast', 'Daily Beast',
  'Newsweek', 'Time', 'Time magazine', 'Forbes', 'Business Insider', 'Insider', 'Yahoo News', 'ProPublica',
  'The Intercept', 'Mother Jones', 'National Review', 'The Boston Globe', 'Boston Globe', 'Chicago Tribune',
  'The Philadelphia Inquirer', 'Miami Herald', 'Houston Chronicle', 'San Francisco Chronicle', 'Star Tribune',
  'Des Moines Register', 'The Dallas Morning News', 'Tampa Bay Times', 'The Kansas City Star', 'Politifact',
  'PolitiFact', 'FactCheck.org', 'Snopes', 'Washington Examiner', 'Washington Times', 'New York Post',
  'Daily News', 'Kommersant', 'Izvestia', 'Novaya Gazeta', 'Meduza', 'Bellingcat', 'Talking Points Memo',
];

/** Common nouns that refer back to an outlet already named. */
export const PUBLICATION_NOUNS = new Set(['newspaper', 'paper', 'daily', 'outlet', 'broadcaster', 'network', 'magazine', 'tabloid', 'website', 'agency', 'report', 'story', 'article']);

/** Appositive heads that make a named body a publication (`X, an online investigative team`). */
export const PUBLICATION_DESCRIPTORS = /\b(newspaper|news ?paper|news agency|news outlet|media outlet|outlet|broadcaster|magazine|tabloid|news site|news website|wire service|investigative (?:team|group|site|outlet|website|journalism))\b/i;

/** Pronouns that can stand for a speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she', 'i']);
export const GROUP_PRONOUNS = new Set(['they', 'we', 'it']);
