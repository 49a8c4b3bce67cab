"""The library's own provider bindings from Python: a token-only app needs no prebuilt provider package,
and mixing the library with the prebuilt package's resources gives one provider block per provider."""

import json
import subprocess
import sys
import textwrap

import cdktf
from cdktf import TerraformResource, TerraformStack
from cdktf_cdktf_provider_cloudflare.account_token import AccountToken
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket
import pytest

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    CloudflareProviderVersion,
    CloudflareTokensProvider,
    R2Access,
    R2BucketRef,
    R2BucketToken,
    TokenPolicy,
    TokenRotation,
)

POLICIES = [TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})]

# Run in a fresh interpreter: this test process has imported the prebuilt packages for the other tests.
TOKEN_ONLY_APP = textwrap.dedent(
    """
    import json, sys, tempfile
    import jsii

    loaded = []
    _load = jsii.JSIIAssembly.load.__func__

    def _recording_load(cls, name, *args, **kwargs):
        loaded.append(name)
        return _load(cls, name, *args, **kwargs)

    jsii.JSIIAssembly.load = classmethod(_recording_load)

    from cdktf import App, TerraformStack
    from cdktf_cloudflare_api_tokens import (
        AccountApiToken, CloudflareTokensProvider, R2Access, R2BucketRef, TokenPolicy, TokenRotation,
    )

    app = App(outdir=tempfile.mkdtemp())
    stack = TerraformStack(app, "tokens")
    CloudflareTokensProvider(stack, "cloudflare")
    policies = [TokenPolicy(effect="allow", permission_groups=["Zone Read", "A Group Newer Than The Catalog"],
                            resources={"com.cloudflare.api.account.zone.*": "*"})]
    token = AccountApiToken(stack, "ci", account_id="%s", name="CI", policies=policies, rotation=TokenRotation(every="30d"),
                            resolve_permission_groups_at_plan_time=True)
    token.grant_r2_bucket(R2BucketRef.from_name("assets"), R2Access.READ)
    app.synth()
    with open(app.outdir + "/stacks/tokens/cdk.tf.json") as f:
        synthesized = json.load(f)
    print(json.dumps({"modules": sorted(sys.modules), "assemblies": loaded,
                      "resources": sorted(synthesized["resource"]), "providers": sorted(synthesized["provider"])}))
    """
    % ACCOUNT
)


def test_a_token_only_app_loads_no_prebuilt_provider_package():
    done = subprocess.run([sys.executable, "-c", TOKEN_ONLY_APP], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["resources"] == ["cloudflare_account_token", "time_rotating", "time_static"]
    assert report["providers"] == ["cloudflare", "time"]
    assert "cdktf_cloudflare_api_tokens" in report["modules"]
    assert [m for m in report["modules"] if m.startswith("cdktf_cdktf_provider")] == []
    # The jsii kernel loads exactly the assemblies Python imports: the framework's and the library's.
    assert sorted(set(report["assemblies"])) == ["cdktf", "cdktf-cloudflare-api-tokens", "constructs"]


@pytest.fixture
def stack():
    return TerraformStack(cdktf.Testing.app(), "test")


def synth(stack):
    return json.loads(cdktf.Testing.synth(stack, True))


def test_prebuilt_provider_and_bucket_with_library_tokens_give_one_block_per_provider(stack):
    CloudflareProvider(stack, "cloudflare")
    CloudflareProviderVersion.pin(stack)
    bucket = R2Bucket(stack, "assets", account_id=ACCOUNT, name="assets")
    R2BucketToken(stack, "reader", bucket=bucket, access=R2Access.READ, rotation=TokenRotation(every="30d"))
    token = AccountApiToken(stack, "ci", account_id=ACCOUNT, name="CI", policies=POLICIES)
    token.grant_r2_bucket(R2BucketRef.from_bucket(bucket), R2Access.WRITE)
    tf = synth(stack)
    assert tf["provider"] == {"cloudflare": [{}], "time": [{}]}
    assert tf["terraform"]["required_providers"] == {
        "cloudflare": {"source": "cloudflare/cloudflare", "version": "5.24.0"},
        "time": {"source": "hashicorp/time", "version": "0.14.2"},
    }


def test_the_library_provider_with_a_prebuilt_bucket(stack):
    CloudflareTokensProvider(stack, "cloudflare", api_token="x" * 40)
    bucket = R2Bucket(stack, "assets", account_id=ACCOUNT, name="assets", jurisdiction="eu")
    R2BucketToken(stack, "reader", bucket=bucket, access=R2Access.READ)
    tf = synth(stack)
    assert tf["provider"] == {"cloudflare": [{"api_token": "x" * 40}]}
    assert tf["terraform"]["required_providers"] == {"cloudflare": {"source": "cloudflare/cloudflare", "version": CloudflareProviderVersion.BINDINGS}}


def test_from_bucket_takes_any_bindings_bucket_and_refuses_other_types(stack):
    own = TerraformResource(stack, "own", terraform_resource_type="cloudflare_r2_bucket")
    ref = R2BucketRef.from_bucket(own)
    assert ref.bucket_name.startswith("${TfToken[")
    other = AccountToken(stack, "token", account_id=ACCOUNT, name="t", policies=[])
    with pytest.raises(Exception) as e:
        R2BucketRef.from_bucket(other)
    assert "R2BucketRef.from_bucket: expected a cloudflare_r2_bucket resource" in str(e.value)
    assert "got a cloudflare_account_token resource (test/token)" in str(e.value)
    assert 'R2BucketRef.from_name("<bucket>")' in str(e.value)
