// Puts highlight elements into a text without ever producing badly nested HTML.
//
// The text is cut into paragraphs (runs of non-blank lines) rendered as <p>. Each Mark is a span
// of the text to wrap in an element (a quote, an evidence sentence). Spans may nest, share
// boundaries, cross each other or cross a paragraph break; elements cannot. So a span is one
// element while it nests properly, and where it cannot (another span ends inside it, or a
// paragraph ends) it is closed and reopened: the first piece is opened with open(true) and
// carries the span's identity (data-quote, id), every later piece with open(false). `after` is
// written right after the span's last piece (a speaker label beside the quote). A span with no
// text left (empty, or only in the blank lines between paragraphs) still gets its (empty)
// element, so every mark is in the page exactly once.
import { esc } from './escape.js';

export interface Mark {
  start: number;
  end: number;
  /** the opening tag: first piece (carries the identity) or a continuation */
  open: (first: boolean) => string;
  /** the closing tag, e.g. `</mark>` */
  close: string;
  /** HTML written after the span's last piece */
  after?: string;
}

export interface Block {
  /** the paragraph's text without its leading and trailing white space */
  start: number;
  end: number;
}

/** The paragraphs of a text: runs of lines that are not blank, trimmed. */
export function blocks(text: string): Block[] {
  const out: Block[] = [];
  let start = -1;
  let end = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    const lineEnd = at + line.length;
    const lead = line.search(/\S/);
    if (lead < 0) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = at + lead;
      end = at + line.trimEnd().length;
    }
    at = lineEnd + 1;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

interface Live {
  mark: Mark;
  start: number;
  end: number;
  order: number;
  opened: boolean;
}

/** Moves a span's ends off the blank lines between paragraphs and inside the text. */
function settle(mark: Mark, order: number, paras: Block[]): Live {
  const first = paras[0]!;
  const last = paras[paras.length - 1]!;
  const clamp = (x: number) => Math.min(Math.max(Number.isFinite(x) ? x : first.start, first.start), last.end);
  let start = clamp(mark.start);
  let end = Math.max(start, clamp(mark.end));
  for (let i = 0; i + 1 < paras.length; i++) {
    const gapStart = paras[i]!.end;
    const gapEnd = paras[i + 1]!.start;
    if (start >= gapStart && start < gapEnd) start = gapEnd;
    if (end > gapStart && end <= gapEnd) end = gapStart;
  }
  if (end < start) start = end; // only blank lines: an empty element where they were
  return { mark, start, end, order, opened: false };
}

/** The text as paragraphs, with every mark's element in place. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const paras = blocks(text);
  if (paras.length === 0) {
    // nothing to show but the elements still belong in the page
    return marks.length ? `<p>${marks.map((m) => m.open(true) + m.close + (m.after ?? '')).join('')}</p>` : '';
  }
  const live = marks.map((m, i) => settle(m, i, paras));
  const starts = new Map<number, Live[]>();
  const points = new Set<number>();
  for (const l of live) {
    (starts.get(l.start) ?? starts.set(l.start, []).get(l.start)!).push(l);
    points.add(l.start).add(l.end);
  }
  // empty spans first (they belong to what ends here, not to what starts), then the longer span
  // so that it holds the shorter; ties in the given order
  const empty = (l: Live) => (l.start === l.end ? 0 : 1);
  for (const list of starts.values()) list.sort((a, b) => empty(a) - empty(b) || b.end - a.end || a.order - b.order);
  const paraStart = new Set<number>();
  const paraEnd = new Set<number>();
  for (const p of paras) {
    paraStart.add(p.start);
    paraEnd.add(p.end);
    points.add(p.start).add(p.end);
  }
  const sorted = [...points].sort((a, b) => a - b);

  let out = '';
  const stack: Live[] = [];
  let suspended: Live[] = [];
  let inPara = false;
  let prev = sorted[0]!;
  const openPiece = (l: Live): void => {
    out += l.mark.open(!l.opened);
    l.opened = true;
    stack.push(l);
  };
  const startHere = (p: number): void => {
    for (const l of starts.get(p) ?? []) {
      openPiece(l);
      if (l.end === p) {
        stack.pop();
        out += l.mark.close + (l.mark.after ?? '');
      }
    }
  };

  for (const p of sorted) {
    if (inPara && p > prev) out += esc(text.slice(prev, p));
    prev = p;

    // spans ending here: close down to the outermost of them, reopen the others
    const lowest = stack.findIndex((l) => l.end === p);
    if (lowest >= 0) {
      const closed = stack.splice(lowest);
      const reopen: Live[] = [];
      for (let i = closed.length - 1; i >= 0; i--) {
        const l = closed[i]!;
        out += l.mark.close;
        if (l.end === p) out += l.mark.after ?? '';
        else reopen.unshift(l);
      }
      for (const l of reopen) openPiece(l);
    }
    if (inPara && paraEnd.has(p)) {
      // only empty spans start at a paragraph's end; then everything open is carried over
      startHere(p);
      suspended = stack.splice(0);
      for (let i = suspended.length - 1; i >= 0; i--) out += suspended[i]!.mark.close;
      out += '</p>\n';
      inPara = false;
    } else if (!inPara && paraStart.has(p)) {
      out += '<p>';
      inPara = true;
      for (const l of suspended) openPiece(l);
      suspended = [];
      startHere(p);
    } else {
      startHere(p);
    }
  }
  return out;
}
