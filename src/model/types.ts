// The document model that flows through the pipeline, and the report it ends in.
// Every offset is a UTF-16 index into `Doc.raw`, the text exactly as read. `Doc.text`
// is a same-length copy used for analysis (markup, BOM and carriage returns blanked
// out), so an offset found in `text` slices `raw` to the matching original characters.

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** true for a verbatim repeat of an earlier paragraph (a doubled headline): not analysed */
  duplicate: boolean;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** indices into Doc.tokens: [firstToken, lastToken) */
  firstToken: number;
  lastToken: number;
}

/** A word as the tagger sees it, with its offsets and part-of-speech tags. */
export interface Token extends Span {
  text: string;
  /** lower-cased, punctuation-free form */
  normal: string;
  /** punctuation and spaces before and after the word, as the tagger split them */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'publication';

export interface Mention extends Span {
  /** the surface string as it stands in the text */
  text: string;
}

export interface Entity {
  /** the fullest name the article gives */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** other surface forms that name it (`Peskov` for `Dmitry Peskov`) */
  aliases: string[];
  /** title or description the article gives (`Taliban spokesman`) */
  role?: string;
}

export interface Doc {
  /** path as given on the command line, `-` for stdin */
  file: string;
  /** file name without its extension */
  id: string;
  /** the text as read (after decoding), the base of all offsets */
  raw: string;
  /** same length as raw, normalised for analysis */
  text: string;
  title: string | null;
  date: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
}

export type QuoteType = 'direct' | 'partial' | 'indirect';
export type SpeakerType = 'person' | 'organization' | 'publication' | 'anonymous' | 'unknown';
export type StrengthLabel = 'strong' | 'moderate' | 'weak' | 'unattributed';
export type Stance = 'denies' | 'asserts' | 'neutral';

export interface Speaker {
  name: string;
  type: SpeakerType;
  /** the string at the attribution site (`he` when resolved from a pronoun) */
  mention: string;
  role?: string;
}

export interface Strength {
  label: StrengthLabel;
  score: number;
  reasons: string[];
}

/** A quotation span found in the text, before attribution. */
export interface QuoteSpan extends Span {
  type: QuoteType;
  sentence: number;
  /** for direct/partial: the span including the quotation marks */
  outer: Span;
  /** a quoted paragraph that continues the quote of the previous paragraph */
  continues?: boolean;
  /** for indirect quotes, and quotes whose cue was found with the span */
  cue?: Cue;
}

/** The reporting expression and the speaker noun phrase it governs. */
export interface Cue extends Span {
  /** the cue as it stands in the text: `said`, `told reporters`, `according to` */
  text: string;
  /** the lemma of the reporting verb (`say`, `tell`, `deny`) or `according to` */
  lemma: string;
  /** the speaker phrase as it stands, when the cue pattern found one */
  source?: Span;
  /** the outlet the words were relayed through (`told the New York Times`) */
  relayedVia?: string;
}

export interface Quote extends Span {
  text: string;
  type: QuoteType;
  speaker: Speaker;
  cue: string;
  strength: Strength;
  stance: Stance;
  /** index of the sentence that holds the quote (internal, not in the report) */
  sentence: number;
  /** the reasons behind the strength, gathered during attribution */
  flags: AttributionFlags;
}

export interface AttributionFlags {
  relayed: boolean;
  hedged: boolean;
  /** attributed from the previous paragraph or sentence, not a cue of its own */
  byPosition: boolean;
  /** speaker came from a pronoun */
  pronoun: boolean;
}

export interface Claim {
  claim: string;
  evidence: string;
  assertedBy: string[];
  disputedBy: string[];
}

export interface Analysis {
  doc: Doc;
  quotes: Quote[];
  contested: Claim[];
}

// ---------------------------------------------------------------- the report (CONTRACT.md)

export interface ReportEntity {
  name: string;
  type: EntityType;
  mentions: number;
  aliases?: string[];
  role?: string;
  /** every way the article writes the name, as it stands in the text (`the Times`, `Gen. X Jr.`) */
  forms?: string[];
}

export interface ReportQuote {
  text: string;
  type: QuoteType;
  start: number;
  end: number;
  speaker: Speaker;
  cue: string;
  strength: Strength;
  stance: Stance;
  /** the sentence (or sentences) holding the quote, whitespace collapsed: the evidence a reader checks */
  sentence?: string;
}

export interface ReportArticle {
  file: string;
  id: string;
  title: string | null;
  date: string | null;
  entities: ReportEntity[];
  quotes: ReportQuote[];
  contested: Claim[];
}

/** E_ENCODING and E_EMPTY are no longer produced (bad bytes and empty files are warnings now); kept for the contract. */
export type ErrorCode = 'E_NOT_FOUND' | 'E_UNREADABLE' | 'E_BINARY' | 'E_ENCODING' | 'E_EMPTY' | 'E_TOO_LARGE' | 'E_NO_INPUT' | 'E_INTERNAL';

export interface ReportError {
  file: string;
  code: ErrorCode;
  message: string;
}

/**
 * Something about an input that was still analysed: its text was decoded by a guess or with
 * replacement characters, or it was empty.
 */
export type WarningCode = 'W_EMPTY' | 'W_INVALID_UTF8' | 'W_INVALID_UTF16' | 'W_LEGACY_ENCODING';

export interface ReportWarning {
  file: string;
  code: WarningCode;
  message: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  articles: ReportArticle[];
  errors: ReportError[];
  warnings: ReportWarning[];
}

// ---------------------------------------------------------------- batch views (not in the JSON report)

/** One speaker across a batch, as the HTML overview lists it (src/report/speakers.ts builds it from the batch clustering). */
export interface BatchSpeaker {
  name: string;
  /** the speaker type of the quotes, or the entity type a batch clustering gives */
  type: SpeakerType | EntityType;
  /** every form the speaker is named by in the batch, the name first */
  variants: string[];
  roles: string[];
  /** the articles that quote the speaker, as their ReportArticle.file */
  articles: string[];
  quotes: number;
  denials: number;
  /** why variants were merged into this speaker, one line each (`Kremlin → Russia: seat of government`) */
  merged?: string[];
}
