import { describe, expect, it } from 'vitest';
import { formatSecs, progressBar } from './progress.js';

describe('progressBar', () => {
  it('draws count, percentage, rate and ETA in place, at most every 100 ms, and erases itself', () => {
    let out = '';
    let t = 0;
    const bar = progressBar({ total: 4, write: (s) => (out += s), columns: 80, now: () => t });
    expect(out).toMatch(/^\r\[░+\] 0\/4 0% 0\.0 articles\/s\x1b\[K$/);
    out = '';
    t = 1000;
    bar.tick();
    expect(out).toMatch(/^\r\[█+░+\] 1\/4 25% 1\.0 articles\/s ETA 3s\x1b\[K$/);
    out = '';
    t = 1050; // too soon to redraw
    bar.tick();
    expect(out).toBe('');
    t = 2000;
    bar.tick();
    bar.tick(); // the last one always draws
    expect(out).toMatch(/\r\[█+\] 4\/4 100% 2\.0 articles\/s\x1b\[K$/);
    out = '';
    bar.stop();
    expect(out).toBe('\r\x1b[K');
  });

  it('writes error lines above the bar and redraws it', () => {
    let out = '';
    const bar = progressBar({ total: 10, write: (s) => (out += s), now: () => 0 });
    out = '';
    bar.above('claims: x.txt: file is empty (E_EMPTY)\n');
    expect(out).toMatch(/^\r\x1b\[Kclaims: x\.txt: file is empty \(E_EMPTY\)\n\r\[░+\] 0\/10/);
  });

  it('formats the ETA in seconds, minutes or hours', () => {
    expect([formatSecs(4.2), formatSecs(125), formatSecs(7300)]).toEqual(['5s', '2m05s', '2h01m']);
  });
});
