resource "aws_vpc_peering_connection" "peer" {
  vpc_id      = aws_vpc.vpc1.id
  peer_vpc_id = aws_vpc.vpc2.id
  peer_region = var.region_eu_west_1
  tags = {
    Name                = "peer"
    "ha-architect:node" = "peer"
  }
}

resource "aws_vpc_peering_connection_accepter" "peer" {
  region                    = var.region_eu_west_1
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
  auto_accept               = true
  tags = {
    Name                = "peer"
    "ha-architect:node" = "peer"
  }
}

resource "aws_ec2_transit_gateway" "tgw" {
  description     = "tgw"
  amazon_side_asn = 64512
  tags = {
    Name                = "tgw"
    "ha-architect:node" = "tgw"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" "tgw_vpc1" {
  transit_gateway_id = aws_ec2_transit_gateway.tgw.id
  vpc_id             = aws_vpc.vpc1.id
  subnet_ids         = [aws_subnet.app1a.id, aws_subnet.app1b.id]
  tags = {
    Name                = "tgw"
    "ha-architect:node" = "tgw"
  }
}

resource "aws_customer_gateway" "vpn" {
  bgp_asn    = "65000"
  ip_address = "198.51.100.7"
  type       = "ipsec.1"
  tags = {
    Name                = "vpn"
    "ha-architect:node" = "vpn"
    "ha-architect:site" = "Berlin DC"
  }
}

resource "aws_vpn_connection" "vpn" {
  customer_gateway_id = aws_customer_gateway.vpn.id
  transit_gateway_id  = aws_ec2_transit_gateway.tgw.id
  type                = "ipsec.1"
  static_routes_only  = false
  tunnel1_inside_cidr = "169.254.10.0/30"
  tags = {
    Name                = "vpn"
    "ha-architect:node" = "vpn"
    "ha-architect:site" = "Berlin DC"
  }
}
