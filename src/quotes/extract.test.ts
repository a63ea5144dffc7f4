import { describe, expect, it } from 'vitest';
import { buildDoc } from '../pipeline.js';
import { extractCandidates } from './extract.js';
import { briefs } from '../../test/support/analyze.js';

const eklund = { speaker: 'Karin Eklund', speakerType: 'person' } as const;

describe('direct and partial quotes', () => {
  it('takes a whole quoted sentence as direct', () => {
    expect(briefs('"The talks are over," said Lars Vik, a spokesman for the Nordic Fisheries Council.')).toEqual([
      { text: 'The talks are over,', type: 'direct', speaker: 'Lars Vik', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });

  it('a negation that ends the quoted words (`"…? Probably not," X said`) does not negate the cue', () => {
    const raw = 'Karin Eklund, who chairs the harbour board, spoke on Friday.\n\n"Is the harbour ready? Probably not," Ms. Eklund said.\n\nThe board did not say when the work would end.';
    const got = briefs(raw);
    expect(got[0]).toMatchObject({ text: 'Is the harbour ready? Probably not,', type: 'direct', ...eklund, cue: 'said' });
    // a cue negated in its own clause still reports nothing
    expect(got).toHaveLength(1);
  });

  it('`He’s claiming “…”`: the contraction’s unwritten `is` is skipped and the pronoun resolved', () => {
    const raw = 'Karin Eklund, the harbour master, spoke on Friday.\n\nShe’s claiming that the dredging is “a waste of public money” and “years too late.”';
    expect(briefs(raw).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['a waste of public money', 'partial', 'Karin Eklund', 'claiming'],
      ['years too late.', 'partial', 'Karin Eklund', 'claiming'],
    ]);
  });

  it('verbs of praise and attack attribute quoted words (`blasted … for being “…”`), never an object alone', () => {
    const raw = 'Karin Eklund blasted the ferry company for being “utterly unreliable.”\n\nShe spoke on Monday, mocking the board’s promise of “a ferry every hour.”\n\nLars Vik slammed the budget.';
    expect(briefs(raw).map((q) => [q.text, q.type, q.speaker, q.cue])).toEqual([
      ['utterly unreliable.', 'partial', 'Karin Eklund', 'blasted'],
      ['a ferry every hour.', 'partial', 'Karin Eklund', 'mocking'],
    ]);
  });

  it('takes a quoted fragment inside the reporter\'s sentence as partial, text without the marks', () => {
    expect(briefs('Opposition leader Henrik Dahl called the plan "reckless and cruel" in a speech on Monday.')).toEqual([
      { text: 'reckless and cruel', type: 'partial', speaker: 'Henrik Dahl', speakerType: 'person', cue: 'called', strength: 'strong', stance: 'neutral' },
    ]);
  });

  it('takes a quoted fragment after `said the report` as partial, with its punctuation', () => {
    expect(briefs('Lena Forsberg said the report "was rushed and incomplete," and left the room.')).toEqual([
      { text: 'was rushed and incomplete,', type: 'partial', speaker: 'Lena Forsberg', speakerType: 'person', cue: 'said', strength: 'strong', stance: 'asserts' },
    ]);
  });

  it('a quote opening the paragraph after `X said:` or `she continued:` is theirs; `continued to` is no cue', () => {
    const a = briefs('The mayor spoke on Monday. Ingrid Solberg said:\n\n"The pier was never sold."\n\nLater she continued:\n\n"Nobody will lose their job."');
    expect(a.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Ingrid Solberg', 'said', 'The pier was never sold.'],
      ['Ingrid Solberg', 'continued', 'Nobody will lose their job.'],
    ]);
    expect(briefs('Prices continued to rise in May, officials said.').map((q) => [q.speaker, q.cue])).toEqual([['officials', 'said']]);
  });

  it('`"…," the letter reads` and `…, saying, "…"` after a long opening phrase; `she reads books` is no cue', () => {
    const a = briefs('"We see schools offering hope," the letter reads.\n\nDuring a speech earlier in the day, Karin Eklund attacked the minister, saying, "He is reckless."\n\nShe reads books every night.');
    expect(a.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['the letter', 'reads', 'We see schools offering hope,'],
      ['Karin Eklund', 'saying', 'He is reckless.'],
    ]);
  });

  it('a fragment with no reporting verb is the words of the name that is the sentence\'s subject', () => {
    expect(briefs('In recent weeks, Karin Eklund has gone after the minister as a "human leech who will bleed the harbour".').map((q) => [q.speaker, q.type, q.cue])).toEqual([
      ['Karin Eklund', 'partial', 'gone'],
    ]);
    // no name as the subject: a scare quote, nobody's words
    expect(briefs('The bill, known as the "Harbour Act", passed with wide support.')).toEqual([]);
  });

  it('drops scare quotes and quoted names that no one says', () => {
    expect(briefs('The so-called "blue economy" has attracted investors from across the region.')).toEqual([]);
    expect(briefs('The ministry\'s "green corridor" remains unfinished, and the "SaveTheCod" campaign has spread.')).toEqual([]);
  });

  it('keeps a quote running over several paragraphs, one quote per paragraph', () => {
    const raw = [
      '"We began in January with very different positions," said Karin Eklund, the chief negotiator. "Nobody expected a deal this year.',
      '"But the two delegations found common ground on the quotas, and the text will be signed in Bergen."',
      'The agreement still needs the approval of both parliaments.',
    ].join('\n\n');
    expect(briefs(raw)).toEqual([
      { text: 'We began in January with very different positions,', type: 'direct', ...eklund, cue: 'said', strength: 'strong', stance: 'asserts' },
      { text: 'Nobody expected a deal this year.', type: 'direct', ...eklund, cue: '', strength: 'strong', stance: 'asserts' },
      { text: 'But the two delegations found common ground on the quotas, and the text will be signed in Bergen.', type: 'direct', ...eklund, cue: '', strength: 'strong', stance: 'asserts' },
    ]);
  });
});

