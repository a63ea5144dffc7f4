// One speaker per real-world person or body across a batch of article reports.
//
// Each article gives units: its entities (name, aliases, forms) and the named speakers of its
// quotes, a quote credited to the unit it names (`Russia and the Taliban` to both). Units of
// different articles are then joined, each join with the evidence for it:
//   1. the same name (case, `the`, dots and hyphens ignored), a person only with a person;
//   2. general knowledge (src/corpus/known.ts): one country's names, demonym + government and
//      seat of government (`the Russian government`, `Russia`, `the Kremlin`), other names of
//      well-known bodies (`Islamic Emirate` = Taliban);
//   3. acronyms: `NYT` joins the one body whose initials it is, best where an article writes
//      `the New York Times (NYT)` (evidence `bracket`);
//   4. people with full names: same surname (or a transliteration, Jaro-Winkler/Double
//      Metaphone) and agreeing given names; `John Smith` and `Jane Smith` stay apart;
//   5. a single name word (`Peskov`, `Zabihullah`): joins the one person whose surname it is,
//      or whose given name it is when their roles agree; when two people fit, the role must
//      pick one, else it stays alone.
// Built only from ReportArticle objects, so NDJSON shards aggregate to the same result.
import type { EntityType, QuoteType, ReportArticle, ReportQuote, Stance, StrengthLabel } from '../model/types.js';
import { knownBody } from './known.js';
import {
  acronymOf,
  bracketAcronym,
  initialsOf,
  nameKey,
  nameOfMention,
  type PersonName,
  personName,
  roleWords,
  sameWord,
  splitJoint,
  stripThe,
} from './names.js';

export interface BatchArticle {
  /** the article's name in batch views: the file name with its extension */
  key: string;
  report: ReportArticle;
}

export interface SpeakerMerge {
  /** the name that joined, and the article that uses it */
  variant: string;
  article: string;
  /** the name it joined */
  with: string;
  evidence: string[];
}

export interface SpeakerRow {
  name: string;
  type: EntityType;
  variants: string[];
  roles: string[];
  articles: string[];
  quotes: { total: number } & Record<QuoteType, number>;
  strength: Record<StrengthLabel, number>;
  stance: Record<Stance, number>;
  merges: SpeakerMerge[];
}

interface Unit {
  id: number;
  article: string;
  name: string;
  type: EntityType;
  /** every string the article uses for it: name, aliases, forms, speaker mentions */
  names: string[];
  roles: string[];
  quotes: ReportQuote[];
}

const isPerson = (u: Unit) => u.type === 'person';

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  /** joins two sets; the smaller root joins the larger (older) one, so roots are stable */
  union(a: number, b: number): boolean {
    const ra = this.find(a), rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
}

// ---------------------------------------------------------------------------- units

function unitsOf(articles: BatchArticle[]): Unit[] {
  const units: Unit[] = [];
  for (const { key, report } of articles) {
    const mine: Unit[] = [];
    const add = (name: string, type: EntityType, names: string[], role?: string): Unit => {
      const u: Unit = { id: units.length, article: key, name, type, names: [name, ...names], roles: role ? [role] : [], quotes: [] };
      units.push(u);
      mine.push(u);
      return u;
    };
    for (const e of report.entities) {
      // an older report may still name `New York Times (NYT`: the bracket is an alias
      const bracket = /^(.+?)\s*\(([^)]*)\)?$/.exec(e.name);
      const name = bracket ? bracket[1]!.trim() : e.name;
      add(name, e.type, [...(bracket?.[2] ? [bracket[2]] : []), ...(e.aliases ?? []), ...(e.forms ?? [])], e.role);
    }
    const byKey = (name: string, person: boolean | undefined): Unit | undefined => {
      const k = nameKey(name);
      if (!k) return undefined;
      return mine.find((u) => (person === undefined || isPerson(u) === person) && u.names.some((n) => nameKey(n) === k));
    };
    for (const q of report.quotes) {
      const sp = q.speaker;
      if (sp.type === 'anonymous' || sp.type === 'unknown' || !sp.name.trim()) continue;
      const person = sp.type === 'person';
      const mention = nameOfMention(sp.mention);
      const parts = person ? [sp.name] : splitJoint(sp.name);
      for (const part of parts) {
        const joint = parts.length > 1;
        let u = byKey(part, person) ?? (joint ? byKey(part, undefined) : undefined) ?? (!joint && mention ? byKey(mention, person) : undefined);
        // `Theresa` for `Theresa May`: a name word of exactly one person in the article
        if (!u && person && !part.includes(' ')) {
          const fits = mine.filter((x) => isPerson(x) && x.name.split(/\s+/).some((w) => nameKey(w) === nameKey(part)));
          if (fits.length === 1) u = fits[0];
        }
        u ??= add(part, person ? 'person' : sp.type === 'publication' ? 'publication' : 'organization', []);
        u.quotes.push(q);
        if (!joint) {
          if (mention && !u.names.includes(mention)) u.names.push(mention);
          if (sp.role && !u.roles.includes(sp.role)) u.roles.push(sp.role);
        }
      }
    }
  }
  return units;
}

