# A token valid in a time window and from one IP range, less one address.
from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from constructs import Construct

from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareProviderVersion, TokenPolicy


class RestrictedTokenStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        AccountApiToken(
            self,
            "restricted-token",
            name="Restricted Access Token",
            policies=[
                TokenPolicy(
                    effect="allow",
                    permission_groups=["Worker Routes Edit"],
                    resources={
                        "com.cloudflare.api.account.worker.route.*": "*",
                    },
                ),
            ],
            not_before="2026-01-01T00:00:00Z",
            expires_on="2035-12-31T23:59:59Z",
            condition={
                "request_ip": {
                    "in_": ["192.168.1.0/24"],
                    "not_in": ["192.168.1.100/32"],
                },
            },
        )
