"""The README's Python section quotes the example files the tests run, word for word, and every example file is
quoted; the install line pins what scripts/test-python.sh tests against (package.json's devDependencies)."""

import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DOCS = REPO / "README.md"
EXAMPLES = HERE / "examples"

# <!-- test/python/examples/<file> --> on the line before a ```python block.
QUOTED = re.compile(r"<!-- (test/python/examples/[\w.]+) -->\n```python\n(.*?)```", re.S)


@pytest.fixture(scope="module")
def docs():
    return DOCS.read_text()


def test_every_python_block_is_an_example_file(docs):
    python_blocks = docs.count("```python\n")
    quoted = QUOTED.findall(docs)
    assert len(quoted) == python_blocks, "a ```python block without <!-- test/python/examples/... --> before it"
    for path, body in quoted:
        assert body == (REPO / path).read_text(), f"README.md differs from {path}"


def test_every_example_file_is_quoted(docs):
    quoted = {path for path, _ in QUOTED.findall(docs)}
    files = {f"test/python/examples/{p.name}" for p in EXAMPLES.glob("*.py")}
    assert files == quoted


def test_install_line_pins_the_tested_versions(docs):
    dev_dependencies = json.loads((REPO / "package.json").read_text())["devDependencies"]
    cdktf_version = dev_dependencies["cdktf"]
    # The library needs no prebuilt provider package: the install line names only the framework.
    assert f"pip install /path/to/clone/dist/python/cdktf_cloudflare_api_tokens-*.whl cdktf=={cdktf_version}\n" in docs
    provider_version = dev_dependencies["@cdktf/provider-cloudflare"]
    assert provider_version in docs
