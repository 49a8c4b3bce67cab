// The S3-client half of the seed's R2 example, run after `cdktf deploy` on the stack's outputs:
//
//   npx cdktf deploy r2-presigned-urls --outputs-file outputs.json --outputs-file-include-sensitive-outputs
//   npx ts-node --transpile-only -P tsconfig.dev.json examples/presign.ts outputs.json path/to/file.pdf
//
// S3_ENDPOINT overrides the endpoint output (the end-to-end tests point it at a local R2 stand-in).
import { readFileSync } from 'fs';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** What the r2-presigned-urls stack outputs. */
export interface R2StackOutputs {
  readonly 'bucket_name': string;
  readonly 'endpoint': string;
  readonly 'r2-access-token_access_key_id': string;
  readonly 'r2-access-token_secret_access_key': string;
}

/** An S3 client configured with the token's credentials, as in the seed. */
export function s3ClientFor(outputs: R2StackOutputs, endpoint = outputs.endpoint): S3Client {
  return new S3Client({
    region: 'auto',
    endpoint,
    forcePathStyle: endpoint !== outputs.endpoint,
    credentials: {
      accessKeyId: outputs['r2-access-token_access_key_id'],
      secretAccessKey: outputs['r2-access-token_secret_access_key'],
    },
  });
}

/** A pre-signed GET URL for one object of the stack's bucket. */
export async function presignGet(outputs: R2StackOutputs, key: string, endpoint?: string, expiresIn = 3600): Promise<string> {
  const command = new GetObjectCommand({ Bucket: outputs.bucket_name, Key: key });
  return getSignedUrl(s3ClientFor(outputs, endpoint), command, { expiresIn });
}

async function main(): Promise<void> {
  const [outputsFile, key = 'path/to/file.pdf'] = process.argv.slice(2);
  if (!outputsFile) throw new Error('usage: presign.ts <outputs.json from cdktf deploy --outputs-file> [object key]');
  const outputs = JSON.parse(readFileSync(outputsFile, 'utf8'))['r2-presigned-urls'] as R2StackOutputs;
  console.log('Pre-signed URL:', await presignGet(outputs, key, process.env.S3_ENDPOINT));
}

if (require.main === module) {
  main().catch((error) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
