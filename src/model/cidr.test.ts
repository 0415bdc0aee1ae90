import { describe, expect, it } from 'vitest';
import { cidrContains, cidrOverlaps, cidrSize, formatCidr, isCidr, parseCidr, subnetOf, type Cidr } from './cidr';

const c = (t: string) => parseCidr(t) as Cidr;

describe('CIDR maths', () => {
  it('parses valid blocks and round-trips them', () => {
    for (const t of ['10.0.0.0/16', '0.0.0.0/0', '192.168.1.128/25', '255.255.255.255/32']) expect(formatCidr(c(t))).toBe(t);
    expect(cidrSize(c('10.0.0.0/24'))).toBe(256);
  });

  it('explains invalid text', () => {
    expect(parseCidr('10.0.0/16')).toMatch(/not an IPv4 CIDR/);
    expect(parseCidr('10.0.0.300/24')).toMatch(/above 255/);
    expect(parseCidr('10.0.0.0/33')).toMatch(/above \/32/);
    expect(parseCidr('10.0.1.0/16')).toMatch(/host bits set.*10\.0\.0\.0\/16/);
    expect(isCidr('nonsense')).toBe(false);
  });

  it('knows containment and overlap', () => {
    expect(cidrContains(c('10.0.0.0/16'), c('10.0.5.0/24'))).toBe(true);
    expect(cidrContains(c('10.0.0.0/16'), c('10.1.0.0/24'))).toBe(false);
    expect(cidrContains(c('10.0.0.0/24'), c('10.0.0.0/16'))).toBe(false);
    expect(cidrOverlaps(c('10.0.0.0/24'), c('10.0.0.0/16'))).toBe(true);
    expect(cidrOverlaps(c('10.0.0.0/24'), c('10.0.1.0/24'))).toBe(false);
    expect(cidrOverlaps(c('0.0.0.0/0'), c('172.16.0.0/12'))).toBe(true);
  });

  it('carves sub-blocks', () => {
    expect(formatCidr(subnetOf(c('10.0.0.0/16'), 24, 3)!)).toBe('10.0.3.0/24');
    expect(subnetOf(c('10.0.0.0/24'), 25, 2)).toBeUndefined();
    expect(subnetOf(c('10.0.0.0/24'), 16, 0)).toBeUndefined();
  });
});
