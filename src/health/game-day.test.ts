import { describe, expect, it } from 'vitest';
import { domainFor, faultFor, GameDayError, labelFor } from './game-day';
import { emptyObservation } from './observation';
import type { ResourceMap } from './resources';
import { webIndex } from './fixture.test-util';

const index = webIndex();
const resources: ResourceMap = {
  at: '', failed: new Map(),
  byNode: new Map([
    ['web-1', { nodeId: 'web-1', kind: 'instance', region: 'us-east-1', id: 'i-1' }],
    ['db', { nodeId: 'db', kind: 'database', region: 'us-east-1', id: 'shop-db' }],
    ['vpn', { nodeId: 'vpn', kind: 'vpnConnection', region: 'us-east-1', id: 'vpn-9' }],
  ]),
};
const obs = emptyObservation('');

describe('game-day faults', () => {
  it('maps canvas actions to Sandbox faults by the deployed resource ids', () => {
    expect(faultFor({ kind: 'fail-az', zone: 'us-east-1a' }, index, resources, obs)).toEqual({ kind: 'az-down', az: 'us-east-1a' });
    expect(faultFor({ kind: 'kill-instance', nodeId: 'web-1' }, index, resources, obs)).toEqual({ kind: 'instance-stop', instanceId: 'i-1' });
    expect(faultFor({ kind: 'crash-db', nodeId: 'db' }, index, resources, obs)).toEqual({ kind: 'db-crash', dbInstanceIdentifier: 'shop-db', region: 'us-east-1' });
    expect(faultFor({ kind: 'drop-tunnel', nodeId: 'vpn', tunnel: 2 }, index, resources, obs)).toEqual({ kind: 'tunnel-down', vpnConnectionId: 'vpn-9', tunnel: 2 });
    expect(faultFor({ kind: 'api-errors', rate: 0.5, code: 'Throttling', service: 'ec2' }, index, resources, obs)).toEqual({ kind: 'api-errors', rate: 0.5, code: 'Throttling', service: 'ec2' });
  });

  it('refuses actions on nodes that are not deployed or of the wrong kind, saying which', () => {
    expect(() => faultFor({ kind: 'kill-instance', nodeId: 'web-2' }, index, resources, obs)).toThrow(new GameDayError('web-2 is not deployed on the target'));
    expect(() => faultFor({ kind: 'crash-db', nodeId: 'web-1' }, index, resources, obs)).toThrow(/web-1 is a instance; this action needs a database/);
    expect(() => faultFor({ kind: 'kill-instance', nodeId: 'nope' }, index, resources, obs)).toThrow(/no node "nope"/);
  });

  it('gives the validator the same failure as a domain, and a label', () => {
    expect(domainFor({ kind: 'fail-az', zone: 'us-east-1b' })).toEqual({ type: 'az', zone: 'us-east-1b' });
    expect(domainFor({ kind: 'crash-db', nodeId: 'db' })).toEqual({ type: 'resource', id: 'db' });
    expect(domainFor({ kind: 'api-errors', rate: 1, code: 'Throttling' })).toBeNull();
    expect(labelFor({ kind: 'drop-tunnel', nodeId: 'vpn', tunnel: 1 }, index)).toBe('vpn: tunnel 1 down');
    expect(labelFor({ kind: 'api-errors', rate: 0.25, code: 'Throttling', service: 'ec2', action: 'DescribeInstanceStatus' }, index)).toBe('API errors Throttling at 25% on ec2:DescribeInstanceStatus');
  });
});
