"""Whole-process wall time of `python -c "import ...; synth one AccountApiToken"`, run N times (default 5)
in fresh interpreters; prints each time and the median. Run with the test venv's Python:

    node_modules/.cache/python-test-venv/bin/python test/python/measure_import_synth.py [N]

(scripts/test-python.sh --measure does that after the tests.)"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

SNIPPET = """
from cdktf import App, TerraformStack
from cdktf_cdktf_provider_cloudflare.provider import CloudflareProvider
from cdktf_cloudflare_api_tokens import AccountApiToken, TokenPolicy
app = App(outdir={outdir!r})
stack = TerraformStack(app, "measure")
CloudflareProvider(stack, "cloudflare")
AccountApiToken(stack, "readonly-token", account_id="023e105f4ecef8ad9ca31a8372d0c353", name="Readonly Zone Token",
    policies=[TokenPolicy(effect="allow", permission_groups=["Zone Read", "Analytics Read"], resources={{"com.cloudflare.api.account.zone.*": "*"}})])
app.synth()
"""


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            code = SNIPPET.format(outdir=os.path.join(tmp, f"out{i}"))
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=300)
            times.append(time.perf_counter() - start)
            if not os.path.exists(os.path.join(tmp, f"out{i}", "stacks", "measure", "cdk.tf.json")):
                sys.exit("the snippet did not synthesize")
    print("import + synth one AccountApiToken: " + ", ".join(f"{t:.2f}s" for t in times) + f"; median {statistics.median(times):.2f}s")


if __name__ == "__main__":
    main()
