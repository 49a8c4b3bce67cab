"""The constructs from Python: the R2 preset (R2BucketToken), both token kinds, the policy helpers, and
the struct classes next to the dict forms."""

import json
import re

import pytest
import cdktf
from cdktf import TerraformOutput, TerraformStack
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from value_guard_text import guarded_secret_pattern, hash_local_text
from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    Effect,
    PermissionGroups,
    R2Access,
    R2BucketToken,
    R2Endpoint,
    RequestIpCondition,
    Resources,
    TokenCondition,
    TokenPolicy,
    TokenRotation,
    TokenStatus,
    UserApiToken,
)

OTHER_ACCOUNT = "0123456789abcdef0123456789abcdef"
ITEM_READ = PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_READ
ITEM_WRITE = PermissionGroups.WORKERS_R2_STORAGE_BUCKET_ITEM_WRITE


@pytest.fixture
def stack():
    return TerraformStack(cdktf.Testing.app(), "test")


def synth(stack):
    return json.loads(cdktf.Testing.synth(stack))


def only(mapping):
    assert len(mapping) == 1, mapping
    return next(iter(mapping.values()))


def group_ids(policy):
    return sorted(g["id"] for g in policy["permission_groups"])


# ---- R2 preset ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "access, groups",
    [
        (R2Access.READ, [ITEM_READ]),
        (R2Access.WRITE, [ITEM_WRITE]),
        (R2Access.READ_WRITE, sorted([ITEM_READ, ITEM_WRITE])),
    ],
)
def test_r2_preset_access_levels(stack, access, groups):
    R2BucketToken(stack, "uploads", bucket_name="uploads", access=access)
    token = only(synth(stack)["resource"]["cloudflare_account_token"])
    assert token["name"] == f"R2 {access} uploads"
    assert token["account_id"] == ACCOUNT
    (policy,) = token["policies"]
    assert group_ids(policy) == groups
    assert json.loads(policy["resources"]) == {f"com.cloudflare.edge.r2.bucket.{ACCOUNT}_default_uploads": "*"}


def test_r2_access_values():
    assert (R2Access.READ, R2Access.WRITE, R2Access.READ_WRITE) == ("read", "write", "read-write")


def test_r2_preset_outputs(stack):
    reader = R2BucketToken(stack, "reports-reader", bucket_name="reports", access=R2Access.READ, jurisdiction="eu")
    assert reader.bucket_name == "reports"
    assert reader.endpoint == f"https://{ACCOUNT}.eu.r2.cloudflarestorage.com"
    assert isinstance(reader, AccountApiToken)
    assert reader.access_key_id_output is not None and reader.endpoint_output is not None
    outputs = synth(stack)["output"]
    assert sorted(outputs) == ["reports-reader_access_key_id", "reports-reader_endpoint", "reports-reader_secret_access_key"]
    assert outputs["reports-reader_access_key_id"]["sensitive"] is True
    assert outputs["reports-reader_secret_access_key"]["sensitive"] is True
    assert re.fullmatch(guarded_secret_pattern(r"local\.reports-reader_SecretAccessKey_[0-9A-F]+"), outputs["reports-reader_secret_access_key"]["value"])
    assert outputs["reports-reader_endpoint"]["value"] == f"https://{ACCOUNT}.eu.r2.cloudflarestorage.com"
    assert "sensitive" not in outputs["reports-reader_endpoint"]


def test_r2_preset_from_a_bucket_resource(stack):
    bucket = R2Bucket(stack, "reports", account_id=OTHER_ACCOUNT, name="reports", jurisdiction="eu")
    R2BucketToken(stack, "reader", bucket=bucket, access=R2Access.READ, create_outputs=False)
    result = synth(stack)
    assert "output" not in result
    token = only(result["resource"]["cloudflare_account_token"])
    # The account, jurisdiction and name come from the resource, as Terraform references.
    assert token["account_id"] == "${cloudflare_r2_bucket.reports.account_id}"
    assert "cloudflare_r2_bucket.reports.jurisdiction" in token["policies"][0]["resources"]


def test_r2_preset_without_outputs(stack):
    token = R2BucketToken(stack, "quiet", bucket_name="reports", access=R2Access.WRITE, create_outputs=False)
    assert token.access_key_id_output is None
    assert token.secret_access_key_output is None
    assert token.endpoint_output is None


