# Composable grants: one deploy token, and parts of the app that each grant it what they need.
import os

from cdktf import TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket
from constructs import Construct

from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    CloudflareProviderVersion,
    Effect,
    IApiToken,
    R2Access,
    R2BucketRef,
    Resources,
    TokenPolicy,
)


class Assets(Construct):
    """A bucket of static assets; whoever deploys them needs to read and write it."""

    def __init__(self, scope: Construct, id: str, deployer: IApiToken) -> None:
        super().__init__(scope, id)
        bucket = R2Bucket(self, "bucket", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="assets")
        deployer.grant_r2_bucket(R2BucketRef.from_bucket(bucket), R2Access.READ_WRITE)


class Dns(Construct):
    """DNS records of one zone."""

    def __init__(self, scope: Construct, id: str, zone_id: str, deployer: IApiToken) -> None:
        super().__init__(scope, id)
        deployer.grant_zone(zone_id, ["DNS Write"])


class ComposableGrantsStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, zone_id: str) -> None:
        super().__init__(scope, id)
        CloudflareProvider(self, "cloudflare")
        CloudflareProviderVersion.pin(self)

        deployer = AccountApiToken(
            self, "deployer",
            name="deployer",
            policies=[
                TokenPolicy(effect=Effect.ALLOW, permission_groups=["Account Settings Read"], resources={Resources.OWN_ACCOUNT: "*"})
            ],
        )
        Assets(self, "assets", deployer)
        Dns(self, "dns", zone_id, deployer)
        deployer.grant_r2_bucket(R2BucketRef.from_name("logs", "eu"), R2Access.READ)
        deployer.grant_account(["Workers Scripts Write"])
