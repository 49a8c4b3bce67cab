import { ApiToken } from '@cdktf/provider-cloudflare/lib/api-token';
import { DnsRecord } from '@cdktf/provider-cloudflare/lib/dns-record';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { R2Bucket } from '@cdktf/provider-cloudflare/lib/r2-bucket';
import { Zone } from '@cdktf/provider-cloudflare/lib/zone';
import { App, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { AccountApiToken, DeployAccess, DeployToken, DeployTokenProps } from '../../src';
import { PermissionGroupCatalog } from '../../src/policy/private/permission-group-catalog';
import { ACCOUNT_ID, thrownMessage } from '../support/synth';

const ZONE_ID = 'fedcba9876543210fedcba9876543210';
const ACCOUNT_KEY = `com.cloudflare.api.account.${ACCOUNT_ID}`;
const ZONE_KEY = `com.cloudflare.api.account.zone.${ZONE_ID}`;

function cloudflareStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new CloudflareProvider(stack, 'cloudflare', {});
  return stack;
}

/** An app stack with a bucket, a DNS record and an account token; a DNS stack with one record. */
function appStacks(app: App): { web: TerraformStack; dns: TerraformStack } {
  const web = cloudflareStack(app, 'web');
  new R2Bucket(web, 'bucket', { accountId: ACCOUNT_ID, name: 'b' });
  new AccountApiToken(web, 'reader', { accountId: ACCOUNT_ID, name: 'r', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { [ZONE_KEY]: '*' } }] });
  const dns = cloudflareStack(app, 'dns');
  new DnsRecord(dns, 'www', { zoneId: ZONE_ID, name: 'www', type: 'A', content: '192.0.2.1', ttl: 1 });
  return { web, dns };
}

/** The token's policies as {resources: group names}, decoded from the synthesized JSON. */
function policiesOf(token: DeployToken): Record<string, string[]> {
  const json = JSON.parse(Testing.synth(TerraformStack.of(token)));
  const resource = Object.values(json.resource.cloudflare_account_token)[0] as any;
  const names = (ids: { id: string }[]) => ids.map(({ id }) => PermissionGroupCatalog.default.groupWithId(id)!.name).sort();
  return Object.fromEntries(resource.policies.map((p: any) => {
    expect(p.effect).toBe('allow');
    return [p.resources, names(p.permission_groups)];
  }));
}

function deployToken(props: Partial<DeployTokenProps> & { access: string }, build = appStacks): { token: DeployToken; app: App } {
  const app = new App();
  const { web, dns } = build(app);
  const bootstrap = cloudflareStack(app, 'bootstrap');
  const token = new DeployToken(bootstrap, 'ci', { stacks: [web, dns], accountId: ACCOUNT_ID, ...props });
  return { token, app };
}

const warnings = (token: DeployToken) => token.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));

