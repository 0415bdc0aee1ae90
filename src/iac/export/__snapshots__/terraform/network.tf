resource "aws_vpc" "vpc1" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "vpc1"
    "ha-architect:node" = "vpc1"
  }
}

resource "aws_vpc" "vpc2" {
  region               = var.region_eu_west_1
  cidr_block           = "10.1.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags = {
    Name                = "vpc2"
    "ha-architect:node" = "vpc2"
  }
}

resource "aws_subnet" "app1a" {
  vpc_id                  = aws_vpc.vpc1.id
  cidr_block              = "10.0.10.0/24"
  availability_zone       = var.azs[0]
  map_public_ip_on_launch = false
  tags = {
    Name                = "app1a"
    "ha-architect:node" = "app1a"
  }
}

resource "aws_subnet" "app1b" {
  vpc_id                  = aws_vpc.vpc1.id
  cidr_block              = "10.0.11.0/24"
  availability_zone       = var.azs[1]
  map_public_ip_on_launch = false
  tags = {
    Name                = "app1b"
    "ha-architect:node" = "app1b"
  }
}

resource "aws_subnet" "db2a" {
  region                  = var.region_eu_west_1
  vpc_id                  = aws_vpc.vpc2.id
  cidr_block              = "10.1.10.0/24"
  availability_zone       = var.azs_eu_west_1[0]
  map_public_ip_on_launch = false
  tags = {
    Name                = "db2a"
    "ha-architect:node" = "db2a"
  }
}

resource "aws_subnet" "db2b" {
  region                  = var.region_eu_west_1
  vpc_id                  = aws_vpc.vpc2.id
  cidr_block              = "10.1.11.0/24"
  availability_zone       = var.azs_eu_west_1[1]
  map_public_ip_on_launch = false
  tags = {
    Name                = "db2b"
    "ha-architect:node" = "db2b"
  }
}

resource "aws_subnet" "pub1a" {
  vpc_id                  = aws_vpc.vpc1.id
  cidr_block              = "10.0.0.0/24"
  availability_zone       = var.azs[0]
  map_public_ip_on_launch = true
  tags = {
    Name                = "pub1a"
    "ha-architect:node" = "pub1a"
  }
}

resource "aws_subnet" "pub1b" {
  vpc_id                  = aws_vpc.vpc1.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = var.azs[1]
  map_public_ip_on_launch = true
  tags = {
    Name                = "pub1b"
    "ha-architect:node" = "pub1b"
  }
}

resource "aws_subnet" "pub2a" {
  region                  = var.region_eu_west_1
  vpc_id                  = aws_vpc.vpc2.id
  cidr_block              = "10.1.0.0/24"
  availability_zone       = var.azs_eu_west_1[0]
  map_public_ip_on_launch = true
  tags = {
    Name                = "pub2a"
    "ha-architect:node" = "pub2a"
  }
}

resource "aws_subnet" "pub2c" {
  region                  = var.region_eu_west_1
  vpc_id                  = aws_vpc.vpc2.id
  cidr_block              = "10.1.1.0/24"
  availability_zone       = var.azs_eu_west_1[1]
  map_public_ip_on_launch = true
  tags = {
    Name                = "pub2c"
    "ha-architect:node" = "pub2c"
  }
}

resource "aws_internet_gateway" "igw1" {
  vpc_id = aws_vpc.vpc1.id
  tags = {
    Name                = "igw1"
    "ha-architect:node" = "igw1"
  }
}

resource "aws_eip" "nat1a" {
  domain = "vpc"
  tags = {
    Name                = "nat1a"
    "ha-architect:node" = "nat1a"
  }
}

resource "aws_nat_gateway" "nat1a" {
  connectivity_type = "public"
  allocation_id     = aws_eip.nat1a.id
  subnet_id         = aws_subnet.pub1a.id
  tags = {
    Name                = "nat1a"
    "ha-architect:node" = "nat1a"
  }
}

resource "aws_route_table" "rt_app" {
  vpc_id = aws_vpc.vpc1.id
  tags = {
    Name                = "rt-app"
    "ha-architect:node" = "rt-app"
  }
}

resource "aws_route" "rt_app_0" {
  route_table_id         = aws_route_table.rt_app.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat1a.id
}

resource "aws_route" "rt_app_1" {
  route_table_id            = aws_route_table.rt_app.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.peer.id
}

resource "aws_route" "rt_app_2" {
  route_table_id         = aws_route_table.rt_app.id
  destination_cidr_block = "192.168.0.0/16"
  transit_gateway_id     = aws_ec2_transit_gateway.tgw.id
}

resource "aws_route_table_association" "rt_app_app1a" {
  route_table_id = aws_route_table.rt_app.id
  subnet_id      = aws_subnet.app1a.id
}

resource "aws_route_table_association" "rt_app_app1b" {
  route_table_id = aws_route_table.rt_app.id
  subnet_id      = aws_subnet.app1b.id
}

resource "aws_route_table" "rt_pub" {
  vpc_id = aws_vpc.vpc1.id
  tags = {
    Name                = "rt-pub"
    "ha-architect:node" = "rt-pub"
  }
}

resource "aws_route" "rt_pub_1" {
  route_table_id         = aws_route_table.rt_pub.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.igw1.id
}

resource "aws_route_table_association" "rt_pub_pub1a" {
  route_table_id = aws_route_table.rt_pub.id
  subnet_id      = aws_subnet.pub1a.id
}

resource "aws_route_table_association" "rt_pub_pub1b" {
  route_table_id = aws_route_table.rt_pub.id
  subnet_id      = aws_subnet.pub1b.id
}
