"""The doc's "after cdktf deploy" snippet (examples/presign.py): it reads the outputs file that
`cdktf output --outputs-file ... --outputs-file-include-sensitive-outputs` writes for the R2 example
and signs a GET URL for the R2 S3 endpoint with region auto. No network: boto3 signs locally."""

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from cdktf import App

from conftest import DOCS_EXAMPLE_ACCOUNT_ID as ACCOUNT
from conftest import read_stacks
from r2_presigned_urls import R2PresignedUrlsStack

pytest.importorskip("boto3")
from presign import presigned_url  # noqa: E402

ACCESS_KEY_ID = "f" * 32  # the token id
SECRET_ACCESS_KEY = "e" * 64  # sha256 of the token value


def outputs_file_of(mapping, values):
    """What the cdktf CLI writes: the stack's "//".outputs map, each Terraform output name replaced by
    the output's value (cli-core's getConstructIdsForOutputs)."""
    return {k: values[v] if isinstance(v, str) else outputs_file_of(v, values) for k, v in mapping.items()}


@pytest.fixture
def outputs_json(tmp_path):
    app = App(outdir=str(tmp_path / "cdktf.out"))
    R2PresignedUrlsStack(app, "r2-presigned-urls")
    app.synth()
    stack = read_stacks(tmp_path / "cdktf.out")["r2-presigned-urls"]
    values = {
        "bucket_name": "my-bucket",
        "endpoint": stack["output"]["endpoint"]["value"],  # a literal: the account is known at synth time
        "r2-access-token_access_key_id": ACCESS_KEY_ID,
        "r2-access-token_secret_access_key": SECRET_ACCESS_KEY,
    }
    path = tmp_path / "outputs.json"
    path.write_text(json.dumps(outputs_file_of(stack["//"]["outputs"], values), indent=2))
    return path


def test_outputs_file_layout(outputs_json):
    assert json.loads(outputs_json.read_text()) == {
        "r2-presigned-urls": {
            "bucket_name": "my-bucket",
            "endpoint": f"https://{ACCOUNT}.r2.cloudflarestorage.com",
            "r2-access-token": {"access_key_id": ACCESS_KEY_ID, "secret_access_key": SECRET_ACCESS_KEY},
        }
    }


def test_presigned_url(outputs_json):
    url = presigned_url(str(outputs_json), "path/to/file.pdf")
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    assert parsed.scheme == "https"
    assert parsed.netloc == f"{ACCOUNT}.r2.cloudflarestorage.com"
    assert parsed.path == "/my-bucket/path/to/file.pdf"
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    assert re.fullmatch(ACCESS_KEY_ID + r"/\d{8}/auto/s3/aws4_request", query["X-Amz-Credential"][0])
    assert query["X-Amz-Expires"] == ["3600"]
    assert re.fullmatch(r"[0-9a-f]{64}", query["X-Amz-Signature"][0])
