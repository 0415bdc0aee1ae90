resource "aws_db_subnet_group" "db1" {
  name       = "${var.name_prefix}-db1"
  subnet_ids = [aws_subnet.app1a.id, aws_subnet.app1b.id]
  tags = {
    Name                = "db1"
    "ha-architect:node" = "db1"
  }
}

resource "aws_db_instance" "db1" {
  identifier                  = "${var.name_prefix}-db1"
  engine                      = "mysql"
  engine_version              = "8.0"
  instance_class              = "db.t3.medium"
  allocated_storage           = 20
  multi_az                    = true
  db_subnet_group_name        = aws_db_subnet_group.db1.name
  vpc_security_group_ids      = [aws_security_group.sg_db.id]
  backup_retention_period     = 7
  username                    = var.db_username
  manage_master_user_password = true
  final_snapshot_identifier   = "${var.name_prefix}-db1-final"
  tags = {
    Name                = "db1"
    "ha-architect:node" = "db1"
  }
}

resource "aws_db_subnet_group" "db1r" {
  name       = "${var.name_prefix}-db1r"
  subnet_ids = [aws_subnet.app1b.id]
  tags = {
    Name                = "db1r"
    "ha-architect:node" = "db1r"
  }
}

resource "aws_db_instance" "db1r" {
  identifier              = "${var.name_prefix}-db1r"
  replicate_source_db     = aws_db_instance.db1.identifier
  instance_class          = "db.t3.medium"
  multi_az                = false
  availability_zone       = var.azs[1]
  db_subnet_group_name    = aws_db_subnet_group.db1r.name
  vpc_security_group_ids  = []
  backup_retention_period = 7
  tags = {
    Name                = "db1r"
    "ha-architect:node" = "db1r"
  }
}

resource "aws_db_subnet_group" "db2r" {
  region     = var.region_eu_west_1
  name       = "${var.name_prefix}-db2r"
  subnet_ids = [aws_subnet.db2a.id, aws_subnet.db2b.id]
  tags = {
    Name                = "db2r"
    "ha-architect:node" = "db2r"
  }
}

resource "aws_db_instance" "db2r" {
  region                  = var.region_eu_west_1
  identifier              = "${var.name_prefix}-db2r"
  replicate_source_db     = aws_db_instance.db1.arn
  instance_class          = "db.t3.medium"
  multi_az                = false
  availability_zone       = var.azs_eu_west_1[0]
  db_subnet_group_name    = aws_db_subnet_group.db2r.name
  vpc_security_group_ids  = []
  backup_retention_period = 7
  tags = {
    Name                = "db2r"
    "ha-architect:node" = "db2r"
  }
}
