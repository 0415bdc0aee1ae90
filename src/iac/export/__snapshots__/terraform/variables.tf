variable "region" {
  description = "Primary AWS region."
  type        = string
  default     = "us-east-1"
}

variable "azs" {
  description = "Availability zones used in the primary region, in the order the design uses them."
  type        = list(string)
  default     = ["us-east-1a", "us-east-1b"]
}

variable "region_eu_west_1" {
  description = "AWS region of the design's eu-west-1 resources."
  type        = string
  default     = "eu-west-1"
}

variable "azs_eu_west_1" {
  description = "Availability zones used in eu-west-1, in the order the design uses them."
  type        = list(string)
  default     = ["eu-west-1a", "eu-west-1c"]
}

variable "profile" {
  description = "AWS shared-config profile (null: the default credential chain)."
  type        = string
  default     = null
}

variable "name_prefix" {
  description = "Prefix of every resource name."
  type        = string
  default     = "shop-prod"
}

variable "db_username" {
  description = "Master user name of the databases (the password is managed in Secrets Manager)."
  type        = string
  default     = "dbadmin"
}

variable "dns_zone_id" {
  description = "Route 53 hosted zone that holds the DNS records."
  type        = string
}
