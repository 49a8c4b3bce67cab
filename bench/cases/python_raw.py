"""Python case, raw side: the same token as python_lib.py, written against the provider bindings (the secret
guarded as the library guards it: see synth-raw.ts)."""
import json
import os

from pyreport import mark, report

mark("start")
from cdktf import App, Fn, Op, TerraformLocal, TerraformOutput, TerraformStack  # noqa: E402
from cdktf_cdktf_provider_cloudflare.account_token import (  # noqa: E402
    AccountToken,
    AccountTokenPolicies,
    AccountTokenPoliciesPermissionGroups,
)
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider  # noqa: E402

mark("import")
outdir = os.environ["BENCH_OUTDIR"]
app = App(outdir=outdir)
stack = TerraformStack(app, "bench")
CloudflareProvider(stack, "cloudflare")
account_id = "0123456789abcdef0123456789abcdef"
account = f"com.cloudflare.api.account.{account_id}"


def groups(*ids):
    return [AccountTokenPoliciesPermissionGroups(id=i) for i in ids]


token = AccountToken(
    stack,
    "token-0",
    account_id=account_id,
    name="bench token 0",
    policies=[
        AccountTokenPolicies(
            effect="allow",
            permission_groups=groups("c1fde68c7bcc44588cbb6ddbc16d6480", "e086da7e2179491d91ee5f35b3ca210a"),
            resources=json.dumps({account: "*"}, separators=(",", ":")),
        ),
        AccountTokenPolicies(
            effect="allow",
            permission_groups=groups("4755a26eedb94da69e1066d98aa820be", "c8fed203ed3043cba015a93ad1616f1f"),
            resources=json.dumps({account: {"com.cloudflare.api.account.zone.*": "*"}}, separators=(",", ":")),
        ),
    ],
)
TerraformOutput(
    stack, "token-0-access-key-id", value=Fn.sensitive(token.id), sensitive=True, description="R2 S3 Access Key ID (the token id)"
).override_logical_id("token-0_access_key_id")


def is_present(value):
    return Op.eq(Fn.length_of(Fn.compact([value])), 1)


address = f"cloudflare_account_token.{token.friendly_unique_id}"
missing_value = (
    "AccountApiToken 'bench/token-0' has no token value in the Terraform state, so it has no S3 credentials: Cloudflare returns a token value only when it "
    "creates the token, so an adopted or imported token has none, and a provider can lose it. Rotate the token to get a new value: "
    f"raise rotation.version, or (a token without rotation.version) replace it once with terraform apply -replace={address} "
    "in its stack directory under cdktf.out/stacks. See 'Adopting an existing token' in docs/rotation.md."
)
hash_ = TerraformLocal(stack, "token-0-secret-access-key-hash", Fn.conditional(is_present(token.value), Fn.sha256(token.value), "")).as_string
TerraformOutput(
    stack,
    "token-0-secret-access-key",
    value=Fn.sensitive(Fn.conditional(is_present(hash_), hash_, Fn.tobool(missing_value))),
    sensitive=True,
    description="R2 S3 Secret Access Key (SHA-256 of the token value)",
).override_logical_id("token-0_secret_access_key")
mark("construct")
app.synth()
mark("synth")
report(outdir=outdir)
