import { describe, expect, it } from 'vitest';
import { internalError } from './errors.js';

describe('internalError', () => {
  it('names the file, what was being done and the error message', () => {
    expect(internalError('a.txt', 'checking', new Error('boom'))).toEqual({ file: 'a.txt', code: 'E_INTERNAL', message: 'internal error while checking: boom' });
    expect(internalError('-', 'analysing', 'odd')).toEqual({ file: '-', code: 'E_INTERNAL', message: 'internal error while analysing: odd' });
  });
});
