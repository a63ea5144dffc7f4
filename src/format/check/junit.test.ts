import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EMPTY, RESULT } from '../../../test/support/check-result.js';
import { formatJunit, xmlEscape } from './junit.js';

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(xml);
};

describe('formatJunit', () => {
  it('is well-formed XML: a suite per file, a test case per rule, failures for error and warning findings', () => {
    const xml = formatJunit(RESULT);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(doc.testsuites).toMatchObject({ name: 'claims check', tests: '13', failures: '3', errors: '1' });
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['news/a.txt', 'news/clean.txt', 'news/odd, name: 100%.txt', 'news/bad.txt']);

    const a = suites[0];
    expect(a).toMatchObject({ tests: '4', failures: '2', errors: '0' });
    expect(a.testcase.map((c: { name: string }) => c.name)).toEqual(['unattributed-quote', 'no-named-source', 'relayed-only', 'unbalanced-quotes']);
    expect(a.testcase[0].failure).toBeUndefined();
    expect(a.testcase[1].failure[0]).toMatchObject({ type: 'error', message: 'no named source on the record: the article quotes nobody' });
    expect(a.testcase[2].failure[0].type).toBe('warning');
    // info never fails a test case: it is in the case's output
    expect(a.testcase[3].failure).toBeUndefined();
    expect(a.testcase[3]['system-out']).toBe('12:7 info quotation mark " is never closed in its paragraph');

    expect(suites[1]).toMatchObject({ tests: '4', failures: '0' });
    expect(suites[3].testcase[0]).toMatchObject({ name: 'read', error: { type: 'E_BINARY', message: 'looks like a binary file (a NUL byte at 8) & not <text>' } });
  });

  it('escapes markup, quotes and line breaks, and replaces characters XML cannot hold', () => {
    const xml = formatJunit(RESULT);
    expect(xml).toContain('&lt;b&gt;50% &amp; more&lt;/b&gt;');
    expect(xml).not.toContain('\u0007');
    const odd = parse(xml).testsuites.testsuite[2];
    const failure = odd.testcase[0].failure[0];
    expect(failure.message).toBe('2 findings');
    // both findings in the body, one per line; the CR LF inside the first message survives as text
    expect(failure['#text']).toContain('1:1 error direct quote with no speaker: “<b>50% & more</b>');
    expect(failure['#text']).toContain('2:5 error partial quote with no speaker: “a \ufffdbell”');
    expect(xmlEscape('a"b\'c\nd\ud800')).toBe('a&quot;b&apos;c&#10;d\ufffd');
  });

  it('has passing test cases only when there is nothing to report', () => {
    const doc = parse(formatJunit(EMPTY));
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '0', errors: '0' });
  });
});
