// People, organizations, places and publications named in an article, with their mentions.
//
// Names are runs of capitalised words (joined by `of`, `for`, `the` inside a name) over the
// tagged tokens; compromise's tags (Person, Place, Organization, FirstName…) type them, with
// word lists for what the tagger does not know (organization heads, outlets, titles).
// A title before a name is kept as its role (`National Intelligence Director John Ratcliffe`).
// Mentions are merged within the article: a surname into the full name that ends with it
// (`Peskov` → `Dmitry Peskov`), an acronym into the name it abbreviates (`NYT`), `the Times`
// into the one outlet called `… Times`.
import type { Entity, EntityType, Mention, Token } from '../model/types.js';
import { ORG_HEADS, PUBLICATIONS, TITLES } from '../quotes/lexicon.js';
import { DEMONYMS, US_STATES } from './countries.js';

const PUB_KEYS = new Map(PUBLICATIONS.map((p) => [keyOf(p), p]));
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'al', 'bin', 'van', 'von', 'der', 'la', 'le', 'du', 'da']);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'however', 'but', 'and', 'or', 'if', 'in', 'on', 'at', 'as', 'after', 'before', 'despite',
  'although', 'while', 'when', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'its', 'my', 'meanwhile', 'still', 'now', 'then', 'there', 'here', 'what', 'why',
  'how', 'who', 'where', 'one', 'some', 'many', 'both', 'all', 'any', 'also', 'so', 'yet', 'for', 'from', 'by',
  'with', 'to', 'of', 'not', 'no', 'yes', 'last', 'first', 'second', 'months', 'years', 'days', 'during', 'since',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'according', 'citing',
  'leave', 'post', 'reply', 'comment', 'share', 'read', 'more', 'by', 'photo', 'image', 'getty', 'images', 'related',
  'obviously', 'practically', 'reportedly', 'allegedly',
]);

const MONTH_SURNAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export function keyOf(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
}

