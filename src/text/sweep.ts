// A faster drop-in for compromise's `bulkMatch`, the step of its post-tagger that picks, for each
// comma-separated chunk of a sentence, which of its ~570 match rules could apply and runs them.
// compromise picks the rules by walking all ~730 rule keys (words and `#Tags`) for every chunk and
// concatenating arrays as it goes, then filters the list in three passes; that took about a fifth
// of the whole pipeline's time (README "Speed"). Here the chunk's own words and tags are looked up
// in an index of the keys instead, and the filters run in one pass. Then, before compromise's
// matcher tries a rule from every word of the chunk, a cheap check drops the rules that cannot
// match: two steps of the rule that take one word each, one after the other, must fit two
// neighbouring words, and ^/$ steps the first/last word (about four in five of the matcher's runs
// on news text found nothing, and this check rules out most of those). The matches found, and
// their order, are the same as compromise's (src/text/sweep.test.ts compares both
// on real text, tags and all; the seeds, PolNeAR dev and the bench corpus tag identically), so
// the tags do not change.

/** A compromise term, as far as the cache and the pair check read it. */
interface STerm { text: string; normal: string; switch?: string; implicit?: string; machine?: string | null; root?: string; alias?: string[]; tags: Set<string> }
/** One step of a parsed match rule (compromise's `regs`), as far as the pair check reads it. */
interface Reg {
  word?: string; tag?: string; switch?: string; fastOr?: Set<string>; pos?: string; choices?: Reg[][]; operator?: string;
  method?: string; chunk?: string; machine?: string; sense?: string; pre?: string; post?: string; regex?: RegExp; use?: string; fuzzy?: boolean; id?: string; optional?: boolean; greedy?: boolean; negative?: boolean;
  anything?: boolean; start?: boolean; end?: boolean; min?: number; max?: number;
}
/** A parsed match rule, as far as the sweep reads it. */
interface Rule { match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown; regs?: Reg[] }
interface Net { hooks: Record<string, Rule[]>; always: Rule[] }
interface Found { ptrs: number[][] }
type TermMethods = Record<string, ((t: STerm) => boolean) | undefined>;
interface Methods { one: { cacheDoc(doc: STerm[][]): Set<string>[]; match(docs: STerm[][], rule: Rule): Found; termMethods?: TermMethods } }
type BulkMatch = (document: STerm[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<Rule & { pointer: number[] }>;

/** the position of every hook key in compromise's key order (Object.keys of the net's hooks) */
interface Order {
  index: Map<string, number>;
  keys: string[];
  /**
   * When no two rules share a match string (compromise's own set has none): the rules to look at
   * for each key present in a chunk (each rule under its rarest need, or under each of its wants
   * when it needs nothing), and where each rule stands in compromise's order under each of its
   * keys (key position × 65536 + place in that key's list). Null otherwise.
   */
  entry: Map<string, Array<{ rule: Rule; id: number }>> | null;
  rank: Map<Rule, Array<[string, number]>>;
  ruleCount: number;
}
const keyOrder = new WeakMap<Net, Order>();

function orderOf(net: Net): Order {
  let o = keyOrder.get(net);
  if (!o) {
    const keys = Object.keys(net.hooks);
    const index = new Map(keys.map((k, i) => [k, i]));
    const rank = new Map<Rule, Array<[string, number]>>();
    keys.forEach((k, i) => net.hooks[k]!.forEach((r, j) => {
      const list = rank.get(r) ?? [];
      list.push([k, i * 65536 + j]);
      rank.set(r, list);
    }));
    const matches = new Set([...rank.keys()].map((r) => r.match));
    let entry: Order['entry'] = null;
    if (matches.size === rank.size && keys.every((k) => net.hooks[k]!.length < 65536)) {
      entry = new Map();
      let id = 0;
      for (const r of rank.keys()) {
        const item = { rule: r, id: id++ };
        const under = r.needs.length > 0
          ? [r.needs.reduce((best, n) => ((net.hooks[n]?.length ?? 0) < (net.hooks[best]?.length ?? 0) ? n : best))]
          : r.wants;
        for (const k of new Set(under)) {
          const list = entry.get(k) ?? [];
          list.push(item);
          entry.set(k, list);
        }
      }
    }
    o = { keys, index, entry, rank, ruleCount: rank.size };
    keyOrder.set(net, o);
  }
  return o;
}

/** which rules one chunk has already looked at (by rule id), stamped per chunk */
let stamps = new Uint32Array(0);
let stamp = 0;

/** Whether a step takes exactly one word (not optional, repeated or negated; ^ and $ only say where). */
function single(reg: Reg): boolean {
  if (reg.optional || reg.greedy || reg.negative || reg.anything || reg.min !== undefined || reg.max !== undefined) return false;
  return reg.choices === undefined || reg.choices.every((c) => c.length === 1 && single(c[0]!));
}

/** Whether `may` can ever say no for a step: a word, a #Tag, a %Switch%, a (one|two) list, or a choice with one of those. */
function judged(reg: Reg): boolean {
  if (reg.id !== undefined) return false;
  if (reg.word !== undefined) return reg.use === undefined && !reg.fuzzy;
  if (reg.tag !== undefined || reg.switch !== undefined || reg.fastOr !== undefined || reg.method !== undefined) return true;
  if (reg.regex !== undefined) return true;
  return reg.choices !== undefined && (reg.operator === 'or' ? reg.choices.every((c) => judged(c[0]!)) : reg.choices.some((c) => judged(c[0]!)));
}

/**
 * Whether `term` may match the one-word step `reg`: false only where compromise's own term test
 * says no (the same test for a word, a #Tag, a %Switch% and a (one|two) list); true for every
 * other kind of step.
 */
function may(term: STerm, reg: Reg): boolean {
  if (reg.id !== undefined) return true;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return true;
    const w = reg.word;
    return (term.machine !== null && term.machine === w) || (term.alias !== undefined && term.alias.includes(w)) || term.text === w || term.normal === w;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.method !== undefined) {
    if (termMethods === undefined) return true;
    const test = termMethods[reg.method];
    return typeof test === 'function' && test(term) === true;
  }
  if (reg.pre !== undefined || reg.post !== undefined) return true;
  if (reg.regex !== undefined) {
    const str = reg.use !== undefined ? (term as unknown as Record<string, unknown>)[reg.use] : term.normal;
    return reg.regex.test(str as string);
  }
  if (reg.chunk !== undefined || reg.machine !== undefined || reg.sense !== undefined) return true;
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.fastOr !== undefined) {
    if (reg.pos && !term.tags.has(reg.pos)) return false;
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(term.text);
  }
  if (reg.choices !== undefined) {
    if (reg.operator === 'or') return reg.choices.some((c) => may(term, c[0]!));
    if (reg.operator === 'and') return reg.choices.every((c) => may(term, c[0]!));
  }
  return true;
}