describe('indirect quotes', () => {
  it('the agent of a passive accusation accuses: `X has been accused by Y of Z`; a sentence-opening `But` is no subject', () => {
    expect(briefs('The fleet has also been accused by the coast guard of dumping oil in the fjord.').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['the coast guard', 'accused by', 'dumping oil in the fjord'],
    ]);
    expect(briefs('The ministry was accused of corruption.')).toEqual([]);
    expect(briefs('But the mayor and her council are pointing to the new fees, arguing that they are fairer than before.').map((q) => [q.speaker, q.text])).toEqual([
      ['the mayor and her council', 'they are fairer than before'],
    ]);
  });

  it('a speech noun with its owner reports a clause: `the ministry\'s claim that …`, `a Guardian report that …`', () => {
    const a = briefs('Video shows the pier intact, contradicting the ministry\'s earlier claim that the pier had collapsed.\n\nKarin Eklund is seizing upon a Guardian report that the minister had sold the pier.\n\nThe claim that the pier collapsed spread quickly.');
    expect(a.map((q) => [q.speaker, q.speakerType, q.cue, q.text])).toEqual([
      ['the ministry', 'organization', 'claim', 'the pier had collapsed'],
      ['Guardian', 'publication', 'report', 'the minister had sold the pier'],
    ]);
  });

  it('`has said about 20 people …` and `X, like Y, has … but has said …` keep their clause and subject', () => {
    expect(briefs('Karin Eklund has said about 20 people have asked for the seat.').map((q) => [q.speaker, q.text])).toEqual([
      ['Karin Eklund', 'about 20 people have asked for the seat'],
    ]);
    expect(briefs('Harbour chief Karin Eklund, like her deputy, has urged owners to repair the pier but has said she will keep the fees.').map((q) => [q.speaker, q.text])).toContainEqual(
      ['Karin Eklund', 'she will keep the fees'],
    );
  });

  it('a noun the tagger reads as a verb still heads the speaker (`The Clinton campaign says`, `one slide says`)', () => {
    expect(briefs('The Lindqvist campaign says the ad will air on national cable stations.').map((q) => [q.speaker, q.text])).toEqual([
      ['The Lindqvist campaign', 'the ad will air on national cable stations'],
    ]);
    expect(briefs('Six million jobs depend on exports to Norway, one slide says.').map((q) => [q.speaker, q.text])).toEqual([
      ['one slide', 'Six million jobs depend on exports to Norway'],
    ]);
  });

  it('a speaker comes after the cue only when the cue follows a comma or a quotation', () => {
    // `says the ad` is no inverted source
    expect(briefs('The Lindqvist campaign says the ad will air soon.').map((q) => q.speaker)).not.toContain('the ad');
    expect(briefs('Karin Eklund went on television to accuse the ministry of being "asleep at the wheel".').map((q) => [q.speaker, q.type, q.text])).toEqual([
      ['Karin Eklund', 'partial', 'asleep at the wheel'],
    ]);
  });

  it('a parenthetical cue `A, X said, B` reports both sides; a reporter\'s `since …` after it is not reported', () => {
    expect(briefs('Acts of protest, Karin Eklund said, are acts of patriotism.').map((q) => q.text)).toEqual(['Acts of protest', 'are acts of patriotism']);
    expect(briefs('The harbour fees have hurt the fleet, Karin Eklund said, since most boats are small.').map((q) => q.text)).toEqual(['The harbour fees have hurt the fleet']);
    expect(briefs('The top earners would save $27,000, the group said, compared with $270 for the middle.').map((q) => q.text)).toEqual(['The top earners would save $27,000']);
  });

  it.each([
    ['Karin Eklund said that the talks had collapsed on Friday.', 'the talks had collapsed on Friday', 'said'],
    ['Karin Eklund said the talks had collapsed on Friday.', 'the talks had collapsed on Friday', 'said'],
    ['According to Karin Eklund, the talks collapsed on Friday.', 'the talks collapsed on Friday', 'According to'],
    ['The talks collapsed on Friday, according to Karin Eklund.', 'The talks collapsed on Friday', 'according to'],
    ['Karin Eklund tweeted that the talks had collapsed.', 'the talks had collapsed', 'tweeted'],
  ])('%j', (raw, text, cue) => {
    expect(briefs(raw)).toEqual([{ text, type: 'indirect', ...eklund, cue, strength: 'moderate', stance: 'asserts' }]);
  });

  it('promises, vows, appeals and requests report their `to` complement; a proposal its object; `pledged $5 million` reports nothing', () => {
    const raw = [
      'Karin Eklund promised on Monday to reopen the northern pier within a year.',
      'The council urged residents to conserve water.',
      'Lars Vik proposed moving the ferry terminal to the old harbour.',
      'The minister pledged $5 million for the harbour.',
      'Anna Lind asked the council to delay the vote.',
      'Erik Holm told his staff to reopen the pier.',
    ].join('\n\n');
    expect(briefs(raw).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['to reopen the northern pier within a year', 'Karin Eklund', 'promised'],
      ['to conserve water', 'The council', 'urged residents'],
      ['moving the ferry terminal to the old harbour', 'Lars Vik', 'proposed'],
      ['to delay the vote', 'Anna Lind', 'asked the council'],
      ['to reopen the pier', 'Erik Holm', 'told his staff'],
    ]);
  });

  it('`said that in 2015 …`: after `that` a preposition opens the clause; `she noted clients …` is a verb', () => {
    const raw = 'Karin Eklund said that in 2015 the harbour board had sold the pier.\n\nLars Vik welcomed the plan, though she noted residents are beginning to object.';
    expect(briefs(raw).map((q) => [q.text, q.cue])).toEqual([
      ['in 2015 the harbour board had sold the pier', 'said'],
      ['residents are beginning to object', 'noted'],
    ]);
  });

  it('`A, top officials said Friday afternoon, as …`: the words before, without the dateline; the speaker keeps `top`', () => {
    const raw = 'TROMSØ ― The new ferry schedule is an insult to island residents, top harbour officials said Friday afternoon, as they met the mayor.';
    expect(briefs(raw).map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['The new ferry schedule is an insult to island residents', 'top harbour officials', 'said'],
    ]);
  });

  it('the reported clause ends before `, and when …`: the reporter’s own clause', () => {
    expect(briefs('Karin Eklund said the ferry would run all winter, and when pressed on the cost, the mayor changed the subject.').map((q) => q.text)).toEqual([
      'the ferry would run all winter',
    ]);
  });

  it('`According to the Times, which first reported it, X`: the relative clause ends at its comma, X is the Times’ report', () => {
    expect(briefs('According to the New York Times, which first reported the story, the harbour board sold the pier.').map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['the story', 'New York Times', 'reported'],
      ['the harbour board sold the pier', 'New York Times', 'According to'],
    ]);
  });

  it('`told NRK’s “Dagsrevyen” that X`: the show’s title belongs to the audience, X is the words', () => {
    expect(briefs('Karin Eklund told NRK’s “Dagsrevyen” that the pier would reopen in May.').map((q) => [q.text, q.type, q.cue])).toEqual([
      ['the pier would reopen in May', 'indirect', 'told NRK’s “Dagsrevyen”'],
    ]);
  });

  it('`refused to accept X` reports X, and denies it', () => {
    expect(briefs('Karin Eklund, in a rare move for a mayor, refused to accept the audit’s finding that the pier was unsafe.').map((q) => [q.text, q.speaker, q.cue, q.stance])).toEqual([
      ['the audit’s finding that the pier was unsafe', 'Karin Eklund', 'refused to accept', 'denies'],
    ]);
  });

  it('`X denied …` reports the denied clause, and denies it', () => {
    expect(briefs('Karin Eklund denied that the delegation had walked out.')).toEqual([
      { text: 'the delegation had walked out', type: 'indirect', ...eklund, cue: 'denied', strength: 'moderate', stance: 'denies' },
    ]);
  });

  it('`X told Reuters …` is relayed through the outlet', () => {
    expect(briefs('Karin Eklund told Reuters that the talks had collapsed on Friday.')).toEqual([
      { text: 'the talks had collapsed on Friday', type: 'indirect', ...eklund, cue: 'told Reuters', strength: 'moderate', stance: 'asserts' },
    ]);
  });

  it('a trailing `…, the newspaper reported.` goes to the outlet named before', () => {
    const raw = 'The New York Times reported that the talks had collapsed. The delegates had left Bergen by Saturday, the newspaper reported.';
    const nyt = { speaker: 'New York Times', speakerType: 'publication', cue: 'reported', strength: 'weak', stance: 'asserts' } as const;
    expect(briefs(raw)).toEqual([
      { text: 'the talks had collapsed', type: 'indirect', ...nyt },
      { text: 'The delegates had left Bergen by Saturday', type: 'indirect', ...nyt },
    ]);
  });

  it('a participle cue after a comma is a second quote of the same speaker', () => {
    expect(briefs('Karin Eklund said the talks had collapsed, noting that the delegates had left Bergen.')).toEqual([
      { text: 'the talks had collapsed', type: 'indirect', ...eklund, cue: 'said', strength: 'moderate', stance: 'asserts' },
      { text: 'the delegates had left Bergen', type: 'indirect', ...eklund, cue: 'noting', strength: 'moderate', stance: 'asserts' },
    ]);
  });

  it('finds no quote in a sentence with no reporting verb', () => {
    expect(briefs('The talks collapsed on Friday after the delegates left Bergen.')).toEqual([]);
  });
});

