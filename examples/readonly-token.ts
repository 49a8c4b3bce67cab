// A read-only token for every zone of the account.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { AccountApiToken } from '../src';

export class ReadonlyTokenStack extends TerraformStack {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    cloudflareProvider(this);

    new AccountApiToken(this, 'readonly-token', {
      name: 'Readonly Zone Token',
      policies: [
        {
          effect: 'allow',
          permissionGroups: ['Zone Read', 'Analytics Read'],
          resources: {
            'com.cloudflare.api.account.zone.*': '*',
          },
        },
      ],
    });
  }
}
