/** Connectivity kinds: VPC peering, transit gateway, VPN connection, DNS record. */
import { z } from 'zod';
import { nodeBase } from '../common';

/** A VPC peering connection; the two VPCs are its link edges. */
export const vpcPeeringSchema = z.object({ ...nodeBase, kind: z.literal('vpcPeering') });

/** A transit gateway in its parent region; attached VPCs and VPNs are its link edges. */
export const transitGatewaySchema = z.object({ ...nodeBase, kind: z.literal('transitGateway'), amazonSideAsn: z.number().int().min(1).default(64512) });

/** One tunnel of a VPN connection. */
export const tunnelSchema = z.object({
  protocol: z.enum(['ipsec', 'gre']),
  insideCidr: z.string().optional(),
});

/**
 * A VPN connection from AWS (a VPC's virtual private gateway or a transit
 * gateway, by link edge) to another site's customer gateway.
 */
export const vpnConnectionSchema = z.object({
  ...nodeBase,
  kind: z.literal('vpnConnection'),
  customerGatewayIp: z.string(),
  customerGatewayAsn: z.number().int().min(1).default(65000),
  siteName: z.string().max(100).default(''),
  staticRoutesOnly: z.boolean().default(false),
  tunnels: z.array(tunnelSchema).max(2),
});

/** A Route 53 health check attached to a record or a record target. */
export const dnsHealthCheckSchema = z.object({
  protocol: z.enum(['HTTP', 'HTTPS', 'TCP']),
  path: z.string().optional(),
  intervalSeconds: z.union([z.literal(10), z.literal(30)]).default(30),
  failureThreshold: z.number().int().min(1).max(10).default(3),
});

/** A DNS record (Route 53); its targets are the traffic edges leaving it. */
export const dnsRecordSchema = z.object({
  ...nodeBase,
  kind: z.literal('dnsRecord'),
  domain: z.string().min(1),
  routing: z.enum(['simple', 'failover', 'latency']),
  ttlSeconds: z.number().int().min(0).max(604800).default(60),
  healthCheck: dnsHealthCheckSchema.nullable().default(null),
});
