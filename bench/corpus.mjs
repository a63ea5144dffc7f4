// Builds a benchmark corpus of any size from the seed articles: each generated article is a seed
// with its people's names, its numbers and the order of its unquoted sentences and body
// paragraphs varied by a seeded random generator, so the same size always gives the same files
// and the tagger cannot answer from a cache of identical text.
//
//   node bench/corpus.mjs <count> [outDir]     (default outDir: bench/data/<count>)
//
// Files are written one at a time (a 100,000-article corpus never sits in memory) and a corpus
// that is already complete is reused.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: a small deterministic generator, enough for shuffling text */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// invented stand-ins; none of them is a name from the seeds
const FIRST = ['Alma', 'Bruno', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hector', 'Ines', 'Jonas', 'Keiko', 'Lars',
  'Marta', 'Nadia', 'Omar', 'Paula', 'Quentin', 'Rosa', 'Stefan', 'Tamara', 'Ulrich', 'Vera', 'Walter', 'Yusuf', 'Zora'];
const LAST = ['Abbott', 'Brennan', 'Castillo', 'Dorsey', 'Ekland', 'Fischer', 'Garrow', 'Halvorsen', 'Ibarra', 'Jansen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinlan', 'Rasmussen', 'Sorensen', 'Takeda',
  'Ulloa', 'Varga', 'Whitfield', 'Yilmaz', 'Zeller'];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const shuffle = (r, xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

export function loadSeeds(dir = path.join(root, 'seeds')) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

/** Two-word capitalised names in a text: mostly people, renamed consistently. */
function personNames(text) {
  const counts = new Map();
  for (const m of text.matchAll(/\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts.keys()];
}

const QUOTE_MARK = /["\u201c\u201d]/;

/** One variant of a seed text. */
export function variant(text, seed) {
  const r = rng(seed);
  let out = text;
  // names: every full name gets a new one, and its surname alone follows it
  for (const name of personNames(text)) {
    const [first, last] = name.split(' ');
    if (/^(The|This|That|In|On|At|But|And|For|With|From|After|When|While|However|New|White|United|Supreme|North|South|East|West|Prime|General|Democratic|Republican|National|Foreign|Defense|State|House|Senate)$/.test(first)) continue;
    const nf = pick(r, FIRST);
    const nl = pick(r, LAST);
    out = out.split(name).join(`${nf} ${nl}`).replace(new RegExp(`\\b${last}\\b`, 'g'), nl);
  }
  // numbers: same number of digits, different value (years stay plausible)
  out = out.replace(/\b\d+\b/g, (d) => (d.length === 4 && /^(19|20)/.test(d) ? String(1990 + Math.floor(r() * 35)) : String(Math.floor(r() * 10 ** d.length)).padStart(d.length, '1')));
  // order: body paragraphs are shuffled (the first stays the lead); sentences are shuffled only
  // inside paragraphs without quotation marks, so no quote is cut from its attribution
  const paras = out.split(/\n\s*\n/);
  const lead = paras.shift() ?? '';
  const body = shuffle(r, paras).map((p) => {
    if (QUOTE_MARK.test(p)) return p;
    const sentences = p.match(/[^.!?]+[.!?]+(\s+|$)/g);
    if (!sentences || sentences.join('') !== p || sentences.length < 2) return p;
    return shuffle(r, sentences.map((s) => s.trim())).join(' ');
  });
  return [lead, ...body].join('\n\n');
}

/** Writes `count` articles into dir (reused when complete); returns the directory. */
export function buildCorpus(count, dir = path.join(root, 'bench', 'data', String(count)), seeds = loadSeeds()) {
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const width = String(count - 1).length;
  for (let i = 0; i < count; i++) {
    const seed = seeds[i % seeds.length];
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(width, '0')}.txt`), variant(seed, i + 1));
  }
  fs.writeFileSync(done, `${count}\n`);
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const count = Number(process.argv[2]);
  if (!Number.isSafeInteger(count) || count <= 0) {
    console.error('usage: node bench/corpus.mjs <count> [outDir]');
    process.exit(2);
  }
  console.log(buildCorpus(count, process.argv[3]));
}