/** compromise's @methods (@hasComma…), for the steps that use them */
let termMethods: TermMethods | undefined;

/** the steps of a rule that must match two neighbouring words, pair by pair */
const pairsOf = new WeakMap<Rule, Array<[Reg, Reg]>>();

function pairsFor(rule: Rule): Array<[Reg, Reg]> {
  let pairs = pairsOf.get(rule);
  if (pairs === undefined) {
    pairs = [];
    const regs = rule.regs ?? [];
    for (let i = 0; i + 1 < regs.length; i++) {
      const a = regs[i]!;
      const b = regs[i + 1]!;
      if (single(a) && single(b) && judged(a) && judged(b)) pairs.push([a, b]);
    }
    pairsOf.set(rule, pairs);
  }
  return pairs;
}

/**
 * False when the rule cannot match the chunk: two of its steps that take one word each, one after
 * the other, fit no two neighbouring words (each such pair is checked). compromise would try the rule from every word and
 * fail; the answer is the same, found without its matcher.
 */
function mayMatch(rule: Rule, terms: STerm[]): boolean {
  const regs = rule.regs ?? [];
  const first = regs[0];
  const last = regs[regs.length - 1];
  // ^ rules are tried from the first word only, and $ rules keep only the matches that reach the last
  if (first?.start === true && single(first) && terms.length > 0 && !may(terms[0]!, first)) return false;
  if (last?.end === true && single(last) && terms.length > 0 && !may(terms[terms.length - 1]!, last)) return false;
  next: for (const [a, b] of pairsFor(rule)) {
    for (let i = 0; i + 1 < terms.length; i++) {
      if (may(terms[i]!, a) && may(terms[i + 1]!, b)) continue next;
    }
    return false;
  }
  return true;
}

