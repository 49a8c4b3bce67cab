"""Bad input fails at synth time in Python as in TypeScript: a RuntimeError carrying the library's
message, word for word the message TypeScript users get (the case ids match ERROR_CASES in
ts_reference.ts)."""

import os
import re
import subprocess
import sys
import textwrap

import pytest
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket

from cdktf_cloudflare_api_tokens import (
    AccountApiToken,
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


# id -> (build(stack), regex the message must match)
ERROR_CASES = {
    "unknown_permission_group": (
        lambda s: AccountApiToken(
            s, "bad", name="Typo",
            policies=[TokenPolicy(effect="allow", permission_groups=["Zone Reed"], resources={"com.cloudflare.api.account.zone.*": "*"})],
        ),
        r'unknown permission group "Zone Reed"\. Closest names: "Zone Read", ',
    ),
    "empty_policies": (
        # Grants may still add policies, so an empty list fails at synth.
        lambda s: (AccountApiToken(s, "bad", name="Nothing", policies=[]), App.of(s).synth()),
        r'AccountApiToken "errors/bad": the token has no policies\. Give at least one in policies',
    ),
    "empty_permission_groups": (
        lambda s: AccountApiToken(s, "bad", name="Nothing", policies=[zone_read(permission_groups=[])]),
        r"policy #1: permissionGroups is empty",
    ),
    "bad_effect": (
        lambda s: AccountApiToken(s, "bad", name="Permit", policies=[zone_read(effect="permit")]),
        r'effect "permit" is not valid; use "allow" or "deny"',
    ),
    "non_rfc3339_time": (
        lambda s: AccountApiToken(s, "bad", name="Time", policies=[ZONE_READ_EVERYWHERE], not_before="2024-01-01 00:00:00"),
        r'notBefore "2024-01-01 00:00:00" is not an RFC 3339 time; use one such as',
    ),
    "expires_before_not_before": (
        lambda s: AccountApiToken(
            s, "bad", name="Time", policies=[ZONE_READ_EVERYWHERE],
            not_before="2031-01-01T00:00:00Z", expires_on="2030-12-31T23:59:59Z",
        ),
        r'expiresOn "2030-12-31T23:59:59Z" is not after notBefore "2031-01-01T00:00:00Z"',
    ),
    "bad_ip": (
        lambda s: AccountApiToken(
            s, "bad", name="IP", policies=[ZONE_READ_EVERYWHERE], condition={"request_ip": {"in_": ["300.1.1.1"]}},
        ),
        r'condition\.requestIp\.in entry "300\.1\.1\.1" is not an IP address or CIDR range',
    ),
    "bad_ip_not_in": (
        lambda s: AccountApiToken(
            s, "bad", name="IP", policies=[ZONE_READ_EVERYWHERE],
            condition=TokenCondition(request_ip=RequestIpCondition(not_in=["10.0.0.0/33"])),
        ),
        r'condition\.requestIp\.notIn entry "10\.0\.0\.0/33"',
    ),
    "bad_account_id": (
        lambda s: AccountApiToken(s, "bad", name="Account", account_id="abc", policies=[ZONE_READ_EVERYWHERE]),
        r'Invalid account id "abc": a Cloudflare account id is 32 lowercase hex characters',
    ),
    "empty_name": (
        lambda s: AccountApiToken(s, "bad", name="", policies=[ZONE_READ_EVERYWHERE]),
        r'name is ""; give the token a non-empty name',
    ),
    "bad_status": (
        lambda s: AccountApiToken(s, "bad", name="Status", policies=[ZONE_READ_EVERYWHERE], status="paused"),
        r'status "paused" is not valid; use "active" or "disabled"',
    ),
    "empty_resources": (
        lambda s: AccountApiToken(s, "bad", name="Resources", policies=[zone_read(resources={})]),
        r"resources is empty\. Name at least one resource",
    ),
    "user_token_bare_account_key": (
        lambda s: UserApiToken(
            s, "bad", name="User",
            policies=[TokenPolicy(effect="allow", permission_groups=["Workers R2 Storage Read"], resources={"com.cloudflare.api.account": "*"})],
        ),
        r'the bare key "com\.cloudflare\.api\.account" means "the token\'s own account", and a user-owned token has none',
    ),
    "bad_bucket_name": (
        lambda s: R2BucketToken(s, "bad", bucket_name="My_Bucket", access="read"),
        r'Invalid R2 bucket name "My_Bucket": use 3 to 63 characters',
    ),
    "bad_jurisdiction": (
        lambda s: R2BucketToken(s, "bad", bucket_name="reports", jurisdiction="mars", access="read"),
        r'Invalid R2 jurisdiction "mars": use one of "default", "eu", "fedramp"',
    ),
    "bad_access": (
        lambda s: R2BucketToken(s, "bad", bucket_name="reports", access="admin"),
        r'access "admin" is not valid; use "read", "write" or "read-write"',
    ),
    "bucket_and_bucket_name": (
        lambda s: R2BucketToken(
            s, "bad",
            bucket=R2Bucket(s, "bucket", account_id=os.environ["CLOUDFLARE_ACCOUNT_ID"], name="reports"),
            bucket_name="reports",
            access="read",
        ),
        r"give exactly one of bucket \(an R2Bucket resource\) and bucketName",
    ),
    "name_too_long": (
        lambda s: AccountApiToken(s, "bad", name="n" * 121, policies=[ZONE_READ_EVERYWHERE]),
        r"name is 121 characters long; Cloudflare takes at most 120",
    ),
    "ipv6_zone_index": (
        lambda s: AccountApiToken(s, "bad", name="IP", policies=[ZONE_READ_EVERYWHERE], condition={"request_ip": {"in_": ["fe80::1%eth0"]}}),
        r'entry "fe80::1%eth0" has an IPv6 zone index',
    ),
    "time_past_year_9999": (
        lambda s: AccountApiToken(s, "bad", name="Time", policies=[ZONE_READ_EVERYWHERE], expires_on="9999-12-31T23:30:00-01:00"),
        r"is \+010000-01-01T00:30:00Z in UTC, outside the years 0001 to 9999",
    ),
    "resource_key_interpolation": (
        lambda s: AccountApiToken(s, "bad", name="Key", policies=[zone_read(resources={"com.cloudflare.api.account.zone.${local.x}": "*"})]),
        r'has the key "com\.cloudflare\.api\.account\.zone\.\$\{local\.x\}", which is not a Cloudflare resource key',
    ),
    "resource_key_too_deep": (
        lambda s: AccountApiToken(
            s, "bad", name="Deep",
            policies=[zone_read(resources={"com.cloudflare.api.account.zone.*": {"com.cloudflare.api.account.zone.dns.*": "*"}})],
        ),
        r"nests resources 3 levels deep; Cloudflare takes at most 2",
    ),
    "output_name_collision": (
        lambda s: [AccountApiToken(s, "a.b", name="A", policies=[ZONE_READ_EVERYWHERE]), AccountApiToken(s, "a_b", name="B", policies=[ZONE_READ_EVERYWHERE])],
        r'AccountApiToken "errors/a_b": its output "a_b_access_key_id" has the same name as the output of AccountApiToken "errors/a\.b"',
    ),
    # A prototype-named key is refused, not dropped ("__proto__" is refused by jsii itself, see below).
    "resource_key_constructor": (
        lambda s: AccountApiToken(s, "bad", name="Proto", policies=[zone_read(resources={"constructor": "*"})]),
        r'resources has the key "constructor", which is not a Cloudflare resource key',
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
}

# The jsii kernel reports an error thrown inside a method call as "Error: <message>", and one thrown by a
# constructor as "<message>".
METHOD_CASES = {"resources_account_helper", "r2_endpoint_jurisdiction", "token_r2_endpoint_jurisdiction"}


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
    # it starts (at the first import of cdktf): setting os.environ after that import does not reach it.
    assert run_without_account_env(tmp_path, set_after=SET_ACCOUNT) == (
        'AccountApiToken "s/t": no account id. Pass accountId (32 hex characters) or set CLOUDFLARE_ACCOUNT_ID before synth.'
    )


def test_account_id_from_os_environ_set_before_the_first_cdktf_import(tmp_path):
    assert run_without_account_env(tmp_path, set_before=SET_ACCOUNT) == "OK"
