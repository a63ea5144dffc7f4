import { describe, expect, it } from 'vitest';
import { buildDoc } from '../pipeline.js';
import { genderOf } from './gender.js';
import { brief, briefs, quoteOf, run } from '../../test/support/analyze.js';

describe('speakers at the attribution site', () => {
  it('inverted `"…," said X, a spokesman for Y.` keeps the description as the role', () => {
    const a = run('"No rights were sold," said Erik Nyholm, a spokesman for the Port Authority.');
    expect(a.quotes.map(brief)).toEqual([
      { text: 'No rights were sold,', type: 'direct', speaker: 'Erik Nyholm', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
    expect(a.quotes[0]!.speaker).toEqual({ name: 'Erik Nyholm', type: 'person', mention: 'Erik Nyholm', role: 'a spokesman for the Port Authority' });
  });

  it('a surname that is also a month or a modal stays part of the name (`Theresa May said`)', () => {
    const a = run('In March 2018, then-Prime Minister Theresa May said the attack was an act of state. Maria Holm said in May that the plan was sound.');
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.role ?? null, q.text])).toEqual([
      ['Theresa May', 'Prime Minister', 'the attack was an act of state'],
      ['Maria Holm', null, 'the plan was sound'],
    ]);
  });

  it('over two appositives to the name that opens them', () => {
    const a = run([
      'Michael Dunne, president of the Harbour Workers Union, which represents dock staff, said the strike would go on.',
      '"It is an invasion of our waters," Sara Lind, the attorney general of Nordland, one of the counties suing the ministry, said on Monday.',
      'The source, a European intelligence official, said the money had been paid.',
    ].join('\n\n'));
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.role])).toEqual([
      ['Michael Dunne', 'president of the Harbour Workers Union, which represents dock staff'],
      ['Sara Lind', 'the attorney general of Nordland, one of the counties suing the ministry'],
      ['The source', 'a European intelligence official'],
    ]);
  });

  it('a name signed after the closing mark (`“…” ― Name`) is the speaker', () => {
    const a = run('Readers wrote to us.\n\n“The ferry is always late.” ― Carla Ruiz\n“We need a second pier.” — Tomas Berg, Narvik\n\n"Fix the roads." - Jane Doe');
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.type, q.type, q.strength.label])).toEqual([
      ['Carla Ruiz', 'person', 'direct', 'strong'],
      ['Tomas Berg', 'person', 'direct', 'strong'],
      ['Jane Doe', 'person', 'direct', 'strong'],
    ]);
  });

  it('a transcript line (`"HOLM: …"`) is its labelled speaker’s, without the label; a rubric (`BREAKING:`) is no speaker', () => {
    const raw = [
      'Anna Lind, the host, interviewed Governor Erik Holm on Sunday.',
      '"LIND: Will the ferry run all winter? People want to know."',
      '“HOLM: Well, look, the ferry will run, and the so-called ‘winter gap’ is over.”',
      '"BREAKING: The ferry will run all winter," Holm said.',
    ].join('\n\n');
    const a = run(raw);
    expect(a.quotes.map((q) => [q.text, q.type, q.speaker.name, q.cue])).toEqual([
      ['Will the ferry run all winter? People want to know.', 'direct', 'Anna Lind', 'LIND:'],
      ['Well, look, the ferry will run, and the so-called ‘winter gap’ is over.', 'direct', 'Erik Holm', 'HOLM:'],
      ['BREAKING: The ferry will run all winter,', 'direct', 'Erik Holm', 'said'],
    ]);
    for (const q of a.quotes) expect(raw.slice(q.start, q.end)).toBe(q.text);
  });

  it('after `…," said`, a noun phrase that goes on to its own verb is not the speaker', () => {
    const raw = '"The ferry will run all winter," said Lars Vik, the mayor.\n\n"It will stop at every pier," said the ferry company was known as Nordline until May.';
    expect(run(raw).quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['The ferry will run all winter,', 'Lars Vik'],
      ['It will stop at every pier,', 'Lars Vik'],
    ]);
  });

  it('the subject before a parenthetical between dashes speaks (`X — the mayor since 2019 — said`)', () => {
    const raw = 'Lars Vik — the mayor since 2019 — said the ferry would run.\n\nThe agency – officially known as the Directorate of Harbour Works – has accused the council of hiding the costs.';
    expect(run(raw).quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['the ferry would run', 'Lars Vik'],
      ['the council of hiding the costs', 'The agency'],
    ]);
  });

  it('a hyphenated modifier stays in the source (`According to a 52-count complaint`)', () => {
    expect(run('According to a 52-count civil complaint, the harbour board misused the funds.').quotes.map((q) => [q.text, q.speaker.name])).toEqual([
      ['the harbour board misused the funds', 'a 52-count civil complaint'],
    ]);
  });

  it('coordinated people are one joint speaker, as coordinated bodies are (GUIDELINES)', () => {
    const a = run('Senator Anna Lind and Senator Erik Holm have pressed the ferry company.\n\nMs. Lind and Mr. Holm say other changes are needed.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.type])).toEqual([
      ['other changes are needed', 'Ms. Lind and Mr. Holm', 'organization'],
    ]);
  });

  it('a name inside a reported clause (`Lind said Holm’s speech …`) is not who the next `he` means', () => {
    const raw = [
      '"Erik Holm gave the speech of his life," said the radio host Peter Lind.',
      'Lind said Holm’s performance should lift the party in the polls.',
      '"I thought he was very effective tonight," he said.',
    ].join('\n\n');
    expect(run(raw).quotes.map((q) => q.speaker.name)).toEqual(['Peter Lind', 'Peter Lind', 'Peter Lind']);
  });

  it('`the president` stands for the president named before when a pronoun looks back', () => {
    const a = run([
      'President Karl Moen visited the harbour on Monday. Benjamin Rhodes, one of the president\'s closest aides, recalled Mr. Moen talking about the fleet.',
      'The president\'s coastal roots also came into play. In Tromsø last week, he told a meeting of fishermen that few people understood the stakes better.',
    ].join('\n\n'));
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.mention])).toEqual([
      ['Benjamin Rhodes', 'Benjamin Rhodes'],
      ['Karl Moen', 'he'],
    ]);
  });

  it('people of a body are unnamed people, not the body; a hometown is not the speaker', () => {
    const a = run([
      'Officials at the Norwegian Coastal Administration, a division of the ministry, said they were concerned.',
      'Experts on North Korea and nuclear nonproliferation said the test could change that.',
      'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought back memories.',
    ].join('\n\n'));
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.type])).toEqual([
      ['Officials at the Norwegian Coastal Administration', 'anonymous'],
      ['Experts on North Korea and nuclear nonproliferation', 'anonymous'],
      ['Donna Rawlings', 'person'],
    ]);
  });

  it('bodies named `X on Y`, spokespeople for a person, `has long called`, and generic `anybody who says`', () => {
    const a = run([
      'The nonpartisan Commission on Fisheries Debates says there was a problem with the microphone.',
      'A spokeswoman for Karin Eklund says neither the minister nor her staff sold the pier.',
      'Ola Berg said Monday that the mayor has long called for tax fairness.',
      'Karin Eklund mocked the complaint, saying anybody who complains about a microphone "is not having a good night."',
    ].join('\n\n'));
    expect(a.quotes.map((q) => [q.speaker.name, q.speaker.type, q.text])).toEqual([
      ['The nonpartisan Commission on Fisheries Debates', 'organization', 'there was a problem with the microphone'],
      ['A spokeswoman for Karin Eklund', 'anonymous', 'neither the minister nor her staff sold the pier'],
      ['Ola Berg', 'person', 'the mayor has long called for tax fairness'],
      ['Karin Eklund', 'person', 'is not having a good night.'],
    ]);
  });

  it('a title before the name is the role; the name is the speaker', () => {
    const a = run('Opposition leader Henrik Dahl said the plan would empty the northern villages.');
    expect(a.quotes[0]!.speaker).toEqual({ name: 'Henrik Dahl', type: 'person', mention: 'Henrik Dahl', role: 'Opposition leader' });
  });

  it('`X said in a statement: "…"` attributes the quote after the colon', () => {
    expect(briefs('Maria Lindqvist said in a statement: "The quota will be cut by a third from next year."')).toEqual([
      { text: 'The quota will be cut by a third from next year.', type: 'direct', speaker: 'Maria Lindqvist', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
    expect(briefs('The Port Authority said in a statement: "The pier will reopen in June."')).toEqual([
      { text: 'The pier will reopen in June.', type: 'direct', speaker: 'Port Authority', speakerType: 'organization', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });

  it('a surname at the cue takes the full name given earlier', () => {
    const a = run('Maria Lindqvist, the fisheries minister, said on Tuesday that the quota would be cut by a third.\n\n"We have no choice," Lindqvist told reporters in Oslo.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention, q.cue])).toEqual([
      ['the quota would be cut by a third', 'Maria Lindqvist', 'Maria Lindqvist', 'said'],
      ['We have no choice,', 'Maria Lindqvist', 'Lindqvist', 'told reporters'],
    ]);
    expect(a.quotes[0]!.speaker.role).toBe('the fisheries minister');
  });
});

describe('pronouns', () => {
  it('`"…," he said.` goes to the person the article just named', () => {
    const a = run('Union leader Tomas Berglund spoke outside the ministry on Tuesday.\n\n"We will strike on Friday," he said.');
    const q = quoteOf(a, 'We will strike on Friday,');
    expect(q.speaker).toMatchObject({ name: 'Tomas Berglund', type: 'person', mention: 'he' });
    expect(q.flags.pronoun).toBe(true);
    expect(q.strength.label).toBe('strong');
  });

  it('agrees in gender: `she` skips a nearer man, `he` skips a nearer woman', () => {
    const a = run('Maria Lindqvist, the fisheries minister, met union leader Tomas Berglund in Oslo on Monday.\n\n"The quota will not change this year," she said.\n\n"Then we will strike," he said.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention])).toEqual([
      ['The quota will not change this year,', 'Maria Lindqvist', 'she'],
      ['Then we will strike,', 'Tomas Berglund', 'he'],
    ]);
    const b = run('Tomas Berglund, the union leader, met Maria Lindqvist on Monday.\n\n"We will strike on Friday," he said.');
    expect(b.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['We will strike on Friday,', 'Tomas Berglund']]);
    const c = run('Tomas Berglund met Maria Lindqvist in Oslo on Monday.\n\n"The quota will not change this year," she said.');
    expect(c.quotes.map((q) => [q.text, q.speaker.name])).toEqual([['The quota will not change this year,', 'Maria Lindqvist']]);
  });

  it('`it said` goes to the body quoted just before', () => {
    const a = run('"The pier is safe," the Port Authority said on Friday. "Repairs will finish in June," it said.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.speaker.type, q.speaker.mention])).toEqual([
      ['The pier is safe,', 'Port Authority', 'organization', 'the Port Authority'],
      ['Repairs will finish in June,', 'Port Authority', 'organization', 'it'],
    ]);
  });

  it('genderOf reads first names and gendered titles', () => {
    const doc = buildDoc({ file: 't.txt', id: 't', raw: 'Maria Lindqvist met Tomas Berglund and Mr. Holm in Oslo.' });
    const of = (name: string) => genderOf(doc, doc.entities.find((e) => e.name === name)!);
    expect(of('Maria Lindqvist')).toBe('female');
    expect(of('Tomas Berglund')).toBe('male');
    expect(of('Holm')).toBe('male');
  });
});

