"""DeployToken and DeployPermissionsReport from Python: the bootstrap recipe of docs/deploy-tokens.md."""

import json
from pathlib import Path

import cdktf
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_cloudflare.dns_record import DnsRecord
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cdktf_provider_cloudflare.r2_bucket import R2Bucket

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from cdktf_cloudflare_api_tokens import DeployAccess, DeployPermissionsReport, DeployToken, PermissionGroups

ZONE = "fedcba9876543210fedcba9876543210"


def app_stacks(app):
    web = TerraformStack(app, "web")
    CloudflareProvider(web, "cloudflare")
    R2Bucket(web, "bucket", account_id=ACCOUNT, name="assets")
    DnsRecord(web, "www", zone_id=ZONE, name="www", type="A", content="192.0.2.1", ttl=1)
    return web


def token_json(stack):
    synthesized = json.loads(cdktf.Testing.synth(stack))
    return next(iter(synthesized["resource"]["cloudflare_account_token"].values()))


def test_deploy_token_holds_the_stack_groups_per_place(tmp_path):
    app = App(outdir=str(tmp_path))
    web = app_stacks(app)
    bootstrap = TerraformStack(app, "bootstrap")
    CloudflareProvider(bootstrap, "cloudflare")
    DeployToken(bootstrap, "ci", stacks=[web], access=DeployAccess.DEPLOY, expires_on="2030-01-01T00:00:00Z")
    token = token_json(bootstrap)
    assert token["expires_on"] == "2030-01-01T00:00:00Z"
    by_resources = {p["resources"]: sorted(g["id"] for g in p["permission_groups"]) for p in token["policies"]}
    assert by_resources == {
        json.dumps({f"com.cloudflare.api.account.{ACCOUNT}": "*"}, separators=(",", ":")): [PermissionGroups.WORKERS_R2_STORAGE_WRITE],
        json.dumps({f"com.cloudflare.api.account.{ACCOUNT}": {f"com.cloudflare.api.account.zone.{ZONE}": "*"}}, separators=(",", ":")): [
            PermissionGroups.DNS_WRITE
        ],
    }
    app.synth()
    report = json.loads((Path(tmp_path) / "stacks" / "web" / "deploy-permissions.json").read_text())
    assert [p["place"] for p in report["places"]] == [f"account:{ACCOUNT}", f"zone:{ZONE}"]


def test_plan_token_and_errors_in_python_spelling():
    app = App()
    web = app_stacks(app)
    bootstrap = TerraformStack(app, "bootstrap")
    DeployToken(bootstrap, "pr", stacks=[web], access=DeployAccess.PLAN)
    groups = sorted(g["id"] for p in token_json(bootstrap)["policies"] for g in p["permission_groups"])
    assert groups == sorted([PermissionGroups.WORKERS_R2_STORAGE_READ, PermissionGroups.DNS_READ])
    try:
        DeployToken(bootstrap, "bad", stacks=[web], access="apply")
    except Exception as error:  # jsii raises a RuntimeError carrying the library's message
        assert 'access "apply" is not valid' in str(error)
    else:
        raise AssertionError("expected an error")


def test_report_for_every_stack(tmp_path):
    app = App(outdir=str(tmp_path))
    app_stacks(app)
    DeployPermissionsReport.for_every_stack(app)
    app.synth()
    text = (Path(tmp_path) / "stacks" / "web" / DeployPermissionsReport.TEXT_FILE).read_text()
    assert "DNS Write [deploy]" in text
