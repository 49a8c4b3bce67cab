"""A Python block in the README or a guide under docs/ is checked where it is shown: it quotes, word for word, an
example file that this suite runs, or it is marked illustrative. The README's install line pins what
scripts/test-python.sh tests against (package.json's devDependencies)."""

import json
import re
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
README = REPO / "README.md"
DOCS = [README, *sorted((REPO / "docs").glob("*.md"))]

QUOTE = re.compile(r"<!-- (test/python/examples/[\w.]+) -->")


def python_blocks(text):
    """(the line before the fence, the body) of each ```python block."""
    lines = text.split("\n")
    blocks = []
    for i, line in enumerate(lines):
        if line == "```python":
            end = lines.index("```", i + 1)
            blocks.append((lines[i - 1] if i > 0 else "", "\n".join(lines[i + 1 : end]) + "\n"))
    return blocks


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_python_block_quotes_an_example_file_or_is_illustrative(doc):
    # The line before a ```python fence: <!-- test/python/examples/<file> --> or <!-- illustrative -->.
    for marker, body in python_blocks(doc.read_text()):
        if marker == "<!-- illustrative -->":
            continue
        quoted = QUOTE.fullmatch(marker)
        assert quoted, f"{doc.name}: a ```python block without <!-- test/python/examples/... --> or <!-- illustrative --> before it"
        assert body == (REPO / quoted.group(1)).read_text(), f"{doc.name} differs from {quoted.group(1)}"


def test_the_readme_shows_python():
    assert len(QUOTE.findall(README.read_text())) >= 2


def test_install_line_pins_the_tested_versions():
    readme = README.read_text()
    dev_dependencies = json.loads((REPO / "package.json").read_text())["devDependencies"]
    cdktf_version = dev_dependencies["cdktf"]
    # The library needs no prebuilt provider package: the install line names only the framework.
    assert f"pip install /path/to/clone/dist/python/cdktf_cloudflare_api_tokens-*.whl cdktf=={cdktf_version}\n" in readme
    provider_version = dev_dependencies["@cdktf/provider-cloudflare"]
    assert provider_version in readme
