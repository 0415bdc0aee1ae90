resource "aws_instance" "web1" {
  ami                    = data.aws_ssm_parameter.ami_region.value
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app1a.id
  vpc_security_group_ids = [aws_security_group.sg_app.id]
  tags = {
    Name                   = "web1"
    "ha-architect:depends" = "db1=writer nlb"
    "ha-architect:node"    = "web1"
    "ha-architect:role"    = "nginx proxy"
  }
}

resource "aws_instance" "web2" {
  ami                    = data.aws_ssm_parameter.ami_region.value
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app1b.id
  vpc_security_group_ids = [aws_security_group.sg_app.id]
  tags = {
    Name                = "web2"
    "ha-architect:node" = "web2"
  }
}

resource "aws_instance" "web3" {
  region                 = var.region_eu_west_1
  ami                    = "ami-0abc1234"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.pub2a.id
  vpc_security_group_ids = []
  tags = {
    Name                = "web3"
    "ha-architect:node" = "web3"
  }
}

resource "aws_launch_template" "asg_api" {
  name_prefix            = "${var.name_prefix}-asg-api-"
  image_id               = data.aws_ssm_parameter.ami_region.value
  instance_type          = "m6i.large"
  vpc_security_group_ids = [aws_security_group.sg_app.id]

  tag_specifications {
    resource_type = "instance"
    tags = {
      Name                   = "asg-api"
      "ha-architect:depends" = "db1r=reader"
      "ha-architect:node"    = "asg-api"
      "ha-architect:role"    = "api"
    }
  }

  tags = {
    Name                   = "asg-api"
    "ha-architect:depends" = "db1r=reader"
    "ha-architect:node"    = "asg-api"
    "ha-architect:role"    = "api"
  }
}

resource "aws_autoscaling_group" "asg_api" {
  name                      = "${var.name_prefix}-asg-api"
  min_size                  = 2
  desired_capacity          = 2
  max_size                  = 4
  vpc_zone_identifier       = [aws_subnet.app1a.id, aws_subnet.app1b.id]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id      = aws_launch_template.asg_api.id
    version = "$Latest"
  }

  tag {
    key                 = "Name"
    value               = "asg-api"
    propagate_at_launch = true
  }

  tag {
    key                 = "ha-architect:depends"
    value               = "db1r=reader"
    propagate_at_launch = true
  }

  tag {
    key                 = "ha-architect:node"
    value               = "asg-api"
    propagate_at_launch = true
  }

  tag {
    key                 = "ha-architect:role"
    value               = "api"
    propagate_at_launch = true
  }
}
