resource "aws_security_group" "sg_app" {
  name        = "${var.name_prefix}-sg-app"
  description = "sg-app (HA Architect)"
  vpc_id      = aws_vpc.vpc1.id
  tags = {
    Name                = "sg-app"
    "ha-architect:node" = "sg-app"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_app_0" {
  security_group_id            = aws_security_group.sg_app.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
  referenced_security_group_id = aws_security_group.sg_lb.id
}

resource "aws_vpc_security_group_egress_rule" "sg_app_1" {
  security_group_id = aws_security_group.sg_app.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "sg_db" {
  name        = "${var.name_prefix}-sg-db"
  description = "sg-db (HA Architect)"
  vpc_id      = aws_vpc.vpc1.id
  tags = {
    Name                = "sg-db"
    "ha-architect:node" = "sg-db"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_db_0" {
  security_group_id            = aws_security_group.sg_db.id
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  referenced_security_group_id = aws_security_group.sg_app.id
  description                  = "app to db"
}

resource "aws_security_group" "sg_lb" {
  name        = "${var.name_prefix}-sg-lb"
  description = "public HTTPS"
  vpc_id      = aws_vpc.vpc1.id
  tags = {
    Name                = "sg-lb"
    "ha-architect:node" = "sg-lb"
  }
}

resource "aws_vpc_security_group_ingress_rule" "sg_lb_0" {
  security_group_id = aws_security_group.sg_lb.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
