/** An S3-style error, rendered as `<Error><Code>..</Code><Message>..</Message></Error>`. */
export class S3Error extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export const s3Errors = {
  accessDenied: (detail?: string) => new S3Error(403, 'AccessDenied', detail ? `Access Denied: ${detail}` : 'Access Denied'),
  invalidAccessKeyId: () => new S3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'),
  signatureDoesNotMatch: () => new S3Error(403, 'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your secret access key and signing method.'),
  requestTimeTooSkewed: () => new S3Error(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.'),
  expiredRequest: () => new S3Error(400, 'ExpiredRequest', 'Presigned URL or request signature has expired.'),
  authorizationHeaderMalformed: (detail: string) => new S3Error(400, 'AuthorizationHeaderMalformed', `The authorization header is malformed; ${detail}`),
  authorizationQueryParametersError: (detail: string) => new S3Error(400, 'AuthorizationQueryParametersError', detail),
  missingSecurityHeader: () => new S3Error(401, 'Unauthorized', 'Missing or invalid authentication credentials.'),
  noSuchBucket: () => new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist.'),
  noSuchKey: () => new S3Error(404, 'NoSuchKey', 'The specified key does not exist.'),
  bucketNotEmpty: () => new S3Error(409, 'BucketNotEmpty', 'The bucket you tried to delete is not empty.'),
  bucketAlreadyExists: () => new S3Error(409, 'BucketAlreadyOwnedByYou', 'The bucket you tried to create already exists, and you own it.'),
  invalidBucketName: () => new S3Error(400, 'InvalidBucketName', 'The specified bucket name is not valid.'),
  contentSha256Mismatch: () => new S3Error(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed."),
  badDigest: (alg: string) => new S3Error(400, 'BadDigest', `The ${alg} you specified did not match the calculated checksum.`),
  incompleteBody: () => new S3Error(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the Content-Length HTTP header.'),
  entityTooLarge: () => new S3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed object size.'),
  malformedXml: () => new S3Error(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.'),
  invalidUri: (detail: string) => new S3Error(400, 'InvalidURI', detail),
  invalidArgument: (detail: string) => new S3Error(400, 'InvalidArgument', detail),
  notImplemented: (what: string) => new S3Error(501, 'NotImplemented', `${what} is not implemented by the fake R2 endpoint.`),
  methodNotAllowed: () => new S3Error(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'),
};
