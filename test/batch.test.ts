// The batch commands end to end, in-process: `claims speakers`, `claims contested` and
// `claims aggregate` on the seeds; shard/merge equivalence; the published JSON Schema
// (schema/batch.schema.json) against the real output; aggregate's handling of bad lines.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimRow } from '../src/corpus/claims.js';
import type { SpeakerRow } from '../src/corpus/speakers.js';
import { claims } from './support/cli.js';

const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(new URL('../schema/batch.schema.json', import.meta.url), 'utf8')));

const SEEDS = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
const low = (s: string) => s.toLowerCase();

let speakersOut: string;
let contestedOut: string;
let speakers: SpeakerRow[];
let claimRows: ClaimRow[];

beforeAll(async () => {
  const s = await claims(['speakers', 'seeds', '--format', 'json']);
  const c = await claims(['contested', 'seeds', '--format', 'json']);
  expect(s.code, s.stderr).toBe(0);
  expect(c.code, c.stderr).toBe(0);
  speakersOut = s.stdout;
  contestedOut = c.stdout;
  speakers = (JSON.parse(s.stdout) as { speakers: SpeakerRow[] }).speakers;
  claimRows = (JSON.parse(c.stdout) as { claims: ClaimRow[] }).claims;
});

/** the canonical name of the speaker row that lists this variant */
const speakerNamed = (variant: string) => speakers.find((r) => r.variants.some((v) => low(v) === low(variant)))?.name;

describe('shard and merge', () => {
  it('aggregating two extracted shards gives exactly what one run of speakers and contested gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-shards-'));
    const shards = [SEEDS.filter((_, i) => i % 2 === 0), SEEDS.filter((_, i) => i % 2 === 1)];
    const files: string[] = [];
    for (const [i, shard] of shards.entries()) {
      const r = await claims(['extract', ...shard, '--format', 'ndjson']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(shard.length);
      files.push(join(dir, `${i + 1}.ndjson`));
      writeFileSync(files[i]!, r.stdout);
    }
    // the second shard first: the order of the shards must not matter
    const agg = await claims(['aggregate', files[1]!, files[0]!, '--format', 'json']);
    expect(agg.code, agg.stderr).toBe(0);
    const merged = JSON.parse(agg.stdout) as Record<string, unknown>;
    expect(Object.keys(merged).sort()).toEqual(['claims', 'speakers']);
    expect(merged.speakers).toEqual(JSON.parse(speakersOut).speakers);
    expect(merged.claims).toEqual(JSON.parse(contestedOut).claims);
  });

  it('reads NDJSON from stdin with -', async () => {
    const nd = await claims(['extract', 'seeds', '--format', 'ndjson']);
    const agg = await claims(['aggregate', '-', '--format', 'json'], { stdin: async () => Buffer.from(nd.stdout) });
    expect(agg.code, agg.stderr).toBe(0);
    expect(JSON.parse(agg.stdout).speakers).toEqual(speakers);
  });

  it('names a malformed line by file:line, still uses the others, and exits 3', async () => {
    const nd = await claims(['extract', SEEDS[0]!, SEEDS[1]!, '--format', 'ndjson']);
    const [one, two] = nd.stdout.trim().split('\n');
    const dir = mkdtempSync(join(tmpdir(), 'claims-bad-'));
    const file = join(dir, 'shard.ndjson');
    writeFileSync(file, `${one}\n{"file": "x.txt", "id": "x"\n\n{"hello": 1}\n${two}\n`);
    const agg = await claims(['aggregate', file, '--format', 'json']);
    expect(agg.code).toBe(3);
    expect(agg.stderr).toContain(`claims: ${file}:2: not JSON`);
    expect(agg.stderr).toContain(`claims: ${file}:4: no "file" string: not an article report`);
    const good = await claims(['aggregate', '-', '--format', 'json'], { stdin: async () => Buffer.from(`${one}\n${two}\n`) });
    expect(agg.stdout).toBe(good.stdout);
  });

  it('exits 3 when no article report can be read, and when a file is missing (naming it, using the rest)', async () => {
    const none = await claims(['aggregate', 'no/such.ndjson']);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('claims: no/such.ndjson: no such file');
    const empty = await claims(['aggregate', '-'], { stdin: async () => Buffer.from('\n') });
    expect(empty.code).toBe(3);
    const nd = await claims(['extract', SEEDS[0]!, '--format', 'ndjson']);
    const dir = mkdtempSync(join(tmpdir(), 'claims-one-'));
    writeFileSync(join(dir, 'a.ndjson'), nd.stdout);
    const some = await claims(['aggregate', join(dir, 'a.ndjson'), 'no/such.ndjson', '--format', 'json']);
    expect(some.code).toBe(3);
    expect(JSON.parse(some.stdout).speakers.length).toBeGreaterThan(0);
  });
});

