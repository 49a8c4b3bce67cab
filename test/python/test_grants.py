"""Composable grants from Python: constructs that take an IApiToken add what they need to one token
(add_policy, grant_r2_bucket, grant_zone, grant_account); identical grants merge, the output does not
depend on grant order, and errors in added policies come at synth naming the token and the policy."""

import json
import os
import shutil
import subprocess

import cdktf
import pytest
from cdktf import TerraformStack, TerraformVariable
from constructs import Construct
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    Effect,
    IApiToken,
    PermissionGroups,
    R2Access,
    R2BucketRef,
    R2BucketToken,
    TokenPolicy,
    UserApiToken,
)

OTHER_ACCOUNT = "0123456789abcdef0123456789abcdef"
ZONE_ID = "fedcba9876543210fedcba9876543210"
ITEM_READ = PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ
ITEM_WRITE = PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE
ZONE_READ = TokenPolicy(effect=Effect.ALLOW, permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})


def bucket_key(name, jurisdiction="default", account=ACCOUNT):
    return f"com.cloudflare.edge.r2.bucket.{account}_{jurisdiction}_{name}"


class ReportsReader(Construct):
    """A part of an app that reads its bucket with whatever token it is given."""

    def __init__(self, scope, id, token: IApiToken):
        super().__init__(scope, id)
        token.grant_r2_bucket(R2BucketRef.from_name("reports"), R2Access.READ)


class DnsEditor(Construct):
    """A part of an app that edits DNS in one zone."""

    def __init__(self, scope, id, token: IApiToken):
        super().__init__(scope, id)
        token.grant_zone(ZONE_ID, ["DNS Write"])


def new_stack():
    return TerraformStack(cdktf.Testing.app(), "test")


def deploy_token(stack):
    return AccountApiToken(stack, "deploy", name="deploy", policies=[ZONE_READ])


def token_policies(stack, resource_type="cloudflare_account_token"):
    resources = json.loads(cdktf.Testing.synth(stack))["resource"][resource_type]
    assert len(resources) == 1
    return next(iter(resources.values()))["policies"]


def test_grants_from_two_constructs_land_on_one_token():
    stack = new_stack()
    token = deploy_token(stack)
    ReportsReader(stack, "reports", token)
    DnsEditor(stack, "dns", token)
    policies = token_policies(stack)
    assert [p["resources"] for p in policies] == [
        f'{{"com.cloudflare.api.account.{ACCOUNT}":{{"com.cloudflare.api.account.zone.*":"*"}}}}',
        f'{{"com.cloudflare.api.account.{ACCOUNT}":{{"com.cloudflare.api.account.zone.{ZONE_ID}":"*"}}}}',
        f'{{"{bucket_key("reports")}":"*"}}',
    ]
    assert policies[2]["permission_groups"] == [{"id": ITEM_READ}]


def test_identical_grants_merge_and_buckets_with_the_same_groups_share_a_policy():
    stack = new_stack()
    token = R2BucketToken(stack, "uploads", bucket_name="uploads", access=R2Access.READ, create_outputs=False)
    for _ in range(3):
        token.grant_r2_bucket(R2BucketRef.from_name("thumbnails"), R2Access.READ)
    token.grant_r2_bucket(R2BucketRef.from_name("logs", "eu"), R2Access.WRITE)
    token.grant_r2_bucket(R2BucketRef.from_name("logs", jurisdiction="eu"), R2Access.READ)
    assert token_policies(stack) == [
        {
            "effect": "allow",
            "permission_groups": [{"id": ITEM_READ}],
            "resources": f'{{"{bucket_key("thumbnails")}":"*","{bucket_key("uploads")}":"*"}}',
        },
        {
            "effect": "allow",
            "permission_groups": [{"id": gid} for gid in sorted([ITEM_READ, ITEM_WRITE])],
            "resources": f'{{"{bucket_key("logs", "eu")}":"*"}}',
        },
    ]


def test_output_does_not_depend_on_grant_order_or_count():
    grants = [
        lambda t, a, b: t.grant_r2_bucket(R2BucketRef.from_bucket(a), R2Access.READ),
        lambda t, a, b: t.grant_r2_bucket(R2BucketRef.from_bucket(b), R2Access.READ_WRITE),
        lambda t, a, b: t.grant_zone(ZONE_ID, ["DNS Write", "Zone Read"]),
        lambda t, a, b: t.grant_account(["Workers Scripts Write"]),
        # jsii lifts a struct in last position into keyword arguments: add_policy(effect=..., ...).
        lambda t, a, b: t.add_policy(effect=Effect.DENY, permission_groups=["Workers R2 Storage Bucket Item Write"], resources={bucket_key("archive"): "*"}),
    ]

    def synth_with(order):
        stack = new_stack()
        a = R2Bucket(stack, "a", account_id=ACCOUNT, name="bucket-a")
        b = R2Bucket(stack, "b", account_id=ACCOUNT, name="bucket-b")
        token = deploy_token(stack)
        for grant in order:
            grant(token, a, b)
        return token_policies(stack)

    expected = synth_with(grants)
    assert synth_with(list(reversed(grants))) == expected
    assert synth_with(grants + grants[1:] + grants[:1]) == expected
    assert len(expected) == 6


