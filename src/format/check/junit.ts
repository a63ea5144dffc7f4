// `--format junit`: JUnit XML for CI test reports. One <testsuite> per file, one <testcase> per
// rule that ran; a rule with error or warning findings fails, its <failure> (type: the highest
// severity) listing every finding as `line:col severity message`. info findings never fail: they
// go in the test case's <system-out>. An input that could not be read is a suite whose one test
// case, `read`, has an <error>. Every name and message is XML-escaped; characters XML 1.0
// cannot carry at all (control characters, lone surrogates) become U+FFFD.
import type { CheckedFile, CheckResult, Finding } from '../../check/types.js';

/** Text and attribute values, escaped for XML 1.0. */
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // kept as characters, a CR or LF in an attribute would be read back as a space
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

/** Element text: like an attribute, but line breaks stay line breaks. */
const text = (s: string): string => xmlEscape(s).replace(/&#10;/g, '\n');

const attrs = (a: Record<string, string | number>): string =>
  Object.entries(a).map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`).join('');

const findingLine = (x: Finding): string => `${x.line}:${x.column} ${x.severity} ${x.message}`;

function suite(file: CheckedFile, rules: CheckResult['rules']): { xml: string; tests: number; failures: number } {
  let failures = 0;
  const cases = rules.map(({ id }) => {
    const found = file.findings.filter((x) => x.ruleId === id);
    const failing = found.filter((x) => x.severity !== 'info');
    const info = found.filter((x) => x.severity === 'info');
    let body = '';
    if (failing.length) {
      failures++;
      const type = failing.some((x) => x.severity === 'error') ? 'error' : 'warning';
      const message = failing.length === 1 ? failing[0]!.message : `${failing.length} findings`;
      body += `\n      <failure${attrs({ type, message })}>${text(failing.map(findingLine).join('\n'))}</failure>`;
    }
    if (info.length) body += `\n      <system-out>${text(info.map(findingLine).join('\n'))}</system-out>`;
    const open = `    <testcase${attrs({ classname: file.file, name: id })}`;
    return body ? `${open}>${body}\n    </testcase>` : `${open}/>`;
  });
  const head = `  <testsuite${attrs({ name: file.file, tests: rules.length, failures, errors: 0, skipped: 0 })}>`;
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tests: rules.length, failures };
}

export function formatJunit(result: CheckResult): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const f of result.files) {
    const s = suite(f, result.rules);
    suites.push(s.xml);
    tests += s.tests;
    failures += s.failures;
  }
  for (const e of result.errors) {
    tests++;
    suites.push([
      `  <testsuite${attrs({ name: e.file, tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
      `    <testcase${attrs({ classname: e.file, name: 'read' })}>`,
      `      <error${attrs({ type: e.code, message: e.message })}/>`,
      '    </testcase>',
      '  </testsuite>',
    ].join('\n'));
  }
  const head = `<testsuites${attrs({ name: 'claims check', tests, failures, errors: result.errors.length })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>'].join('\n') + '\n';
}
