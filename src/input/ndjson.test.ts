import { describe, expect, it } from 'vitest';
import { notAnArticle, parseNdjson } from './ndjson.js';

const article = { file: 'a.txt', id: 'a', title: null, date: null, entities: [], quotes: [], contested: [] };

describe('reading per-article NDJSON', () => {
  it('keeps the good lines and names each bad one by file:line', () => {
    const text = `${JSON.stringify(article)}\r\n\n{oops\n[1]\n${JSON.stringify({ ...article, file: 'b.txt' })}\n`;
    const r = parseNdjson('shard.ndjson', text);
    expect(r.articles.map((a) => a.file)).toEqual(['a.txt', 'b.txt']);
    expect(r.problems.map((p) => p.where)).toEqual(['shard.ndjson:3', 'shard.ndjson:4']);
    expect(r.problems[0]!.message).toMatch(/^not JSON/);
    expect(r.problems[1]!.message).toBe('not a JSON object');
  });

  it('says what is missing, and recognises a whole json report', () => {
    expect(notAnArticle({ ...article, quotes: undefined })).toBe('no "quotes" list: not an article report');
    expect(notAnArticle({ ...article, quotes: [{ text: 'x' }] })).toMatch(/quote without/);
    expect(notAnArticle({ schemaVersion: 1, articles: [] })).toMatch(/whole json report/);
    expect(notAnArticle(article)).toBe('');
  });
});
