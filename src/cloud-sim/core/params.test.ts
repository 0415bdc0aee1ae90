import { describe, expect, it } from 'vitest';
import { Params, toTree } from './params';
import { escapeXml, content, xmlFlat, xmlList } from './xml';
import { parseCidr, cidrContains, cidrOverlaps } from '../ec2/cidr';
import { paginate } from './paging';
import { settle } from './lifecycle';

describe('query parameters', () => {
  it('builds lists and structures from EC2 and query-protocol keys', () => {
    const p = Params.fromForm('Action=X&Filter.1.Name=vpc-id&Filter.1.Value.1=a&Filter.1.Value.2=b&Subnets.member.2=s2&Subnets.member.1=s1&Count=3');
    expect(p.structs('Filter').map((f) => [f.req('Name'), f.list('Value')])).toEqual([['vpc-id', ['a', 'b']]]);
    expect(p.list('Subnets')).toEqual(['s1', 's2']);
    expect(p.int('Count', 1, 5)).toBe(3);
    expect(() => p.int('Count', 5, 10)).toThrow(/Count/);
    expect(() => p.req('Missing')).toThrow(/Missing/);
    expect(toTree(new Map([['A.1.B', 'x']]))).toEqual({ A: [{ B: 'x' }] });
  });
});

describe('xml writer', () => {
  it('escapes text and renders lists with the right item names', () => {
    expect(escapeXml(`<a & "b">`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
    expect(content({ set: ['x', 'y'], n: 1, skip: undefined }, 'item')).toBe('<set><item>x</item><item>y</item></set><n>1</n>');
    expect(content({ L: xmlList('Entry', [1]), F: xmlFlat([1, 2]) }, 'member')).toBe('<L><Entry>1</Entry></L><F>1</F><F>2</F>');
  });
});

describe('cidr, paging, lifecycle', () => {
  it('does CIDR containment and overlap', () => {
    expect(parseCidr('10.0.0.1/16')).toBeUndefined();
    expect(cidrContains(parseCidr('10.0.0.0/16')!, parseCidr('10.0.3.0/24')!)).toBe(true);
    expect(cidrOverlaps(parseCidr('10.0.0.0/24')!, parseCidr('10.0.1.0/24')!)).toBe(false);
  });
  it('pages with opaque tokens and rejects foreign ones', () => {
    const p1 = paginate([1, 2, 3], 2, undefined);
    expect(p1.items).toEqual([1, 2]);
    expect(paginate([1, 2, 3], 2, p1.nextToken).items).toEqual([3]);
    expect(() => paginate([1], 1, 'garbage')).toThrow(/NextToken/);
  });
  it('settles due transitions only', () => {
    const r = { state: 'pending', next: [{ state: 'running', at: 100 }, { state: 'x', at: 200 }] };
    expect(settle(r, 50)).toBe(false);
    expect(settle(r, 150)).toBe(true);
    expect(r.state).toBe('running');
  });
});
