# generic resource "assets" (id bucket, type AWS::S3::Bucket) is not exported: HA Architect has no Terraform mapping for it.
