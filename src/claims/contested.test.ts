import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/analyze.js';

describe('findContested', () => {
  it('an outlet reports a claim and two sources deny it: one claim, both deniers', () => {
    const raw = [
      'Ministry Accused of Selling Fishing Rights',
      'The New York Times reported on Sunday that the fisheries ministry had secretly sold northern fishing rights to a foreign consortium.',
      'Fisheries Minister Maria Lindqvist denied that the ministry had sold northern fishing rights to anyone.',
      'Opposition leader Henrik Dahl dismissed the report as false.',
    ].join('\n\n');
    const a = run(raw);
    expect(a.quotes.map((q) => [q.speaker.name, q.stance])).toEqual([
      ['New York Times', 'asserts'],
      ['Maria Lindqvist', 'denies'],
      ['Henrik Dahl', 'denies'],
    ]);
    expect(a.contested).toEqual([
      {
        claim: 'the fisheries ministry had secretly sold northern fishing rights to a foreign consortium',
        evidence: 'The New York Times reported on Sunday that the fisheries ministry had secretly sold northern fishing rights to a foreign consortium.',
        assertedBy: ['New York Times'],
        disputedBy: ['Maria Lindqvist', 'Henrik Dahl'],
      },
    ]);
  });

  it('the evidence is a verbatim sentence of the article', () => {
    const raw = 'Officials said the northern pier had been sold to a private investor.\n\n"The pier was never sold," said Ingrid Solberg, the mayor of Tromsø. "These reports are false."';
    const a = run(raw);
    expect(a.contested).toHaveLength(1);
    const c = a.contested[0]!;
    expect(raw).toContain(c.evidence);
    expect(c.assertedBy).toEqual(['Officials']);
    expect(c.disputedBy).toEqual(['Ingrid Solberg']);
  });

  it('an article with no denials has no contested claims', () => {
    const raw = [
      'New Ferry Route Opens',
      'The ferry company said on Monday that a new route between Bergen and Aberdeen would open in May.',
      '"Tickets will go on sale next week," said Ingrid Solberg, the company\'s sales director.',
      'Tourism officials said the route would bring thousands of visitors.',
    ].join('\n\n');
    const a = run(raw);
    expect(a.quotes).toHaveLength(3);
    expect(a.quotes.every((q) => q.stance === 'asserts')).toBe(true);
    expect(a.contested).toEqual([]);
  });

  it('a denial with nothing asserted is not a contested claim', () => {
    const a = run('Maria Lindqvist denied that the ministry had sold any fishing rights.');
    expect(a.quotes.map((q) => q.stance)).toEqual(['denies']);
    expect(a.contested).toEqual([]);
  });

  it('a denial with no speaker does not dispute anything', () => {
    const a = run('The New York Times reported that the ministry had sold fishing rights.\n\nThe harbour was quiet on Sunday.\n\n"That is false."');
    expect(a.quotes.map((q) => [q.speaker.type, q.stance])).toEqual([['publication', 'asserts'], ['unknown', 'denies']]);
    expect(a.contested).toEqual([]);
  });

  it('a pointing denial disputes the story, not a quoted label that shares its words', () => {
    const raw = [
      'Shipyard Paid Inspectors, Report Says',
      'The Guardian reported that the Karlsen shipyard had paid safety inspectors to approve unfinished hulls.',
      'Union leader Petra Holm called the shipyard owners "greedy" and "reckless".',
      'The shipyard rejected what it called "unfounded allegations".',
    ].join('\n\n');
    const a = run(raw);
    expect(a.contested).toHaveLength(1);
    expect(a.contested[0]!.claim).toBe('the Karlsen shipyard had paid safety inspectors to approve unfinished hulls');
    expect(a.contested[0]!.assertedBy).toEqual(['Guardian']);
  });

  it('a denial that matches a different proposition clearly makes a claim of its own', () => {
    const raw = [
      'Minister Sold Fishing Rights, Paper Says',
      'The New York Times reported that the fisheries ministry had secretly sold northern fishing rights to a foreign consortium.',
      'The paper also reported that the minister had been briefed on the sale in March.',
      'The ministry denied that any fishing rights had been sold.',
      'A spokesman for the minister said she had never been briefed on any sale in March.',
    ].join('\n\n');
    const a = run(raw);
    expect(a.contested.map((c) => c.claim)).toEqual([
      'the fisheries ministry had secretly sold northern fishing rights to a foreign consortium',
      'the minister had been briefed on the sale in March',
    ]);
  });

  it('a pointing denial that comes first disputes the allegation the article names later', () => {
    const raw = [
      'The port authority faced questions on Monday after a week of protests by dock workers.',
      '"These claims are false," said Lena Haugen, a spokeswoman for the port authority.',
      'Dock workers marched again on Tuesday.',
      'The allegations that the port authority had falsified safety inspections at two terminals have come at a difficult time for the harbour.',
    ].join('\n\n');
    const a = run(raw);
    expect(a.contested).toEqual([
      {
        claim: 'the port authority had falsified safety inspections at two terminals',
        evidence: 'The allegations that the port authority had falsified safety inspections at two terminals have come at a difficult time for the harbour.',
        assertedBy: [],
        disputedBy: ['Lena Haugen'],
      },
    ]);
  });
});
