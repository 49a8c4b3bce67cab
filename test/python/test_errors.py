"""Bad input fails at synth time in Python as in TypeScript: a RuntimeError carrying the library's
message, word for word the message TypeScript users get. The cases are the shared table
test/bad-input-cases.json (also run by test/bad-input.test.ts) plus CODE_CASES (the same ids as in
ts_reference.ts)."""

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket

from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
    CloudflareProviderVersion,
    R2BucketRef,
    R2BucketToken,
    R2Endpoint,
    RequestIpCondition,
    Resources,
    TokenCondition,
    TokenPolicy,
    UserApiToken,
)

ZONE_READ_EVERYWHERE = TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={"com.cloudflare.api.account.zone.*": "*"})


def zone_read(**overrides):
    return TokenPolicy(**{"effect": "allow", "permission_groups": ["Zone Read"], "resources": {"com.cloudflare.api.account.zone.*": "*"}, **overrides})


# The shared bad-input table (test/bad-input-cases.json): TypeScript props, built here from Python.
BAD_INPUT_CASES = json.loads((Path(__file__).resolve().parent.parent / "bad-input-cases.json").read_text(encoding="utf-8"))["cases"]
CONSTRUCTS = {"AccountApiToken": AccountApiToken, "UserApiToken": UserApiToken, "R2BucketToken": R2BucketToken}


def python_name(name):
    """The Python keyword of a TypeScript property name: notBefore -> not_before, in -> in_."""
    return "in_" if name == "in" else re.sub(r"[A-Z]", lambda m: "_" + m.group(0).lower(), name)


def python_props(props):
    """A case's props as keyword arguments: a TokenPolicy for each policy, the condition as dicts (resource
    keys are data, not property names, and stay as they are)."""
    kwargs = {python_name(k): v for k, v in props.items()}
    if "policies" in kwargs:
        kwargs["policies"] = [TokenPolicy(**{python_name(k): v for k, v in policy.items()}) for policy in kwargs["policies"]]
    if "condition" in kwargs:
        kwargs["condition"] = {python_name(k): {python_name(ik): iv for ik, iv in v.items()} for k, v in kwargs["condition"].items()}
    return kwargs


def python_message(pattern):
    """A message pattern of the table as the library words it for Python: it names props as Python spells them
    (camelCase words become snake_case; `requestIp.in` becomes `request_ip.in_`)."""
    pattern = re.sub(r"\b[a-z]+(?:[A-Z][a-z0-9]*)+\b", lambda m: python_name(m.group(0)), pattern)
    return pattern.replace(r"request_ip\.in ", r"request_ip\.in_ ")


def table_case(case):
    return (lambda s: CONSTRUCTS[case["construct"]](s, "bad", **python_props(case["props"])), python_message(case["message"]))