// ---------------------------------------------------------------------------- joining

interface Clusters {
  uf: UnionFind;
  units: Unit[];
  merges: Array<{ from: Unit; to: Unit; evidence: string[] }>;
}

function join(c: Clusters, to: Unit, from: Unit, evidence: string[]): void {
  if (c.uf.union(to.id, from.id) && !(evidence.length === 1 && evidence[0] === 'same name')) c.merges.push({ from, to, evidence });
}

/** units by root */
function groups(c: Clusters): Map<number, Unit[]> {
  const out = new Map<number, Unit[]>();
  for (const u of c.units) {
    const r = c.uf.find(u.id);
    const list = out.get(r);
    if (list) list.push(u);
    else out.set(r, [u]);
  }
  return out;
}

function joinByKey(c: Clusters, keyOf: (u: Unit) => { key: string; evidence: string } | undefined): void {
  const first = new Map<string, Unit>();
  for (const u of c.units) {
    const k = keyOf(u);
    if (!k) continue;
    const host = first.get(k.key);
    if (host) join(c, host, u, [k.evidence]);
    else first.set(k.key, u);
  }
}

function joinAcronyms(c: Clusters): void {
  // acronym → clusters whose names it abbreviates, and the bracket forms that say so
  const expansions = new Map<string, Map<number, { unit: Unit; evidence: string }>>();
  const note = (acr: string, unit: Unit, evidence: string) => {
    const m = expansions.get(acr) ?? new Map<number, { unit: Unit; evidence: string }>();
    const root = c.uf.find(unit.id);
    const had = m.get(root);
    if (!had || (evidence.startsWith('bracket') && !had.evidence.startsWith('bracket'))) m.set(root, { unit, evidence });
    expansions.set(acr, m);
  };
  for (const u of c.units) {
    if (isPerson(u)) continue;
    for (const n of u.names) {
      const b = bracketAcronym(n);
      if (b) note(b.acronym, u, `bracket: ${stripThe(n)} (${u.article})`);
      else if (!acronymOf(n)) {
        const ini = initialsOf(n);
        if (ini.length >= 2) note(ini, u, `acronym: ${ini} = ${stripThe(n)}`);
      }
    }
  }
  for (const u of c.units) {
    if (isPerson(u)) continue;
    const acr = acronymOf(u.name);
    if (!acr) continue;
    const hosts = [...(expansions.get(acr)?.values() ?? [])].filter((h) => c.uf.find(h.unit.id) !== c.uf.find(u.id));
    const roots = new Set(hosts.map((h) => c.uf.find(h.unit.id)));
    // only an acronym with one possible expansion in the batch
    if (roots.size === 1) join(c, hosts[0]!.unit, u, [hosts[0]!.evidence]);
  }
}

interface PersonCluster {
  root: number;
  units: Unit[];
  full: Array<{ unit: Unit; name: PersonName }>;
  single: Array<{ unit: Unit; word: string }>;
  roleWords: Set<string>;
}

function personClusters(c: Clusters): PersonCluster[] {
  const out: PersonCluster[] = [];
  for (const [root, us] of groups(c)) {
    if (!us.some(isPerson)) continue;
    const people = us.filter(isPerson);
    const full: PersonCluster['full'] = [];
    const single: PersonCluster['single'] = [];
    for (const u of people) {
      const p = personName(u.name);
      if (!p) continue;
      if (p.given.length) full.push({ unit: u, name: p });
      else single.push({ unit: u, word: p.surname });
    }
    const nameWords = people.flatMap((u) => u.name.split(/\s+/));
    const roles = new Set(people.flatMap((u) => u.roles.flatMap((r) => [...roleWords(r, nameWords)])));
    out.push({ root, units: us, full, single, roleWords: roles });
  }
  return out;
}

