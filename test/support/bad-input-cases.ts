import { readFileSync } from 'fs';
import { join } from 'path';
import { Construct } from 'constructs';
import { AccountApiToken, R2BucketToken, UserApiToken } from '../../src';

/** One case of test/bad-input-cases.json (its "//" entry describes the fields). */
export interface BadInputCase {
  readonly id: string;
  readonly construct: keyof typeof CONSTRUCTS;
  readonly props: Record<string, unknown>;
  readonly message: string;
  readonly typescriptOnly?: string;
}

const CONSTRUCTS = { AccountApiToken, UserApiToken, R2BucketToken };

/** The shared bad-input table. */
export const BAD_INPUT_CASES: readonly BadInputCase[] = JSON.parse(readFileSync(join(__dirname, '..', 'bad-input-cases.json'), 'utf8')).cases;

/** Builds the case's construct, with the id "bad", in `scope` (this throws the error under test). */
export function buildBadInput(scope: Construct, badInput: BadInputCase): Construct {
  const Kind = CONSTRUCTS[badInput.construct];
  if (Kind === undefined) throw new Error(`bad-input-cases.json: ${badInput.id}: unknown construct "${badInput.construct}"`);
  return new Kind(scope, 'bad', badInput.props as any);
}
