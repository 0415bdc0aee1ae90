// The CIDR cache answers what the parser answers, for valid and invalid blocks alike.
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../model';
import { parsedCidr } from './cidr-cache';

describe('parsedCidr', () => {
  it('equals parseCidr and parses each text once', () => {
    for (const t of ['10.0.0.0/16', '10.0.1.0/24', '10.0.1.1/24', '300.0.0.0/16', 'nonsense', ' 10.0.0.0/16']) {
      expect(parsedCidr(t)).toEqual(parseCidr(t));
      expect(parsedCidr(t)).toBe(parsedCidr(t));
    }
  });
});
