// A rotated R2 reader: new S3 credentials every 30 days, the previous ones still valid for 7 days after
// each rotation. Rotation happens on `cdktf deploy`, so deploys must run on a schedule (daily, say).
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from './provider';
import { R2Access, R2BucketToken } from '../src';

export class RotatedR2ReaderStack extends TerraformStack {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    cloudflareProvider(this);

    const bucket = new R2Bucket(this, 'archive', { accountId: process.env.CLOUDFLARE_ACCOUNT_ID!, name: 'archive' });
    new R2BucketToken(this, 'archive-reader', {
      bucket,
      access: R2Access.READ,
      rotation: { every: '30d', overlap: '7d' },
    });
  }
}
