// Line and column of an offset, for the findings of `claims check`.
//
// Offsets are UTF-16 indices into the text as read (JavaScript string indices, as in the
// extract report). Lines are 1-based and end at \n, \r\n or a lone \r (the line ends the
// normaliser knows); a line end belongs to no line's columns, so an offset on the \r of a CRLF
// is at the end of its line. Columns are 1-based and count characters (Unicode code points), as
// a reader counts them: an emoji or another character outside the Basic Multilingual Plane is
// one column although it is two UTF-16 units. A byte-order mark at the start of the text is not
// a character anyone sees and is not counted.
import type { Position } from './types.js';

export class LineIndex {
  /** UTF-16 offset where each line starts */
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    // the last line start at or before `at`
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    let from = this.starts[lo]!;
    if (from === 0 && this.text.charCodeAt(0) === 0xfeff && at > 0) from = 1;
    let column = 1;
    for (let i = from; i < at; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 13 || c === 10) break;
      // a high surrogate followed by a low one is one code point
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      column++;
    }
    return { line: lo + 1, column };
  }
}
