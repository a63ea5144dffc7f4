import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { brief, quoteOf, run } from '../../test/support/analyze.js';

const paragraphTexts = (raw: string) => {
  const n = normalize(raw);
  return n.paragraphs.map((p) => ({ text: raw.slice(p.start, p.end), duplicate: p.duplicate }));
};

describe('normalize keeps the length of the text', () => {
  it('turns a byte-order mark into a space', () => {
    const raw = '\uFEFFHarbour Reopens\n\nThe harbour reopened on Monday.';
    const n = normalize(raw);
    expect(n.text.length).toBe(raw.length);
    expect(n.text[0]).toBe(' ');
    expect(n.title).toBe('Harbour Reopens');
    expect(raw.slice(n.paragraphs[0]!.start, n.paragraphs[0]!.end)).toBe('Harbour Reopens');
  });

  it('turns CRLF into " \\n" and a lone CR into a newline', () => {
    const raw = 'Harbour Reopens\r\n\r\nThe harbour reopened on Monday.\rThe fleet returned.';
    const n = normalize(raw);
    expect(n.text).toBe('Harbour Reopens \n \nThe harbour reopened on Monday.\nThe fleet returned.');
    expect(paragraphTexts(raw).map((p) => p.text)).toEqual(['Harbour Reopens', 'The harbour reopened on Monday.', 'The fleet returned.']);
  });

  it('blanks HTML tags with spaces and keeps an entity\'s character in its first position', () => {
    const raw = 'The <u>cargo ship</u> left Bergen &amp; Oslo.';
    const n = normalize(raw);
    expect(n.text.length).toBe(raw.length);
    expect(n.text).toBe('The    cargo ship     left Bergen &     Oslo.');
    expect(normalize('<a href="https://example.com/x">Link</a> text').text).toBe('                                Link     text');
  });

  it('reads a leading `date 2021-03-04` metadata line as the date and blanks it', () => {
    const raw = 'date 2021-03-04\nHarbour Reopens\n\nThe harbour reopened on Monday.';
    const n = normalize(raw);
    expect(n.date).toBe('2021-03-04');
    expect(n.text.startsWith(' '.repeat('date 2021-03-04'.length) + '\n')).toBe(true);
    expect(n.title).toBe('Harbour Reopens');
    expect(paragraphTexts(raw)[0]!.text).toBe('Harbour Reopens');
  });

  it('reads `Published: …` with a time as metadata too', () => {
    expect(normalize('Published: 2020-07-05T09:30:00Z\nHarbour Reopens\n\nText.').date).toBe('2020-07-05');
  });

  it('marks a verbatim repeated paragraph as a duplicate and blanks it', () => {
    const raw = 'Harbour Strike Enters Second Week\n\nHarbour Strike Enters Second Week\n\nDockworkers stayed out on Monday.';
    const n = normalize(raw);
    expect(paragraphTexts(raw)).toEqual([
      { text: 'Harbour Strike Enters Second Week', duplicate: false },
      { text: 'Harbour Strike Enters Second Week', duplicate: true },
      { text: 'Dockworkers stayed out on Monday.', duplicate: false },
    ]);
    const dup = n.paragraphs[1]!;
    expect(n.text.slice(dup.start, dup.end).trim()).toBe('');
    expect(n.title).toBe('Harbour Strike Enters Second Week');
  });

  it('takes no title from a first line that is a sentence', () => {
    expect(normalize('The harbour reopened on Monday after a three-day strike.\n\nMore text.').title).toBeNull();
  });
});

