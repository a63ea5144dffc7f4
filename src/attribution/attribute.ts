// Attribution: who said each quote. A frame's source phrase becomes a typed speaker with the
// fullest name the article gives; pronouns go to the nearest earlier speaker or person that
// agrees in gender and number; a quote with no frame of its own takes the speaker of its
// paragraph, of the quotation it continues, or of the sentence just before it.
import { lowerBound, SpanIndex, upperBound } from '../model/spans.js';
import type { AttributionFlags, Doc, Entity, Span, Speaker, SpeakerType } from '../model/types.js';
import type { Candidate } from '../quotes/extract.js';
import { keyOf, lookupEntity } from '../entities/recognize.js';
import { labelOf } from '../quotes/transcript.js';
import { withoutContraction } from '../text/contraction.js';
import { ANONYMOUS_HEADS, GROUP_PRONOUNS, HEDGES, ORG_HEADS, PERSON_PRONOUNS, PUBLICATION_DESCRIPTORS, PUBLICATION_NOUNS, PUBLICATIONS, TITLES } from '../quotes/lexicon.js';
import { genderOf, type Gender } from './gender.js';

export interface Attributed extends Candidate {
  speaker: Speaker;
  cue: string;
  flags: AttributionFlags;
  /** offset of the attribution site, for ordering speakers */
  site: number;
}

const PUB_KEYS = new Set(PUBLICATIONS.map(keyOf));
const STATEMENT_NOUNS = new Set(['statement', 'tweet', 'post', 'letter', 'release', 'message', 'email', 'note', 'communique', 'communiqué', 'memo']);
const UNKNOWN: Speaker = { name: '', type: 'unknown', mention: '' };

interface Ctx {
  doc: Doc;
  done: Attributed[];
  /** spans inside quotation marks: names there are not speakers */
  quotedSpans: Span[];
  /** `the president` standing for a person named before */
  descriptions: Array<{ e: Entity; start: number; end: number }>;
  // Indexes for long inputs (built once per attribute() call): every lookup below used to scan
  // all mentions, sentences or earlier quotes, which made attribution quadratic or worse.
  idx: Indexes;
}

interface At { e: Entity; start: number; end: number }

class Indexes {
  /** every mention, by start; equal starts in entity order, as a scan of doc.entities meets them */
  readonly mentions: SpanIndex<At>;
  readonly publications: SpanIndex<At>;
  readonly people: SpanIndex<At>;
  readonly quoted: SpanIndex<Span>;
  readonly sentenceStarts: number[];
  private readonly personByName = new Map<string, Entity | undefined>();
  /** person speakers of ctx.done by site, per pronoun gender (null: they/I/we…); stable */
  private readonly sites = new Map<Gender | null, { sites: number[]; items: Attributed[] }>();
  /** the other known speakers of ctx.done, by site, with their place in ctx.done */
  private readonly others = { sites: [] as number[], items: [] as Array<{ d: Attributed; k: number }> };
  private seen = 0;

  constructor(readonly ctx: Ctx) {
    const { doc } = ctx;
    const all: At[] = doc.entities.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end })));
    const span = (a: At) => a;
    this.mentions = new SpanIndex(all, span);
    this.publications = new SpanIndex(all.filter((a) => a.e.type === 'publication'), span);
    // person mentions, then the descriptions standing for a person: the order resolvePronoun scans
    this.people = new SpanIndex([...all.filter((a) => a.e.type === 'person'), ...ctx.descriptions], span);
    this.quoted = new SpanIndex(ctx.quotedSpans, (q) => q);
    this.sentenceStarts = doc.sentences.map((s) => s.start);
    for (const g of [null, 'male', 'female'] as const) this.sites.set(g, { sites: [], items: [] });
  }

  person(name: string): Entity | undefined {
    if (!this.personByName.has(name)) this.personByName.set(name, lookupEntity(this.ctx.doc.entities, name, 'person'));
    return this.personByName.get(name);
  }

  /** brings the per-gender site lists up to date with ctx.done */
  private sync(): void {
    const { done, doc } = this.ctx;
    for (; this.seen < done.length; this.seen++) {
      const d = done[this.seen]!;
      if (d.speaker.type === 'person') {
        const e = this.person(d.speaker.name);
        for (const want of [null, 'male', 'female'] as const) {
          const g = e ? genderOf(doc, e) : null;
          // the agreement test of resolvePronoun: `(e ? ok(e) : !want)`
          if (e ? !want || g === want || g === null : !want) insert(this.sites.get(want)!, d.site, d);
        }
      } else if (d.speaker.type !== 'unknown') insert(this.others, d.site, { d, k: this.seen });
    }
  }

  /** The first (in ctx.done order) agreeing person speaker with the greatest site before `at`. */
  latestPerson(want: Gender | null, at: number): Attributed | undefined {
    this.sync();
    const { sites, items } = this.sites.get(want)!;
    const k = lowerBound(sites, at) - 1;
    return k < 0 ? undefined : items[lowerBound(sites, sites[k]!)];
  }

  /** The last (in ctx.done order) known non-person speaker with a site in (at - within, at). */
  latestOther(at: number, within: number): Attributed | undefined {
    this.sync();
    const { sites, items } = this.others;
    let best: { d: Attributed; k: number } | undefined;
    for (let j = upperBound(sites, at - within); j < sites.length && sites[j]! < at; j++) if (!best || items[j]!.k > best.k) best = items[j];
    return best?.d;
  }
}

