import { S3Client } from '@aws-sdk/client-s3';
import { CdktfProject } from './cdktf-project';
import { FakeCloudflare, startFakeCloudflare } from './fake-cloudflare';

export const E2E_ACCOUNT_ID = 'e2e0000000000000000000000000a11c';
// The provider insists on 40 characters of [A-Za-z0-9_-].
const E2E_API_TOKEN = 'e2e-admin-token-0123456789abcdefghijklmn';

/** A local Cloudflare API and a cdktf project whose provider points at it. */
export interface E2eEnvironment {
  readonly fake: FakeCloudflare;
  readonly project: CdktfProject;
  close(): Promise<void>;
}

/** Starts the local API and prepares a cdktf project for `appFile` (relative to the repo root). */
export async function startEnvironment(appFile: string, appEnv: Record<string, string> = {}): Promise<E2eEnvironment> {
  const fake = await startFakeCloudflare({ apiToken: E2E_API_TOKEN, accountIds: [E2E_ACCOUNT_ID] });
  const project = new CdktfProject(appFile, {
    CLOUDFLARE_API_TOKEN: E2E_API_TOKEN,
    CLOUDFLARE_BASE_URL: fake.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: E2E_ACCOUNT_ID,
    ...appEnv,
  });
  return {
    fake,
    project,
    async close() {
      await fake.close();
      project.remove();
    },
  };
}

/** An S3 client for the local R2 endpoint of the e2e account. */
export function s3Client(fake: FakeCloudflare, credentials: { accessKeyId: string; secretAccessKey: string }, jurisdiction: 'default' | 'eu' | 'fedramp' = 'default'): S3Client {
  return new S3Client({ region: 'auto', endpoint: fake.s3Endpoint(E2E_ACCOUNT_ID, jurisdiction), forcePathStyle: true, credentials, maxAttempts: 1 });
}
