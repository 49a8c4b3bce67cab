// The S3-client half of the R2 example (r2-presigned-urls.ts), run after `cdktf deploy` on the stack's outputs:
//
//   npx cdktf deploy r2-presigned-urls --outputs-file outputs.json --outputs-file-include-sensitive-outputs
//   npx ts-node --transpile-only -P tsconfig.dev.json examples/presign.ts outputs.json path/to/file.pdf
//
// S3_ENDPOINT overrides the endpoint output (the end-to-end tests point it at a local R2 stand-in).
import { readFileSync } from 'fs';
import { GetObjectCommand, S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** The r2-presigned-urls stack's outputs, as `cdktf deploy --outputs-file` nests them (by construct id). */
export interface R2StackOutputs {
  readonly 'bucket_name': string;
  readonly 'endpoint': string;
  readonly 'r2-access-token': { readonly access_key_id: string; readonly secret_access_key: string };
}

/** An S3 client configured with the token's credentials. `config` overrides any setting. */
export function s3ClientFor(outputs: R2StackOutputs, config: S3ClientConfig = {}): S3Client {
  return new S3Client({
    region: 'auto',
    endpoint: outputs.endpoint,
    credentials: {
      accessKeyId: outputs['r2-access-token'].access_key_id,
      secretAccessKey: outputs['r2-access-token'].secret_access_key,
    },
    ...config,
  });
}

/** A pre-signed GET URL for one object of the stack's bucket, valid for `expiresIn` seconds. */
export async function presignGet(client: S3Client, bucket: string, key: string, expiresIn = 3600, signingDate?: Date): Promise<string> {
  return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn, signingDate });
}

async function main(): Promise<void> {
  const [outputsFile, key = 'path/to/file.pdf'] = process.argv.slice(2);
  if (!outputsFile) throw new Error('usage: presign.ts <outputs.json from cdktf deploy --outputs-file> [object key]');
  const outputs = JSON.parse(readFileSync(outputsFile, 'utf8'))['r2-presigned-urls'] as R2StackOutputs;
  const endpoint = process.env.S3_ENDPOINT;
  const client = s3ClientFor(outputs, endpoint ? { endpoint, forcePathStyle: true } : {});
  console.log('Pre-signed URL:', await presignGet(client, outputs.bucket_name, key));
}

if (require.main === module) {
  main().catch((error) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
