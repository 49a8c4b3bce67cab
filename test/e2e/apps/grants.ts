// One deploy token, built from what two parts of the app grant to it: a reader of the reports bucket and
// a writer of the uploads bucket. A third bucket is granted by nobody.
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { cloudflareProvider } from '../../../examples/provider';
import { AccountApiToken, Effect, IApiToken, R2Access, R2BucketRef, Resources } from '../../../src';

const accountId = process.env.CLOUDFLARE_ACCOUNT_ID!;

/** A part of the app that reads its bucket with whatever token it is given. */
class ReportsReader extends Construct {
  constructor(scope: Construct, id: string, token: IApiToken) {
    super(scope, id);
    const bucket = new R2Bucket(this, 'bucket', { accountId, name: 'reports' });
    token.grantR2Bucket(R2BucketRef.fromBucket(bucket), R2Access.READ);
  }
}

/** A part of the app that reads and writes its bucket (known by name) with the token it is given. */
class UploadsWriter extends Construct {
  constructor(scope: Construct, id: string, token: IApiToken) {
    super(scope, id);
    new R2Bucket(this, 'bucket', { accountId, name: 'uploads' });
    token.grantR2Bucket(R2BucketRef.fromName('uploads'), R2Access.READ_WRITE);
  }
}

const app = new App();
const stack = new TerraformStack(app, 'grants');
cloudflareProvider(stack);
const deploy = new AccountApiToken(stack, 'deploy', {
  name: 'deploy',
  policies: [{ effect: Effect.ALLOW, permissionGroups: ['Account Settings Read'], resources: { [Resources.OWN_ACCOUNT]: '*' } }],
});
new ReportsReader(stack, 'reports', deploy);
new UploadsWriter(stack, 'uploads', deploy);
new R2Bucket(stack, 'other', { accountId, name: 'other' });
app.synth();
