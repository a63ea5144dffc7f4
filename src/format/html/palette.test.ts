import { describe, expect, it } from 'vitest';
import { stylesheet } from './css.js';
import { contrast, DARK, LIGHT, luminance } from './palette.js';

describe('contrast', () => {
  it('follows WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#777777')).toBe(1);
    // #767676 is the lightest grey that passes AA on white
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(() => luminance('red')).toThrow();
  });
});

for (const [name, s] of [['light', LIGHT], ['dark', DARK]] as const) {
  describe(`the ${name} scheme meets WCAG AA`, () => {
    it('body, muted and link text on the page and the side panel (4.5:1)', () => {
      for (const fg of [s.text, s.muted, s.link]) {
        expect(contrast(fg, s.page), fg).toBeGreaterThanOrEqual(4.5);
        expect(contrast(fg, s.panel), fg).toBeGreaterThanOrEqual(4.5);
      }
    });
    it('article text on every speaker highlight, link text on them too (4.5:1)', () => {
      for (const t of [...s.speakers, s.unknown]) {
        expect(contrast(s.text, t.bg), t.bg).toBeGreaterThanOrEqual(4.5);
      }
    });
    it('highlight borders and chart bars against the page (3:1, non-text)', () => {
      for (const t of [...s.speakers, s.unknown]) expect(contrast(t.line, s.page), t.line).toBeGreaterThanOrEqual(3);
      for (const c of Object.values(s.bars)) expect(contrast(c, s.page), c).toBeGreaterThanOrEqual(3);
    });
    it('every badge (4.5:1)', () => {
      for (const [k, b] of Object.entries(s.badges)) expect(contrast(b.fg, b.bg), k).toBeGreaterThanOrEqual(4.5);
    });
    it('speaker colours that tell speakers apart', () => {
      expect(new Set(s.speakers.map((t) => t.bg)).size).toBe(s.speakers.length);
      expect(s.speakers.length).toBe(LIGHT.speakers.length);
      expect(Object.keys(s.badges).sort()).toEqual(Object.keys(LIGHT.badges).sort());
    });
  });
}

describe('stylesheet', () => {
  it('uses the scheme colours, defines a class per speaker colour and badge, and has a print and a dark section', () => {
    const css = stylesheet();
    for (const t of [...LIGHT.speakers, ...DARK.speakers]) expect(css).toContain(t.bg);
    LIGHT.speakers.forEach((_, i) => expect(css).toContain(`.sp${i}{`));
    for (const k of Object.keys(LIGHT.badges)) expect(css).toContain(`.badge.${k}{`);
    expect(css).toContain('@media print');
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).not.toMatch(/url\(|@import/);
  });
});
