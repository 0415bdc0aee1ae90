resource "aws_lb" "alb" {
  name               = substr("${var.name_prefix}-alb", 0, 32)
  load_balancer_type = "application"
  internal           = false
  subnets            = [aws_subnet.pub1a.id, aws_subnet.pub1b.id]
  security_groups    = [aws_security_group.sg_lb.id]
  tags = {
    Name                = "alb"
    "ha-architect:node" = "alb"
  }
}

resource "aws_lb_listener" "alb_80_tg_web" {
  load_balancer_arn = aws_lb.alb.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_web.arn
  }
}

resource "aws_lb" "alb2" {
  region             = var.region_eu_west_1
  name               = substr("${var.name_prefix}-alb2", 0, 32)
  load_balancer_type = "application"
  internal           = false
  subnets            = [aws_subnet.pub2a.id, aws_subnet.pub2c.id]
  security_groups    = []
  tags = {
    Name                = "alb2"
    "ha-architect:node" = "alb2"
  }
}

resource "aws_lb_listener" "alb2_80_tg2" {
  region            = var.region_eu_west_1
  load_balancer_arn = aws_lb.alb2.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg2.arn
  }
}

resource "aws_lb" "nlb" {
  name                             = substr("${var.name_prefix}-nlb", 0, 32)
  load_balancer_type               = "network"
  internal                         = true
  subnets                          = [aws_subnet.app1a.id, aws_subnet.app1b.id]
  enable_cross_zone_load_balancing = false
  tags = {
    Name                = "nlb"
    "ha-architect:node" = "nlb"
  }
}

resource "aws_lb_listener" "nlb_9000_tg_api" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 9000
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tg_api.arn
  }
}

resource "aws_lb_target_group" "tg2" {
  region      = var.region_eu_west_1
  name        = substr("${var.name_prefix}-tg2", 0, 32)
  port        = 80
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.vpc2.id

  health_check {
    enabled             = true
    protocol            = "HTTP"
    path                = "/health"
    port                = "traffic-port"
    interval            = 30
    timeout             = 5
    healthy_threshold   = 5
    unhealthy_threshold = 2
  }

  stickiness {
    enabled = false
    type    = "lb_cookie"
  }

  tags = {
    Name                = "tg2"
    "ha-architect:node" = "tg2"
  }
}

resource "aws_lb_target_group_attachment" "tg2_web3" {
  region           = var.region_eu_west_1
  target_group_arn = aws_lb_target_group.tg2.arn
  target_id        = aws_instance.web3.id
  port             = 80
}

resource "aws_lb_target_group" "tg_api" {
  name               = substr("${var.name_prefix}-tg-api", 0, 32)
  port               = 9000
  protocol           = "TCP"
  target_type        = "instance"
  vpc_id             = aws_vpc.vpc1.id
  preserve_client_ip = "true"

  health_check {
    enabled             = true
    protocol            = "TCP"
    port                = "traffic-port"
    interval            = 10
    timeout             = 5
    healthy_threshold   = 3
    unhealthy_threshold = 3
  }

  stickiness {
    enabled = false
    type    = "source_ip"
  }

  tags = {
    Name                = "tg-api"
    "ha-architect:node" = "tg-api"
  }
}

resource "aws_autoscaling_attachment" "tg_api_asg_api" {
  autoscaling_group_name = aws_autoscaling_group.asg_api.name
  lb_target_group_arn    = aws_lb_target_group.tg_api.arn
}

resource "aws_lb_target_group" "tg_web" {
  name        = substr("${var.name_prefix}-tg-web", 0, 32)
  port        = 8080
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.vpc1.id

  health_check {
    enabled             = true
    protocol            = "HTTP"
    path                = "/health"
    port                = "traffic-port"
    interval            = 30
    timeout             = 5
    healthy_threshold   = 5
    unhealthy_threshold = 2
  }

  stickiness {
    enabled = false
    type    = "lb_cookie"
  }

  tags = {
    Name                = "tg-web"
    "ha-architect:node" = "tg-web"
  }
}

resource "aws_lb_target_group_attachment" "tg_web_web1" {
  target_group_arn = aws_lb_target_group.tg_web.arn
  target_id        = aws_instance.web1.id
  port             = 8080
}

resource "aws_lb_target_group_attachment" "tg_web_web2" {
  target_group_arn = aws_lb_target_group.tg_web.arn
  target_id        = aws_instance.web2.id
  port             = 8080
}
