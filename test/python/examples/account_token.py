# R2 read/write on the token's own account.
from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from constructs import Construct

from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareProviderVersion, TokenPolicy


class AccountTokenStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        AccountApiToken(
            self,
            "account-access-token",
            name="Account R2 Token",
            policies=[
                TokenPolicy(
                    effect="allow",
                    permission_groups=["Workers R2 Storage Write", "Workers R2 Storage Read"],
                    resources={
                        "com.cloudflare.api.account": "*",
                    },
                ),
            ],
        )
