// A faster drop-in for compromise's `bulkMatch`, the step of its post-tagger that picks, for each
// comma-separated chunk of a sentence, which of its ~570 match rules could apply and runs them.
// compromise picks the rules by walking all ~730 rule keys (words and `#Tags`) for every chunk and
// concatenating arrays as it goes, then filters the list in three passes; that took about a fifth
// of the whole pipeline's time (README "Speed"). Here the chunk's own words and tags are looked up
// in an index of the keys instead, and the filters run in one pass. The rules chosen, their order
// and the matches found are the same as compromise's (src/text/sweep.test.ts compares both on real
// text, tags and all), so the tags do not change.

/** A compromise term, as far as the cache reads it. */
interface STerm { normal: string; switch?: string; implicit?: string; machine?: string; root?: string; alias?: string[]; tags: Set<string> }
/** A parsed match rule, as far as the sweep reads it. */
interface Rule { match: string; needs: string[]; wants: string[]; minWant: number; minWords: number; ifNo?: string[]; unTag?: unknown }
interface Net { hooks: Record<string, Rule[]>; always: Rule[] }
interface Found { ptrs: number[][] }
interface Methods { one: { cacheDoc(doc: STerm[][]): Set<string>[]; match(docs: STerm[][], rule: Rule): Found } }
type BulkMatch = (document: STerm[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<Rule & { pointer: number[] }>;

/** the position of every hook key in compromise's key order (Object.keys of the net's hooks) */
const keyOrder = new WeakMap<Net, { index: Map<string, number>; keys: string[] }>();

function orderOf(net: Net): { index: Map<string, number>; keys: string[] } {
  let o = keyOrder.get(net);
  if (!o) {
    const keys = Object.keys(net.hooks);
    o = { keys, index: new Map(keys.map((k, i) => [k, i])) };
    keyOrder.set(net, o);
  }
  return o;
}

/** The rules worth trying on one chunk, in compromise's order, each match string once. */
function candidates(have: Set<string>, net: Net, termCount: number): Rule[] {
  const { index, keys } = orderOf(net);
  const at: number[] = [];
  for (const item of have) {
    const i = index.get(item);
    if (i !== undefined) at.push(i);
  }
  at.sort((a, b) => a - b);
  const seen = new Set<string>();
  const out: Rule[] = [];
  const keep = (r: Rule) => {
    if (!r.needs.every((n) => have.has(n))) return;
    if (r.ifNo !== undefined && r.ifNo.some((n) => have.has(n))) return;
    if (r.wants.length > 0) {
      let found = 0;
      for (const w of r.wants) if (have.has(w)) found++;
      if (found < r.minWant) return;
    }
    if (termCount < r.minWords) return;
    out.push(r);
  };
  for (const i of at) {
    for (const r of net.hooks[keys[i]!]!) {
      // compromise drops repeats of a match string before filtering: the first one stands
      if (seen.has(r.match)) continue;
      seen.add(r.match);
      keep(r);
    }
  }
  // rules with no key: compromise adds them after its filters, checking only their length
  for (const r of net.always) if (termCount >= r.minWords) out.push(r);
  return out;
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const cache = methods.one.cacheDoc(document);
  const results: Array<Rule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of candidates(cache[n]!, net, document[n]!.length)) {
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
