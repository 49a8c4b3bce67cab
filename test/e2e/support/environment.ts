import { S3Client } from '@aws-sdk/client-s3';
import { CdktfProject } from './cdktf-project';
import { FakeCloudflare, startFakeCloudflare } from './fake-cloudflare';

export const E2E_ACCOUNT_ID = 'e2e0000000000000000000000000a11c';
// The provider insists on 40 characters of [A-Za-z0-9_-].
export const E2E_API_TOKEN = 'e2e-admin-token-0123456789abcdefghijklmn';

/** S3 credentials as the token outputs carry them. */
export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** A local Cloudflare API and a cdktf project whose provider points at it. */
export interface E2eEnvironment {
  readonly fake: FakeCloudflare;
  readonly project: CdktfProject;
  /** The local API's clock: now, or the `asOf` time the environment was started with (and running on from there). */
  now(): Date;
  /** An S3 client for the e2e account's local R2 endpoint that signs with the local API's clock. */
  s3(credentials: S3Credentials, jurisdiction?: 'default' | 'eu' | 'fedramp'): S3Client;
  close(): Promise<void>;
}

/** How to start an environment. */
export interface EnvironmentOptions {
  /** Variables for the cdktf app. */
  readonly appEnv?: Record<string, string>;
  /** Run the local API as if it were this time (the clock runs on from it). Default: the real time. */
  readonly asOf?: Date;
}

/** Starts the local API and prepares a cdktf project for `appFile` (relative to the repo root). */
export async function startEnvironment(appFile: string, options: EnvironmentOptions = {}): Promise<E2eEnvironment> {
  const clockOffsetMs = options.asOf ? options.asOf.getTime() - Date.now() : 0;
  const now = () => new Date(Date.now() + clockOffsetMs);
  const fake = await startFakeCloudflare({ apiToken: E2E_API_TOKEN, accountIds: [E2E_ACCOUNT_ID], now });
  const project = new CdktfProject(appFile, {
    CLOUDFLARE_API_TOKEN: E2E_API_TOKEN,
    CLOUDFLARE_BASE_URL: fake.baseUrl,
    CLOUDFLARE_ACCOUNT_ID: E2E_ACCOUNT_ID,
    ...options.appEnv,
  });
  return {
    fake,
    project,
    now,
    s3(credentials, jurisdiction = 'default') {
      return new S3Client({
        region: 'auto',
        endpoint: fake.s3Endpoint(E2E_ACCOUNT_ID, jurisdiction),
        forcePathStyle: true,
        credentials,
        maxAttempts: 1,
        systemClockOffset: clockOffsetMs,
      });
    },
    async close() {
      await fake.close();
      project.remove();
    },
  };
}

/** The S3 credentials a token construct with `constructId` outputs, from `cdktf deploy --outputs-file`. */
export function credentialsOf(stackOutputs: Record<string, any>, constructId: string): S3Credentials {
  const outputs = stackOutputs[constructId];
  if (!outputs?.access_key_id || !outputs?.secret_access_key) {
    throw new Error(`no S3 credential outputs for "${constructId}" in: ${Object.keys(stackOutputs).join(', ')}`);
  }
  return { accessKeyId: outputs.access_key_id, secretAccessKey: outputs.secret_access_key };
}
