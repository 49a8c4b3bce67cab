"""The installed wheel describes itself honestly: the version package.json gives, a pre-release status, and its license."""

import json
from importlib.metadata import metadata, version
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_version_is_the_package_version():
    expected = json.loads((REPO / "package.json").read_text())["version"]
    assert expected != "0.0.0"
    assert version("cdktf-cloudflare-api-tokens") == expected


def test_classifiers_say_beta_and_apache_2():
    classifiers = metadata("cdktf-cloudflare-api-tokens").get_all("Classifier")
    assert "Development Status :: 4 - Beta" in classifiers
    assert "Development Status :: 5 - Production/Stable" not in classifiers
    assert "License :: OSI Approved :: Apache Software License" in classifiers
