"""The installed wheel describes itself honestly: the version package.json gives, a pre-release status, its license,
and a description whose Python blocks are Python."""

import json
import re
from importlib.metadata import metadata, version
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_version_is_the_package_version():
    # 0.0.0 in a build from a clone; the release workflow's bump writes the released version first (CONTRIBUTING.md).
    expected = json.loads((REPO / "package.json").read_text())["version"]
    assert version("cdktf-cloudflare-api-tokens") == expected


def test_classifiers_say_beta_and_apache_2():
    classifiers = metadata("cdktf-cloudflare-api-tokens").get_all("Classifier")
    assert "Development Status :: 4 - Beta" in classifiers
    assert "Development Status :: 5 - Production/Stable" not in classifiers
    assert "License :: OSI Approved :: Apache Software License" in classifiers


def test_description_labels_no_typescript_as_python():
    description = metadata("cdktf-cloudflare-api-tokens").get_payload()
    python_blocks = re.findall(r"```python\n(.*?)```", description, re.S)
    assert python_blocks, "the description has the README's Python examples"
    typescript = [block for block in python_blocks if re.search(r"^\s*(const |import \{|new \w+\()", block, re.M)]
    assert typescript == []
    assert "```TypeScript" in description


def test_docstring_examples_are_python():
    from cdktf_cloudflare_api_tokens import AccountApiToken, CloudflareProviderVersion, IApiToken

    assert "TokenPolicy(" in AccountApiToken.__doc__ and "permission_groups=" in AccountApiToken.__doc__
    assert "new AccountApiToken" not in AccountApiToken.__doc__
    assert "CloudflareProviderVersion.pin(self)" in CloudflareProviderVersion.__doc__
    assert "deployer.grant_r2_bucket(R2BucketRef.from_bucket(bucket), R2Access.READ_WRITE)" in IApiToken.__doc__