describe('quotes with no cue of their own', () => {
  it('a second quoted sentence of the same paragraph has the same speaker', () => {
    expect(briefs('"The harbour will reopen in spring," said Anders Holm, the harbour master. "Nobody will lose their job."')).toEqual([
      { text: 'The harbour will reopen in spring,', type: 'direct', speaker: 'Anders Holm', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
      { text: 'Nobody will lose their job.', type: 'direct', speaker: 'Anders Holm', speakerType: 'person', cue: '', strength: 'strong', stance: 'asserts' },
    ]);
  });

  it('a quoted paragraph that continues goes to the previous speaker, by position', () => {
    const a = run('"We have waited long enough," Tomas Berglund said on Tuesday.\n\n"The strike will continue until the quota is restored."\n\nMaria Lindqvist said the quota would stay.');
    expect(a.quotes.map((q) => [q.text, q.speaker.name, q.flags.byPosition])).toEqual([
      ['We have waited long enough,', 'Tomas Berglund', false],
      ['The strike will continue until the quota is restored.', 'Tomas Berglund', true],
      ['the quota would stay', 'Maria Lindqvist', false],
    ]);
  });

  it('a quote nobody can be found for has an empty unknown speaker and is unattributed', () => {
    expect(briefs('The harbour was quiet on Sunday.\n\n"Nobody comes here any more."')).toEqual([
      { text: 'Nobody comes here any more.', type: 'direct', speaker: '', speakerType: 'unknown', cue: '', strength: 'unattributed', stance: 'asserts' },
    ]);
  });
});

describe('speaker types', () => {
  it.each([
    ['a named person', 'Karin Eklund said the talks had collapsed.', 'Karin Eklund', 'person'],
    ['a named body', 'The Danish Embassy said the ferry would run again.', 'Danish Embassy', 'organization'],
    ['a named body with a definite article', 'The Port Authority said on Friday that the pier would reopen in June.', 'Port Authority', 'organization'],
    ['an outlet', 'The New York Times reported that the talks had collapsed.', 'New York Times', 'publication'],
    ['unnamed officials', 'Officials said the pier would reopen in June.', 'Officials', 'anonymous'],
    ['an unnamed diplomat', 'A senior diplomat said the talks had collapsed.', 'A senior diplomat', 'anonymous'],
    ['an unnamed source after the clause', 'The harbour was closed, a senior diplomat said.', 'a senior diplomat', 'anonymous'],
  ])('%s', (_what, raw, name, type) => {
    const a = run(raw);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.speaker).toMatchObject({ name, type });
  });
});