describe('through the pipeline: offsets survive every normalisation', () => {
  const raw = [
    '\uFEFFdate 2021-03-04\r\n',
    'Lindqvist Holds Cod Quota\r\n',
    '\r\n',
    'Lindqvist Holds Cod Quota\r\n',
    '\r\n',
    'Fisheries Minister Maria Lindqvist said the <u>cod quota</u> would not be raised this year.\r\n',
    '\r\n',
    '\u201cWe cannot fish what is not there,\u201d Lindqvist told reporters in Bergen.\r\n',
  ].join('');

  it('finds the date and the headline, and quotes whose offsets slice the raw text', () => {
    const a = run(raw);
    expect(a.doc.date).toBe('2021-03-04');
    expect(a.doc.title).toBe('Lindqvist Holds Cod Quota');
    expect(a.doc.raw).toBe(raw);
    expect(a.doc.text.length).toBe(raw.length);
    expect(a.quotes).toHaveLength(2);

    const indirect = a.quotes[0]!;
    // the offsets point into the raw text, tags included; the analysis saw them as spaces
    expect(indirect.text).toBe('the <u>cod quota</u> would not be raised this year');
    expect(a.doc.text.slice(indirect.start, indirect.end).replace(/\s+/g, ' ')).toBe('the cod quota would not be raised this year');
    expect(brief(indirect)).toMatchObject({ type: 'indirect', speaker: 'Maria Lindqvist', speakerType: 'person', cue: 'said', strength: 'moderate' });

    expect(brief(quoteOf(a, 'We cannot fish what is not there,'))).toMatchObject({
      type: 'direct', speaker: 'Maria Lindqvist', cue: 'told reporters', strength: 'strong',
    });
  });

  it('annotates a quote in a doubled headline once, at its first occurrence', () => {
    const headline = '"The quota stays," says fisheries minister Maria Lindqvist';
    const text = `${headline}\n\n${headline}\n\nMaria Lindqvist said on Tuesday that the cod quota would not be raised.\n`;
    const a = run(text);
    const q = quoteOf(a, 'The quota stays,');
    expect(q.start).toBe(1);
    expect(brief(q)).toMatchObject({ type: 'direct', speaker: 'Maria Lindqvist', cue: 'says', strength: 'strong' });
    expect(a.quotes.map((x) => x.text)).toEqual(['The quota stays,', 'the cod quota would not be raised']);
  });

  it('keeps offsets through a BOM and CRLF line ends on straight quotes', () => {
    const text = '\uFEFF"The pier is safe," the Port Authority said in a statement.\r\n\r\n"Repairs will finish in June," it said.\r\n';
    const a = run(text);
    expect(a.quotes.map(brief)).toEqual([
      { text: 'The pier is safe,', type: 'direct', speaker: 'Port Authority', speakerType: 'organization', cue: 'said', strength: 'strong', stance: 'asserts' },
      // `it` is the body quoted just before
      { text: 'Repairs will finish in June,', type: 'direct', speaker: 'Port Authority', speakerType: 'organization', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });
  it('typewriter quotes (two apostrophes, TeX backticks) become double quotation marks, offsets kept', () => {
    const raw = "''It's over,'' he said. The plan was ''taking shape'' early. ``We won,'' she said. Rock 'n' roll isn't dead.";
    const { text } = normalize(raw);
    expect(text).toHaveLength(raw.length);
    expect(text).toBe(' "It\'s over,"  he said. The plan was  "taking shape"  early.  "We won,"  she said. Rock \'n\' roll isn\'t dead.');
  });
});

describe('normalize: HTML', () => {
  const page = [
    '<!DOCTYPE html>\n<html><head><title>Harbour Reopens</title>',
    '<style>p { color: "red" }</style><script>var s = "not a quote";</script></head>',
    '<body><!-- "a comment" --><p>The harbour reopened on Monday.</p>',
    '<p>&ldquo;We are open again,&rdquo; the mayor said. Caf&eacute; &amp; bar &#8212; &#x1F600; &nbsp;ok &bogus;</p>',
    '</body></html>',
  ].join('');

  it('blanks comments, scripts, styles and declarations, breaks paragraphs at block tags and decodes entities', () => {
    const n = normalize(page);
    expect(n.text.length).toBe(page.length);
    const paras = n.paragraphs.map((p) => n.text.slice(p.start, p.end).replace(/\s+/g, ' '));
    expect(paras).toEqual([
      'Harbour Reopens',
      'The harbour reopened on Monday.',
      '“ We are open again,” the mayor said. Café & bar — 😀 ok &bogus;',
    ]);
    expect(n.title).toBe('Harbour Reopens');
    expect(n.text).not.toContain('not a quote');
    expect(n.text).not.toContain('a comment');
  });

  it('keeps offsets into the HTML as read: quotes slice the raw markup', () => {
    const a = run(page);
    const q = quoteOf(a, 'We are open again,');
    expect(page.slice(q.start, q.end)).toBe('We are open again,');
    expect(a.doc.title).toBe('Harbour Reopens');
  });

  it('handles markup found in a .txt the same way, and leaves a lone "<" or unclosed comment alone', () => {
    expect(normalize('One<br>Two').paragraphs).toHaveLength(2);
    expect(normalize('a < b and c > d').text).toBe('a < b and c > d');
    const open = 'Text <!-- never closed "quoted" words';
    expect(normalize(open).text).toBe('Text <!-- never closed "quoted" words');
    const unclosed = '<script>x</script> kept <script> also kept';
    // the closed element is blanked; the unclosed one loses only its tag
    expect(normalize(unclosed).text).toBe(`${' '.repeat(18)} kept ${' '.repeat(8)} also kept`);
  });

  it('blanks many repeated paragraphs in one pass', () => {
    const raw = 'Same line here\n\n'.repeat(20000);
    const n = normalize(raw);
    expect(n.paragraphs.filter((p) => p.duplicate)).toHaveLength(19999);
    expect(n.text.trim()).toBe('Same line here');
  });
});