# Cases that are not plain data (synth-time errors, resources of the provider, method calls); ts_reference.ts
# has the same ids.
CODE_CASES = {
    "empty_policies": (
        # Grants may still add policies, so an empty list fails at synth.
        lambda s: (AccountApiToken(s, "bad", name="Nothing", policies=[]), App.of(s).synth()),
        r'AccountApiToken "errors/bad": the token has no policies\. Give at least one in policies',
    ),
    "bucket_and_bucket_name": (
        lambda s: R2BucketToken(
            s, "bad",
            bucket=R2Bucket(s, "bucket", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="reports"),
            bucket_name="reports",
            access="read",
        ),
        r"give exactly one of bucket \(an R2Bucket resource\) and bucket_name\.",
    ),
    "output_name_collision": (
        lambda s: [AccountApiToken(s, "a.b", name="A", policies=[ZONE_READ_EVERYWHERE]), AccountApiToken(s, "a_b", name="B", policies=[ZONE_READ_EVERYWHERE])],
        r'AccountApiToken "errors/a_b": its output "a_b_access_key_id" has the same name as the output of AccountApiToken "errors/a\.b"',
    ),
    # Errors thrown by methods (static or not) reach Python with "Error: " in front (see METHOD_CASES).
    "resources_account_helper": (
        lambda s: Resources.account("abc"),
        r'^Error: Invalid account id "abc"',
    ),
    "r2_endpoint_jurisdiction": (
        lambda s: R2Endpoint.s3(os.environ["CLOUDFLARE_ACCOUNT_ID"], "mars"),
        r'^Error: Invalid R2 jurisdiction "mars"',
    ),
    "token_r2_endpoint_jurisdiction": (
        lambda s: AccountApiToken(s, "token", name="Token", policies=[ZONE_READ_EVERYWHERE]).r2_endpoint("mars"),
        r'^Error: Invalid R2 jurisdiction "mars"',
    ),
    # An empty environment variable (os.environ.get("BUCKET", "")); None is refused by Python first (see below).
    "r2_bucket_ref_from_name_empty": (
        lambda s: R2BucketRef.from_name(""),
        r'^Error: bucket_name is empty \(""\); give the bucket\'s name, e\.g\. "uploads"\.$',
    ),
    "resources_zone_empty": (
        lambda s: Resources.zone(""),
        r'^Error: zone_id is empty \(""\); give the zone id: 32 lowercase hex characters',
    ),
    "grant_account_empty": (
        lambda s: AccountApiToken(s, "token", name="Token", policies=[ZONE_READ_EVERYWHERE]).grant_account(["Workers Scripts Write"], ""),
        r'^Error: AccountApiToken "errors/token" grant_account: account_id is empty \(""\); give the account id \(32 hex characters\), or leave it out',
    ),
    "provider_version_garbage": (
        lambda s: CloudflareProviderVersion.pin(s, "garbage"),
        r'^Error: CloudflareProviderVersion\.pin: version "garbage" is not a Terraform version constraint; give a Terraform version constraint such as "5\.24\.0"',
    ),
    "r2_bucket_token_jurisdiction_contradicts_bucket": (
        lambda s: R2BucketToken(
            s, "bad",
            bucket=R2Bucket(s, "bucket", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="reports", jurisdiction="fedramp"),
            jurisdiction="eu",
            access="read",
        ),
        r'^R2BucketToken "errors/bad": jurisdiction "eu" contradicts the bucket\'s jurisdiction "fedramp"\. Drop jurisdiction when giving bucket: the token takes it from the bucket\.$',
    ),
    "r2_bucket_token_account_id_contradicts_bucket": (
        lambda s: R2BucketToken(
            s, "bad",
            bucket=R2Bucket(s, "bucket", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="reports"),
            account_id="fedcba9876543210fedcba9876543210",
            access="read",
        ),
        r'^R2BucketToken "errors/bad": account_id "fedcba9876543210fedcba9876543210" contradicts the bucket\'s account_id "[0-9a-f]{32}"\. Drop account_id when giving bucket',
    ),
}

# id -> (build(stack), regex the message must match)
ERROR_CASES = {**{case["id"]: table_case(case) for case in BAD_INPUT_CASES if "typescriptOnly" not in case}, **CODE_CASES}

# The jsii kernel reports an error thrown inside a method call as "Error: <message>", and one thrown by a
# constructor as "<message>" (empty_policies fails in the method App.synth()).
METHOD_CASES = {
    "empty_policies", "resources_account_helper", "r2_endpoint_jurisdiction", "token_r2_endpoint_jurisdiction",
    "r2_bucket_ref_from_name_empty", "resources_zone_empty", "grant_account_empty", "provider_version_garbage",
}


def raise_case(case_id, tmp_path):
    build, _ = ERROR_CASES[case_id]
    stack = TerraformStack(App(outdir=str(tmp_path / "cdktf.out")), "errors")
    return build(stack)


@pytest.mark.parametrize("case_id", sorted(ERROR_CASES))
def test_bad_input_raises_with_the_library_message(case_id, tmp_path):
    _, pattern = ERROR_CASES[case_id]
    with pytest.raises(RuntimeError, match=pattern):
        raise_case(case_id, tmp_path)