def test_r2_endpoint_helper():
    assert R2Endpoint.s3(ACCOUNT) == f"https://{ACCOUNT}.r2.cloudflarestorage.com"
    assert R2Endpoint.s3(ACCOUNT, "fedramp") == f"https://{ACCOUNT}.fedramp.r2.cloudflarestorage.com"


# ---- both token kinds ---------------------------------------------------------------------------


def test_user_api_token(stack):
    token = UserApiToken(
        stack,
        "ci",
        name="CI",
        policies=[TokenPolicy(effect="allow", permission_groups=["Workers R2 Storage Read"], resources={Resources.account(OTHER_ACCOUNT): "*"})],
        status=TokenStatus.DISABLED,
    )
    result = synth(stack)
    assert "cloudflare_account_token" not in result["resource"]
    resource = only(result["resource"]["cloudflare_api_token"])
    assert resource["name"] == "CI"
    assert resource["status"] == "disabled"
    assert "account_id" not in resource
    assert json.loads(resource["policies"][0]["resources"]) == {f"com.cloudflare.api.account.{OTHER_ACCOUNT}": "*"}
    assert sorted(result["output"]) == ["ci_access_key_id", "ci_secret_access_key"]
    assert token.resource.terraform_resource_type == "cloudflare_api_token"


def test_account_api_token_attributes(stack):
    token = AccountApiToken(
        stack,
        "deploy",
        account_id=OTHER_ACCOUNT,
        name="Deploy",
        policies=[TokenPolicy(effect="allow", permission_groups=[PermissionGroups.ZONE_READ], resources=Resources.zones_of_account(OTHER_ACCOUNT))],
        create_outputs=False,
    )
    assert token.account_id == OTHER_ACCOUNT
    assert token.resource.terraform_resource_type == "cloudflare_account_token"
    assert token.r2_endpoint() == f"https://{OTHER_ACCOUNT}.r2.cloudflarestorage.com"
    assert token.r2_endpoint("eu") == f"https://{OTHER_ACCOUNT}.eu.r2.cloudflarestorage.com"
    assert token.access_key_id_output is None
    TerraformOutput(stack, "id", value=token.token_id)
    TerraformOutput(stack, "key", value=token.access_key_id, sensitive=True)
    TerraformOutput(stack, "secret", value=token.secret_access_key, sensitive=True)
    TerraformOutput(stack, "status", value=token.status)
    outputs = synth(stack)["output"]
    resource = "cloudflare_account_token." + token.resource.friendly_unique_id
    locals_ = synth(stack)["locals"]
    hash_local = next(name for name, value in locals_.items() if value == hash_local_text(resource + ".value"))
    assert outputs["id"]["value"] == "${" + resource + ".id}"
    assert outputs["key"]["value"] == "${sensitive(" + resource + ".id)}"
    assert re.fullmatch(guarded_secret_pattern(re.escape("local." + hash_local)), outputs["secret"]["value"])
    assert outputs["status"]["value"] == "${" + resource + ".status}"


def test_deny_policy_with_helpers(stack):
    AccountApiToken(
        stack,
        "mixed",
        name="Mixed",
        policies=[
            TokenPolicy(effect=Effect.ALLOW, permission_groups=["DNS Write"], resources={Resources.all_zones(): "*"}),
            TokenPolicy(effect=Effect.DENY, permission_groups=["DNS Write"], resources={Resources.zone("f" * 32): "*"}),
        ],
    )
    policies = only(synth(stack)["resource"]["cloudflare_account_token"])["policies"]
    assert [p["effect"] for p in policies] == ["allow", "deny"]
    assert json.loads(policies[1]["resources"]) == {f"com.cloudflare.api.account.{ACCOUNT}": {"com.cloudflare.api.account.zone." + "f" * 32: "*"}}


def test_resource_key_helpers():
    assert Resources.OWN_ACCOUNT == "com.cloudflare.api.account"
    assert Resources.all_accounts() == "com.cloudflare.api.account.*"
    assert Resources.user("a" * 32) == "com.cloudflare.api.user." + "a" * 32
    assert Resources.r2_bucket(ACCOUNT, "reports") == f"com.cloudflare.edge.r2.bucket.{ACCOUNT}_default_reports"
    assert Resources.r2_bucket(ACCOUNT, "reports", "eu") == f"com.cloudflare.edge.r2.bucket.{ACCOUNT}_eu_reports"
    assert Resources.all_r2_buckets_of_account(ACCOUNT) == {f"com.cloudflare.api.account.{ACCOUNT}": {"com.cloudflare.edge.r2.bucket.*": "*"}}
    assert (Effect.ALLOW, Effect.DENY, TokenStatus.ACTIVE, TokenStatus.DISABLED) == ("allow", "deny", "active", "disabled")


