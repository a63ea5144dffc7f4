// Transcript lines: `"PENCE: Well, look, …"`, the speaker's name in capitals before a colon at the
// start of the quoted words. Broadcast transcripts and interviews run as quoted paragraphs this
// way; the line is a direct quote of the labelled speaker (attribution/ resolves the name).

/** one to four words in capitals (`WALLACE`, `MIKE PENCE`, `O'NEILL`), a colon, then the words */
const LABEL = /^((?:\p{Lu}[\p{Lu}.'\u2019-]+)(?:\s+\p{Lu}[\p{Lu}.'\u2019-]*){0,3}):[ \t]+(?=\S)/u;
/** labels that name a part or a rubric, not a person */
const NOT_A_SPEAKER = /^(BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|LIVE|NOTE|EDITOR'?S NOTE|WARNING|ALERT|READ|SOURCE|SOURCES|CORRECTION|FACT CHECK|ANALYSIS|OPINION|MODERATOR|AUDIENCE|ANNOUNCER|NARRATOR|CROWD|REPORTER|REPORTERS|QUESTION|ANSWER|CHORUS|VOICE|VOICES|UNIDENTIFIED\b.*|UNKNOWN\b.*|MALE\b.*|FEMALE\b.*|MAN|WOMAN|PROTESTERS?|ALL|BOTH|OFF[- ]CAMERA)$/;

/** The label opening `words` (a quote's text) and the length of `LABEL: `, or null. */
export function labelOf(words: string): { label: string; length: number } | null {
  const m = LABEL.exec(words);
  if (!m || !/\p{Lu}{2}/u.test(m[1]!) || NOT_A_SPEAKER.test(m[1]!)) return null;
  return { label: m[1]!, length: m[0].length };
}