def test_grant_account_on_a_user_token_names_the_account():
    stack = new_stack()
    user = UserApiToken(stack, "user", name="user", policies=[ZONE_READ])
    user.grant_account(["Workers Scripts Write"], OTHER_ACCOUNT)
    user.grant_r2_bucket(R2BucketRef.from_name("reports", "eu", OTHER_ACCOUNT), R2Access.READ)
    assert [p["resources"] for p in token_policies(stack, "cloudflare_api_token")] == [
        f'{{"com.cloudflare.api.account.{OTHER_ACCOUNT}":"*"}}',
        '{"com.cloudflare.api.account.zone.*":"*"}',
        f'{{"{bucket_key("reports", "eu", OTHER_ACCOUNT)}":"*"}}',
    ]
    with pytest.raises(RuntimeError, match=r'^Error: UserApiToken "test/user" grant_account: a user-owned token has no account of its own; name the account, e\.g\. grant_account\(groups, "<ACCOUNT_ID>"\)\.$'):
        user.grant_account(["Workers Scripts Write"])


def test_grant_arguments_are_checked_at_once():
    stack = new_stack()
    token = deploy_token(stack)
    with pytest.raises(RuntimeError, match=r'AccountApiToken "test/deploy" grant_r2_bucket: access "admin" is not valid'):
        token.grant_r2_bucket(R2BucketRef.from_name("reports"), "admin")
    with pytest.raises(RuntimeError, match=r'Invalid R2 bucket name "My_Bucket"'):
        R2BucketRef.from_name("My_Bucket")


def test_an_added_policy_is_checked_at_synth_naming_the_token_and_the_policy():
    stack = new_stack()
    token = deploy_token(stack)
    token.add_policy(effect=Effect.ALLOW, permission_groups=["Zone Reed"], resources={"com.cloudflare.api.account.zone.*": "*"})
    with pytest.raises(RuntimeError, match=r'AccountApiToken "test/deploy" policy #2: unknown permission group "Zone Reed"\. Closest names: "Zone Read"'):
        cdktf.Testing.synth(stack)


def terraform_cli():
    """E2E_TERRAFORM (scripts/e2e-tools.sh), else terraform on PATH; never skipped, as in the TypeScript tests."""
    found = os.environ.get("E2E_TERRAFORM") or shutil.which("terraform")
    assert found, "needs a Terraform CLI: put terraform on PATH or set E2E_TERRAFORM (scripts/e2e-tools.sh --terraform)"
    return found


def test_terraform_evaluates_merged_keys_that_hold_tokens(tmp_path):
    stack = new_stack()
    name = TerraformVariable(stack, "bucket", type="string", default="photos")
    token = deploy_token(stack)
    token.grant_r2_bucket(R2BucketRef.from_name(name.string_value), R2Access.READ)
    token.grant_r2_bucket(R2BucketRef.from_name(name.string_value), R2Access.READ)
    token.grant_r2_bucket(R2BucketRef.from_name("reports"), R2Access.READ)
    synthesized = json.loads(cdktf.Testing.synth(stack))
    policies = next(iter(synthesized["resource"]["cloudflare_account_token"].values()))["policies"]
    # The variable's bucket may be "reports" at plan time: one map holding both keys would then lose one,
    # so the two grants stay two policies (the same variable twice is one).
    assert len(policies) == 3
    bucket_policies = [p for p in policies if p["permission_groups"] == [{"id": ITEM_READ}]]
    assert len(bucket_policies) == 2
    outputs = {f"bucket_policy_{index}": {"value": p["resources"]} for index, p in enumerate(bucket_policies)}
    config = {"variable": synthesized["variable"], "output": outputs}
    (tmp_path / "main.tf.json").write_text(json.dumps(config))
    terraform = terraform_cli()
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1", "TF_CLI_CONFIG_FILE": "/dev/null"}
    for args in (["init", "-input=false", "-no-color"], ["apply", "-auto-approve", "-input=false", "-no-color"]):
        subprocess.run([terraform, *args], cwd=tmp_path, env=env, check=True, capture_output=True, timeout=120)
    out = subprocess.run([terraform, "output", "-json"], cwd=tmp_path, env=env, check=True, capture_output=True, text=True)
    values = sorted(output["value"] for output in json.loads(out.stdout).values())
    assert values == [f'{{"{bucket_key("photos")}":"*"}}', f'{{"{bucket_key("reports")}":"*"}}']


def test_readme_example_builds_one_token_from_the_grants_of_its_parts():
    from composable_grants import ComposableGrantsStack

    stack = ComposableGrantsStack(cdktf.Testing.app(), "grants", ZONE_ID)
    policies = token_policies(stack)
    resources = [p["resources"] for p in policies]
    assert f'{{"com.cloudflare.api.account.{ACCOUNT}":{{"com.cloudflare.api.account.zone.{ZONE_ID}":"*"}}}}' in resources
    assert f'{{"{bucket_key("logs", "eu")}":"*"}}' in resources
    # Account Settings Read and Workers Scripts Write share the account: one policy.
    account_policy = next(p for p in policies if p["resources"] == f'{{"com.cloudflare.api.account.{ACCOUNT}":"*"}}')
    assert len(account_policy["permission_groups"]) == 2
    assert any("cloudflare_r2_bucket.assets_bucket" in r for r in resources)
    assert len(policies) == 4
