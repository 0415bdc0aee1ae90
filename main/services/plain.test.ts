import { describe, expect, it } from 'vitest';
import { firstNonPlain } from './plain';

describe('firstNonPlain', () => {
  it('accepts JSON data', () => {
    expect(firstNonPlain({ a: [1, 'x', null, true, { b: [] }], c: undefined })).toBeNull();
    expect(firstNonPlain(Object.create(null))).toBeNull();
  });
  it('points at classes, functions, Dates, Maps and non-finite numbers', () => {
    expect(firstNonPlain({ a: [1, new Date()] })).toBe('$.a[1]');
    expect(firstNonPlain({ f: () => 1 })).toBe('$.f');
    expect(firstNonPlain({ m: new Map() })).toBe('$.m');
    expect(firstNonPlain({ n: NaN })).toBe('$.n');
    expect(firstNonPlain(10n)).toBe('$');
  });
});
