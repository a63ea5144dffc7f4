// The published JSON Schema against the real output: every seed through the real pipeline,
// the json report and an ndjson line validated with ajv, plus the offset invariant the contract
// promises (raw.slice(start, end) === text).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../src/format/json.js';
import { formatNdjsonLine } from '../src/format/ndjson.js';
import { readInputs } from '../src/input/read.js';
import type { ErrorCode, QuoteType, Report, SpeakerType, Stance, StrengthLabel, WarningCode } from '../src/model/types.js';
import { analyze } from '../src/pipeline.js';
import { buildReport, toReportArticle } from '../src/report/build.js';
import { SAMPLE_RAW, SAMPLE_REPORT } from './fixtures/sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  $defs: Record<string, { properties: Record<string, { enum?: string[] }> }>;
};

// ajv's CommonJS default export under NodeNext
const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
const ajv = new Ajv({ allErrors: true, strict: true });
const validateReport = ajv.compile(schema);
const validateArticle = ajv.getSchema(`${schema.$id}#/$defs/article`)!;

function errorsOf(v: typeof validateReport): string {
  return ajv.errorsText(v.errors, { separator: '\n' });
}

async function seedReport() {
  const { sources, errors } = await readInputs(['seeds']);
  const articles = sources.map((s) => toReportArticle(analyze(s)));
  return { sources, report: buildReport(articles, errors) };
}

describe('schema/report.schema.json', () => {
  it('accepts the real json report for every seed', async () => {
    const { report } = await seedReport();
    expect(report.articles).toHaveLength(5);
    // validate what is printed, not the in-memory object
    const printed: unknown = JSON.parse(formatJson(report));
    expect(validateReport(printed), errorsOf(validateReport)).toBe(true);
  });

  it('accepts each ndjson line as an article', async () => {
    const { report } = await seedReport();
    for (const article of report.articles) {
      const line: unknown = JSON.parse(formatNdjsonLine(article));
      expect(validateArticle(line), `${article.file}: ${errorsOf(validateArticle)}`).toBe(true);
    }
  });

  it('keeps the contract that every quote is raw.slice(start, end)', async () => {
    const { sources, report } = await seedReport();
    for (const article of report.articles) {
      const raw = sources.find((s) => s.file === article.file)?.raw;
      expect(raw, article.file).toBeTypeOf('string');
      for (const q of article.quotes) {
        expect(q.end, `${article.file} ${q.start}`).toBeGreaterThan(q.start);
        expect(q.end).toBeLessThanOrEqual(raw!.length);
        expect(raw!.slice(q.start, q.end), `${article.file} ${q.start}-${q.end}`).toBe(q.text);
      }
    }
  });

  it('accepts a report using every field of the contract', () => {
    expect(validateReport(SAMPLE_REPORT), errorsOf(validateReport)).toBe(true);
    for (const q of SAMPLE_REPORT.articles[0]!.quotes) expect(SAMPLE_RAW.slice(q.start, q.end)).toBe(q.text);
  });

  it('accepts fields added later (the contract allows additions)', () => {
    const extended = structuredClone(SAMPLE_REPORT) as unknown as Record<string, unknown> & Report;
    extended.generatedAt = '2025-01-01';
    Object.assign(extended.articles[0]!.quotes[0]!, { confidence: 0.5 });
    Object.assign(extended.articles[0]!.quotes[0]!.speaker, { wikidata: 'Q123' });
    expect(validateReport(extended), errorsOf(validateReport)).toBe(true);
  });

  // the schema has to reject what breaks the contract, or the tests above prove nothing
  it.each<[string, (r: Record<string, any>) => void]>([
    ['a dropped field', (r) => delete r.articles[0].quotes[0].cue],
    ['an unknown quote type', (r) => (r.articles[0].quotes[0].type = 'paraphrase')],
    ['an unknown speaker type', (r) => (r.articles[0].quotes[0].speaker.type = 'official')],
    ['an unknown strength label', (r) => (r.articles[0].quotes[0].strength.label = 'solid')],
    ['a score above 1', (r) => (r.articles[0].quotes[0].strength.score = 1.2)],
    ['an unknown stance', (r) => (r.articles[0].quotes[0].stance = 'rejects')],
    ['a negative offset', (r) => (r.articles[0].quotes[0].start = -1)],
    ['a fractional offset', (r) => (r.articles[0].quotes[0].end = 3.5)],
    ['an unknown error code', (r) => (r.errors[0].code = 'E_OOPS')],
    ['an unknown warning code', (r) => (r.warnings[0].code = 'W_OOPS')],
    ['a missing warnings array', (r) => delete r.warnings],
    ['a missing date (must be null)', (r) => delete r.articles[0].date],
    ['a date not in YYYY-MM-DD', (r) => (r.articles[0].date = 'June 29, 2020')],
    ['another schema version', (r) => (r.schemaVersion = 2)],
    ['a claim without disputedBy', (r) => delete r.articles[0].contested[0].disputedBy],
  ])('rejects %s', (_what, breakIt) => {
    const broken = structuredClone(SAMPLE_REPORT) as unknown as Record<string, any>;
    breakIt(broken);
    expect(validateReport(broken)).toBe(false);
  });

  it('has the same enums as the TypeScript model', () => {
    // `satisfies` + the Exclude checks fail to compile when a union in types.ts gains or loses a member
    const quoteTypes = ['direct', 'partial', 'indirect'] as const satisfies readonly QuoteType[];
    const speakerTypes = ['person', 'organization', 'publication', 'anonymous', 'unknown'] as const satisfies readonly SpeakerType[];
    const labels = ['strong', 'moderate', 'weak', 'unattributed'] as const satisfies readonly StrengthLabel[];
    const stances = ['denies', 'asserts', 'neutral'] as const satisfies readonly Stance[];
    const codes = [
      'E_NOT_FOUND',
      'E_UNREADABLE',
      'E_BINARY',
      'E_ENCODING',
      'E_EMPTY',
      'E_TOO_LARGE',
      'E_NO_INPUT',
      'E_INTERNAL',
    ] as const satisfies readonly ErrorCode[];
    const warningCodes = ['W_EMPTY', 'W_INVALID_UTF8', 'W_INVALID_UTF16', 'W_LEGACY_ENCODING'] as const satisfies readonly WarningCode[];
    const complete: [
      Exclude<QuoteType, (typeof quoteTypes)[number]>,
      Exclude<SpeakerType, (typeof speakerTypes)[number]>,
      Exclude<StrengthLabel, (typeof labels)[number]>,
      Exclude<Stance, (typeof stances)[number]>,
      Exclude<ErrorCode, (typeof codes)[number]>,
      Exclude<WarningCode, (typeof warningCodes)[number]>,
    ] extends [never, never, never, never, never, never]
      ? true
      : false = true;
    expect(complete).toBe(true);

    const d = schema.$defs;
    expect(d.quote?.properties.type?.enum).toEqual(quoteTypes);
    expect(d.speaker?.properties.type?.enum).toEqual(speakerTypes);
    expect(d.strength?.properties.label?.enum).toEqual(labels);
    expect(d.quote?.properties.stance?.enum).toEqual(stances);
    expect(d.error?.properties.code?.enum).toEqual(codes);
    expect(d.warning?.properties.code?.enum).toEqual(warningCodes);
  });
});
