"""Rotation from Python: rotation=TokenRotation(every=..., version=..., overlap=...) (or a dict) on every token
construct; the time provider is added; with an overlap the previous credentials and the next rotation come
as attributes and outputs with Python names; bad values are synth errors naming them (test_errors.py runs
the shared cases)."""

import json
import re

import cdktf
import pytest
from cdktf import TerraformStack, TerraformVariable

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    Effect,
    R2Access,
    R2BucketToken,
    TokenPolicy,
    TokenRotation,
    UserApiToken,
)

ZONE_READ = TokenPolicy(effect=Effect.ALLOW, permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})


def new_stack():
    return TerraformStack(cdktf.Testing.app(), "test")


def synth(stack):
    return json.loads(cdktf.Testing.synth(stack))


def values(tf_json, resource_type):
    return list(tf_json["resource"].get(resource_type, {}).values())


def named(tf_json, resource_type, construct_id):
    """The resources of one type whose construct id is construct_id (names end in _<id>_<hash>)."""
    pattern = re.compile(rf"_{construct_id}_[0-9A-F]+$")
    return [value for name, value in tf_json["resource"].get(resource_type, {}).items() if pattern.search(name)]


def test_every_rotates_one_token_through_the_clock_turn():
    stack = new_stack()
    AccountApiToken(stack, "ci", account_id=ACCOUNT, name="CI", policies=[ZONE_READ], rotation=TokenRotation(every="90d"))
    tf_json = synth(stack)
    (clock,) = values(tf_json, "time_rotating")
    (turn,) = named(tf_json, "time_static", "RotationTurn")
    (token,) = values(tf_json, "cloudflare_account_token")
    # A changed every applies from the next turn: the clock ignores it.
    assert clock == {"rotation_minutes": 90 * 24 * 60, "lifecycle": {"ignore_changes": ["rotation_minutes"]}}
    # The handover an earlier overlap left is read by a precondition, never changed.
    assert named(tf_json, "time_static", "RotationHandover") == [{"triggers": {"current": "A"}, "lifecycle": {"ignore_changes": ["triggers"]}}]
    assert "rotation.overlap was removed" in token["lifecycle"]["precondition"][0]["error_message"]
    assert re.fullmatch(r"\$\{time_rotating\.ci_Rotation_[0-9A-F]+\.id\}", turn["triggers"]["rotation"])
    assert token["lifecycle"]["create_before_destroy"] is True
    assert re.fullmatch(r"time_static\.ci_RotationTurn_[0-9A-F]+", token["lifecycle"]["replace_triggered_by"][0])
    assert re.fullmatch(r'\$\{timeadd\(time_rotating\.ci_Rotation_[0-9A-F]+\.rotation_rfc3339, "129600m"\)\}', token["expires_on"])
    assert tf_json["provider"]["time"] == [{}]
    assert "sensitive" not in tf_json["output"]["ci_next_rotation"]


def test_a_dict_works_like_token_rotation():
    stacks = []
    for rotation in (TokenRotation(every="30d", version="2"), {"every": "30d", "version": "2"}):
        stack = new_stack()
        AccountApiToken(stack, "ci", account_id=ACCOUNT, name="CI", policies=[ZONE_READ], rotation=rotation)
        stacks.append(synth(stack)["resource"]["time_rotating"])
    assert stacks[0] == stacks[1]
    assert list(stacks[0].values()) == [{"rotation_minutes": 43200, "triggers": {"version": "2"}, "lifecycle": {"ignore_changes": ["rotation_minutes"]}}]


def test_version_alone_keeps_expires_on():
    stack = new_stack()
    UserApiToken(stack, "ops", name="Ops", policies=[ZONE_READ], rotation=TokenRotation(version="2"), expires_on="2030-01-01T00:00:00Z")
    tf_json = synth(stack)
    assert named(tf_json, "time_static", "Rotation") == [{"triggers": {"version": "2"}}]
    (token,) = values(tf_json, "cloudflare_api_token")
    assert token["expires_on"] == "2030-01-01T00:00:00Z"
    assert "ops_next_rotation" not in tf_json["output"]


def test_overlap_gives_previous_credentials_with_python_names():
    stack = new_stack()
    reader = R2BucketToken(stack, "reader", account_id=ACCOUNT, bucket_name="assets", access=R2Access.READ, rotation=TokenRotation(every="30d", overlap="7d"))
    tf_json = synth(stack)
    assert len(values(tf_json, "cloudflare_account_token")) == 2
    for name in ("access_key_id", "secret_access_key", "previous_access_key_id", "previous_secret_access_key"):
        output = tf_json["output"][f"reader_{name}"]
        assert output["sensitive"] is True and output["value"].startswith("${sensitive(")
    assert ".value" not in json.dumps(tf_json["output"])
    for attribute in ("previous_token_id", "previous_access_key_id", "previous_secret_access_key", "next_rotation"):
        assert cdktf.Token.is_unresolved(getattr(reader, attribute)), attribute
    assert reader.previous_access_key_id_output is not None and reader.next_rotation_output is not None


def test_no_previous_credentials_without_overlap():
    stack = new_stack()
    token = AccountApiToken(stack, "ci", account_id=ACCOUNT, name="CI", policies=[ZONE_READ], rotation=TokenRotation(every="1h"))
    assert token.previous_access_key_id is None and token.previous_secret_access_key_output is None


@pytest.mark.parametrize("version,current", [("1", "ResourceB"), ("2", "Resource"), ("3", "ResourceB")])
def test_versions_take_turns_by_odd_and_even(version, current):
    stack = new_stack()
    UserApiToken(stack, "ops", name="Ops", policies=[ZONE_READ], rotation=TokenRotation(version=version, overlap="1h"))
    tf_json = synth(stack)
    current_id = re.fullmatch(r"\$\{sensitive\(cloudflare_api_token\.ops_(ResourceB_)?[0-9A-F]+\.id\)\}", tf_json["output"]["ops_access_key_id"]["value"])
    assert current_id is not None
    assert ("ResourceB" if current_id.group(1) else "Resource") == current


def test_a_version_terraform_resolves_decides_the_turn_in_terraform():
    stack = new_stack()
    version = TerraformVariable(stack, "token_version", type="string")
    UserApiToken(stack, "ops", name="Ops", policies=[ZONE_READ], rotation=TokenRotation(version=version.string_value, overlap="1h"))
    tf_json = synth(stack)
    triggers = [s["triggers"]["version"] for s in named(tf_json, "time_static", "RotationA") + named(tf_json, "time_static", "RotationB")]
    assert all("var.token_version" in t and "floor(" in t for t in triggers), triggers
    assert "var.token_version % 2" in tf_json["output"]["ops_access_key_id"]["value"]


def test_the_time_provider_is_added_once_and_only_when_needed():
    stack = new_stack()
    AccountApiToken(stack, "a", account_id=ACCOUNT, name="A", policies=[ZONE_READ], rotation=TokenRotation(every="30d"))
    AccountApiToken(stack, "b", account_id=ACCOUNT, name="B", policies=[ZONE_READ], rotation=TokenRotation(version="1"))
    assert synth(stack)["provider"]["time"] == [{}]
    plain = new_stack()
    AccountApiToken(plain, "c", account_id=ACCOUNT, name="C", policies=[ZONE_READ])
    assert "time" not in synth(plain).get("provider", {})
