"""Shared fixtures of the Python binding tests.

The library runs in a Node.js process (the jsii kernel) that starts at the first import of a jsii
package and copies the environment of that moment, so CLOUDFLARE_ACCOUNT_ID is set here, before any
test module imports cdktf.
"""

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

# The account of Cloudflare's API documentation (as in examples/app.ts); both sides synthesize with it.
DOCS_EXAMPLE_ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353"
os.environ["CLOUDFLARE_ACCOUNT_ID"] = DOCS_EXAMPLE_ACCOUNT_ID

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
EXAMPLES = HERE / "examples"
# The examples import each other as top-level modules, as in a cdktf Python project (`python main.py`).
sys.path.insert(0, str(EXAMPLES))

TS_REFERENCE_TIMEOUT = 300


def read_stacks(outdir: Path) -> Dict[str, Any]:
    """{stack name: parsed cdk.tf.json} of an app synthesized into outdir."""
    stacks_dir = Path(outdir) / "stacks"
    return {p.name: json.loads((p / "cdk.tf.json").read_text()) for p in sorted(stacks_dir.iterdir()) if p.is_dir()}


def normalize(tf_json: Any, drop_metadata: bool = True) -> Any:
    """The synthesized JSON with local state paths (absolute, from the working directory) cut to their
    file name and, unless drop_metadata is false, without cdktf metadata (every "//" key: construct
    paths, unique ids, the stack's metadata)."""
    if isinstance(tf_json, list):
        return [normalize(v, drop_metadata) for v in tf_json]
    if not isinstance(tf_json, dict):
        return tf_json
    out = {k: normalize(v, drop_metadata) for k, v in tf_json.items() if not (drop_metadata and k == "//")}
    local = out.get("terraform", {}).get("backend", {}).get("local")
    if isinstance(local, dict) and "path" in local:
        local["path"] = os.path.basename(local["path"])
    for state in out.get("data", {}).get("terraform_remote_state", {}).values():
        config = state.get("config", {})
        if "path" in config:
            config["path"] = os.path.basename(config["path"])
    return out


@pytest.fixture(scope="session")
def ts_reference(tmp_path_factory) -> Dict[str, Any]:
    """The TypeScript side, from test/python/ts_reference.ts: {"stacks": {...}, "errors": {...}}."""
    outdir = tmp_path_factory.mktemp("ts-reference")
    # JSII_AGENT as the jsii runtime sets it for this process's library: the messages are worded for Python.
    env = {**os.environ, "CLOUDFLARE_ACCOUNT_ID": DOCS_EXAMPLE_ACCOUNT_ID, "JSII_AGENT": f"Python/{platform.python_version()}"}
    cmd = [
        "npx", "--no-install", "ts-node", "--transpile-only", "-P", "tsconfig.dev.json",
        str(HERE / "ts_reference.ts"), str(outdir),
    ]
    try:
        done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=TS_REFERENCE_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ts_reference.ts did not finish in {TS_REFERENCE_TIMEOUT}s")
    if done.returncode != 0:
        pytest.fail(f"ts_reference.ts failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return {"stacks": read_stacks(outdir), "errors": json.loads((outdir / "errors.json").read_text())}


def synth_stacks(app) -> Dict[str, Any]:
    """Synthesizes a whole app; {stack name: parsed cdk.tf.json}."""
    app.synth()
    return read_stacks(Path(app.outdir))


@pytest.fixture
def app(tmp_path):
    """A fresh cdktf App writing to a temporary directory."""
    from cdktf import App

    return App(outdir=str(tmp_path / "cdktf.out"))