/** Whether a rule that the chunk's keys reach passes compromise's filters (needs, ifNo, wants, length). */
function passes(r: Rule, have: Set<string>, termCount: number): boolean {
  for (const n of r.needs) if (!have.has(n)) return false;
  if (r.ifNo !== undefined) for (const n of r.ifNo) if (have.has(n)) return false;
  if (r.wants.length > 0) {
    let found = 0;
    for (const w of r.wants) if (have.has(w)) found++;
    if (found < r.minWant) return false;
  }
  return termCount >= r.minWords;
}

/** The rules worth trying on one chunk, in compromise's order, each match string once. */
function candidates(have: Set<string>, net: Net, termCount: number): Rule[] {
  const order = orderOf(net);
  const out: Rule[] = order.entry === null ? slowCandidates(have, net, termCount, order) : fastCandidates(have, termCount, order, order.entry);
  // rules with no key: compromise adds them after its filters, checking only their length
  for (const r of net.always) if (termCount >= r.minWords) out.push(r);
  return out;
}

/**
 * The rules whose entry key the chunk has and which pass the filters, sorted by where compromise
 * puts them: under the first of their keys (in key order) that the chunk has.
 */
function fastCandidates(have: Set<string>, termCount: number, order: Order, entry: NonNullable<Order['entry']>): Rule[] {
  if (stamps.length < order.ruleCount) stamps = new Uint32Array(order.ruleCount);
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  const found: Array<{ rule: Rule; at: number }> = [];
  for (const item of have) {
    const list = entry.get(item);
    if (list === undefined) continue;
    for (const { rule, id } of list) {
      if (stamps[id] === stamp) continue;
      stamps[id] = stamp;
      if (!passes(rule, have, termCount)) continue;
      let at = Infinity;
      for (const [k, r] of order.rank.get(rule)!) if (r < at && have.has(k)) at = r;
      found.push({ rule, at });
    }
  }
  found.sort((x, y) => x.at - y.at);
  return found.map((f) => f.rule);
}

/** compromise's way, for a net where two rules share a match string: the first one reached stands. */
function slowCandidates(have: Set<string>, net: Net, termCount: number, order: Order): Rule[] {
  const { index, keys } = order;
  const at: number[] = [];
  for (const item of have) {
    const i = index.get(item);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Rule[] = [];
  for (const i of at) {
    for (const r of net.hooks[keys[i]!]!) {
      // compromise drops repeats of a match string before filtering: the first one stands
      if (seen.has(r.match)) continue;
      seen.add(r.match);
      if (passes(r, have, termCount)) out.push(r);
    }
  }
  return out;
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const cache = methods.one.cacheDoc(document);
  termMethods = methods.one.termMethods;
  const results: Array<Rule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of candidates(cache[n]!, net, document[n]!.length)) {
      if (!mayMatch(rule, document[n]!)) continue;
      const res = methods.one.match([document[n]!], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...rule, pointer: ptr });
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};

/** compromise's own, kept for the tests that compare the two */
let original: BulkMatch | undefined;

/** Puts the faster sweep into compromise's world (once); returns compromise's own. */
export function installSweep(world: { methods: { one: Record<string, unknown> } }): BulkMatch {
  if (original === undefined) original = world.methods.one.bulkMatch as BulkMatch;
  world.methods.one.bulkMatch = bulkMatch;
  return original;
}
