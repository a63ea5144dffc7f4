// The published JSON Schema as validators, for tests that check real output against it.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as { $id: string };

// ajv's CommonJS default export under NodeNext
const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
const ajv = new Ajv({ allErrors: true, strict: true });
const report = ajv.compile(schema);
const article = ajv.getSchema(`${schema.$id}#/$defs/article`)!;

/** null when `value` is a valid report, else ajv's errors as text */
export function reportErrors(value: unknown): string | null {
  return report(value) ? null : ajv.errorsText(report.errors, { separator: '\n' });
}

/** null when `value` is a valid report article (an NDJSON line), else ajv's errors as text */
export function articleErrors(value: unknown): string | null {
  return article(value) ? null : ajv.errorsText(article.errors, { separator: '\n' });
}
