/**
 * Metrics the Sandbox derives from its own state (no agents, no traffic):
 * ELB (metrics-elb.ts), EC2 CPU and status checks, Auto Scaling group sizes,
 * RDS CPU, connections and replica lag, VPN tunnel state. Healthy resources get
 * stable per-resource baselines; unavailable ones report no data (CPU) or the
 * failure (status checks, tunnel state).
 */
import { settle } from '../core/lifecycle';
import type { SandboxCore } from '../core/service';
import { asgStateOf } from '../autoscaling/state';
import { instanceHealth } from '../ec2/instances';
import { ec2StateOf } from '../ec2/state';
import { effectiveStatus, replicaLagSeconds } from '../rds/lifecycle';
import { rdsStateOf } from '../rds/state';
import { elbMetric } from './metrics-elb';
import type { Dimension } from './state';

const dim = (d: Dimension[], name: string): string | undefined => d.find((x) => x.Name === name)?.Value;

/** A stable number in [0, n) from an id, so baselines differ per resource but never jitter. */
const spread = (id: string, n: number): number => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % n;

function ec2Metric(core: SandboxCore, region: string, name: string, d: Dimension[]): number | undefined {
  const ec2 = ec2StateOf(core, region);
  const group = dim(d, 'AutoScalingGroupName');
  const ids = group ? (asgStateOf(core, region).groups[group]?.instances.map((m) => m.instanceId) ?? []) : [dim(d, 'InstanceId') ?? ''];
  const values = ids.flatMap((id) => {
    const inst = ec2.instances[id];
    if (!inst) return [];
    const h = instanceHealth(core, region, inst);
    if (inst.state !== 'running') return [];
    switch (name) {
      case 'CPUUtilization': return h.instance === 'impaired' ? [] : [20 + spread(id, 20)];
      case 'StatusCheckFailed': return [h.system === 'impaired' || h.instance === 'impaired' ? 1 : 0];
      case 'StatusCheckFailed_System': return [h.system === 'impaired' ? 1 : 0];
      case 'StatusCheckFailed_Instance': return [h.instance === 'impaired' ? 1 : 0];
      default: return [];
    }
  });
  return values.length ? values.reduce((a, b) => a + b, 0) / (name === 'CPUUtilization' ? values.length : 1) : undefined;
}

function asgMetric(core: SandboxCore, region: string, name: string, d: Dimension[]): number | undefined {
  const g = asgStateOf(core, region).groups[dim(d, 'AutoScalingGroupName') ?? ''];
  if (!g) return undefined;
  switch (name) {
    case 'GroupInServiceInstances': return g.instances.filter((m) => m.lifecycleState === 'InService').length;
    case 'GroupPendingInstances': return g.instances.filter((m) => m.lifecycleState === 'Pending').length;
    case 'GroupTerminatingInstances': return g.instances.filter((m) => m.lifecycleState === 'Terminating').length;
    case 'GroupTotalInstances': return g.instances.length;
    case 'GroupDesiredCapacity': return g.desired;
    case 'GroupMinSize': return g.min;
    case 'GroupMaxSize': return g.max;
    default: return undefined;
  }
}

function rdsMetric(core: SandboxCore, region: string, name: string, d: Dimension[]): number | undefined {
  const db = rdsStateOf(core, region).instances[(dim(d, 'DBInstanceIdentifier') ?? '').toLowerCase()];
  if (!db) return undefined;
  const up = ['available', 'backing-up', 'modifying'].includes(effectiveStatus(core, region, db));
  switch (name) {
    case 'CPUUtilization': return up ? 10 + spread(db.id, 15) : undefined;
    case 'DatabaseConnections': return up ? 5 + spread(db.id, 10) : 0;
    case 'ReplicaLag': return replicaLagSeconds(core, region, db);
    case 'FreeStorageSpace': return up ? Math.round(db.allocatedStorage * 0.8 * 1024 ** 3) : undefined;
    default: return undefined;
  }
}

function vpnMetric(core: SandboxCore, region: string, name: string, d: Dimension[]): number | undefined {
  if (name !== 'TunnelState') return undefined;
  const id = dim(d, 'VpnId') ?? '';
  const vpn = ec2StateOf(core, region).vpnConnections[id];
  if (!vpn) return undefined;
  settle(vpn, core.clock.now());
  const upTunnel = (n: 1 | 2): number => (vpn.state === 'available' && !core.world.isRegionDown(region) && !core.world.isTunnelDown(id, n) ? 1 : 0);
  const ip = dim(d, 'TunnelIpAddress');
  if (ip) return ip === vpn.tunnelIps[0] ? upTunnel(1) : ip === vpn.tunnelIps[1] ? upTunnel(2) : undefined;
  return (upTunnel(1) + upTunnel(2)) / 2;
}

/** The current value of a metric (per `period` seconds for count metrics), or undefined for no data. */
export function sampleMetric(core: SandboxCore, region: string, namespace: string, name: string, d: Dimension[], period: number): number | undefined {
  switch (namespace) {
    case 'AWS/ApplicationELB': case 'AWS/NetworkELB': return elbMetric(core, region, namespace, name, d, period);
    case 'AWS/EC2': return ec2Metric(core, region, name, d);
    case 'AWS/AutoScaling': return asgMetric(core, region, name, d);
    case 'AWS/RDS': return rdsMetric(core, region, name, d);
    case 'AWS/VPN': return vpnMetric(core, region, name, d);
    default: return undefined;
  }
}
