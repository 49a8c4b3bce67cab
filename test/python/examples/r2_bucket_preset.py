# The one-line least-privilege preset: read-only S3 credentials for one bucket, with its endpoint.
import os

from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket
from constructs import Construct

from cdktf_cloudflare_api_tokens import CloudflareProviderVersion, R2Access, R2BucketToken


class R2BucketPresetStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, bucket_name: str = "reports") -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        bucket = R2Bucket(self, "reports", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name=bucket_name)
        R2BucketToken(self, "reports-reader", bucket=bucket, access=R2Access.READ)
