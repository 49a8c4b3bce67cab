import { S3ServiceException } from '@aws-sdk/client-s3';

/** How an S3 request ended: its HTTP status and error name, or `{ status: 200, code: 'allowed' }`. */
export async function refusal(attempt: Promise<unknown>): Promise<{ status: number | undefined; code: string }> {
  try {
    await attempt;
  } catch (e) {
    return { status: (e as S3ServiceException).$metadata?.httpStatusCode, code: (e as S3ServiceException).name };
  }
  return { status: 200, code: 'allowed' };
}
