/** DescribeAvailabilityZones / DescribeRegions, with zone state `impaired` while an AZ or region fault is active. */
import { AwsError } from '../core/errors';
import { applyFilters, readFilters } from '../core/filters';
import { azIdOf } from '../core/regions';
import type { ActionContext } from '../core/service';

interface Zone { zoneName: string; zoneId: string; state: string; down: boolean; tags?: undefined }

function describeZones(ctx: ActionContext): unknown {
  const azs = ctx.core.azs(ctx.region);
  let zones: Zone[] = azs.map((az) => {
    const down = ctx.core.world.isAzDown(ctx.region, az);
    return { zoneName: az, zoneId: azIdOf(az), state: down ? 'impaired' : 'available', down };
  });
  const names = ctx.params.list('ZoneName');
  const ids = ctx.params.list('ZoneId');
  for (const n of [...names, ...ids]) {
    if (!zones.some((z) => z.zoneName === n || z.zoneId === n)) throw new AwsError('InvalidParameterValue', `The zone '${n}' does not exist in region ${ctx.region}. Zones: ${azs.join(', ')}`, 400);
  }
  if (names.length || ids.length) zones = zones.filter((z) => names.includes(z.zoneName) || ids.includes(z.zoneId));
  const filtered = applyFilters(zones, readFilters(ctx.params), (z, name) => {
    switch (name) {
      case 'zone-name': return z.zoneName;
      case 'zone-id': return z.zoneId;
      case 'state': return z.state;
      case 'region-name': return ctx.region;
      case 'zone-type': return 'availability-zone';
      case 'group-name': case 'network-border-group': return ctx.region;
      case 'opt-in-status': return 'opt-in-not-required';
      default: return undefined;
    }
  });
  return {
    availabilityZoneInfo: filtered.map((z) => ({
      optInStatus: 'opt-in-not-required', regionName: ctx.region, zoneName: z.zoneName, zoneId: z.zoneId,
      groupName: ctx.region, networkBorderGroup: ctx.region, zoneType: 'availability-zone', zoneState: z.state,
      messageSet: z.down ? [{ message: `Sandbox fault: ${z.zoneName} is failed` }] : [],
    })),
  };
}

function describeRegions(ctx: ActionContext): unknown {
  const names = ctx.params.list('RegionName');
  for (const n of names) if (!ctx.core.regions.includes(n)) throw new AwsError('InvalidParameterValue', `Invalid region: ${n}`, 400);
  const regions = (names.length ? names : [...ctx.core.regions]).map((r) => ({ name: r, tags: undefined }));
  const filtered = applyFilters(regions, readFilters(ctx.params), (r, name) => {
    if (name === 'region-name') return r.name;
    if (name === 'endpoint') return `ec2.${r.name}.amazonaws.com`;
    if (name === 'opt-in-status') return 'opt-in-not-required';
    return undefined;
  });
  return {
    regionInfo: filtered.map((r) => ({
      regionName: r.name, regionEndpoint: `ec2.${r.name}.amazonaws.com`,
      optInStatus: 'opt-in-not-required',
    })),
  };
}

/** Zone and region actions. */
export const zoneActions = { DescribeAvailabilityZones: describeZones, DescribeRegions: describeRegions };
