# The token app of app.ts in Python, synthesized with the packages installed from the local registries.
from cdktf import App, LocalBackend, TerraformStack

from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    CloudflareTokensProvider,
    R2Access,
    R2BucketToken,
    TokenPolicy,
    TokenRotation,
)

# The account id of Cloudflare's API docs, as the examples use without CLOUDFLARE_ACCOUNT_ID.
ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353"
app = App()
stack = TerraformStack(app, "tokens")
# A relative state path: the default is absolute, so it would differ between the folders the app runs in.
LocalBackend(stack, path="terraform.tfstate")
CloudflareTokensProvider(stack, "cloudflare")

AccountApiToken(
    stack,
    "readonly-token",
    account_id=ACCOUNT_ID,
    name="Readonly Zone Token",
    policies=[
        TokenPolicy(
            effect="allow",
            permission_groups=["Zone Read", "Analytics Read"],
            resources={"com.cloudflare.api.account.zone.*": "*"},
        )
    ],
)

R2BucketToken(
    stack,
    "reports-reader",
    account_id=ACCOUNT_ID,
    bucket_name="reports",
    access=R2Access.READ,
    rotation=TokenRotation(every="30d", overlap="7d"),
)

app.synth()
