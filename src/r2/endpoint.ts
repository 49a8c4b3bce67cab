import { Fn, Op, Token } from 'cdktf';
import { isUnresolved } from '../policy/unresolved';
import { validateAccountId } from '../validation/identifiers';
import { validateR2Jurisdiction } from '../validation/r2';

/**
 * The R2 S3 API endpoint of an account: `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`, or
 * `https://<ACCOUNT_ID>.<eu|fedramp>.r2.cloudflarestorage.com` for a jurisdiction. Use region `auto`.
 */
export function r2S3Endpoint(accountId: string, jurisdiction?: string): string {
  validateAccountId(accountId);
  const where = jurisdiction ?? 'default';
  validateR2Jurisdiction(where);
  if (!isUnresolved(where)) {
    return where === 'default' ? `https://${accountId}.r2.cloudflarestorage.com` : `https://${accountId}.${where}.r2.cloudflarestorage.com`;
  }
  const label = Fn.conditional(Op.eq(where, 'default'), '', Fn.join('', [where, '.']));
  return Token.asString(Fn.join('', ['https://', accountId, '.', label, 'r2.cloudflarestorage.com']));
}

/** R2 S3 endpoints. */
export class R2Endpoint {
  /**
   * The S3 API endpoint of an account's R2 storage in a jurisdiction; use it with region `auto`.
   *
   * @param accountId the account (32 hex characters, or a token)
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @default jurisdiction "default"
   */
  public static s3(accountId: string, jurisdiction?: string): string {
    return r2S3Endpoint(accountId, jurisdiction);
  }

  private constructor() {}
}
