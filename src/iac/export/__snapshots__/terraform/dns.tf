resource "aws_route53_record" "api_alb" {
  zone_id        = var.dns_zone_id
  name           = "api.shop.example.com"
  type           = "A"
  set_identifier = "alb"

  latency_routing_policy {
    region = "us-east-1"
  }

  alias {
    name                   = aws_lb.alb.dns_name
    zone_id                = aws_lb.alb.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "api_alb2" {
  zone_id        = var.dns_zone_id
  name           = "api.shop.example.com"
  type           = "A"
  set_identifier = "alb2"

  latency_routing_policy {
    region = "eu-west-1"
  }

  alias {
    name                   = aws_lb.alb2.dns_name
    zone_id                = aws_lb.alb2.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_health_check" "www_alb" {
  fqdn              = aws_lb.alb.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
  tags = {
    Name                = "www"
    "ha-architect:node" = "www"
  }
}

resource "aws_route53_record" "www_alb" {
  zone_id        = var.dns_zone_id
  name           = "www.shop.example.com"
  type           = "A"
  set_identifier = "alb"

  failover_routing_policy {
    type = "PRIMARY"
  }

  health_check_id = aws_route53_health_check.www_alb.id

  alias {
    name                   = aws_lb.alb.dns_name
    zone_id                = aws_lb.alb.zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_health_check" "www_alb2" {
  fqdn              = aws_lb.alb2.dns_name
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
  tags = {
    Name                = "www"
    "ha-architect:node" = "www"
  }
}

resource "aws_route53_record" "www_alb2" {
  zone_id        = var.dns_zone_id
  name           = "www.shop.example.com"
  type           = "A"
  set_identifier = "alb2"

  failover_routing_policy {
    type = "SECONDARY"
  }

  health_check_id = aws_route53_health_check.www_alb2.id

  alias {
    name                   = aws_lb.alb2.dns_name
    zone_id                = aws_lb.alb2.zone_id
    evaluate_target_health = true
  }
}
