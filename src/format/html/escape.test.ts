import { describe, expect, it } from 'vitest';
import { esc } from './escape.js';

describe('esc', () => {
  it('escapes the characters that end text or an attribute value', () => {
    expect(esc(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('replaces the characters HTML forbids, keeps tabs, newlines and astral characters', () => {
    expect(esc('a\u0000b\u0007c\u009bd\te\nf\r\n😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\te\nf\r\n😀');
    expect(esc('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
  });
  it('leaves ordinary text alone', () => {
    expect(esc('Peskov said “nonsense” – twice')).toBe('Peskov said “nonsense” – twice');
  });
});

