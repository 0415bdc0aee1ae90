provider "aws" {
  region  = var.region
  profile = var.profile

  default_tags {
    tags = {
      "ha-architect:design" = "shop-prod"
    }
  }
}

data "aws_ssm_parameter" "ami_region" {
  name = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}
