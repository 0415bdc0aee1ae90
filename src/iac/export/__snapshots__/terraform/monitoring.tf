resource "aws_cloudwatch_metric_alarm" "al_5xx" {
  alarm_name          = "${var.name_prefix}-al-5xx"
  namespace           = "AWS/ApplicationELB"
  metric_name         = "HTTPCode_ELB_5XX_Count"
  statistic           = "Average"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 10
  period              = 60
  evaluation_periods  = 3
  dimensions = {
    LoadBalancer = aws_lb.alb.arn_suffix
  }
  alarm_actions = [aws_sns_topic.ops.arn]
  ok_actions    = [aws_sns_topic.ops.arn]
  tags = {
    Name                = "al-5xx"
    "ha-architect:node" = "al-5xx"
  }
}

resource "aws_cloudwatch_metric_alarm" "al_asg" {
  alarm_name          = "${var.name_prefix}-al-asg"
  namespace           = "AWS/AutoScaling"
  metric_name         = "GroupInServiceInstances"
  statistic           = "Average"
  comparison_operator = "LessThanThreshold"
  threshold           = 2
  period              = 60
  evaluation_periods  = 3
  dimensions = {
    AutoScalingGroupName = aws_autoscaling_group.asg_api.name
  }
  alarm_actions = [aws_sns_topic.ops.arn]
  ok_actions    = [aws_sns_topic.ops.arn]
  tags = {
    Name                = "al-asg"
    "ha-architect:node" = "al-asg"
  }
}

resource "aws_cloudwatch_metric_alarm" "al_db" {
  alarm_name          = "${var.name_prefix}-al-db"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 80
  period              = 60
  evaluation_periods  = 3
  dimensions = {
    DBInstanceIdentifier = aws_db_instance.db1.identifier
  }
  alarm_actions = [aws_sns_topic.ops.arn]
  ok_actions    = [aws_sns_topic.ops.arn]
  tags = {
    Name                = "al-db"
    "ha-architect:node" = "al-db"
  }
}

resource "aws_sns_topic" "ops" {
  name = "${var.name_prefix}-ops"
  tags = {
    Name                = "ops"
    "ha-architect:node" = "ops"
  }
}

resource "aws_sns_topic_subscription" "ops_0" {
  topic_arn = aws_sns_topic.ops.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}
