// R2 read/write on the token's own account.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { AccountApiToken } from '../src';

export class AccountTokenStack extends TerraformStack {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    cloudflareProvider(this);

    new AccountApiToken(this, 'account-access-token', {
      name: 'Account R2 Token',
      policies: [
        {
          effect: 'allow',
          permissionGroups: ['Workers R2 Storage Write', 'Workers R2 Storage Read'],
          resources: {
            'com.cloudflare.api.account': '*',
          },
        },
      ],
    });
  }
}
