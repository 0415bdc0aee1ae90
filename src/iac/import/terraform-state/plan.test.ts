// `terraform show -json` of a plan: ids are unknown until apply, so references come from the configuration.
import { describe, expect, it } from 'vitest';
import { importTerraformState } from '.';

const ref = (...r: string[]) => ({ references: r });
const PLAN = {
  format_version: '1.2',
  terraform_version: '1.9.8',
  planned_values: {
    root_module: {
      resources: [
        { address: 'aws_vpc.main', mode: 'managed', type: 'aws_vpc', name: 'main', values: { cidr_block: '10.9.0.0/16', region: 'eu-west-1', tags: { Name: 'main' } } },
        { address: 'aws_subnet.a', mode: 'managed', type: 'aws_subnet', name: 'a', values: { cidr_block: '10.9.1.0/24', availability_zone: 'eu-west-1a', vpc_id: null } },
        { address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', values: { instance_type: 't3.small', subnet_id: null } },
        { address: 'data.aws_ami.al', mode: 'data', type: 'aws_ami', name: 'al', values: {} },
        { address: 'aws_s3_bucket.logs', mode: 'managed', type: 'aws_s3_bucket', name: 'logs', values: { bucket: 'logs' } },
      ],
      child_modules: [{ address: 'module.db', resources: [
        { address: 'module.db.aws_db_subnet_group.this', mode: 'managed', type: 'aws_db_subnet_group', name: 'this', values: { subnet_ids: null } },
        { address: 'module.db.aws_db_instance.this', mode: 'managed', type: 'aws_db_instance', name: 'this', values: { engine: 'postgres', instance_class: 'db.r6g.large', multi_az: true, db_subnet_group_name: null } },
      ] }],
    },
  },
  configuration: {
    root_module: {
      resources: [
        { address: 'aws_subnet.a', expressions: { vpc_id: ref('aws_vpc.main.id', 'aws_vpc.main') } },
        { address: 'aws_instance.web', expressions: { subnet_id: ref('aws_subnet.a.id', 'aws_subnet.a') } },
      ],
      module_calls: { db: { module: { resources: [
        { address: 'aws_db_subnet_group.this', expressions: { subnet_ids: ref('var.subnets') } },
        { address: 'aws_db_instance.this', expressions: { db_subnet_group_name: ref('aws_db_subnet_group.this.name', 'aws_db_subnet_group.this') } },
      ] } } },
    },
  },
};

describe('terraform show -json (plan)', () => {
  it('places resources through configuration references and keeps unknown types as generic', async () => {
    const { design, report } = await importTerraformState(JSON.stringify(PLAN), { file: 'plan.json', layout: 'grid' });
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    expect(byId.get('aws_vpc.main')).toMatchObject({ kind: 'vpc', parent: 'region-eu-west-1', name: 'main' });
    expect(byId.get('aws_instance.web')).toMatchObject({ kind: 'instance', parent: 'aws_subnet.a', instanceType: 't3.small' });
    expect(report.generic).toEqual([
      // The module's subnets come from a variable the plan does not resolve: kept, and said so.
      { logicalId: 'module.db.aws_db_instance.this', type: 'aws_db_instance' },
      { logicalId: 'aws_s3_bucket.logs', type: 'aws_s3_bucket' },
    ]);
    expect(report.warnings.join('\n')).toMatch(/module\.db\.aws_db_instance\.this .*DB subnet group/);
    expect(design.nodes.some((n) => n.id.startsWith('data.'))).toBe(false);
  });
});