/** Do two full names name the same person? undefined: no verdict (different surnames). */
function sameFullName(a: PersonName, b: PersonName): { same: boolean; evidence: string[] } | undefined {
  const s = sameWord(a.surname, b.surname);
  if (!s.same) return undefined;
  const g = sameWord(a.given[0]!, b.given[0]!);
  const surname = s.evidence === 'same' ? `shared surname ${cap(a.surname)}` : `surname ${cap(a.surname)} ~ ${cap(b.surname)}: ${s.evidence}`;
  if (!g.same) return { same: false, evidence: [surname, `different given names ${cap(a.given[0]!)} / ${cap(b.given[0]!)}`] };
  const given = g.evidence === 'same' ? `same given name ${cap(a.given[0]!)}` : `given name ${cap(a.given[0]!)} ~ ${cap(b.given[0]!)}: ${g.evidence}`;
  return { same: true, evidence: [surname, given] };
}

const cap = (w: string) => w.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());

function joinFullNames(c: Clusters): void {
  // only people whose surnames start alike can match (sameWord needs the same first letter)
  const blocks = new Map<string, PersonCluster[]>();
  for (const p of personClusters(c)) {
    for (const letter of new Set(p.full.map((f) => f.name.surname[0]!))) blocks.set(letter, [...(blocks.get(letter) ?? []), p]);
  }
  for (const pcs of blocks.values()) joinWithin(c, pcs);
}

function joinWithin(c: Clusters, pcs: PersonCluster[]): void {
  for (let i = 0; i < pcs.length; i++) {
    for (let j = i + 1; j < pcs.length; j++) {
      const a = pcs[i]!, b = pcs[j]!;
      if (c.uf.find(a.root) === c.uf.find(b.root)) continue;
      let match: { to: Unit; from: Unit; evidence: string[] } | undefined;
      let conflict = false;
      for (const x of a.full) {
        for (const y of b.full) {
          const v = sameFullName(x.name, y.name);
          if (!v) continue;
          if (!v.same) conflict = true;
          else match ??= { to: x.unit, from: y.unit, evidence: v.evidence };
        }
      }
      if (match && !conflict) join(c, match.to, match.from, match.evidence);
    }
  }
}

function joinSingleNames(c: Clusters): void {
  const pcs = personClusters(c);
  const withFull = pcs.filter((p) => p.full.length);
  for (const lone of pcs.filter((p) => !p.full.length && p.single.length)) {
    const word = lone.single[0]!.word;
    const from = lone.single[0]!.unit;
    const candidates: Array<{ pc: PersonCluster; to: Unit; evidence: string[]; byGiven: boolean }> = [];
    for (const pc of withFull) {
      let best: (typeof candidates)[number] | undefined;
      for (const f of pc.full) {
        const s = sameWord(word, f.name.surname);
        if (s.same) {
          best = { pc, to: f.unit, byGiven: false, evidence: [s.evidence === 'same' ? `shared surname ${cap(word)}` : `surname ${cap(word)} ~ ${cap(f.name.surname)}: ${s.evidence}`] };
          break;
        }
        const g = sameWord(word, f.name.given[0]!);
        if (g.same && !best) best = { pc, to: f.unit, byGiven: true, evidence: [g.evidence === 'same' ? `given name ${cap(word)}` : `given name ${cap(word)} ~ ${cap(f.name.given[0]!)}: ${g.evidence}`] };
      }
      if (best) candidates.push(best);
    }
    const agree = (pc: PersonCluster) => [...lone.roleWords].filter((w) => pc.roleWords.has(w));
    // a given name alone is not enough: the roles must agree as well
    let fits = candidates.filter((k) => !k.byGiven || agree(k.pc).length);
    if (fits.length > 1) fits = fits.filter((k) => agree(k.pc).length);
    if (fits.length !== 1) continue;
    const k = fits[0]!;
    const roles = agree(k.pc);
    join(c, k.to, from, roles.length ? [...k.evidence, `role agreement: ${roles.join(', ')}`] : k.evidence);
  }
}

export interface SpeakerIndex {
  speakers: SpeakerRow[];
  /** the speaker names (canonical where the batch knows the speaker) for a name an article uses */
  resolve(article: string, name: string): string[];
}

const ORDER_TYPES: EntityType[] = ['person', 'organization', 'publication', 'place'];

