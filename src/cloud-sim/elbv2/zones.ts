/** Route 53 hosted zone ids of ELB DNS names, per region and type (the values AWS publishes). */
import type { Lb } from './state';

const ALB: Record<string, string> = {
  'us-east-1': 'Z35SXDOTRQ7X7K', 'us-east-2': 'Z3AADJGX6KTTL2', 'us-west-1': 'Z368ELLRRE2KJ0', 'us-west-2': 'Z1H1FL5HABSF5',
  'eu-west-1': 'Z32O12XQLNTSW2', 'eu-west-2': 'ZHURV8PSTC4K8', 'eu-central-1': 'Z215JYRZR1TBD5', 'eu-north-1': 'Z23TAZ7KEGSQDY',
  'ap-southeast-1': 'Z1LMS91P8CMLE5', 'ap-southeast-2': 'Z1GM3OXH4ZPM65', 'ap-northeast-1': 'Z14GRHDCWA56QT',
  'ap-south-1': 'ZP97RAFLXTNZK', 'ca-central-1': 'ZQSVJUPU6J1EY', 'sa-east-1': 'Z2P70J7HTTTPLU',
};
const NLB: Record<string, string> = {
  'us-east-1': 'Z26RNL4JYFTOTI', 'us-east-2': 'ZLMOA37VPKANP', 'us-west-1': 'Z24FKFUX50B4VW', 'us-west-2': 'Z18D5FSROUN65G',
  'eu-west-1': 'Z2IFOLAFXWLO4F', 'eu-west-2': 'ZD4D7Y8KGAS4G', 'eu-central-1': 'Z3F0SRJ5LGBH90', 'eu-north-1': 'Z1UDT6IFJ4EJM',
  'ap-southeast-1': 'ZKVM4W9LS7TM', 'ap-southeast-2': 'ZCT6FZBF4DROD', 'ap-northeast-1': 'Z31USIVHYNEOWT',
  'ap-south-1': 'ZVDDRBQ08TROA', 'ca-central-1': 'Z2EPGBW3API2WT', 'sa-east-1': 'ZTK26PT1VY4CU',
};

/** The CanonicalHostedZoneId of a load balancer's DNS name. */
export function hostedZoneId(lb: Lb): string {
  const region = lb.arn.split(':')[3] ?? '';
  return (lb.type === 'application' ? ALB : NLB)[region] ?? 'Z35SXDOTRQ7X7K';
}