describe('extractCandidates', () => {
  it('gives each candidate its sentence, type and span, sorted by position', () => {
    const raw = 'Karin Eklund said the talks had collapsed. "We will try again in May," she said.';
    const doc = buildDoc({ file: 't.txt', id: 't', raw });
    const cs = extractCandidates(doc);
    expect(cs.map((c) => [raw.slice(c.start, c.end), c.type, c.sentence, c.frame?.lemma, c.quoted ? raw.slice(c.quoted.outer.start, c.quoted.outer.end) : null])).toEqual([
      ['the talks had collapsed', 'indirect', 0, 'say', null],
      ['We will try again in May,', 'direct', 1, 'say', '"We will try again in May,"'],
    ]);
  });
});

describe('what is not a quote', () => {
  it('a title after the work it names (`his show, “Harbour Talk.”`, `the anthem “…”`) is no quote', () => {
    const raw = 'Karin Eklund hosts a weekly radio show, “Harbour Talk.”\n\nThe choir sang the anthem “Ferries of the North,” and Lars Vik said the evening was “a triumph for the town.”';
    expect(briefs(raw).map((q) => [q.text, q.type])).toEqual([['a triumph for the town.', 'partial']]);
  });

  it('`a group called X`, a phone call (`called Lind shortly after`) and `called off` are no quotes; `called him a liar` is', () => {
    expect(briefs('A group called Harbour Watch opted to sit out the vote.')).toEqual([]);
    expect(briefs('Karin Eklund called Lars Vik shortly after the result.')).toEqual([]);
    expect(briefs('The two companies called off the merger.')).toEqual([]);
    expect(briefs('Karin Eklund called the plan a disaster.').map((q) => [q.text, q.cue])).toEqual([['the plan a disaster', 'called']]);
  });

  it('`Vik’s proposed ferry` (a participle after a possessive) and `reported daily to X` are no quotes', () => {
    expect(briefs('The council discussed Vik’s proposed ferry route and its cost.')).toEqual([]);
    expect(briefs('Karin Eklund reported daily to the harbour board, and kept the accounts.')).toEqual([]);
    expect(briefs('Karin Eklund’s proposed that the route be cut.').map((q) => q.text)).toEqual(['the route be cut']);
  });

  it('maintain, charge and state report only a clause: `maintained support`, `charged a fee`, `Southern states` are none', () => {
    expect(briefs('The mayor has maintained support among older voters.')).toEqual([]);
    expect(briefs('The club charged a $100 initiation fee.')).toEqual([]);
    expect(briefs('He campaigned in Southern states friendly to the governor.')).toEqual([]);
    expect(briefs('Karin Eklund maintained that the ferry was safe.').map((q) => [q.text, q.cue])).toEqual([['the ferry was safe', 'maintained']]);
  });

  it('`…, compared with …`, a byline `reported from X`, a passive with an adverb (`was also dubbed`)', () => {
    expect(briefs('There would be seven ferry routes, compared with two under the current plan.')).toEqual([]);
    expect(briefs('Karin Eklund reported from Tromsø, and Lars Vik from Bodø.')).toEqual([]);
    expect(briefs('Lars Vik was also dubbed the winner of the debate on social media.')).toEqual([]);
  });

  it('beliefs and findings (`a study found`, `polls show`, `she thinks`) are not acts of speech', () => {
    expect(briefs('A 2015 study by the Norwegian Fisheries Institute found that cod stocks had halved.')).toEqual([]);
    expect(briefs('Recent polls show the mayor trailing by ten points.')).toEqual([]);
    expect(briefs('Karin Eklund thinks the harbour will reopen in May.')).toEqual([]);
  });

  it('a speech verb around a finding still reports it', () => {
    expect(briefs('Karin Eklund said that polls show the mayor trailing by ten points.')).toEqual([
      { text: 'polls show the mayor trailing by ten points', type: 'indirect', ...eklund, cue: 'said', strength: 'moderate', stance: 'asserts' },
    ]);
    expect(briefs('Investigators concluded that the fire had been set deliberately.').map((q) => [q.cue, q.text])).toEqual([
      ['concluded', 'the fire had been set deliberately'],
    ]);
  });

  it('citing, publishing, blaming or agreeing to something reports no words; a quote after them still counts', () => {
    expect(briefs('The council cited rising fuel costs and published its budget on Monday.')).toEqual([]);
    expect(briefs('Karin Eklund blamed the storm for the delays, and the union agreed to a new contract.')).toEqual([]);
    expect(briefs('"That is fair," Karin Eklund agreed.').map((q) => [q.speaker, q.cue, q.type])).toEqual([['Karin Eklund', 'agreed', 'direct']]);
  });

  it('noun uses of state, question and claim are not cues; verb uses with a clause are', () => {
    expect(briefs('Several states have raised questions about the claim in the United States Senate.')).toEqual([]);
    expect(briefs('Karin Eklund claims that the harbour was sold in secret.').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Karin Eklund', 'claims', 'the harbour was sold in secret'],
    ]);
  });
});
