"""The examples, written in Python (test/python/examples/), synthesize the same Terraform JSON as
the TypeScript examples (examples/*.ts)."""

import re

import pytest

from conftest import DOCS_EXAMPLE_ACCOUNT_ID, normalize, read_stacks
from main import build_app
from value_guard_text import guarded_secret_pattern, hash_local_text

EXAMPLE_STACKS = ["readonly-token", "r2-presigned-urls", "restricted-token", "account-token", "r2-bucket-preset", "r2-consumer", "rotated-r2-reader"]


@pytest.fixture(scope="module")
def python_stacks(tmp_path_factory):
    outdir = tmp_path_factory.mktemp("python-examples")
    build_app(str(outdir)).synth()
    return read_stacks(outdir)


def test_same_stacks_as_typescript(python_stacks, ts_reference):
    assert sorted(python_stacks) == sorted(EXAMPLE_STACKS)
    assert sorted(ts_reference["stacks"]) == sorted(EXAMPLE_STACKS)


@pytest.mark.parametrize("stack", EXAMPLE_STACKS)
def test_stack_json_equals_typescript(stack, python_stacks, ts_reference):
    assert normalize(python_stacks[stack]) == normalize(ts_reference["stacks"][stack])


@pytest.mark.parametrize("stack", EXAMPLE_STACKS)
def test_stack_json_equals_typescript_with_metadata(stack, python_stacks, ts_reference):
    # Stricter: construct paths, unique ids and the output map that `cdktf output --outputs-file`
    # follows are the same too; only the working-directory-based local state paths differ.
    python_json, ts_json = python_stacks[stack], ts_reference["stacks"][stack]
    assert python_json["//"]["outputs"] == ts_json["//"]["outputs"]
    assert normalize(python_json, drop_metadata=False) == normalize(ts_json, drop_metadata=False)


def only(mapping):
    assert len(mapping) == 1, mapping
    return next(iter(mapping.values()))


def test_readonly_token(python_stacks):
    token = only(python_stacks["readonly-token"]["resource"]["cloudflare_account_token"])
    assert token["name"] == "Readonly Zone Token"
    assert token["account_id"] == DOCS_EXAMPLE_ACCOUNT_ID
    (policy,) = token["policies"]
    assert policy["effect"] == "allow"
    assert len(policy["permission_groups"]) == 2
    # Account-owned: top-level zone keys are nested under the token's own account.
    assert policy["resources"] == (
        '{"com.cloudflare.api.account.%s":{"com.cloudflare.api.account.zone.*":"*"}}' % DOCS_EXAMPLE_ACCOUNT_ID
    )


def test_restricted_token(python_stacks):
    token = only(python_stacks["restricted-token"]["resource"]["cloudflare_account_token"])
    assert token["not_before"] == "2026-01-01T00:00:00Z"
    assert token["expires_on"] == "2035-12-31T23:59:59Z"
    assert token["condition"] == {"request_ip": {"in": ["192.168.1.0/24"], "not_in": ["192.168.1.100/32"]}}


def test_r2_presigned_urls(python_stacks):
    stack = python_stacks["r2-presigned-urls"]
    (policy,) = only(stack["resource"]["cloudflare_account_token"])["policies"]
    assert "cloudflare_r2_bucket.my-bucket.jurisdiction" in policy["resources"]
    assert stack["output"]["endpoint"]["value"] == f"https://{DOCS_EXAMPLE_ACCOUNT_ID}.r2.cloudflarestorage.com"
    secret = stack["output"]["r2-access-token_secret_access_key"]
    assert {key: value for key, value in secret.items() if key != "value"} == {
        "description": "R2 S3 Secret Access Key (SHA-256 of the token value)",
        "sensitive": True,
    }
    assert re.fullmatch(guarded_secret_pattern(re.escape("local.r2-access-token_SecretAccessKey_51E0899C")), secret["value"])
    # The hash is computed in this stack, so that only it crosses to another stack.
    assert stack["locals"]["r2-access-token_SecretAccessKey_51E0899C"] == hash_local_text("cloudflare_account_token.r2-access-token_F6AFC535.value")


def test_account_token(python_stacks):
    (policy,) = only(python_stacks["account-token"]["resource"]["cloudflare_account_token"])["policies"]
    # The bare account key becomes the token's own account.
    assert policy["resources"] == '{"com.cloudflare.api.account.%s":"*"}' % DOCS_EXAMPLE_ACCOUNT_ID
