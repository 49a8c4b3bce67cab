# Another stack of the same app that uses the R2 token's credentials: cdktf carries them through remote
# state, and they stay sensitive here.
from cdktf import TerraformOutput, TerraformStack
from constructs import Construct

from cdktf_cloudflare_api_tokens import AccountApiToken


class CrossStackConsumerStack(TerraformStack):
    def __init__(self, scope: Construct, id: str, token: AccountApiToken) -> None:
        super().__init__(scope, id)

        TerraformOutput(self, "app_access_key_id", value=token.access_key_id, sensitive=True)
        TerraformOutput(self, "app_secret_access_key", value=token.secret_access_key, sensitive=True)
