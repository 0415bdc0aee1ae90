/** Security group: description and rules (one rule per source, as AWS lists them flattened). */
import type { NodeOf } from '../../model';
import { ref } from '../props';
import type { PropValue } from '../types';
import { vpcIdOf, type KindSpec } from './spec';

type Rule = NodeOf<'securityGroup'>['rules'][number];

/** A rule in the compared form shared with discovery. */
export function ruleView(r: Rule): PropValue {
  const all = r.protocol === 'all';
  return {
    protocol: all ? '-1' : r.protocol,
    from: all ? null : r.fromPort,
    to: all ? null : r.toPort,
    source: r.sourceGroupId ? ref(r.sourceGroupId) : (r.cidr ?? '0.0.0.0/0'),
  };
}

const ALL_EGRESS: PropValue = { protocol: '-1', from: null, to: null, source: '0.0.0.0/0' };

/** Security group spec. */
export const securityGroupSpec: KindSpec<'securityGroup'> = {
  kind: 'securityGroup',
  desired: (n, index) => ({
    props: {
      vpc: ref(vpcIdOf(index, n.id) ?? ''),
      description: n.description || n.name,
      ingress: n.rules.filter((r) => r.direction === 'ingress').map(ruleView),
      // As in CloudFormation: a group that declares no egress rule keeps AWS's allow-all egress.
      egress: n.rules.some((r) => r.direction === 'egress') ? n.rules.filter((r) => r.direction === 'egress').map(ruleView) : [ALL_EGRESS],
    },
  }),
  replaceOn: { vpc: 'a security group cannot move to another VPC', description: 'a security group description cannot change' },
};