describe('DeployToken', () => {
  test('DEPLOY holds exactly the groups for changes of every type (a Write group reads too), one policy per account or zone', () => {
    const { token } = deployToken({ access: DeployAccess.DEPLOY });
    expect(policiesOf(token)).toEqual({
      [JSON.stringify({ [ACCOUNT_KEY]: '*' })]: ['Account API Tokens Write', 'Workers R2 Storage Write'],
      [JSON.stringify({ [ACCOUNT_KEY]: { [ZONE_KEY]: '*' } })]: ['DNS Write'],
    });
    const json = JSON.parse(Testing.synth(TerraformStack.of(token)));
    expect((Object.values(json.resource.cloudflare_account_token)[0] as any).name).toBe('deploy web, dns');
  });

  test('PLAN holds the reading groups only', () => {
    const { token } = deployToken({ access: 'PLAN' });
    expect(token.access).toBe('plan');
    expect(policiesOf(token)).toEqual({
      [JSON.stringify({ [ACCOUNT_KEY]: '*' })]: ['Account API Tokens Read', 'Workers R2 Storage Read'],
      [JSON.stringify({ [ACCOUNT_KEY]: { [ZONE_KEY]: '*' } })]: ['DNS Read'],
    });
    expect(warnings(token)).toEqual([]);
  });

  test('PLAN warns where reading needs a write group (the docs accept no read group for cloudflare_logpush_job)', () => {
    const { token } = deployToken({ access: DeployAccess.PLAN }, (app) => {
      const web = cloudflareStack(app, 'web');
      new TerraformResource(web, 'job', { terraformResourceType: 'cloudflare_logpush_job' });
      return { web, dns: cloudflareStack(app, 'dns') };
    });
    expect(policiesOf(token)).toEqual({ [JSON.stringify({ [ACCOUNT_KEY]: '*' })]: ['Logs Write'] });
    expect(warnings(token)).toEqual([expect.stringMatching(/PLAN token holds groups that are not read-only.*Logs Write \(for cloudflare_logpush_job\)/)]);
  });

  test('warns, with the reason, when the token can mint tokens', () => {
    const { token } = deployToken({ access: DeployAccess.DEPLOY });
    expect(warnings(token)).toEqual([expect.stringMatching(/can create tokens: Account API Tokens Write on account:0123.*root-equivalent/)]);
  });

  test('a new zone needs Zone Write on the zones of its account', () => {
    const { token } = deployToken({ access: DeployAccess.DEPLOY }, (app) => {
      const web = cloudflareStack(app, 'web');
      new Zone(web, 'zone', { account: { id: ACCOUNT_ID }, name: 'example.com' });
      return { web, dns: cloudflareStack(app, 'dns') };
    });
    expect(policiesOf(token)).toEqual({ [JSON.stringify({ [ACCOUNT_KEY]: { 'com.cloudflare.api.account.zone.*': '*' } })]: ['Zone Write'] });
  });

  test('takes every token option', () => {
    const { token } = deployToken({
      access: DeployAccess.DEPLOY,
      name: 'ci deploy',
      expiresOn: '2030-01-01T00:00:00Z',
      notBefore: '2029-01-01T00:00:00Z',
      condition: { requestIp: { in: ['192.0.2.0/24'] } },
      rotation: { version: '2' },
    });
    const json = JSON.parse(Testing.synth(TerraformStack.of(token)));
    const synthesized = Object.values(json.resource.cloudflare_account_token)[0] as any;
    expect(synthesized).toMatchObject({ name: 'ci deploy', expires_on: '2030-01-01T00:00:00Z', not_before: '2029-01-01T00:00:00Z', condition: { request_ip: { in: ['192.0.2.0/24'] } } });
    expect(synthesized.lifecycle.replace_triggered_by).toEqual([expect.stringMatching(/^time_static\.ci_Rotation/)]);
  });

  test('refuses a zone id known only at plan time of the deployed stack, naming the fix', () => {
    const message = thrownMessage(() => deployToken({ access: DeployAccess.DEPLOY }, (app) => {
      const web = cloudflareStack(app, 'web');
      const zone = new Zone(web, 'zone', { account: { id: ACCOUNT_ID }, name: 'example.com' });
      new DnsRecord(web, 'www', { zoneId: zone.id, name: 'www', type: 'A', content: '192.0.2.1', ttl: 1 });
      return { web, dns: cloudflareStack(app, 'dns') };
    }));
    expect(message).toMatch(/DeployToken "bootstrap\/ci": stack "web" needs "DNS (Read|Write)" on zone:ref\(cloudflare_zone.zone.id\).*literal account and zone ids/);
  });

  test('refuses user-scoped groups, which an account-owned token cannot hold', () => {
    const message = thrownMessage(() => deployToken({ access: DeployAccess.DEPLOY }, (app) => {
      const web = cloudflareStack(app, 'web');
      new ApiToken(web, 'user-token', { name: 'u', policies: [] });
      return { web, dns: cloudflareStack(app, 'dns') };
    }));
    expect(message).toMatch(/user-scoped group "API Tokens (Read|Write)" \(for cloudflare_api_token\); an account-owned token cannot hold it/);
  });

  test('refuses groups in another account, which an account-owned token cannot reach', () => {
    const message = thrownMessage(() => deployToken({ access: DeployAccess.DEPLOY, accountId: 'abcdefabcdefabcdefabcdefabcdef01' }));
    expect(message).toMatch(/needs "(Workers R2 Storage Write|Account API Tokens (Read|Write))" in account 0123456789abcdef0123456789abcdef .* owned by account abcdef.*Create one DeployToken per account/);
  });

  test('refuses a bad access value, its own stack, and no stacks', () => {
    expect(thrownMessage(() => deployToken({ access: 'apply' }))).toMatch(/access "apply" is not valid; use "deploy" or "plan" \(DeployAccess.DEPLOY, DeployAccess.PLAN\)/);
    const app = new App();
    const own = cloudflareStack(app, 'bootstrap');
    expect(thrownMessage(() => new DeployToken(own, 'ci', { stacks: [own], access: 'deploy', accountId: ACCOUNT_ID }))).toMatch(/stacks includes "bootstrap", the stack that holds the token/);
    expect(thrownMessage(() => new DeployToken(own, 'ci2', { stacks: [], access: 'deploy', accountId: ACCOUNT_ID }))).toMatch(/stacks must be a non-empty list/);
  });

  test('resources added to a stack after the token are refused at synth', () => {
    const app = new App({ outdir: Testing.app().outdir });
    const { web, dns } = appStacks(app);
    new DeployToken(cloudflareStack(app, 'bootstrap'), 'ci', { stacks: [web, dns], access: DeployAccess.DEPLOY, accountId: ACCOUNT_ID });
    new DnsRecord(web, 'late', { zoneId: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', name: 'late', type: 'A', content: '192.0.2.2', ttl: 1 });
    expect(thrownMessage(() => app.synth())).toMatch(/changed after the token was created/);
  });

  test('names types the table does not know in a warning', () => {
    const { token } = deployToken({ access: DeployAccess.DEPLOY }, (app) => {
      const { web, dns } = appStacks(app);
      new R2Bucket(web, 'extra', { accountId: ACCOUNT_ID, name: 'c' });
      new TerraformResource(dns, 'tiered', { terraformResourceType: 'cloudflare_tiered_cache' });
      return { web, dns };
    });
    expect(warnings(token)).toContainEqual(expect.stringMatching(/stack "dns" has resource type cloudflare_tiered_cache \(dns\/tiered\).*add them with addPolicy/));
  });
});
