// Official AWS architecture icons (aws-icons), imported as URLs by Vite.
import region from 'aws-icons/icons/architecture-group/Region.svg';
import vpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg';
import publicSubnet from 'aws-icons/icons/architecture-group/Publicsubnet.svg';
import privateSubnet from 'aws-icons/icons/architecture-group/Privatesubnet.svg';
import internetGateway from 'aws-icons/icons/resource/AmazonVPCInternetGateway.svg';
import natGateway from 'aws-icons/icons/resource/AmazonVPCNATGateway.svg';
import routeTable from 'aws-icons/icons/resource/AmazonVPCRouter.svg';
import securityGroup from 'aws-icons/icons/resource/AmazonVPCNetworkAccessControlList.svg';
import elb from 'aws-icons/icons/architecture-service/ElasticLoadBalancing.svg';
import alb from 'aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg';
import nlb from 'aws-icons/icons/resource/ElasticLoadBalancingNetworkLoadBalancer.svg';
import targetGroup from 'aws-icons/icons/resource/AmazonEC2Instances.svg';
import ec2 from 'aws-icons/icons/architecture-service/AmazonEC2.svg';
import autoScaling from 'aws-icons/icons/architecture-service/AmazonEC2AutoScaling.svg';
import rds from 'aws-icons/icons/architecture-service/AmazonRDS.svg';
import route53 from 'aws-icons/icons/architecture-service/AmazonRoute53.svg';
import peering from 'aws-icons/icons/resource/AmazonVPCPeeringConnection.svg';
import transitGateway from 'aws-icons/icons/architecture-service/AWSTransitGateway.svg';
import vpn from 'aws-icons/icons/architecture-service/AWSSitetoSiteVPN.svg';
import cloudwatch from 'aws-icons/icons/architecture-service/AmazonCloudWatch.svg';
import sns from 'aws-icons/icons/architecture-service/AmazonSimpleNotificationService.svg';
import generic from 'aws-icons/icons/resource/GenericApplication.svg';

/** Icon URLs by name; kinds pick theirs in catalog.ts. */
export const ICONS = {
  region, vpc, publicSubnet, privateSubnet, internetGateway, natGateway, routeTable, securityGroup,
  elb, alb, nlb, targetGroup, ec2, autoScaling, rds, route53, peering, transitGateway, vpn, cloudwatch, sns, generic,
} as const;
