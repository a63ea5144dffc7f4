import { describe, expect, it } from 'vitest';
import { findDate } from './date.js';
import { run } from '../../test/support/analyze.js';
describe('ISO timestamps', () => {
  it('reads an ISO timestamp line 2020-07-05T10:00:00Z', () => {
    expect(findDate(['2020-07-05T10:00:00Z'])).toBe('2020-07-05');
  });
  it('dateline with timestamp through pipeline', () => {
    expect(run('Cod Quota Talks Collapse\n2020-07-05T10:00:00Z\n\nKarin Eklund said the talks had collapsed.').doc.date).toBe('2020-07-05');
  });
});