function insert<T>(list: { sites: number[]; items: T[] }, site: number, item: T): void {
  const i = upperBound(list.sites, site);
  list.sites.splice(i, 0, site);
  list.items.splice(i, 0, item);
}

/** Does a mention open its sentence (after an introductory phrase)? A subject, then. */
function inSubjectPosition(ctx: Ctx, start: number): boolean {
  const { doc } = ctx;
  // doc.sentences.find(holding start), by binary search (sentences are in order and do not overlap)
  const k = upperBound(ctx.idx.sentenceStarts, start) - 1;
  const s = k >= 0 && start < doc.sentences[k]!.end ? doc.sentences[k] : undefined;
  if (!s) return false;
  const lead = doc.text.slice(s.start, start);
  return lead.split(/\s+/).filter(Boolean).length <= 3 || /,\s*$/.test(lead);
}

function mentionsIn(ctx: Ctx, span: Span): Array<{ e: Entity; start: number; end: number }> {
  return ctx.idx.mentions.inside(span.start, span.end).map(({ e, start, end }) => ({ e, start, end }));
}

/** The latest publication mentioned before an offset (the first named, of several at one place). */
function lastPublication(ctx: Ctx, before: number): Entity | undefined {
  return ctx.idx.publications.lastEndingBy(before)?.e;
}

/** how far back (in characters) a pronoun looks for its person */
const PRONOUN_REACH = 1500;

/** Titles that name one office-holder when used alone (`the president`, `the senator`). */
const OFFICE_TITLES = new Set(['president', 'senator', 'governor', 'mayor', 'minister', 'secretary', 'chancellor', 'premier', 'congressman', 'congresswoman', 'ambassador', 'general', 'judge', 'speaker', 'candidate', 'nominee', 'pope', 'king', 'queen', 'prince', 'princess', 'commissioner', 'sheriff', 'chairman', 'chairwoman']);

/** The person a bare office title stands for: the most-mentioned earlier person whose role
 *  includes that title (`President Obama` … `the president`). */
