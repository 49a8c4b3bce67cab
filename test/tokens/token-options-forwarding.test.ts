import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { DeployAccess, DeployToken, R2Access, R2BucketToken, TokenOptions } from '../../src';
import { TOKEN_OPTIONS } from '../../src/tokens/private/token-props-keys';
import { ACCOUNT_ID } from '../support/synth';

// A value for every token option, each visible in the synthesized token: the Record makes the compiler ask
// for a new option here, and the test then checks that it reaches the token resource.
const OPTIONS: Record<keyof TokenOptions, unknown> = {
  notBefore: '2030-01-01T00:00:00Z',
  expiresOn: '2031-01-01T00:00:00Z',
  rotation: { version: '7' },
  condition: { requestIp: { in: ['192.0.2.0/24'] } },
  status: 'disabled',
  createOutputs: false,
  adoptTokenId: '0123456789abcdef0123456789abcdef',
};

/** What each option looks like in the stack's JSON, for the one token resource of the stack. */
const SEEN: Record<keyof TokenOptions, (json: any, token: any) => boolean> = {
  notBefore: (_, token) => token.not_before === OPTIONS.notBefore,
  expiresOn: (_, token) => token.expires_on === OPTIONS.expiresOn,
  rotation: (json) => Object.values(json.resource.time_static ?? {}).some((clock: any) => JSON.stringify(clock.triggers ?? {}).includes('"7"')),
  condition: (_, token) => JSON.stringify(token.condition) === JSON.stringify({ request_ip: { in: ['192.0.2.0/24'] } }),
  status: (_, token) => token.status === 'disabled',
  createOutputs: (json) => json.output === undefined || Object.keys(json.output).length === 0,
  adoptTokenId: (json) => JSON.stringify(json.import ?? []).includes(`/${OPTIONS.adoptTokenId}"`),
};

const FORWARDING_CONSTRUCTS: Record<string, (stack: TerraformStack) => Construct> = {
  R2BucketToken: (stack) => {
    const bucket = new R2Bucket(stack, 'bucket', { accountId: ACCOUNT_ID, name: 'assets' });
    return new R2BucketToken(stack, 'token', { bucket, access: R2Access.READ, ...OPTIONS } as any);
  },
  DeployToken: (stack) => {
    const app = stack.node.scope as App;
    const deployed = new TerraformStack(app, 'deployed');
    new R2Bucket(deployed, 'bucket', { accountId: ACCOUNT_ID, name: 'assets' });
    return new DeployToken(stack, 'token', { stacks: [deployed], access: DeployAccess.PLAN, accountId: ACCOUNT_ID, ...OPTIONS } as any);
  },
};

describe.each(Object.keys(FORWARDING_CONSTRUCTS))('%s forwards every token option to its token', (construct) => {
  const app = new App();
  const stack = new TerraformStack(app, 'tokens');
  FORWARDING_CONSTRUCTS[construct](stack);
  const json = JSON.parse(Testing.synth(stack));
  const token = Object.values(json.resource.cloudflare_account_token)[0];

  test('the test covers every option', () => {
    expect(Object.keys(OPTIONS).sort()).toEqual(Object.keys(TOKEN_OPTIONS).sort());
  });

  test.each(Object.keys(TOKEN_OPTIONS) as (keyof TokenOptions)[])('%s', (option) => {
    expect(SEEN[option](json, token)).toBe(true);
  });
});
