/**
 * DescribeImages over a small fixed catalogue of public AMIs per region
 * (Amazon Linux 2023, Amazon Linux 2, Ubuntu). Ids are derived from the region
 * so they are stable across restarts and differ between regions, as on AWS.
 * RunInstances accepts any well-formed `ami-` id; the catalogue is for lookups.
 */
import { createHash } from 'node:crypto';
import { AwsError } from '../core/errors';
import { applyFilters, readFilters } from '../core/filters';
import { paginate } from '../core/paging';
import type { ActionContext } from '../core/service';

interface Image { name: string; owner: string; alias: string; created: string; description: string; tags?: undefined }

const CATALOGUE: Image[] = [
  { name: 'al2023-ami-2023.6.20241212.0-kernel-6.1-x86_64', owner: '137112412989', alias: 'amazon', created: '2024-12-12T00:00:00.000Z', description: 'Amazon Linux 2023 AMI' },
  { name: 'al2023-ami-2023.7.20250512.0-kernel-6.1-x86_64', owner: '137112412989', alias: 'amazon', created: '2025-05-12T00:00:00.000Z', description: 'Amazon Linux 2023 AMI' },
  { name: 'amzn2-ami-kernel-5.10-hvm-2.0.20250512.0-x86_64-gp2', owner: '137112412989', alias: 'amazon', created: '2025-05-12T00:00:00.000Z', description: 'Amazon Linux 2 Kernel 5.10 AMI' },
  { name: 'ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20250516', owner: '099720109477', alias: '', created: '2025-05-16T00:00:00.000Z', description: 'Canonical, Ubuntu, 24.04' },
];

/** The AMI id of a catalogue image in a region. */
export function imageId(region: string, name: string): string {
  return `ami-${createHash('sha256').update(`${region}/${name}`).digest('hex').slice(0, 17)}`;
}

function describeImages(ctx: ActionContext): unknown {
  const owners = ctx.params.list('Owner');
  const ids = ctx.params.list('ImageId');
  let images = CATALOGUE.filter((i) => owners.length === 0 || owners.some((o) => o === i.owner || o === i.alias || (o === 'amazon' && i.alias === 'amazon')));
  if (ids.length) {
    images = ids.map((id) => {
      const img = CATALOGUE.find((i) => imageId(ctx.region, i.name) === id);
      if (!img) throw new AwsError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`, 400);
      return img;
    });
  }
  const filtered = applyFilters(images, readFilters(ctx.params), (i, name) => {
    switch (name) {
      case 'name': return i.name;
      case 'state': return 'available';
      case 'owner-id': return i.owner;
      case 'owner-alias': return i.alias;
      case 'architecture': return 'x86_64';
      case 'image-id': return imageId(ctx.region, i.name);
      case 'is-public': return 'true';
      case 'root-device-type': return 'ebs';
      case 'virtualization-type': return 'hvm';
      default: return undefined;
    }
  });
  const page = paginate(filtered, ctx.params.int('MaxResults', 5, 1000), ctx.params.str('NextToken'));
  return {
    imagesSet: page.items.map((i) => ({
      imageId: imageId(ctx.region, i.name), imageLocation: `${i.alias || i.owner}/${i.name}`, imageState: 'available',
      imageOwnerId: i.owner, imageOwnerAlias: i.alias || undefined, creationDate: i.created, isPublic: true, architecture: 'x86_64',
      imageType: 'machine', name: i.name, description: i.description, rootDeviceType: 'ebs', rootDeviceName: '/dev/xvda',
      virtualizationType: 'hvm', hypervisor: 'xen', enaSupport: true,
    })),
    nextToken: page.nextToken,
  };
}

/** Image actions. */
export const imageActions = { DescribeImages: describeImages };
