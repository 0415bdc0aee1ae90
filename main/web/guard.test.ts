import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, isValidToken, refusal } from './guard';

describe('guard', () => {
  it('accepts only this host by name and port', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
  });
  it('accepts no Origin or the same origin only', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', 4000)).toBe(false);
    expect(isAllowedOrigin('null', 4000)).toBe(false);
  });
  it('compares tokens exactly', () => {
    expect(isValidToken('abc', 'abc')).toBe(true);
    expect(isValidToken('abd', 'abc')).toBe(false);
    expect(isValidToken('', 'abc')).toBe(false);
    expect(isValidToken(null, 'abc')).toBe(false);
  });
  it('checks Host before Origin before token', () => {
    expect(refusal({ host: 'x:1', origin: 'http://y', token: null }, 1, 't', true)?.reason).toBe('unknown Host');
    expect(refusal({ host: '127.0.0.1:1', origin: 'http://y', token: null }, 1, 't', true)?.reason).toBe('foreign Origin');
    expect(refusal({ host: '127.0.0.1:1', token: null }, 1, 't', true)?.status).toBe(401);
    expect(refusal({ host: '127.0.0.1:1', token: null }, 1, 't', false)).toBeNull();
  });
});
