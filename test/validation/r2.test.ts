import { DEFAULT_JURISDICTION, R2_JURISDICTIONS, validateR2BucketByName, validateR2BucketName, validateR2Jurisdiction } from '../../src/validation/r2';
import { thrownMessage } from '../support/synth';

describe('R2 names', () => {
  test('the default jurisdiction is one of the jurisdictions', () => {
    expect(R2_JURISDICTIONS).toContain(DEFAULT_JURISDICTION);
  });

  test('bucket names follow Cloudflare\'s rules', () => {
    expect(() => validateR2BucketName('uploads-2', undefined)).not.toThrow();
    expect(thrownMessage(() => validateR2BucketName('Uploads', undefined))).toMatch(/^Invalid R2 bucket name "Uploads": use 3 to 63 characters/);
    expect(thrownMessage(() => validateR2Jurisdiction('us', 'T "t"'))).toBe('T "t": Invalid R2 jurisdiction "us": use one of "default", "eu", "fedramp".');
  });

  test('a bucket by name checks each part it is given, naming the subject', () => {
    expect(() => validateR2BucketByName('uploads', undefined, undefined, undefined)).not.toThrow();
    expect(thrownMessage(() => validateR2BucketByName('uploads', 'eu', 'nope', 'T "t"'))).toMatch(/^T "t": Invalid account id "nope"/);
  });
});
