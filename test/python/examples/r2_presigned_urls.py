# A bucket and a token scoped to it. The S3 client part
# runs after `cdktf deploy`, on the outputs: see presign.py.
import os

from cdktf import TerraformOutput, TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket
from constructs import Construct

from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareProviderVersion, TokenPolicy


class R2PresignedUrlsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, bucket_name: str = "my-bucket") -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)
        account_id = os.environ["CLOUDFLARE_ACCOUNT_ID"]

        # Create R2 bucket
        bucket = R2Bucket(self, "my-bucket", account_id=account_id, name=bucket_name)

        # Create API token with R2 permissions
        self.r2_token = AccountApiToken(
            self,
            "r2-access-token",
            name="R2 Access Token",
            policies=[
                TokenPolicy(
                    effect="allow",
                    permission_groups=[
                        "Workers R2 Storage Read",
                        "Workers R2 Storage Write",
                    ],
                    resources={
                        f"com.cloudflare.edge.r2.bucket.{account_id}_{bucket.jurisdiction}_{bucket.name}": "*",
                    },
                ),
            ],
        )

        TerraformOutput(self, "bucket_name", value=bucket.name)
        TerraformOutput(self, "endpoint", value=self.r2_token.r2_endpoint())
