# The examples as one cdktf app (cdktf.json: "app": "python main.py"). Run `cdktf synth` with
# CLOUDFLARE_ACCOUNT_ID set in the environment.
from cdktf import App

from account_token import AccountTokenStack
from cross_stack_consumer import CrossStackConsumerStack
from r2_bucket_preset import R2BucketPresetStack
from r2_presigned_urls import R2PresignedUrlsStack
from readonly_token import ReadonlyTokenStack
from restricted_token import RestrictedTokenStack
from rotated_r2_reader import RotatedR2ReaderStack


def build_app(outdir: str | None = None) -> App:
    app = App(outdir=outdir) if outdir else App()
    ReadonlyTokenStack(app, "readonly-token")
    r2 = R2PresignedUrlsStack(app, "r2-presigned-urls")
    RestrictedTokenStack(app, "restricted-token")
    AccountTokenStack(app, "account-token")
    R2BucketPresetStack(app, "r2-bucket-preset")
    CrossStackConsumerStack(app, "r2-consumer", r2.r2_token)
    RotatedR2ReaderStack(app, "rotated-r2-reader")
    return app


if __name__ == "__main__":
    build_app().synth()
