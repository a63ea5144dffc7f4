import { describe, expect, it } from 'vitest';
import { RESULT } from '../../../test/support/check-result.js';
import { escapeData, escapeProperty, formatGithub } from './github.js';

// ::command key=value,key=value::message, where no value holds an unescaped , or : and nothing
// holds a raw CR or LF (https://docs.github.com/actions/reference/workflow-commands-for-github-actions)
const COMMAND = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

describe('formatGithub', () => {
  it('writes one workflow command per finding, with the position and the rule id as title', () => {
    const lines = formatGithub(RESULT).trimEnd().split('\n');
    expect(lines[1]).toBe('::error file=news/a.txt,line=1,col=1,endLine=1,endColumn=15,title=claims no-named-source::no named source on the record: the article quotes nobody');
    expect(lines[2]).toBe('::warning file=news/a.txt,line=3,col=34,endLine=3,endColumn=58,title=claims relayed-only::Anna Berg is heard only through another outlet (told the Daily Mail): “she would resign”');
    // info becomes a notice
    expect(lines[3]).toMatch(/^::notice file=news\/a\.txt,line=12,col=7,/);
  });

  it('reports an input that could not be read as an error on the file', () => {
    expect(formatGithub(RESULT).split('\n')[0]).toBe('::error file=news/bad.txt,title=claims E_BINARY::looks like a binary file (a NUL byte at 8) & not <text> (E_BINARY)');
  });

  it('escapes %, CR and LF in messages, and also , and : in properties, so every line parses', () => {
    const out = formatGithub(RESULT);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).toMatch(COMMAND);
    const odd = lines.find((l) => l.includes('odd'))!;
    expect(odd).toContain('file=news/odd%2C name%3A 100%25.txt,');
    expect(odd).toContain('::direct quote with no speaker: “<b>50%25 & more</b>%0D%0Anext”');
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });
});