describe('schema/batch.schema.json', () => {
  it('accepts the real output of speakers, contested and aggregate', async () => {
    for (const out of [speakersOut, contestedOut]) expect(validate(JSON.parse(out)), ajv.errorsText(validate.errors)).toBe(true);
    const nd = await claims(['extract', 'seeds', '--format', 'ndjson']);
    const agg = await claims(['aggregate', '-', '--format', 'json'], { stdin: async () => Buffer.from(nd.stdout) });
    expect(validate(JSON.parse(agg.stdout)), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each<[string, (v: Record<string, any>) => void]>([
    ['a speaker without variants', (v) => delete v.speakers[0].variants],
    ['a claim without disputedBy', (v) => delete v.claims[0].disputedBy],
    ['evidence without its article', (v) => delete v.claims[0].evidence[0].article],
    ['a negative count', (v) => (v.speakers[0].quotes.total = -1)],
    ['neither key', (v) => { delete v.speakers; delete v.claims; }],
  ])('rejects %s', (_what, breakIt) => {
    const v = { speakers: structuredClone(speakers), claims: structuredClone(claimRows) } as Record<string, any>;
    breakIt(v);
    expect(validate(v)).toBe(false);
  });
});

describe('claims contested seeds/', () => {
  it('shows the bounty claim disputed across at least three articles by the Russian and the Taliban side', () => {
    const bounty = claimRows.find((c) => /bount|reward|offered (the )?money|cash/i.test(c.claim) && c.disputedBy.includes(speakerNamed('Russian Embassy')!));
    expect(bounty, JSON.stringify(claimRows.map((c) => c.claim))).toBeDefined();
    expect(bounty!.articles.length).toBeGreaterThanOrEqual(3);
    for (const who of ['Russian Embassy', 'Kabulov', 'Zabihullah', 'Zabiullah Mujahid']) expect(bounty!.disputedBy, who).toContain(speakerNamed(who));
    // the evidence names each article and is verbatim from it
    for (const e of bounty!.evidence) {
      const raw = readFileSync(join('seeds', e.article), 'utf8').replace(/\s+/g, ' ');
      expect(raw, e.text).toContain(e.text);
    }
  });

  it('keeps the "Trump was briefed" claim apart, disputed by McEnany and Ratcliffe', () => {
    const briefed = claimRows.find((c) => /trump/i.test(c.claim) && /brief|inform/i.test(c.claim));
    expect(briefed, JSON.stringify(claimRows.map((c) => c.claim))).toBeDefined();
    expect(briefed!.disputedBy).toEqual(expect.arrayContaining([speakerNamed('Kayleigh McEnany'), speakerNamed('John Ratcliffe')]));
    expect(briefed!.claim).not.toMatch(/bount|reward|cash/i);
  });

  // in 000 Peskov's "these claims are false" comes before the article names the allegation
  // (`the allegations that the GRU has given Taliban fighters a gift …`): a pointing denial
  // takes the allegation the article names
  it('has Peskov among the bounty claim deniers', () => {
    const bounty = claimRows.find((c) => c.disputedBy.includes(speakerNamed('Russian Embassy')!) && c.articles.length >= 3)!;
    expect(bounty.disputedBy).toContain(speakerNamed('Peskov'));
  });

  it('prints text for people with both sides and the evidence', async () => {
    const r = await claims(['contested', 'seeds', '--format', 'text', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== Contested claims across the batch \(\d+\)/);
    expect(r.stdout).toContain('disputed by:');
    expect(r.stdout).toContain('001_c2c620873a319e23.txt:');
    const s = await claims(['speakers', 'seeds', '--format', 'text', '--no-color']);
    expect(s.stdout).toMatch(/Dmitry Peskov \(person\) · \d+ quotes? in 2 articles/);
    expect(s.stdout.replace(/\s+/g, ' ')).toContain('merged “Peskov” (000_65ee97d515d98c9a.txt) with “Dmitry Peskov”: shared surname Peskov');
  });

  it('exits 3 when no input can be analysed', async () => {
    const r = await claims(['speakers', 'no/such/dir']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no/such/dir');
  });
});
