"""Python startup case, reference side: `import cdktf` alone (the framework's own start-up cost)."""
import os

from pyreport import mark, report

mark("start")
import cdktf  # noqa: E402,F401

mark("import")
report(outdir=os.environ["BENCH_OUTDIR"])
