"""Python startup case, library side: a whole token-only app (one AccountApiToken, the library's own
Cloudflare provider, app.synth()), importing no prebuilt provider package."""
import os

from pyreport import mark, report

mark("start")
from cdktf import App, TerraformStack  # noqa: E402
from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareTokensProvider, TokenPolicy  # noqa: E402

mark("import")
outdir = os.environ["BENCH_OUTDIR"]
app = App(outdir=outdir)
stack = TerraformStack(app, "bench")
CloudflareTokensProvider(stack, "cloudflare")
AccountApiToken(
    stack,
    "token-0",
    account_id="0123456789abcdef0123456789abcdef",
    name="bench token 0",
    policies=[
        TokenPolicy(effect="allow", permission_groups=["Zone Read", "DNS Edit"], resources={"com.cloudflare.api.account.zone.*": "*"}),
        TokenPolicy(effect="allow", permission_groups=["Workers Scripts Edit", "Account Settings Read"], resources={"com.cloudflare.api.account": "*"}),
    ],
)
mark("construct")
app.synth()
mark("synth")
report(outdir=outdir)
