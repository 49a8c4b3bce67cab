import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { namedOutput, outputBaseName, S3CredentialOutputs, s3CredentialOutputs } from './outputs';
import { GuardedS3Credentials, S3Credentials, s3CredentialsOf } from './s3-credentials';
import { TokenResources } from '../../rotation/private/token-resources';

/** How a token's credentials are built and output. */
export interface TokenCredentialOptions {
  /** The error every use of a secret without a token value fails with (see value-guard.ts). */
  readonly missingValue: string;
  /** Whether to create the outputs. */
  readonly createOutputs: boolean;
  /** What the current credentials' outputs carry instead of them (an adopted token, see adoption.ts). */
  readonly outputCredentials?: (credentials: GuardedS3Credentials) => S3Credentials;
}

/** A token's current and previous S3 credentials, their outputs and the next rotation's output. */
export interface TokenCredentials {
  readonly tokenId: string;
  readonly current: S3Credentials;
  readonly currentOutputs?: S3CredentialOutputs;
  /** With an overlap: the previous token's id. */
  readonly previousTokenId?: string;
  /** With an overlap: the previous token's credentials. */
  readonly previous?: S3Credentials;
  readonly previousOutputs?: S3CredentialOutputs;
  /** With a schedule: `<construct path>_next_rotation`. */
  readonly nextRotationOutput?: TerraformOutput;
}

/**
 * The S3 credentials of the current token of `resources` and, with an overlap, of the previous one, and
 * (unless turned off) their sensitive outputs and the next rotation's output.
 */
export function tokenCredentials(scope: Construct, resources: TokenResources, options: TokenCredentialOptions): TokenCredentials {
  const { missingValue, createOutputs } = options;
  const tokenId = resources.current('id');
  const current = s3CredentialsOf(scope, tokenId, resources.current('value'), missingValue);
  const outputCredentials = options.outputCredentials?.(current) ?? current;
  const currentOutputs = createOutputs ? s3CredentialOutputs(scope, outputCredentials) : undefined;
  const previousTokenId = resources.previous('id');
  const previous = previousTokenId === undefined
    ? undefined
    : s3CredentialsOf(scope, previousTokenId, resources.previous('value')!, missingValue, 'PreviousSecretAccessKey');
  const previousOutputs = previous !== undefined && createOutputs ? s3CredentialOutputs(scope, previous, true) : undefined;
  const nextRotation = resources.nextRotation;
  const nextRotationOutput = nextRotation !== undefined && createOutputs
    ? namedOutput(scope, 'next_rotation', `${outputBaseName(scope)}_next_rotation`, {
      value: nextRotation,
      description: 'When the next token rotation is due (RFC 3339); the first apply after it rotates',
    })
    : undefined;
  return { tokenId, current, currentOutputs, previousTokenId, previous, previousOutputs, nextRotationOutput };
}
