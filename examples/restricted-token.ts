// A token valid in a time window and from one IP range, less one address.
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { AccountApiToken } from '../src';

export class RestrictedTokenStack extends TerraformStack {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    cloudflareProvider(this);

    new AccountApiToken(this, 'restricted-token', {
      name: 'Restricted Access Token',
      policies: [
        {
          effect: 'allow',
          permissionGroups: ['Worker Routes Edit'],
          resources: {
            'com.cloudflare.api.account.worker.route.*': '*',
          },
        },
      ],
      notBefore: '2026-01-01T00:00:00Z',
      expiresOn: '2035-12-31T23:59:59Z',
      condition: {
        requestIp: {
          in: ['192.168.1.0/24'],
          notIn: ['192.168.1.100/32'],
        },
      },
    });
  }
}
