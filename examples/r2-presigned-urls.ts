// A bucket and a token scoped to it. The S3 client part
// runs after `cdktf deploy`, on the outputs: see presign.ts.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { AccountApiToken } from '../src';

export class R2PresignedUrlsStack extends TerraformStack {
  /** The token, for other stacks that use its credentials. */
  public readonly r2Token: AccountApiToken;

  public constructor(scope: Construct, id: string, bucketName = 'my-bucket') {
    super(scope, id);
    cloudflareProvider(this);

    // Create R2 bucket
    const bucket = new R2Bucket(this, 'my-bucket', {
      accountId: process.env.CLOUDFLARE_ACCOUNT_ID!,
      name: bucketName,
    });

    // Create API token with R2 permissions
    const r2Token = new AccountApiToken(this, 'r2-access-token', {
      name: 'R2 Access Token',
      policies: [
        {
          effect: 'allow',
          permissionGroups: [
            'Workers R2 Storage Read',
            'Workers R2 Storage Write',
          ],
          resources: {
            [`com.cloudflare.edge.r2.bucket.${process.env.CLOUDFLARE_ACCOUNT_ID}_${bucket.jurisdiction ?? 'default'}_${bucket.name}`]:
              '*',
          },
        },
      ],
    });
    this.r2Token = r2Token;

    new TerraformOutput(this, 'bucket_name', { value: bucket.name });
    new TerraformOutput(this, 'endpoint', { value: r2Token.r2Endpoint() });
  }
}
