/** The regions the Sandbox serves and their availability zones (`<region>a/b/c`). */
import { AwsError } from './errors';

/** Every region the Sandbox answers for (one endpoint serves them all). */
export const REGIONS: readonly string[] = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'eu-west-1', 'eu-west-2', 'eu-central-1', 'eu-north-1',
  'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ap-south-1',
  'ca-central-1', 'sa-east-1',
];

/** The three AZ names of a region. */
export function azsOf(region: string): string[] {
  return ['a', 'b', 'c'].map((s) => `${region}${s}`);
}

/** The region an AZ name belongs to (`us-east-1a` → `us-east-1`), or undefined when it is not one of ours. */
export function regionOfAz(az: string): string | undefined {
  const region = az.slice(0, -1);
  return REGIONS.includes(region) && azsOf(region).includes(az) ? region : undefined;
}

/** Throws unless the region is served. */
export function assertRegion(region: string): void {
  if (!REGIONS.includes(region)) {
    throw new AwsError('InvalidClientTokenId', `The Sandbox does not serve region '${region}'. Regions: ${REGIONS.join(', ')}`, 403);
  }
}

const DIRECTION: Record<string, string> = { east: 'e', west: 'w', central: 'c', north: 'n', south: 's', southeast: 'se', northeast: 'ne' };

/** The AZ id AWS pairs with an AZ name (`us-east-1a` → `use1-az1`). */
export function azIdOf(az: string): string {
  const region = az.slice(0, -1);
  const [geo, dir, num] = region.split('-');
  return `${geo}${DIRECTION[dir ?? ''] ?? dir}${num}-az${az.charCodeAt(az.length - 1) - 96}`;
}
