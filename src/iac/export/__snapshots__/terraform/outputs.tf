output "alb_dns_name" {
  description = "DNS name of load balancer alb."
  value       = aws_lb.alb.dns_name
}

output "alb2_dns_name" {
  description = "DNS name of load balancer alb2."
  value       = aws_lb.alb2.dns_name
}

output "nlb_dns_name" {
  description = "DNS name of load balancer nlb."
  value       = aws_lb.nlb.dns_name
}

output "db1_endpoint" {
  description = "Endpoint of database db1."
  value       = aws_db_instance.db1.address
}

output "db1r_endpoint" {
  description = "Endpoint of database db1r."
  value       = aws_db_instance.db1r.address
}

output "db2r_endpoint" {
  description = "Endpoint of database db2r."
  value       = aws_db_instance.db2r.address
}