export function clusterSpeakers(articles: BatchArticle[]): SpeakerIndex {
  const units = unitsOf(articles);
  const uf = new UnionFind();
  for (let i = 0; i < units.length; i++) uf.add();
  const c: Clusters = { uf, units, merges: [] };

  joinByKey(c, (u) => {
    const k = nameKey(u.name);
    return k ? { key: `${isPerson(u) ? 'p' : 'b'}:${k}`, evidence: 'same name' } : undefined;
  });
  joinByKey(c, (u) => {
    if (isPerson(u)) return undefined;
    const k = knownBody(u.name);
    const name = stripThe(u.name);
    return k ? { key: k.key, evidence: nameKey(name) === nameKey(k.canonical) ? `${k.how}: ${name}` : `${k.how}: ${name} → ${k.canonical}` } : undefined;
  });
  joinAcronyms(c);
  joinFullNames(c);
  joinSingleNames(c);

  // ------------------------------------------------------------ rows
  const rows = new Map<number, SpeakerRow>();
  const order = new Map(articles.map((a, i) => [a.key, i]));
  for (const [root, us] of groups(c)) {
    const quotes = us.flatMap((u) => u.quotes);
    if (!quotes.length) continue;
    const row: SpeakerRow = {
      name: canonical(us),
      type: typeOf(us),
      variants: [],
      roles: dedupe(us.flatMap((u) => u.roles)),
      articles: [...new Set(us.filter((u) => u.quotes.length).map((u) => u.article))].sort((a, b) => order.get(a)! - order.get(b)!),
      quotes: { total: quotes.length, direct: 0, partial: 0, indirect: 0 },
      strength: { strong: 0, moderate: 0, weak: 0, unattributed: 0 },
      stance: { asserts: 0, denies: 0, neutral: 0 },
      merges: [],
    };
    row.variants = dedupe([row.name, ...us.flatMap((u) => u.names)].filter((n) => nameOfMention(n)));
    for (const q of quotes) {
      row.quotes[q.type]++;
      row.strength[q.strength.label]++;
      row.stance[q.stance]++;
    }
    rows.set(root, row);
  }
  for (const m of c.merges) {
    const row = rows.get(uf.find(m.from.id));
    if (row) row.merges.push({ variant: m.from.name, article: m.from.article, with: m.to.name, evidence: m.evidence });
  }

  // name → speaker, per article
  const byArticle = new Map<string, Map<string, string>>();
  for (const u of units) {
    const row = rows.get(uf.find(u.id));
    if (!row) continue;
    const m = byArticle.get(u.article) ?? new Map<string, string>();
    for (const n of u.names) if (!m.has(nameKey(n))) m.set(nameKey(n), row.name);
    byArticle.set(u.article, m);
  }
  const resolve = (article: string, name: string): string[] => {
    const m = byArticle.get(article);
    const one = (n: string) => m?.get(nameKey(n));
    const whole = one(name);
    if (whole) return [whole];
    // `Russia and the Taliban`: both, when the batch knows both
    const parts = splitJoint(name).map(one);
    if (parts.length > 1 && parts.every(Boolean)) return dedupe(parts as string[]);
    return [name];
  };

  const speakers = [...rows.values()].sort(
    (a, b) => b.quotes.total - a.quotes.total || b.articles.length - a.articles.length || ORDER_TYPES.indexOf(a.type) - ORDER_TYPES.indexOf(b.type) || cmp(a.name, b.name),
  );
  return { speakers, resolve };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const t = s.trim();
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** The speaker's name: a person's fullest name; a body's name most used by the units that speak. */
function canonical(us: Unit[]): string {
  const people = us.filter(isPerson);
  if (people.length) {
    const words = (u: Unit) => personName(u.name)?.given.length ?? 0;
    return [...people].sort((a, b) => words(b) - words(a) || b.name.length - a.name.length || cmp(a.name, b.name))[0]!.name;
  }
  const speaking = us.some((u) => u.quotes.length) ? us.filter((u) => u.quotes.length) : us;
  const count = new Map<string, { n: number; name: string }>();
  for (const u of speaking) {
    const k = nameKey(u.name);
    const had = count.get(k);
    count.set(k, { n: (had?.n ?? 0) + 1, name: had?.name ?? u.name });
  }
  return [...count.values()].sort((a, b) => b.n - a.n || b.name.length - a.name.length || cmp(a.name, b.name))[0]!.name;
}

function typeOf(us: Unit[]): EntityType {
  const n = new Map<EntityType, number>();
  for (const u of us) n.set(u.type, (n.get(u.type) ?? 0) + u.quotes.length + 0.5);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || ORDER_TYPES.indexOf(a[0]) - ORDER_TYPES.indexOf(b[0]))[0]![0];
}
