// A stand-in for `terraform apply` in tests and benchmarks: parses an exported HCL folder (hcl2json), invents the
// ids, ARNs and DNS names AWS would assign, resolves every reference and variable default, and writes state v4.
import { parse } from '@cdktf/hcl2json';

type A = Record<string, unknown>;
interface Res { type: string; name: string; body: A; computed: A; region: string }

const PREFIX: Record<string, string> = {
  aws_vpc: 'vpc', aws_subnet: 'subnet', aws_internet_gateway: 'igw', aws_nat_gateway: 'nat', aws_eip: 'eipalloc', aws_route_table: 'rtb', aws_route: 'r',
  aws_route_table_association: 'rtbassoc', aws_security_group: 'sg', aws_vpc_security_group_ingress_rule: 'sgr', aws_vpc_security_group_egress_rule: 'sgr',
  aws_instance: 'i', aws_launch_template: 'lt', aws_vpc_peering_connection: 'pcx', aws_vpc_peering_connection_accepter: 'pcx', aws_ec2_transit_gateway: 'tgw',
  aws_ec2_transit_gateway_vpc_attachment: 'tgw-attach', aws_customer_gateway: 'cgw', aws_vpn_gateway: 'vgw', aws_vpn_connection: 'vpn', aws_route53_health_check: 'hc',
};

function hex(n: number): string {
  return (n * 2654435761 >>> 0).toString(16).padStart(8, '0') + (n * 40503 >>> 0).toString(16).padStart(8, '0');
}

/** Applies an exported Terraform folder on paper and returns `terraform.tfstate` (v4) text. */
export async function fakeApply(files: Readonly<Record<string, string>>): Promise<string> {
  const resources: Res[] = [];
  const vars: A = {};
  for (const [file, text] of Object.entries(files)) {
    const json = (await parse(file, text)) as { resource?: Record<string, Record<string, A[]>>; variable?: Record<string, A[]> };
    for (const [name, [v]] of Object.entries(json.variable ?? {})) vars[name] = v!.default;
    for (const [type, byName] of Object.entries(json.resource ?? {})) for (const [name, [body]] of Object.entries(byName)) resources.push({ type, name, body: body!, computed: {}, region: '' });
  }
  const byAddr = new Map(resources.map((r) => [`${r.type}.${r.name}`, r]));
  const interp = (v: unknown, depth = 0): unknown => {
    if (depth > 20) return v;
    if (Array.isArray(v)) return v.map((x) => interp(x, depth + 1));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interp(x, depth + 1)]));
    if (typeof v !== 'string' || !v.includes('${')) return v;
    const whole = /^\$\{([^{}]*)\}$/.exec(v);
    if (whole) return expression(whole[1]!, depth);
    return v.replace(/\$\{([^{}]*)\}/g, (_m, e: string) => String(expression(e, depth)));
  };
  const expression = (e: string, depth: number): unknown => {
    const sub = /^substr\("(.*)", 0, (\d+)\)$/.exec(e);
    if (sub) return String(interp(sub[1]!.replace(/\\"/g, '"'), depth + 1)).slice(0, Number(sub[2]));
    const v = /^var\.([a-z0-9_]+)(?:\[(\d+)\])?$/.exec(e);
    if (v) return v[2] === undefined ? vars[v[1]!] : (vars[v[1]!] as unknown[])[Number(v[2])];
    if (e.startsWith('data.aws_ssm_parameter.')) return 'ami-0123456789abcdef0';
    const ref = /^([a-z0-9_]+)\.([a-z0-9_]+)\.([a-z_]+)$/.exec(e);
    if (ref) {
      const r = byAddr.get(`${ref[1]}.${ref[2]}`);
      if (!r) throw new Error(`fakeApply: no resource ${ref[1]}.${ref[2]}`);
      return ref[3]! in r.computed ? r.computed[ref[3]!] : interp(r.body[ref[3]!], depth + 1);
    }
    return e;
  };
  resources.forEach((r, i) => {
    r.region = String(r.body.region ? interp(r.body.region) : vars.region);
    const id = `${PREFIX[r.type] ?? r.type.replace(/^aws_/, '')}-${hex(i + 1).slice(0, 17)}`;
    const arn = `arn:aws:${r.type.split('_')[1]}:${r.region}:123456789012:${r.type.replace(/^aws_/, '')}/${id}`;
    r.computed = { id, arn };
    if (r.type === 'aws_lb') {
      const name = String(interp(r.body.name));
      Object.assign(r.computed, { name, dns_name: `${name}-${i}.${r.region}.elb.amazonaws.com`, zone_id: 'Z35SXDOTRQ7X7K', arn: `arn:aws:elasticloadbalancing:${r.region}:123456789012:loadbalancer/app/${name}/${hex(i).slice(0, 16)}`, arn_suffix: `app/${name}/${hex(i).slice(0, 16)}` });
    }
    if (r.type === 'aws_lb_target_group') {
      const name = String(interp(r.body.name));
      Object.assign(r.computed, { arn: `arn:aws:elasticloadbalancing:${r.region}:123456789012:targetgroup/${name}/${hex(i).slice(0, 16)}`, arn_suffix: `targetgroup/${name}/${hex(i).slice(0, 16)}` });
    }
    if (r.type === 'aws_instance') Object.assign(r.computed, { public_ip: `198.18.${(i >> 8) & 255}.${i & 255}`, private_ip: `10.255.${(i >> 8) & 255}.${i & 255}` });
    if (r.type === 'aws_eip') Object.assign(r.computed, { allocation_id: id });
    if (r.type === 'aws_autoscaling_group' || r.type === 'aws_db_subnet_group' || r.type === 'aws_cloudwatch_metric_alarm') r.computed.id = String(interp(r.body.name ?? r.body.alarm_name));
    if (r.type === 'aws_db_instance') Object.assign(r.computed, { id: `db-${hex(i).toUpperCase().slice(0, 16)}`, arn: `arn:aws:rds:${r.region}:123456789012:db:${String(interp(r.body.identifier))}`, address: `${String(interp(r.body.identifier))}.c0.${r.region}.rds.amazonaws.com` });
    if (r.type === 'aws_sns_topic') r.computed.id = r.computed.arn = `arn:aws:sns:${r.region}:123456789012:${String(interp(r.body.name))}`;
  });
  const state = {
    version: 4, terraform_version: '1.9.8', serial: 1, lineage: '00000000-0000-0000-0000-000000000000', outputs: {},
    resources: resources.map((r) => ({
      mode: 'managed', type: r.type, name: r.name, provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 0, attributes: { ...(interp(r.body) as A), ...r.computed, region: r.region, tags_all: interp(r.body.tags) ?? {} }, sensitive_attributes: [] }],
    })),
  };
  return JSON.stringify(state);
}
