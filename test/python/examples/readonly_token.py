# A read-only token for every zone of the account.
from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from constructs import Construct

from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareProviderVersion, TokenPolicy


class ReadonlyTokenStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        AccountApiToken(
            self,
            "readonly-token",
            name="Readonly Zone Token",
            policies=[
                TokenPolicy(
                    effect="allow",
                    permission_groups=["Zone Read", "Analytics Read"],
                    resources={
                        "com.cloudflare.api.account.zone.*": "*",
                    },
                ),
            ],
        )
