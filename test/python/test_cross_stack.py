"""Cross-stack references of the S3 credentials: stack B outputs stack A's access_key_id and
secret_access_key. cdktf moves them through remote state: the secret crosses as the hash that A
computes (never the token value), both are wrapped in sensitive() in B, and A's cross-stack outputs
are sensitive."""

import re

import pytest
from cdktf import TerraformOutput, TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider

from conftest import synth_stacks
from cdktf_cloudflare_api_tokens import R2Access, R2BucketToken, Resources, TokenPolicy, TokenRotation, UserApiToken
from cross_stack_consumer import CrossStackConsumerStack
from r2_presigned_urls import R2PresignedUrlsStack
from value_guard_text import guarded_secret_pattern, hash_local_pattern

REMOTE = r"data\.terraform_remote_state\.cross-stack-reference-input-{stack}\.outputs\.(cross-stack-output-[\w.-]+)"


def cross_stack_outputs(producer_json):
    return {name: out for name, out in producer_json["output"].items() if name.startswith("cross-stack-output-")}


def check_consumer(consumer_json, producer_json, producer_name):
    remote_state = consumer_json["data"]["terraform_remote_state"]
    assert list(remote_state) == [f"cross-stack-reference-input-{producer_name}"]
    assert remote_state[f"cross-stack-reference-input-{producer_name}"]["backend"] == "local"
    remote = REMOTE.format(stack=re.escape(producer_name))

    key = consumer_json["output"]["app_access_key_id"]
    secret = consumer_json["output"]["app_secret_access_key"]
    assert key["sensitive"] is True and secret["sensitive"] is True
    key_ref = re.fullmatch(r"\$\{sensitive\(" + remote + r"\)\}", key["value"])
    secret_ref = re.fullmatch(guarded_secret_pattern(remote), secret["value"])
    assert key_ref, key["value"]
    assert secret_ref, secret["value"]

    # Both come from sensitive outputs of the producer: the token id and the producer's local that holds
    # sha256(value). No output of the producer carries the raw value.
    outputs = cross_stack_outputs(producer_json)
    id_output, hash_output = outputs[key_ref.group(1)], outputs[secret_ref.group(1)]
    assert id_output["sensitive"] is True and hash_output["sensitive"] is True
    assert id_output["value"].endswith(".id}")
    hash_local = re.fullmatch(r"\$\{local\.([\w-]+)\}", hash_output["value"]).group(1)
    assert re.fullmatch(hash_local_pattern(r"cloudflare_\w+\.[\w-]+\.value"), producer_json["locals"][hash_local])
    assert not any(out["value"].endswith(".value}") for out in outputs.values())


def test_example_token_credentials_cross_stacks(app):
    producer = R2PresignedUrlsStack(app, "stack-a")
    CrossStackConsumerStack(app, "stack-b", producer.r2_token)
    stacks = synth_stacks(app)
    check_consumer(stacks["stack-b"], stacks["stack-a"], "stack-a")
    # Stack A keeps its own sensitive credential outputs too.
    assert stacks["stack-a"]["output"]["r2-access-token_secret_access_key"]["sensitive"] is True
    assert "terraform_remote_state" not in stacks["stack-a"].get("data", {})


@pytest.mark.parametrize("kind", ["r2-preset", "user-token"])
def test_other_token_kinds_cross_stacks(app, kind):
    producer = TerraformStack(app, "producer")
    CloudflareProvider(producer, "cloudflare")
    if kind == "r2-preset":
        token = R2BucketToken(producer, "uploads", bucket_name="uploads", access=R2Access.READ_WRITE)
    else:
        token = UserApiToken(
            producer,
            "uploads",
            name="Uploads",
            policies=[TokenPolicy(effect="allow", permission_groups=["Workers R2 Storage Write"], resources=Resources.all_r2_buckets_of_account("a" * 32))],
        )
    consumer = TerraformStack(app, "consumer")
    TerraformOutput(consumer, "app_access_key_id", value=token.access_key_id, sensitive=True)
    TerraformOutput(consumer, "app_secret_access_key", value=token.secret_access_key, sensitive=True)
    stacks = synth_stacks(app)
    check_consumer(stacks["consumer"], stacks["producer"], "producer")


def test_rotated_token_credentials_cross_stacks(app):
    # The current and previous keys cross as the producer's hashes; which token is current is decided
    # again in the consumer, from the clocks' rotation times, which cross too.
    producer = TerraformStack(app, "producer")
    CloudflareProvider(producer, "cloudflare")
    token = R2BucketToken(
        producer, "uploads", bucket_name="uploads", access=R2Access.READ, rotation=TokenRotation(every="30d", overlap="7d")
    )
    consumer = TerraformStack(app, "consumer")
    TerraformOutput(consumer, "app_access_key_id", value=token.access_key_id, sensitive=True)
    TerraformOutput(consumer, "app_secret_access_key", value=token.secret_access_key, sensitive=True)
    TerraformOutput(consumer, "app_previous_secret_access_key", value=token.previous_secret_access_key, sensitive=True)
    TerraformOutput(consumer, "app_next_rotation", value=token.next_rotation)
    stacks = synth_stacks(app)
    consumer_json, producer_json = stacks["consumer"], stacks["producer"]
    remote = REMOTE.format(stack="producer")

    outputs = consumer_json["output"]
    for name in ("app_secret_access_key", "app_previous_secret_access_key"):
        ref = re.fullmatch(guarded_secret_pattern(remote), outputs[name]["value"])
        assert ref and outputs[name]["sensitive"] is True, outputs[name]
        hash_output = cross_stack_outputs(producer_json)[ref.group(1)]
        local = re.fullmatch(r"\$\{local\.([\w-]+)\}", hash_output["value"]).group(1)
        assert re.fullmatch(hash_local_pattern(r".*\.value.*"), producer_json["locals"][local])
    key = outputs["app_access_key_id"]["value"]
    assert key.startswith("${sensitive((timecmp(") and "cloudflare_account_token" not in key.replace("cross-stack-output-cloudflare", "")
    assert "time_rotating" in outputs["app_next_rotation"]["value"]
    assert all(out["sensitive"] is True for out in cross_stack_outputs(producer_json).values())
    assert not any(out["value"].endswith(".value}") for out in cross_stack_outputs(producer_json).values())
