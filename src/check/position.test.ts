import { describe, expect, it } from 'vitest';
import { LineIndex } from './position.js';

const pos = (text: string, offset: number) => new LineIndex(text).position(offset);

describe('LineIndex', () => {
  it('gives 1-based lines and columns', () => {
    const t = 'ab\ncd\n\nef';
    expect(pos(t, 0)).toEqual({ line: 1, column: 1 });
    expect(pos(t, 1)).toEqual({ line: 1, column: 2 });
    expect(pos(t, 3)).toEqual({ line: 2, column: 1 });
    expect(pos(t, t.indexOf('f'))).toEqual({ line: 4, column: 2 });
  });

  it('treats CRLF as one line end and the CR as part of no column', () => {
    const t = 'ab\r\ncd\r\n\r\nef';
    expect(pos(t, t.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(pos(t, t.indexOf('f'))).toEqual({ line: 4, column: 2 });
    // the end of `ab`, just before the CR, and the CR itself are both column 3 of line 1
    expect(pos(t, 2)).toEqual({ line: 1, column: 3 });
    expect(pos(t, 3)).toEqual({ line: 1, column: 3 });
  });

  it('treats a lone CR as a line end', () => {
    const t = 'ab\rcd';
    expect(pos(t, 3)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in characters: a character outside the BMP is one column, not two UTF-16 units', () => {
    const t = 'x 😀 “quote”';
    expect(t.indexOf('“')).toBe(5);
    expect(pos(t, t.indexOf('“'))).toEqual({ line: 1, column: 5 });
    expect(pos('é “q”', 2)).toEqual({ line: 1, column: 3 });
  });

  it('does not count a byte-order mark', () => {
    const t = '\uFEFFab\ncd';
    expect(pos(t, 1)).toEqual({ line: 1, column: 1 });
    expect(pos(t, 2)).toEqual({ line: 1, column: 2 });
    expect(pos(t, t.indexOf('d'))).toEqual({ line: 2, column: 2 });
  });

  it('clamps offsets past the end of the text', () => {
    expect(pos('ab\ncd', 99)).toEqual({ line: 2, column: 3 });
  });
});