def test_r2_bucket_of_reads_the_resource(stack):
    bucket = R2Bucket(stack, "b", account_id=ACCOUNT, name="reports")
    key = Resources.r2_bucket_of(bucket)
    TerraformOutput(stack, "key", value=key)
    assert synth(stack)["output"]["key"]["value"] == (
        "com.cloudflare.edge.r2.bucket.${cloudflare_r2_bucket.b.account_id}_${cloudflare_r2_bucket.b.jurisdiction}_${cloudflare_r2_bucket.b.name}"
    )


# ---- struct classes and dicts -------------------------------------------------------------------


def token_json(condition):
    stack = TerraformStack(cdktf.Testing.app(), "test")
    AccountApiToken(
        stack,
        "t",
        name="T",
        policies=[TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})],
        condition=condition,
    )
    return only(synth(stack)["resource"]["cloudflare_account_token"])


def test_condition_as_dict_or_struct_classes():
    as_dict = token_json({"request_ip": {"in_": ["192.0.2.0/24"], "not_in": ["192.0.2.7"]}})
    as_structs = token_json(TokenCondition(request_ip=RequestIpCondition(in_=["192.0.2.0/24"], not_in=["192.0.2.7"])))
    assert as_dict == as_structs
    assert as_dict["condition"] == {"request_ip": {"in": ["192.0.2.0/24"], "not_in": ["192.0.2.7"]}}


def test_struct_classes_read_back_in_python_names():
    condition = RequestIpCondition(in_=["192.0.2.0/24"])
    assert condition.in_ == ["192.0.2.0/24"]
    assert condition.not_in is None
    policy = TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})
    assert policy.permission_groups == ["Zone Read"]
    assert policy.effect == "allow"
    assert "permission_groups=['Zone Read']" in repr(policy)


def test_times_are_normalized_to_utc_seconds(stack):
    AccountApiToken(
        stack,
        "t",
        name="T",
        policies=[TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})],
        not_before="2030-01-01T02:00:00.750+02:00",
        expires_on="2031-01-01T00:00:00Z",
    )
    token = only(synth(stack)["resource"]["cloudflare_account_token"])
    assert token["not_before"] == "2030-01-01T00:00:00Z"


def test_names_reach_cloudflare_as_typed(stack):
    # Literal "${" and "%{" are escaped for Terraform's templates; Terraform turns them back into what was typed.
    AccountApiToken(stack, "t", name='Deploy ${upper("x")} 50%{off', policies=[TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})])
    token = only(synth(stack)["resource"]["cloudflare_account_token"])
    assert token["name"] == 'Deploy $${upper("x")} 50%%{off'


def test_status_is_case_insensitive(stack):
    AccountApiToken(stack, "t", name="T", status="Disabled", policies=[TokenPolicy(effect="DENY", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})])
    token = only(synth(stack)["resource"]["cloudflare_account_token"])
    assert token["status"] == "disabled"
    assert token["policies"][0]["effect"] == "deny"


# ---- adoption and the value guard ---------------------------------------------------------------


def test_adopt_token_id_writes_an_import_block(stack):
    token_id = "4f2a8c1e9b7d40e6a3c5f1d2e8b9a7c6"
    zone_read = [TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})]
    AccountApiToken(stack, "legacy", name="Legacy", policies=zone_read, adopt_token_id=token_id, rotation=TokenRotation(version="1"))
    UserApiToken(stack, "mine", name="Mine", policies=zone_read, adopt_token_id=token_id)
    result = synth(stack)
    [account_token] = result["resource"]["cloudflare_account_token"]
    [user_token] = result["resource"]["cloudflare_api_token"]
    assert sorted(result["import"], key=lambda block: block["to"]) == [
        {"id": f"{ACCOUNT}/{token_id}", "to": f"cloudflare_account_token.{account_token}"},
        {"id": token_id, "to": f"cloudflare_api_token.{user_token}"},
    ]


def test_the_secret_is_guarded_against_a_missing_value(stack):
    AccountApiToken(stack, "t", name="T", policies=[TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})])
    secret = synth(stack)["output"]["t_secret_access_key"]["value"]
    assert "AccountApiToken 'test/t' has no token value in the Terraform state" in secret
