import { Fn, Op, Token } from 'cdktf';
import { isUnresolved } from '../core/terraform-text';
import { validateAccountId } from '../validation/identifiers';
import { DEFAULT_JURISDICTION, validateR2Jurisdiction } from '../validation/r2';

/** R2 S3 endpoints. */
export class R2Endpoint {
  /**
   * The S3 API endpoint of an account's R2 storage: `https://<ACCOUNT_ID>.r2.cloudflarestorage.com`, or
   * `https://<ACCOUNT_ID>.<eu|fedramp>.r2.cloudflarestorage.com` for a jurisdiction. Use it with region `auto`.
   *
   * @param accountId the account (32 hex characters, or a token)
   * @param jurisdiction `default`, `eu` or `fedramp`
   * @default jurisdiction "default"
   */
  public static s3(accountId: string, jurisdiction?: string): string {
    validateAccountId(accountId, undefined);
    const place = jurisdiction ?? DEFAULT_JURISDICTION;
    validateR2Jurisdiction(place, undefined);
    if (!isUnresolved(place)) {
      return place === DEFAULT_JURISDICTION ? `https://${accountId}.r2.cloudflarestorage.com` : `https://${accountId}.${place}.r2.cloudflarestorage.com`;
    }
    const subdomain = Fn.conditional(Op.eq(place, DEFAULT_JURISDICTION), '', Fn.join('', [place, '.']));
    return Token.asString(Fn.join('', ['https://', accountId, '.', subdomain, 'r2.cloudflarestorage.com']));
  }

  private constructor() {}
}
