# A rotated R2 reader: new S3 credentials every 30 days, the previous ones still valid for 7 days after
# each rotation. Rotation happens on `cdktf deploy`, so deploys must run on a schedule (daily, say).
import os

from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket
from constructs import Construct

from cdktf_cloudflare_api_tokens import CloudflareProviderVersion, R2Access, R2BucketToken, TokenRotation


class RotatedR2ReaderStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        bucket = R2Bucket(self, "archive", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="archive")
        R2BucketToken(
            self,
            "archive-reader",
            bucket=bucket,
            access=R2Access.READ,
            rotation=TokenRotation(every="30d", overlap="7d"),
        )
