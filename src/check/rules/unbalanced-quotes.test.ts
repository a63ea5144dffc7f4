import { describe, expect, it } from 'vitest';
import { ruleFindings } from '../../../test/support/check.js';

/** [message, the text from the offending mark to the end of its line] for each finding */
function found(raw: string, options = {}): Array<[string, string]> {
  return ruleFindings('unbalanced-quotes', raw, options).map((f) => {
    expect(f.end).toBeGreaterThan(f.start);
    return [f.message, raw.slice(f.start).split(/\r?\n/)[0]!];
  });
}

describe('unbalanced-quotes', () => {
  it('finds nothing wrong with curly, straight and nested marks that pair up', () => {
    expect(found('Title\n\n“We will appeal,” she said. “The ruling is wrong.”\n\n"Fine," he said, calling it "a \'good\' day."\n')).toEqual([]);
  });

  it('accepts a quotation running over paragraphs when the next one opens with a mark', () => {
    const raw = 'Title\n\n“The first part of what she said runs on,\n\n“and this part ends it,” she said.\n';
    expect(found(raw)).toEqual([]);
    // the continuation may open with another kind of mark
    expect(found('Title\n\n"The first part runs on,\n\n“and this part ends it,” she said.\n')).toEqual([]);
    // with runOn off, the open quotation is reported
    expect(found(raw, { runOn: false })).toEqual([['quotation mark “ is never closed in its paragraph', '“The first part of what she said runs on,']]);
  });

  it('reports a quotation never closed, at its opening mark', () => {
    expect(found('Title\n\n“We will not back down,” Mayor Anna Berg said. “The plan stays.\n\nThe council voted.\n')).toEqual([
      ['quotation mark “ is never closed in its paragraph', '“The plan stays.'],
    ]);
  });

  it('reports a straight closing mark with nothing open', () => {
    expect(found('Title\n\nHe reviewed his systems" including his heart. The only "medical records" were a letter.\n')).toEqual([
      ['stray quotation mark ": no quotation is open in its paragraph for it to close', '" including his heart. The only "medical records" were a letter.'],
    ]);
  });

  it('reports a straight mark left open', () => {
    expect(found('Title\n\nShe called it "a disgrace and said nothing more.\n')).toEqual([
      ['quotation mark " is never closed in its paragraph', '"a disgrace and said nothing more.'],
    ]);
  });

  it('reports a closing mark typed as an opening one at the end of a paragraph', () => {
    expect(found('Title\n\n“We will appeal,” she said. “The ruling is wrong. “\n')).toEqual([
      ['closing quotation mark typed as an opening one (“)', '“'],
    ]);
  });

  it('reports swapped marks around an inserted attribution', () => {
    const raw = 'Title\n\n“We will appeal, “she said.” The ruling is wrong.”\n';
    expect(found(raw)).toEqual([
      ['closing quotation mark typed as an opening one (“)', '“she said.” The ruling is wrong.”'],
      ['opening quotation mark typed as a closing one (”)', '” The ruling is wrong.”'],
    ]);
  });

  it('reports an opening mark typed as a closing one at the start of a quotation', () => {
    expect(found('Title\n\n”We will appeal,” she said.\n')).toEqual([['opening quotation mark typed as a closing one (”)', '”We will appeal,” she said.']]);
  });

  it('reports a stray closing mark and a mark with nothing after it', () => {
    expect(found('Title\n\nThe vote was close” and the council adjourned.\n')).toEqual([
      ['stray quotation mark ”: no quotation is open in its paragraph for it to close', '” and the council adjourned.'],
    ]);
    expect(found('Title\n\nThe council adjourned. “\n\nThe vote was close.\n')).toEqual([
      ['stray quotation mark “: nothing follows it in its paragraph and no quotation is open', '“'],
    ]);
  });

  it('reports a quotation still open when the paragraph ends, though another opened and closed after it', () => {
    expect(found('Title\n\n“We will appeal, she said. “The ruling is wrong,” he said.\n')).toEqual([
      ['quotation mark “ is never closed in its paragraph', '“We will appeal, she said. “The ruling is wrong,” he said.'],
    ]);
  });

  it('lets curly quotations nest, and quotations of one kind hold those of another', () => {
    expect(found('Title\n\n“I would rather live in what he calls “hell” than vote for him,” she said.\n')).toEqual([]);
    expect(found('Title\n\n"It comes across as “too loud” or “too shrill” or “too that.”"\n')).toEqual([]);
    expect(found('Title\n\n“She called it "a farce" twice,” he said.\n')).toEqual([]);
  });

  it('reports a quotation opened with one kind of mark and closed with another', () => {
    expect(found('Title\n\n“We will appeal," she said.\n')).toEqual([['quotation opened with “ is closed with "', '" she said.']]);
  });

  it('does not take an inch sign for a quotation mark', () => {
    expect(found('Title\n\nThe letter says he is 6\'3" tall and weighs 236 pounds.\n')).toEqual([]);
  });

  it('pairs marks within a paragraph, so a mark left open does not swallow the next paragraph', () => {
    const raw = 'Title\r\n\r\n“One,\r\n\r\nThe council voted. “Two,” she said.\r\n';
    const f = ruleFindings('unbalanced-quotes', raw);
    expect(f.map((x) => x.start)).toEqual([raw.indexOf('“One')]);
  });

  it('counts HTML entities for double quotes as marks', () => {
    expect(found('Title\n\nShe called it &ldquo;a disgrace&rdquo; and &quot;a waste.\n')).toEqual([
      ['quotation mark " is never closed in its paragraph', '&quot;a waste.'],
    ]);
  });

  it('does not read marks inside markup, nor twice in a repeated headline', () => {
    expect(found('Title\n\n<tweet author=" and more">“We will appeal,” she said.</tweet>\n')).toEqual([]);
    const doubled = 'Mayor: “We will appeal\n\nMayor: “We will appeal\n\nThe mayor spoke on Monday.\n';
    expect(found(doubled)).toEqual([['quotation mark “ is never closed in its paragraph', '“We will appeal']]);
  });
});
