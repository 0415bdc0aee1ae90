import { describe, expect, it } from 'vitest';
import { applyDesignChanges, createNode, emptyDesign, indexDesign, nodeSchema, NODE_KINDS, type Design } from '../../src/model';
import { ecommerceHa } from '../../src/testing/templates/ecommerce';
import { patchEdge } from '../../src/testing/validate-fixtures';
import { checkCertificateArn, checkCidr, takesCertificate } from './checks';
import { getIn, patchFor } from './paths';
import { COMMON_FIELDS, EDGE_FIELDS, NODE_FIELDS } from './specs';

function design(): Design {
  let d = emptyDesign('insp');
  const add = (kind: Parameters<typeof createNode>[1], id: string, parent?: string) => {
    d = applyDesignChanges(d, [{ type: 'addNode', node: createNode(indexDesign(d), kind, { id, parent }) }]);
  };
  add('region', 'r'); add('vpc', 'v', 'r'); add('az', 'a', 'v'); add('subnet', 's1', 'a'); add('subnet', 's2', 'a');
  return d;
}

describe('inspector checks', () => {
  it('flags CIDR syntax, a subnet outside its VPC, and overlap with a sibling subnet', () => {
    const idx = indexDesign(design());
    expect(checkCidr(idx, 's1', '10.0.0.0/33')).toMatch(/prefix above \/32/);
    expect(checkCidr(idx, 's1', '10.0.0.1/24')).toMatch(/host bits/);
    expect(checkCidr(idx, 's1', '192.168.0.0/24')).toMatch(/outside the VPC/);
    const s2 = idx.byId.get('s2') as { cidr: string };
    expect(checkCidr(idx, 's1', s2.cidr)).toMatch(/Overlaps subnet/);
    expect(checkCidr(idx, 's1', '10.0.200.0/24')).toBeUndefined();
    expect(checkCidr(idx, 'v', '10.1.0.0/16')).toMatch(/would fall outside/);
  });
});

describe('listener certificate field', () => {
  const https = patchEdge(ecommerceHa(), 'alb', 'tg-app', { listener: { protocol: 'HTTPS', port: 443 } });
  const edge = 'e2-alb-tg-app';

  it('is a checked, optional text field of traffic edges, shown only for HTTPS/TLS listeners', () => {
    expect(EDGE_FIELDS.traffic.find((f) => f.key === 'listener.certificateArn')).toMatchObject({ type: 'text', optional: true, check: 'certificateArn' });
    expect(takesCertificate(indexDesign(https), edge)).toBe(true);
    expect(takesCertificate(indexDesign(ecommerceHa()), edge)).toBe(false);
    expect(patchFor(https.edges.find((e) => e.id === edge), 'listener.certificateArn', 'arn:aws:acm:us-east-1:123456789012:certificate/abc'))
      .toEqual({ listener: { protocol: 'HTTPS', port: 443, certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc' } });
  });

  it('checks the ARN shape and that the certificate is in the load balancer\'s region', () => {
    const idx = indexDesign(https);
    expect(checkCertificateArn(idx, edge, 'arn:aws:acm:us-east-1:123456789012:certificate/0b1c2d3e-4f50')).toBeUndefined();
    expect(checkCertificateArn(idx, edge, '')).toBeUndefined();
    expect(checkCertificateArn(idx, edge, 'arn:aws:acm:…')).toBe('"arn:aws:acm:…" is not a certificate ARN; expected arn:aws:acm:<region>:<account>:certificate/<id>.');
    expect(checkCertificateArn(idx, edge, 'arn:aws:acm:eu-west-1:123456789012:certificate/x')).toMatch(/^Certificate .* is in eu-west-1, but the load balancer is in us-east-1/);
  });
});

describe('field paths', () => {
  it('turns a dotted key into a top-level patch that keeps sibling fields', () => {
    const node = { launch: { instanceType: 't3.micro', role: 'web', securityGroupIds: [] } };
    expect(patchFor(node, 'launch.instanceType', 'm6i.large')).toEqual({ launch: { instanceType: 'm6i.large', role: 'web', securityGroupIds: [] } });
    expect(patchFor(node, 'launch.role', undefined)).toEqual({ launch: { instanceType: 't3.micro', securityGroupIds: [] } });
    expect(getIn({ objectives: { rtoSeconds: { az: 60 } } }, 'objectives.rtoSeconds.az')).toBe(60);
  });

  it('every inspector field names a property the model schema knows, for every kind', () => {
    for (const kind of NODE_KINDS) {
      const shape = (nodeSchema.options.find((o) => o.shape.kind.value === kind)!).shape as Record<string, unknown>;
      for (const f of [...NODE_FIELDS[kind], ...COMMON_FIELDS]) expect(Object.keys(shape), `${kind}.${f.key}`).toContain(f.key.split('.')[0]);
    }
  });
});