function officeHolder(doc: Doc, title: string, before: number): Entity | undefined {
  const t = title.toLowerCase();
  if (!OFFICE_TITLES.has(t)) return undefined;
  const holders = doc.entities.filter((e) => e.type === 'person' && e.role && e.role.toLowerCase().split(/[^a-z]+/).includes(t) && e.mentions.some((m) => m.end <= before));
  return holders.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/** `the president's`, `The senator` standing for a person named before, as extra mentions. */
function descriptionMentions(doc: Doc): Array<{ e: Entity; start: number; end: number }> {
  const out: Array<{ e: Entity; start: number; end: number }> = [];
  for (const m of doc.text.matchAll(/\b[Tt]he\s+(\p{Ll}+)(?=[\u2019']s\b|\b)/gu)) {
    const e = officeHolder(doc, m[1]!, m.index);
    if (e) out.push({ e, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function personSpeaker(e: Entity, mention: string, role?: string): Speaker {
  const r = role ?? e.role;
  return { name: e.name, type: 'person', mention, ...(r ? { role: r } : {}) };
}


/** Whether `m` lies in the reported clause of an indirect quote attributed so far. */
function reportedIn(ctx: Ctx, m: Span): boolean {
  for (let k = ctx.done.length - 1; k >= 0; k--) {
    const q = ctx.done[k]!;
    if (q.type === 'indirect' && q.start <= m.start && m.end <= q.end) return true;
    // (quotes come in text order: none much earlier can hold m)
    if (q.end < m.start - 4000) break;
  }
  return false;
}

function resolvePronoun(ctx: Ctx, word: string, at: number): Speaker | null {
  const w = withoutContraction(word);
  if (PERSON_PRONOUNS.has(w)) {
    const want: Gender | null = w === 'he' ? 'male' : w === 'she' ? 'female' : null;
    const ok = (e: Entity | undefined) => !!e && (!want || genderOf(ctx.doc, e) === want || genderOf(ctx.doc, e) === null);
    // a mention inside quotation marks, or inside a clause reported from someone
    // (`Matthews said Pence's performance …`), is not who `he` points back to
    const quoted = (m: Span) => ctx.idx.quoted.enclosing(m.start, m.end) !== undefined || reportedIn(ctx, m);
    // the nearest earlier person speaker or person mention that agrees
    const d = ctx.idx.latestPerson(want, at);
    let best: { s: Speaker; at: number } | null = d ? { s: { ...d.speaker, mention: word }, at: d.site } : null;
    if (best) {
      // with a speaker found, a mention wins only when it is later and opens its sentence: the
      // latest such (the first named, of several at one place); only those within reach matter
      let hit: At | undefined;
      for (const a of ctx.idx.people.startingIn(Math.max(best.at, at - PRONOUN_REACH) + 1, at).reverse()) {
        if (hit && a.start < hit.start) break;
        if (a.end > at || !ok(a.e) || quoted(a) || !inSubjectPosition(ctx, a.start)) continue;
        hit = a;
      }
      if (hit) best = { s: personSpeaker(hit.e, word), at: hit.start };
      return at - best.at < PRONOUN_REACH ? best.s : null;
    }
    const mentions = [
      ...ctx.doc.entities.flatMap((e) => (e.type === 'person' ? e.mentions.map((m) => ({ e, start: m.start, end: m.end })) : [])),
      ...ctx.descriptions,
    ];
    for (const { e, start, end } of mentions) {
      if (!ok(e) || end > at || (best && start <= best.at)) continue;
      // a mention inside quotation marks is not a candidate for the speaker
      if (quoted({ start, end })) continue;
      if (best && !inSubjectPosition(ctx, start)) continue;
      best = { s: personSpeaker(e, word), at: start };
    }
    if (best && at - best.at < PRONOUN_REACH) return best.s;
    return null;
  }
  if (GROUP_PRONOUNS.has(w)) {
    // the last earlier speaker (in ctx.done order) that is not a person, within 1200 characters
    const d = ctx.idx.latestOther(at, 1200);
    if (d) return { ...d.speaker, mention: word };
  }
  return null;
}

function typeOfPhrase(phrase: string, headWord: string, capitalised: boolean): SpeakerType {
  const head = headWord.toLowerCase();
  if (PUB_KEYS.has(keyOf(phrase))) return 'publication';
  if (ANONYMOUS_HEADS.has(head) && !ORG_HEADS.has(head)) return 'anonymous';
  if (ORG_HEADS.has(head)) return 'organization';
  return capitalised ? 'organization' : 'anonymous';
}

/** A name as a reader writes it: one space between words, no trailing description. */
function clean(s: Speaker): Speaker {
  const tidy = (x: string) => x.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
  const name = tidy(s.name).split(/,\s/)[0]!.replace(/[\u2019']s$/u, '');
  return { ...s, name, mention: tidy(s.mention), ...(s.role ? { role: tidy(s.role) } : {}) };
}

/** The speaker a frame's source phrase names. */
export function speakerOf(ctx: Ctx, c: Candidate): Speaker {
  return clean(rawSpeakerOf(ctx, c));
}

function rawSpeakerOf(ctx: Ctx, c: Candidate): Speaker {
  const f = c.frame;
  const v = c.view;
  if (!f || !v || !f.source) return UNKNOWN;
  const { doc } = ctx;
  let toks = doc.tokens.slice(f.source.first, f.source.last);
  // a trailing parenthesis is not part of the name (`Mike Pence (R-IN)`)
  const paren = toks.findIndex((t) => /\(/.test(t.pre));
  if (paren > 0) toks = toks.slice(0, paren);
  const span = { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
  const phrase = doc.text.slice(span.start, span.end).replace(/[\u2019']s$/u, '');
  const head = toks[toks.length - 1]!;
  const at = doc.tokens[f.cueFirst]!.start;
  if (toks.length === 1 && (PERSON_PRONOUNS.has(withoutContraction(head.normal)) || GROUP_PRONOUNS.has(withoutContraction(head.normal)))) {
    return resolvePronoun(ctx, head.text, at) ?? { ...UNKNOWN, mention: head.text };
  }
  if (toks.length === 1 && /^(which|whom|who)$/.test(head.normal)) {
    const pub = lastPublication(ctx, at);
    return pub ? { name: pub.name, type: 'publication', mention: head.text } : { ...UNKNOWN, mention: head.text };
  }
  const role = f.role && !PUBLICATION_DESCRIPTORS.test(f.role) ? f.role : undefined;
  const headNoun = toks[toks.length - 1]!.normal;
  // `the statement said`, `the tweet said`: the words of the last speaker
  if (STATEMENT_NOUNS.has(headNoun) && /^(the|that|this|its|his|her|their)\b/i.test(phrase)) {
    const prev = [...ctx.done].reverse().find((d) => d.site < at);
    if (prev) return { ...prev.speaker, mention: phrase };
  }
  // `One critic, Senator Tim Kaine, tweeted`: the name in the appositive
  if (f.role && ANONYMOUS_HEADS.has(headNoun)) {
    const cue = doc.tokens[f.cueFirst]!;
    const roleStart = doc.text.lastIndexOf(f.role, cue.start);
    const person = roleStart >= 0 ? mentionsIn(ctx, { start: roleStart, end: roleStart + f.role.length }).filter((m) => m.e.type === 'person').pop() : undefined;
    if (person) return personSpeaker(person.e, doc.text.slice(person.start, person.end), phrase);
  }
  const ms = mentionsIn(ctx, span);
  // the name that heads the phrase: the last entity mention, when it ends the phrase
  // `a spokesman for the ministry`, `Officials at Homeland Security`, `Experts on North Korea`:
  // unnamed people of a body, not the body
  const firstWords = phrase.split(/\s+(?:for|of|at|with|from|on|in)\s+/i)[0]!;
  const firstHead = firstWords.split(/\s+/).pop()!.toLowerCase();
  const determined = /^(a|an|one|two|three|some|several|the)\b/i.test(firstWords) || (/s$/.test(firstHead) && firstWords.split(/\s+/).length <= 3);
  // (but `Press secretary for the White House Kayleigh McEnany`: a name heads the phrase)
  const namedHead = ms.some((m) => m.e.type === 'person' && m.end >= span.end - 2 && !/\b(for|of|to|with|at|from)\s*$/i.test(doc.text.slice(span.start, m.start)));
  if (firstWords !== phrase && ANONYMOUS_HEADS.has(firstHead) && determined && !namedHead) {
    return { name: phrase, type: 'anonymous', mention: phrase, ...(role ? { role } : {}) };
  }
  let last = ms[ms.length - 1];
  const personMention = ms.filter((m) => m.e.type === 'person').pop();
  if (last && personMention && last !== personMention && last.e.type === 'place' && /^\s*(of|from)\s*$/i.test(doc.text.slice(personMention.end, last.start))) last = { ...personMention, end: last.end };
  const endsWithName = last !== undefined && doc.text.slice(last.end, span.end).replace(/[\u2019']s$/u, '').trim() === '';
  // `the Russian Embassy in Washington`: the body before `in PLACE` heads the phrase
  if (last && last.e.type === 'place' && ms.length >= 2) {
    const host = ms[ms.length - 2]!;
    if (host.e.type !== 'place' && /^\s*(in|at|of)\s*$/i.test(doc.text.slice(host.end, last.start))) last = host.e.type === 'person' ? { ...host, end: last.end } : { e: host.e, start: host.start, end: last.end };
  }
  if (last && endsWithName) {
    const e = last.e;
    const mention = doc.text.slice(last.start, last.end);
    const before = doc.text.slice(span.start, last.start).trim();
    // `Mr. Grassley and Mr. Leahy say`: one joint speaker (GUIDELINES), as for bodies below
    const people = ms.filter((m) => m.e.type === 'person');
    if (e.type === 'person' && people.length >= 2 && /\band\b/.test(doc.text.slice(people[people.length - 2]!.end, last.start))) {
      return { name: phrase, type: 'organization', mention: phrase, ...(role ? { role } : {}) };
    }
    if (e.type === 'person') {
      // `Al Jazeera's Patti Culhane`, `White House spokesman Kayleigh McEnany`
      const r = [before, role].filter(Boolean).join(', ') || undefined;
      return personSpeaker(e, mention, r);
    }
    if (e.type === 'publication' || (f.role && PUBLICATION_DESCRIPTORS.test(f.role))) {
      return { name: e.name, type: 'publication', mention };
    }
    // `Russia and the Taliban`, `the US and Afghan governments`: the phrase itself
    const coordinated = /\band\b/.test(phrase);
    const name = coordinated || before.length > 0 && !/^(the|a|an)$/i.test(before) ? phrase : e.name;
    return { name, type: 'organization', mention: phrase, ...(role ? { role } : {}) };
  }
  const headKey = head.normal.replace(/[\u2019']s$/u, '');
  // `the newspaper`, `the paper`: the outlet named last
  if (PUBLICATION_NOUNS.has(headKey) && /^(the|that|this)\b/i.test(phrase)) {
    const pub = lastPublication(ctx, at);
    if (pub) return { name: pub.name, type: 'publication', mention: phrase };
  }
  if (PUB_KEYS.has(keyOf(phrase))) {
    const e = lookupEntity(doc.entities, phrase, 'publication');
    return { name: e?.name ?? phrase, type: 'publication', mention: phrase };
  }
  // a capitalised word the recogniser left untyped: a person if it reads as a name
  const capital = toks.filter((t) => /^\p{Lu}/u.test(t.text) && !TITLES.has(t.normal));
  const lastCap = toks.length && /^\p{Lu}/u.test(head.text) && !ORG_HEADS.has(headKey) && !ANONYMOUS_HEADS.has(headKey);
  if (lastCap && !head.tags.has('Place') && !head.tags.has('Demonym') && !head.tags.has('Acronym')) {
    const known = lookupEntity(doc.entities, head.text, 'person', at);
    if (known) return personSpeaker(known, phrase, role);
    // a name never typed: the capitalised run at the end of the phrase
    let k = toks.length - 1;
    while (k > 0 && /^\p{Lu}/u.test(toks[k - 1]!.text) && !TITLES.has(toks[k - 1]!.normal)) k--;
    const name = doc.text.slice(toks[k]!.start, head.end).replace(/[\u2019']s$/u, '');
    const r = [k > 0 ? doc.text.slice(toks[0]!.start, toks[k - 1]!.end) : '', role].filter(Boolean).join(', ') || undefined;
    if (toks.slice(k).every((t) => !t.tags.has('Organization'))) return { name, type: 'person', mention: phrase, ...(r ? { role: r } : {}) };
  }
  // a definite description of a body named before: `the embassy`
  if (/^the\b/i.test(phrase) && ORG_HEADS.has(headKey) && capital.length === 0) {
    const host = [...doc.entities].filter((e) => e.type === 'organization' && keyOf(e.name).split(' ').includes(headKey))
      .sort((a, b) => (b.mentions.find((m) => m.start < at)?.start ?? -1) - (a.mentions.find((m) => m.start < at)?.start ?? -1))[0];
    if (host && host.mentions.some((m) => m.start < at)) return { name: host.name, type: 'organization', mention: phrase };
  }
  const type = typeOfPhrase(phrase, headKey, capital.length > 0);
  return { name: phrase, type, mention: phrase, ...(role ? { role } : {}) };
}

/** `“…” ― Beck Pimentel` / `"…" - Jane Doe, Tulsa`: a name signed after the closing mark, at the
 *  end of the line. Reader voices, epigraphs and social posts are quoted this way. */
function signature(doc: Doc, c: Candidate): Speaker | null {
  if (!c.quoted) return null;
  const para = doc.paragraphs[c.paragraph];
  const lineEnd = para ? para.end : doc.text.length;
  const after = doc.text.slice(c.quoted.outer.end, Math.min(lineEnd, c.quoted.outer.end + 120));
  const dash = /^[ \t]*(?:[\u2015\u2014\u2013]|--?(?=\s))[ \t]*/.exec(after);
  if (!dash) return null;
  // the name runs to a comma, a period or the end of the line
  const rest = after.slice(dash[0].length);
  const m = /^(\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|de|da|del|van|von|al|bin))*)[ \t]*(?:[,.;]|$)/u.exec(rest);
  if (!m || m[1]!.split(/\s+/).length > 6) return null;
  const at = c.quoted.outer.end + dash[0].length;
  const name = m[1]!.replace(/\.$/, '');
  const e = lookupEntity(doc.entities, name, undefined, at + name.length + 1);
  if (e) return e.type === 'person' ? personSpeaker(e, name) : { name: e.name, type: e.type === 'place' ? 'organization' : e.type, mention: name };
  return { name, type: name.split(/\s+/).length >= 2 ? 'person' : 'unknown', mention: name };
}

/** The speaker a transcript label (`"PENCE: …"`) names, and where the words after it start; null without one. */
function transcriptLabel(doc: Doc, c: Candidate): { speaker: Speaker; start: number; label: string } | null {
  if (!c.quoted) return null;
  const l = labelOf(doc.text.slice(c.start, Math.min(c.end, c.start + 60)));
  if (!l) return null;
  const name = l.label.toLowerCase().replace(/(^|[\s'\u2019.-])\p{Ll}/gu, (x) => x.toUpperCase());
  const at = c.start + l.length;
  // the person whose name ends with the label (`LIND` → Anna Lind), as the article writes it
  const last = name.split(/\s+/).pop()!.toLowerCase();
  const person = doc.entities.find((e) => e.type === 'person' && e.name !== e.name.toUpperCase() && e.name.toLowerCase().split(/\s+/).pop() === last);
  const e = person ?? lookupEntity(doc.entities, name, undefined, at);
  const speaker: Speaker = e
    ? (e.type === 'person' ? personSpeaker(e, l.label) : { name: e.name, type: e.type === 'place' ? 'organization' : e.type, mention: l.label })
    : { name, type: 'person', mention: l.label };
  return { speaker, start: at, label: `${l.label}:` };
}

const HEDGE_RE = new RegExp(`\\b(${HEDGES.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

export function attribute(doc: Doc, candidates: Candidate[]): Attributed[] {
  const ctx = { doc, done: [], quotedSpans: candidates.flatMap((c) => (c.quoted ? [c.quoted.outer] : [])), descriptions: descriptionMentions(doc) } as unknown as Ctx;
  ctx.idx = new Indexes(ctx);
  const out: Attributed[] = [];
  for (const c of candidates) {
    const f = c.frame;
    const sentence = doc.sentences[c.sentence]!;
    const sText = doc.text.slice(sentence.start, sentence.end);
    const labelled = f ? null : transcriptLabel(doc, c);
    const signed = f || labelled ? null : signature(doc, c);
    const speaker = labelled?.speaker ?? signed ?? speakerOf(ctx, c);
    const outside = c.quoted ? doc.text.slice(sentence.start, c.quoted.outer.start) + ' ' + doc.text.slice(c.quoted.outer.end, sentence.end) : sText;
    const relayedHere = ctx.idx.publications.inside(sentence.start, sentence.end).some((m) =>
      /\b(told|to|tells)\s+(the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, m.start - 12), m.start)) && outside.includes(doc.text.slice(m.start, m.end)));
    const flags: AttributionFlags = {
      relayed: !!f?.relayedVia || (relayedHere && speaker.type !== 'publication') || /^according to$/i.test(f?.lemma ?? '') && speaker.type !== 'publication' && /\b(times|post|newspaper|paper|report)\b/i.test(sText.slice(0, 40)),
      hedged: HEDGE_RE.test(doc.text.slice(sentence.start, f ? doc.tokens[f.cueFirst]!.start : c.start)) || HEDGE_RE.test(doc.text.slice(c.start, Math.min(c.end, c.start + 60))),
      byPosition: !f && !signed && !labelled,
      pronoun: !!f?.source && f.source.last - f.source.first === 1 && (PERSON_PRONOUNS.has(withoutContraction(doc.tokens[f.source.first]!.normal)) || GROUP_PRONOUNS.has(withoutContraction(doc.tokens[f.source.first]!.normal))),
    };
    const a: Attributed = {
      ...c, speaker, flags,
      // (a transcript line's words start after its label, and are a direct quote whatever else they quote)
      ...(labelled ? { start: labelled.start, type: 'direct' as const } : {}),
      cue: f ? f.cueText : signed ? '\u2015' : labelled ? labelled.label : '',
      site: f ? doc.tokens[f.cueFirst]!.start : c.start,
    };
    out.push(a);
    if (speaker.type !== 'unknown') ctx.done.push(a);
  }
  byPosition(doc, out);
  // a pronoun quote right after a relayed one by the same speaker is relayed too
  const lastBy = new Map<string, Attributed>(); // the latest earlier quote of each known speaker
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const p = k > 0 ? lastBy.get(a.speaker.name) : undefined;
    if (p && p.flags.relayed && (a.flags.pronoun || a.flags.byPosition) && a.paragraph - p.paragraph <= 1) a.flags.relayed = true;
    if (a.speaker.type !== 'unknown') lastBy.set(a.speaker.name, a);
  }
  return out;
}

/**
 * Quotes with no frame take a speaker by position: the quotation they continue, a framed quote of
 * their paragraph, or the framed quote of the sentence before. The candidates come sorted by
 * start, so paragraphs never decrease along `out` and each lookup is an index, not a scan of
 * `out` (which made this quadratic on long inputs).
 */
function byPosition(doc: Doc, out: Attributed[]): void {
  const known = (b: Attributed) => b.speaker.type !== 'unknown';
  // framed quotes keep their speaker here: these lists do not change while the loop runs
  const framedInPara = new Map<number, Attributed[]>();
  const lastFramedIn = new Map<number, Attributed>();
  for (const b of out) {
    if (!b.frame || !known(b)) continue;
    if (b.quoted) {
      const list = framedInPara.get(b.paragraph);
      if (list) list.push(b);
      else framedInPara.set(b.paragraph, [b]);
    }
    lastFramedIn.set(b.sentence, b);
  }
  const startsIn = new Map([...framedInPara].map(([k, v]) => [k, v.map((b) => b.start)]));
  // (sorted by start, so paragraphs never decrease: checked, with the plain scan as a fallback)
  const sorted = out.every((b, i) => i === 0 || (out[i - 1]!.start <= b.start && out[i - 1]!.paragraph <= b.paragraph));
  let lastKnown: Attributed | undefined; // the latest quote so far with a speaker
  let prevAny: Attributed | undefined; // …of the paragraphs before the current one
  let para = -Infinity;
  for (const a of out) {
    if (a.paragraph !== para) {
      prevAny = lastKnown;
      para = a.paragraph;
    }
    if (!a.frame && !known(a)) {
      const inPara = framedInPara.get(a.paragraph) ?? [];
      let src: Attributed | undefined;
      const before = sorted ? prevAny : out.filter((b) => b.paragraph < a.paragraph && known(b) && b.start < a.start).pop();
      if (a.quoted?.continues && before) src = before;
      else if (inPara.length && !sorted) src = inPara.filter((b) => b.start < a.start).pop() ?? inPara[0];
      else if (inPara.length) src = inPara[lowerBound(startsIn.get(a.paragraph)!, a.start) - 1] ?? inPara[0];
      else {
        // the sentence just before, in this paragraph or ending the previous one
        const prevSentence = doc.sentences[a.sentence - 1];
        const near = prevSentence ? lastFramedIn.get(prevSentence.index) : undefined;
        if (near && (near.paragraph === a.paragraph || a.type === 'direct')) src = near;
      }
      if (src) {
        a.speaker = { ...src.speaker };
        a.flags = { ...a.flags, relayed: src.flags.relayed, byPosition: true };
      }
    }
    if (known(a)) lastKnown = a;
  }
}