@pytest.mark.parametrize("case_id", sorted(ERROR_CASES))
def test_message_is_the_typescript_message(case_id, tmp_path, ts_reference):
    with pytest.raises(RuntimeError) as raised:
        raise_case(case_id, tmp_path)
    prefix = "Error: " if case_id in METHOD_CASES else ""
    assert str(raised.value) == prefix + ts_reference["errors"][case_id]


def test_same_cases_as_typescript(ts_reference):
    assert sorted(ts_reference["errors"]) == sorted(ERROR_CASES)
    assert "(no error)" not in ts_reference["errors"].values()


def test_message_names_the_construct_path(tmp_path):
    with pytest.raises(RuntimeError, match=r'^AccountApiToken "errors/bad" policy #1: '):
        raise_case("unknown_permission_group", tmp_path)


def test_unknown_group_suggests_the_closest_names(tmp_path):
    with pytest.raises(RuntimeError) as raised:
        raise_case("unknown_permission_group", tmp_path)
    suggestions = re.search(r"Closest names: (.*?)\. Use one of those", str(raised.value)).group(1)
    assert suggestions.split(", ")[0] == '"Zone Read"'
    assert len(suggestions.split(", ")) == 3


def test_condition_as_struct_classes_is_checked_like_dicts(tmp_path):
    # The table passes condition as dicts; TokenCondition/RequestIpCondition reach the same check.
    stack = TerraformStack(App(outdir=str(tmp_path / "cdktf.out")), "errors")
    with pytest.raises(RuntimeError, match=r'condition\.request_ip\.not_in entry "10\.0\.0\.0/33"'):
        AccountApiToken(
            stack, "bad", name="IP", policies=[ZONE_READ_EVERYWHERE],
            condition=TokenCondition(request_ip=RequestIpCondition(not_in=["10.0.0.0/33"])),
        )


def test_an_unset_environment_variable_never_becomes_a_bucket_named_none(tmp_path):
    # os.environ.get() of an unset variable is None: Python's own type check refuses it for the required
    # bucket name, before the library (which refuses undefined and null as well, see ts_reference.ts).
    with pytest.raises(TypeError, match=r"bucket_name"):
        R2BucketRef.from_name(os.environ.get("SURELY_UNSET_VARIABLE_OF_THE_TESTS"))


def test_python_dicts_inside_policies_are_not_structs(tmp_path):
    # jsii converts a dict to a struct for a struct-typed argument (condition=...), not inside a list:
    # policies=[{...}] reaches the library as a plain map with Python key names. Use TokenPolicy(...).
    stack = TerraformStack(App(outdir=str(tmp_path / "cdktf.out")), "errors")
    with pytest.raises(RuntimeError, match=r"Missing required properties for cdktf-cloudflare-api-tokens\.TokenPolicy: 'effect', 'permissionGroups'"):
        AccountApiToken(
            stack, "bad", name="Dict",
            policies=[{"permission_groups": ["Zone Read"], "resources": {"com.cloudflare.api.account.zone.*": "*"}}],
        )


