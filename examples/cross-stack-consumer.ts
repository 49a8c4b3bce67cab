// Another stack of the same app that uses the R2 token's credentials: cdktf carries them through remote
// state, and they stay sensitive here.
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AccountApiToken } from '../src';

export class CrossStackConsumerStack extends TerraformStack {
  public constructor(scope: Construct, id: string, token: AccountApiToken) {
    super(scope, id);

    new TerraformOutput(this, 'app_access_key_id', { value: token.accessKeyId, sensitive: true });
    new TerraformOutput(this, 'app_secret_access_key', { value: token.secretAccessKey, sensitive: true });
  }
}
