// Every way an article writes an entity's name, as it stands in the text (report field
// `entities[].forms`): each mention, and the same mention with what the text puts around it
// when that is part of how the name is written — a `the` before it (`the Times`), a title
// (`Gen. John Nicholson Jr.`), a bracketed acronym (`the New York Times (NYT)`), `of <place>`
// after a person (`President Vladimir Putin of Russia`), `in <place>` after a body (`the
// Russian embassy in Washington`). The batch views list these as a speaker's variants.
import type { Doc, Entity } from '../model/types.js';
import { TITLES } from '../quotes/lexicon.js';

const SUFFIX_DOT = /\b(Jr|Sr|Inc|Co|Corp|Ltd|Bros)$/;
// a capitalised word (with an abbreviation dot or hyphen) and the space after it
const CAP_WORD = /[\p{Lu}][\p{L}'’-]*\.?[ \t]+$/u;
const LEADING_NOT_TITLE = new Set(['the', 'a', 'an', 'and', 'but', 'then', 'now', 'when', 'after', 'as', 'in', 'on', 'at']);
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}`;

/** The title words directly before a person's mention (`Army General`), or ''. */
function titleBefore(raw: string, start: number): string {
  let at = start;
  const words: string[] = [];
  for (let n = 0; n < 5; n++) {
    const m = CAP_WORD.exec(raw.slice(Math.max(0, at - 40), at));
    if (!m) break;
    words.unshift(m[0].trim());
    at -= m[0].length;
  }
  // the words must end in a title (`President`, `Gen.`); drop sentence words before them
  while (words.length && !TITLES.has(words[words.length - 1]!.toLowerCase().replace(/\.$/, ''))) words.pop();
  while (words.length && LEADING_NOT_TITLE.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

const theBefore = (raw: string, start: number) => /(?:^|[^\p{L}])([Tt]he)[ \t]+$/u.exec(raw.slice(Math.max(0, start - 5), start))?.[1];

export function formsOf(doc: Doc, e: Entity): string[] {
  const { raw } = doc;
  const places = new Set(doc.entities.filter((x) => x.type === 'place').map((x) => x.name.toLowerCase()));
  const out = new Set<string>();
  for (const m of e.mentions) {
    const base = raw.slice(m.start, m.end);
    if (!base.trim()) continue;
    out.add(base);
    let end = m.end;
    const after = () => raw.slice(end, end + 60);
    if (SUFFIX_DOT.test(base) && after().startsWith('.')) end += 1;
    const acronym = /^[ \t]+\((\p{Lu}[\p{Lu}.&]{1,9})\)/u.exec(after());
    if (acronym) end += acronym[0].length;
    if (e.type === 'person') {
      const of = new RegExp(String.raw`^[ \t]+of[ \t]+(${PLACE})`, 'u').exec(after());
      if (of && places.has(of[1]!.toLowerCase())) end += of[0].length;
    } else if (e.type === 'organization') {
      const inPlace = new RegExp(String.raw`^[ \t]+in[ \t]+(${PLACE})(,[ \t]*(?:\p{Lu}\.?){2,4}(?![\p{L}]))?`, 'u').exec(after());
      if (inPlace && places.has(inPlace[1]!.toLowerCase())) end += inPlace[0].length;
    }
    const written = raw.slice(m.start, end).replace(/\s+/g, ' ');
    out.add(written);
    if (e.type === 'person') {
      const title = titleBefore(raw, m.start);
      if (title) out.add(`${title} ${written}`);
    } else {
      const the = theBefore(raw, m.start);
      if (the) {
        out.add(`${the} ${base}`);
        if (written !== base) out.add(`${the} ${written}`);
      }
    }
  }
  return [...out];
}