# Unknown or missing properties never pass silently from Python either. Keyword arguments and struct
# classes are checked by Python itself; a dict inside `policies` reaches the library through jsii, which
# drops keys that are not TypeScript property names and then insists on the required ones (all three
# properties of a policy are required, so a misspelt one is always reported).
ZONES = {"com.cloudflare.api.account.zone.*": "*"}
UNKNOWN_PROPERTY_CASES = {
    "dict_policy_capitalized_effect": (
        lambda s: AccountApiToken(s, "bad", name="Dict", policies=[{"Effect": "deny", "permissionGroups": ["Zone Read"], "resources": ZONES}]),
        RuntimeError, r"Missing required properties for cdktf-cloudflare-api-tokens\.TokenPolicy: 'effect'",
    ),
    "dict_policy_snake_case": (
        lambda s: AccountApiToken(s, "bad", name="Dict", policies=[{"effect": "allow", "permission_groups": ["Zone Read"], "resources": ZONES}]),
        RuntimeError, r"Missing required properties for cdktf-cloudflare-api-tokens\.TokenPolicy: 'permissionGroups'",
    ),
    "policy_without_effect": (
        lambda s: AccountApiToken(s, "bad", name="NoEffect", policies=[TokenPolicy(permission_groups=["Zone Read"], resources=ZONES)]),
        TypeError, r"missing 1 required keyword-only argument: 'effect'",
    ),
    "unknown_keyword": (
        lambda s: AccountApiToken(s, "bad", name="Kw", policies=[ZONE_READ_EVERYWHERE], expires_at="2030-01-01T00:00:00Z"),
        TypeError, r"unexpected keyword argument 'expires_at'",
    ),
    "condition_dict_camel_case": (
        lambda s: AccountApiToken(s, "bad", name="Cond", policies=[ZONE_READ_EVERYWHERE], condition={"requestIp": {"in_": ["10.0.0.0/8"]}}),
        TypeError, r"unexpected keyword argument 'requestIp'",
    ),
    "request_ip_dict_unknown_key": (
        lambda s: AccountApiToken(s, "bad", name="Cond", policies=[ZONE_READ_EVERYWHERE], condition={"request_ip": {"in_": ["10.0.0.0/8"], "notIn": ["10.0.0.1"]}}),
        TypeError, r"unexpected keyword argument 'notIn'",
    ),
    "resource_key_proto": (
        lambda s: AccountApiToken(s, "bad", name="Proto", policies=[zone_read(resources={**ZONES, "__proto__": ZONES})]),
        RuntimeError, r"Key '__proto__' is not supported in maps or JSON values",
    ),
    "r2_unknown_keyword": (
        lambda s: R2BucketToken(s, "bad", bucket_name="reports", access="read", bucket_nmae="x"),
        TypeError, r"unexpected keyword argument 'bucket_nmae'",
    ),
}


@pytest.mark.parametrize("case_id", sorted(UNKNOWN_PROPERTY_CASES))
def test_unknown_or_missing_properties_are_refused_in_python(case_id, tmp_path):
    build, error, pattern = UNKNOWN_PROPERTY_CASES[case_id]
    stack = TerraformStack(App(outdir=str(tmp_path / "cdktf.out")), "errors")
    with pytest.raises(error, match=pattern):
        build(stack)


NO_ACCOUNT_SCRIPT = textwrap.dedent(
    """
    import os{set_before}
    from cdktf import App, TerraformStack
    from cdktf_cloudflare_api_tokens import AccountApiToken, TokenPolicy{set_after}
    stack = TerraformStack(App(outdir={outdir!r}), "s")
    try:
        AccountApiToken(stack, "t", name="T", policies=[
            TokenPolicy(effect="allow", permission_groups=["Zone Read"], resources={{"com.cloudflare.api.account.zone.*": "*"}})])
        print("OK")
    except RuntimeError as e:
        print(e)
    """
)
SET_ACCOUNT = '\nos.environ["CLOUDFLARE_ACCOUNT_ID"] = "023e105f4ecef8ad9ca31a8372d0c353"'


def run_without_account_env(tmp_path, set_before="", set_after=""):
    env = {k: v for k, v in os.environ.items() if k != "CLOUDFLARE_ACCOUNT_ID"}
    script = NO_ACCOUNT_SCRIPT.format(set_before=set_before, set_after=set_after, outdir=str(tmp_path / "out"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_missing_account_id_and_a_late_os_environ_change(tmp_path):
    # The library reads CLOUDFLARE_ACCOUNT_ID in its Node.js process, which copies the environment when
    # it starts (at the first import of cdktf): setting os.environ after that import does not reach it,
    # and the message says so.
    assert run_without_account_env(tmp_path, set_after=SET_ACCOUNT) == (
        'AccountApiToken "s/t": no account id. Pass account_id (32 hex characters) or set CLOUDFLARE_ACCOUNT_ID in the environment '
        "before the program starts (the library reads it when the first cdktf import starts its Node.js process; os.environ changes "
        "after that do not reach it)."
    )


def test_account_id_from_os_environ_set_before_the_first_cdktf_import(tmp_path):
    assert run_without_account_env(tmp_path, set_before=SET_ACCOUNT) == "OK"