const capitalised = (t: Token) => /^[\p{Lu}]/u.test(t.text);
const has = (t: Token, ...tags: string[]) => tags.some((g) => t.tags.has(g));
const TITLE_ABBREV = /^(gen|maj|lt|col|sgt|capt|adm|sen|rep|gov|dr|mr|mrs|ms|st|jr|sr|prof|rev|gens|cmdr|brig|u\.s|u\.k|d\.c)$/i;
const COUNTRY_ACRONYMS = new Set(['us', 'u.s', 'u.s.', 'uk', 'u.k', 'u.k.', 'usa', 'uae', 'eu', 'dc', 'd.c', 'd.c.']);
export const stripPossessive = (s: string) => s.replace(/[\u2019']s?$/u, '');

export interface NameRun {
  start: number;
  end: number;
  /** token indices [first, last) of the name itself */
  first: number;
  last: number;
  name: string;
  role?: string;
  type: EntityType | null;
}

/** Headline-style sentences capitalise every word: only tagged names count there. */
function titleCased(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 4 && words.filter(capitalised).length / words.length >= 0.7;
}

function nameCapable(tokens: Token[], i: number, from: number, to: number, headline: boolean): boolean {
  const t = tokens[i]!;
  if (!capitalised(t) || (NOT_NAMES.has(t.normal) && !has(t, 'Person', 'Place'))) return false;
  if (has(t, 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord') && !has(t, 'ProperNoun')) return false;
  if (headline) return has(t, 'Person', 'Place', 'Organization', 'Acronym', 'Demonym');
  if (has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Acronym')) return true;
  if (i > from) return has(t, 'Noun') || !has(t, 'Verb');
  // a sentence-initial word is a name when a name follows it
  const next = tokens[i + 1];
  return next !== undefined && i + 1 < to && capitalised(next) && has(next, 'ProperNoun', 'Person', 'Noun') && !/[,;:]/.test(t.post);
}

/** The capitalised name runs of a sentence's tokens, typed where the evidence allows. */
export function nameRuns(tokens: Token[], text: string, from: number, to: number): NameRun[] {
  const runs: NameRun[] = [];
  const headline = titleCased(tokens, from, to);
  let i = from;
  while (i < to) {
    if (!nameCapable(tokens, i, from, to, headline)) { i++; continue; }
    let j = i + 1;
    while (j < to) {
      const prev = tokens[j - 1]!;
      const post = prev.post.trim();
      const abbrevDot = post.startsWith('.') && (TITLE_ABBREV.test(prev.text) || /^\p{Lu}$/u.test(prev.text)) && post.length === 1;
      if (post && !abbrevDot) break;
      // an opening bracket or quote starts something else: `New York Times (NYT)` is two names
      if (tokens[j]!.pre.trim()) break;
      if (/[\u2019']s?$/u.test(prev.text) && has(prev, 'Possessive')) break;
      if (nameCapable(tokens, j, from, to, headline)) { j++; continue; }
      const u = tokens[j]!;
      // a month or weekday word after a first name is a surname (`Theresa May`, `Anna April`)
      if (capitalised(u) && MONTH_SURNAMES.has(u.normal) && has(prev, 'FirstName') && !has(u, 'Verb')) { j++; continue; }
      const personSoFar = tokens.slice(i, j).some((x) => has(x, 'FirstName', 'LastName'));
      // `Commission on Presidential Debates`, `Board on Professional Responsibility`: `on` joins
      // only after a body's head word
      const joins = CONNECTORS.has(u.normal) || (u.normal === 'on' && ORG_HEADS.has(prev.normal));
      if (!headline && !personSoFar && joins && !u.post.trim() && j + 1 < to && nameCapable(tokens, j + 1, from, to, false)) { j++; continue; }
      break;
    }
    while (j > i + 1 && CONNECTORS.has(tokens[j - 1]!.normal)) j--;
    const run = classify(tokens, text, i, j);
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

function classify(tokens: Token[], text: string, first: number, last: number): NameRun | null {
  let nameFirst = first;
  // titles before a person's name are its role
  for (let k = first; k < last - 1; k++) {
    const w = tokens[k]!.normal.replace(/\.$/, '');
    if (TITLES.has(w) && !CONNECTORS.has(tokens[k + 1]!.normal)) nameFirst = k + 1;
  }
  const ts = tokens.slice(nameFirst, last);
  // a lone demonym or title is not a name
  if (ts.length === 1 && (has(ts[0]!, 'Demonym') || TITLES.has(ts[0]!.normal.replace(/\.$/, '')))) return null;
  const endTok = tokens[last - 1]!;
  const end = endTok.start + stripPossessive(endTok.text).length;
  const span = (a: number) => stripPossessive(text.slice(tokens[a]!.start, end));
  const full = span(first);
  const name = span(nameFirst);
  const role = nameFirst > first ? text.slice(tokens[first]!.start, tokens[nameFirst - 1]!.end) : undefined;
  // the head of `Ministry of Fisheries`, `Commission on Presidential Debates` comes before its `of`/`on`
  const connectorAt = ts.findIndex((t, k) => k > 0 && (t.normal === 'of' || t.normal === 'on' || t.normal === 'for'));
  const lastWord = connectorAt > 0 && ORG_HEADS.has(keyOf(ts[connectorAt - 1]!.normal)) ? keyOf(ts[connectorAt - 1]!.normal) : keyOf(stripPossessive(endTok.normal));
  const personTags = ts.some((t) => has(t, 'FirstName', 'LastName') || (has(t, 'Person') && !has(t, 'Honorific')));
  let type: EntityType | null = null;
  let start = tokens[nameFirst]!.start;
  if (PUB_KEYS.has(keyOf(full)) || PUB_KEYS.has(keyOf(name))) { type = 'publication'; if (PUB_KEYS.has(keyOf(full))) start = tokens[first]!.start; }
  else if (ORG_HEADS.has(lastWord) && !personTags) type = 'organization';
  // a state's name alone is the state, not a first name (`Herndon, Virginia`)
  else if (ts.length === 1 && !role && US_STATES.has(keyOf(ts[0]!.normal))) type = 'place';
  else if (role && ts.length <= 4) type = 'person';
  else if (personTags) type = 'person';
  else if (ts.some((t) => has(t, 'Place', 'Country', 'City', 'Region')) || (ts.length === 1 && COUNTRY_ACRONYMS.has(ts[0]!.normal))) type = 'place';
  else if (ts.some((t) => has(t, 'Organization')) || ORG_HEADS.has(lastWord)) type = 'organization';
  else if (ts.length === 1 && /^[A-Z]{2,6}$/.test(ts[0]!.text)) type = 'organization';
  else if (ts.length >= 2 && ts.length <= 3 && !ts.some((t) => has(t, 'Demonym', 'Uncountable', 'Plural', 'Adjective'))
    && !(first > 0 && has(tokens[first - 1]!, 'Determiner', 'Preposition'))) type = 'person';
  return { start, end, first: nameFirst, last, name: text.slice(start, end).replace(/[\u2019']s?$/u, ''), role: type === 'person' ? role : undefined, type };
}

const initials = (s: string) => s.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/** Does `short` name the same entity as `long`? */
export function sameEntity(short: string, long: string, type: EntityType): boolean {
  const a = keyOf(short), b = keyOf(long);
  if (a === b) return true;
  if (!a || !b) return false;
  if (type === 'person') {
    const as = a.split(' '), bs = b.split(' ');
    // a surname (or first + last) inside the fuller name, ending it or before a suffix
    const bl = bs[bs.length - 1] === 'jr' || bs[bs.length - 1] === 'sr' ? bs.slice(0, -1) : bs;
    return as.length < bl.length ? as.every((w) => bl.includes(w)) && as[as.length - 1] === bl[bl.length - 1] : false;
  }
  if (/^[A-Z]{2,6}$/.test(short.trim()) && initials(long) === short.trim()) return true;
  if (type === 'publication' || type === 'organization') {
    const as = a.split(' '), bs = b.split(' ');
    return as.length < bs.length && as.every((w) => bs.includes(w)) && as[as.length - 1] === bs[bs.length - 1];
  }
  return false;
}

/**
 * The names `short` could match under sameEntity, found by the keys sameEntity compares (the
 * whole key, the last word, the initials) instead of by trying every name: on a long input
 * with thousands of names the pairwise tests were quadratic. `candidates` returns a superset of
 * the matching names, in the order they were added; the caller still applies sameEntity.
 */
class NameIndex<T> {
  private readonly byKey = new Map<string, Array<{ t: T; n: number }>>();
  private n = 0;

  add(t: T, name: string): void {
    const k = keyOf(name);
    const words = k.split(' ');
    const last = words[words.length - 1]!;
    const keys = new Set([`k:${k}`, `l:${last}`, `i:${initials(name)}`]);
    // a person's surname before a suffix: `Martin Luther King Jr` is found by `King`
    if ((last === 'jr' || last === 'sr') && words.length > 1) keys.add(`l:${words[words.length - 2]}`);
    const n = this.n++;
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push({ t, n });
      else this.byKey.set(key, [{ t, n }]);
    }
  }

  candidates(short: string): T[] {
    const k = keyOf(short);
    const words = k.split(' ');
    let found = (this.byKey.get(`k:${k}`) ?? []).concat(this.byKey.get(`l:${words[words.length - 1]}`) ?? []);
    if (/^[A-Z]{2,6}$/.test(short.trim())) found = found.concat(this.byKey.get(`i:${short.trim()}`) ?? []);
    return [...new Map(found.map((c) => [c.n, c])).values()].sort((a, b) => a.n - b.n).map((c) => c.t);
  }
}

/** Merge typed name runs into entities with mention counts. */
export function buildEntities(runs: NameRun[]): Entity[] {
  const typed = runs.filter((r): r is NameRun & { type: EntityType } => r.type !== null);
  // longest names first, so shorter mentions merge into them; of forms as long, the one the
  // article uses most (`PolitiFact` ×9 over a stray `Politi’fact`)
  const uses = new Map<string, number>();
  for (const r of typed) uses.set(`${r.type}\u0000${r.name}`, (uses.get(`${r.type}\u0000${r.name}`) ?? 0) + 1);
  const order = [...uses.keys()]
    .map((k) => { const [type, name] = k.split('\u0000') as [EntityType, string]; return { type, name, n: uses.get(k)! }; })
    .sort((x, y) => keyOf(y.name).split(' ').length - keyOf(x.name).split(' ').length || (keyOf(x.name) === keyOf(y.name) ? y.n - x.n : 0) || y.name.length - x.name.length);
  const entities: Entity[] = [];
  const index = new NameIndex<Entity>();
  const byKey = new Map<string, Entity>();
  for (const { type, name } of order) {
    // entities.find(…), over the entities that can match
    const host = index.candidates(name).find((e) => (e.type === type || (e.type === 'publication' && type === 'organization')) && sameEntity(name, e.name, e.type));
    if (host) {
      if (keyOf(host.name) !== keyOf(name) && !host.aliases.includes(name)) host.aliases.push(name);
      byKey.set(`${type}\u0000${name}`, host);
    } else {
      const e: Entity = { name, type, mentions: [], aliases: [] };
      entities.push(e);
      index.add(e, name);
      byKey.set(`${type}\u0000${name}`, e);
    }
  }
  for (const r of typed) {
    const e = byKey.get(`${r.type}\u0000${r.name}`)!;
    const m: Mention = { start: r.start, end: r.end, text: r.name };
    e.mentions.push(m);
    if (r.role && (!e.role || r.role.length > e.role.length)) e.role = r.role;
  }
  // a publication named only as `the Times` takes the one `… Times` outlet's full name
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

/**
 * Per entity list, the entities by the key of each name and alias, and a NameIndex, so a lookup
 * does not compare the name with every entity (attribution looks up every speaker: quadratic on
 * an article with thousands of names). Rebuilt when the list grows; entities are not renamed
 * after recognize().
 */
const lookups = new WeakMap<Entity[], { size: number; byKey: Map<string, Entity[]>; names: NameIndex<Entity> }>();

function lookupIndex(entities: Entity[]) {
  let idx = lookups.get(entities);
  if (idx && idx.size === entities.length) return idx;
  idx = { size: entities.length, byKey: new Map(), names: new NameIndex<Entity>() };
  for (const e of entities) {
    for (const key of new Set([keyOf(e.name), ...e.aliases.map(keyOf)])) {
      const list = idx.byKey.get(key);
      if (list) list.push(e);
      else idx.byKey.set(key, [e]);
    }
    idx.names.add(e, e.name);
  }
  lookups.set(entities, idx);
  return idx;
}

/** The entity a name string refers to, if the article has one. */
export function lookupEntity(entities: Entity[], name: string, type?: EntityType, before?: number): Entity | undefined {
  const k = keyOf(name);
  if (!k) return undefined;
  const idx = lookupIndex(entities);
  // the first entity, in list order, whose name or an alias has the key
  const exact = (idx.byKey.get(k) ?? []).find((e) => !type || e.type === type);
  if (exact) return exact;
  const all = idx.names.candidates(name).filter((e) => (!type || e.type === type) && sameEntity(name, e.name, e.type));
  if (all.length <= 1 || before === undefined) return all[0];
  // two people share a surname: the one named most recently (a loop: spreading thousands of
  // mentions into Math.max overflows the call stack)
  const lastSeen = (e: Entity) => e.mentions.reduce((m, x) => (x.start < before ? Math.max(m, x.start) : m), -1);
  return [...all].sort((a, b) => lastSeen(b) - lastSeen(a))[0];
}

/** Bodies a nationality names with a lower-case head: `the Russian embassy`, `the Afghan government`. */
const DEMONYM_BODIES = new Set(['government', 'embassy', 'consulate', 'ministry', 'military', 'army', 'navy', 'parliament', 'presidency', 'cabinet', 'foreign ministry', 'defense ministry', 'defence ministry', 'interior ministry', 'foreign office']);

export function demonymBodies(tokens: Token[], text: string, from: number, to: number): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = from; i + 1 < to; i++) {
    const d = tokens[i]!;
    if (!capitalised(d) || d.post.trim() || !(has(d, 'Demonym') || DEMONYMS.has(d.normal))) continue;
    const one = tokens[i + 1]!;
    const two = i + 2 < to && !one.post.trim() ? tokens[i + 2] : undefined;
    const head = two && DEMONYM_BODIES.has(`${one.normal} ${two.normal}`) ? [one, two] : DEMONYM_BODIES.has(one.normal) ? [one] : null;
    // only the lower-case form: `Russian Embassy` is already a capitalised name run
    if (!head || head.some((t) => capitalised(t))) continue;
    const last = head[head.length - 1]!;
    // `Russian military intelligence`: the head is a modifier of the noun after it
    const after = i + 1 + head.length < to ? tokens[i + 1 + head.length] : undefined;
    if (after && !last.post.trim() && !capitalised(after) && has(after, 'Noun') && !has(after, 'Verb')) continue;
    runs.push({ start: d.start, end: last.end, first: i, last: i + 1 + head.length, name: text.slice(d.start, last.end), type: 'organization' });
  }
  return runs;
}

/** Recognise the entities of a tagged document. */
export function recognize(tokens: Token[], text: string, sentences: Array<{ firstToken: number; lastToken: number }>): { entities: Entity[]; runs: NameRun[] } {
  const runs = sentences.flatMap((s) => [...nameRuns(tokens, text, s.firstToken, s.lastToken), ...demonymBodies(tokens, text, s.firstToken, s.lastToken)]);
  // an untyped word that is the surname of a person named elsewhere is that person
  const people = new NameIndex<NameRun>();
  for (const r of runs) if (r.type === 'person' && keyOf(r.name).includes(' ')) people.add(r, r.name);
  for (const r of runs) if (!r.type && people.candidates(r.name).some((p) => sameEntity(r.name, p.name, 'person'))) r.type = 'person';
  return { entities: buildEntities(runs), runs };
}
