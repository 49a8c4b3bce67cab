// The one-line least-privilege preset: read-only S3 credentials for one bucket, with its endpoint.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { R2Access, R2BucketToken } from '../src';

export class R2BucketPresetStack extends TerraformStack {
  public constructor(scope: Construct, id: string, bucketName = 'reports') {
    super(scope, id);
    cloudflareProvider(this);

    const bucket = new R2Bucket(this, 'reports', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: bucketName });
    new R2BucketToken(this, 'reports-reader', { bucket, access: R2Access.READ });
  }
}
