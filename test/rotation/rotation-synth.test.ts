import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { AccountApiToken, R2Access, R2BucketToken, UserApiToken } from '../../src';
import { parseDuration } from '../../src/rotation/private/duration';
import { ACCOUNT_ID, synthJson } from '../support/synth';

const POLICIES = [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: { 'com.cloudflare.api.account.zone.*': '*' } }];
const accountToken = (stack: TerraformStack, rotation: object, extra: object = {}) =>
  new AccountApiToken(stack, 'ci', { accountId: ACCOUNT_ID, name: 'CI', policies: POLICIES, rotation, ...extra });
const resources = (json: any, type: string): any[] => Object.values(json.resource?.[type] ?? {});
const named = (json: any, type: string, id: string): any[] =>
  Object.entries(json.resource?.[type] ?? {}).filter(([name]) => new RegExp(`_${id}_[0-9A-F]+$`).test(name)).map(([, value]) => value);

describe('durations', () => {
  test.each([
    ['90m', 90],
    ['12h', 720],
    ['30d', 43_200],
    [' 7d ', 10_080],
  ])('%s is %i minutes', (text, minutes) => {
    expect(parseDuration(text, 'rotation.every', undefined).minutes).toBe(minutes);
  });
});

describe('rotation on a schedule, one token', () => {
  const json = synthJson((stack) => accountToken(stack, { every: '90d' }));
  const [clock] = resources(json, 'time_rotating');
  const [token] = resources(json, 'cloudflare_account_token');

  test("a time_rotating clock's turn (a time_static of its id) replaces the token, the new one first", () => {
    expect(clock.rotation_minutes).toBe(90 * 24 * 60);
    // replace_triggered_by does not fire when an expired time_rotating is re-created (provider-time#118).
    expect(named(json, 'time_static', 'RotationTurn')).toEqual([{ triggers: { rotation: expect.stringMatching(/^\$\{time_rotating\.ci_Rotation_[0-9A-F]+\.id\}$/) } }]);
    expect(token.lifecycle).toMatchObject({ create_before_destroy: true, replace_triggered_by: [expect.stringMatching(/^time_static\.ci_RotationTurn_[0-9A-F]+$/)] });
  });

  test('a changed every applies from the next turn: the clock ignores it', () => {
    expect(clock.lifecycle).toEqual({ ignore_changes: ['rotation_minutes'] });
  });

  test('a precondition reads the handover an overlap left, which the token never changes', () => {
    expect(named(json, 'time_static', 'RotationHandover')).toEqual([{ triggers: { current: 'A' }, lifecycle: { ignore_changes: ['triggers'] } }]);
    expect(token.lifecycle.precondition).toEqual([{ condition: expect.stringContaining('time_static.ci_RotationHandover_'), error_message: expect.stringContaining('rotation.overlap was removed') }]);
  });

  test('the token expires one period after its rotation is due', () => {
    expect(token.expires_on).toMatch(/^\$\{timeadd\(time_rotating\.ci_Rotation_[0-9A-F]+\.rotation_rfc3339, "129600m"\)\}$/);
  });

  test('the next rotation is an output, not sensitive', () => {
    expect(json.output.ci_next_rotation).toEqual({
      value: expect.stringMatching(/^\$\{time_rotating\.ci_Rotation_[0-9A-F]+\.rotation_rfc3339\}$/),
      description: expect.stringContaining('next token rotation'),
    });
  });

  test('the stack configures the time provider, pinned to the tested version', () => {
    expect(json.provider.time).toEqual([{}]);
    expect(json.terraform.required_providers.time).toEqual({ source: 'hashicorp/time', version: '0.14.2' });
  });

  test('no previous credentials without an overlap', () => {
    expect(Object.keys(json.output).filter((name) => name.includes('previous'))).toEqual([]);
  });
});

describe('rotation by version', () => {
  test('alone: a time_static with the version replaces the token, which keeps expiresOn', () => {
    const json = synthJson((stack) => new UserApiToken(stack, 'ops', { name: 'Ops', policies: POLICIES, rotation: { version: '2' }, expiresOn: '2030-01-01T00:00:00Z' }));
    expect(named(json, 'time_static', 'Rotation')).toEqual([{ triggers: { version: '2' } }]);
    const [token] = resources(json, 'cloudflare_api_token');
    expect(token.expires_on).toBe('2030-01-01T00:00:00Z');
    expect(token.lifecycle.replace_triggered_by).toEqual([expect.stringMatching(/^time_static\.ops_Rotation_[0-9A-F]+$/)]);
    expect(json.output.ops_next_rotation).toBeUndefined();
  });

  test('with a schedule: the version re-bases the clock', () => {
    const json = synthJson((stack) => accountToken(stack, { every: '30d', version: '3' }));
    expect(resources(json, 'time_rotating')).toEqual([{ rotation_minutes: 43_200, triggers: { version: '3' }, lifecycle: { ignore_changes: ['rotation_minutes'] } }]);
  });
});

describe('rotation with an overlap', () => {
  test('on a schedule: two tokens, current and previous credentials, all sensitive', () => {
    const json = synthJson((stack) => new R2BucketToken(stack, 'reader', { accountId: ACCOUNT_ID, bucketName: 'assets', access: R2Access.READ, rotation: { every: '30d', overlap: '7d' } }));
    const tokens = resources(json, 'cloudflare_account_token');
    expect(tokens).toHaveLength(2);
    expect(tokens.map((t) => t.lifecycle.create_before_destroy)).toEqual([true, true]);
    const clocks = resources(json, 'time_rotating');
    // Each clock keeps its due time, and the overlap and period it was created with.
    expect(clocks[0]).toEqual({ rotation_minutes: 2 * 43_200, triggers: { overlap_minutes: '10080', every_minutes: '43200' }, lifecycle: { ignore_changes: ['rotation_minutes', 'triggers'] } });
    expect(clocks[1]).toMatchObject({ triggers: { overlap_minutes: '10080', every_minutes: '43200' }, lifecycle: { ignore_changes: ['rotation_rfc3339', 'triggers'] } });
    expect(named(json, 'time_static', 'RotationHandover')).toEqual([{ triggers: { current: expect.any(String), previous_valid_until: expect.any(String), first_token_turn: expect.any(String) } }]);
    for (const name of ['access_key_id', 'secret_access_key', 'previous_access_key_id', 'previous_secret_access_key']) {
      expect(json.output[`reader_${name}`]).toMatchObject({ sensitive: true, value: expect.stringMatching(/^\$\{sensitive\(/) });
    }
    expect(json.output.reader_next_rotation.sensitive).toBeUndefined();
    // Only sha256() of a value reaches an output, through a local.
    expect(JSON.stringify(json.output)).not.toMatch(/\.value\b/);
    expect(Object.values(json.locals)).toEqual([expect.stringMatching(/^\$\{\(length\(compact\(\[.*\? sha256\(/), expect.stringMatching(/^\$\{\(length\(compact\(\[.*\? sha256\(/)]);
  });

  test('by version: odd and even versions take turns, known at synth', () => {
    const turns = (version: string) => {
      const json = synthJson((stack) => new UserApiToken(stack, 'ops', { name: 'Ops', policies: POLICIES, rotation: { version, overlap: '1h' } }));
      const [a, b] = [...named(json, 'time_static', 'RotationA'), ...named(json, 'time_static', 'RotationB')].map((s) => s.triggers.version);
      const current = json.output.ops_access_key_id.value.match(/cloudflare_api_token\.(ops_\w+)\.id/)[1];
      return { a, b, current: current.startsWith('ops_ResourceB') ? 'B' : 'A' };
    };
    expect(turns('1')).toEqual({ a: '0', b: '1', current: 'B' });
    expect(turns('2')).toEqual({ a: '2', b: '1', current: 'A' });
    expect(turns('3')).toEqual({ a: '2', b: '3', current: 'B' });
  });

  test('by version: the previous token is disabled by the first apply after the overlap, both keep expiresOn', () => {
    const json = synthJson((stack) =>
      new UserApiToken(stack, 'ops', { name: 'Ops', policies: POLICIES, rotation: { version: '2', overlap: '90m' }, expiresOn: '2030-01-01T00:00:00Z' }),
    );
    const [current, previous] = resources(json, 'cloudflare_api_token');
    expect([current.expires_on, previous.expires_on]).toEqual(['2030-01-01T00:00:00Z', '2030-01-01T00:00:00Z']);
    expect(current.status).toBe('active');
    expect(previous.status).toMatch(
      /^\$\{\(timecmp\(timeadd\(time_static\.ops_RotationA_[0-9A-F]+\.rfc3339, format\("%sm", lookup\(time_static\.ops_RotationA_[0-9A-F]+\.triggers, "overlap_minutes", "90"\)\)\), plantimestamp\(\)\) == 1\) \? "active" : "disabled"\}$/,
    );
  });

  test('by version: each clock records the overlap it was created with, and only a new version replaces it', () => {
    const json = synthJson((stack) => new UserApiToken(stack, 'ops', { name: 'Ops', policies: POLICIES, rotation: { version: '3', overlap: '90m' } }));
    const clocks = Object.entries(json.resource.time_static).filter(([name]) => /_Rotation[AB]_/.test(name)).map(([, clock]) => clock);
    expect(clocks).toEqual([
      { triggers: { version: '2', overlap_minutes: '90' }, lifecycle: { ignore_changes: ['triggers["overlap_minutes"]'] } },
      { triggers: { version: '3', overlap_minutes: '90' }, lifecycle: { ignore_changes: ['triggers["overlap_minutes"]'] } },
    ]);
  });
});

describe('the time provider', () => {
  test('is added once per stack', () => {
    const json = synthJson((stack) => {
      accountToken(stack, { every: '30d' });
      new AccountApiToken(stack, 'other', { accountId: ACCOUNT_ID, name: 'Other', policies: POLICIES, rotation: { version: '1' } });
    });
    expect(json.provider.time).toHaveLength(1);
  });

  test("is the user's own when the stack declares one", () => {
    const json = synthJson((stack) => {
      new TimeProvider(stack, 'time');
      accountToken(stack, { every: '30d' });
    });
    expect(json.provider.time).toEqual([{}]);
    expect(Object.keys(json.provider)).toEqual(['time']);
    expect(json.terraform.required_providers.time.version).toBe('0.13.1'); // the bindings', untouched
  });

  test('declared after a rotated token, it is a synth error that says to move it', () => {
    const stack = new TerraformStack(new App(), 'late');
    accountToken(stack, { every: '30d' });
    new TimeProvider(stack, 'time');
    expect(() => Testing.synth(stack, true)).toThrow(/declares a time provider \(late\/time\) after a rotated token, .*Declare it before the first rotated token, or remove it/);
  });

  test('is not added without rotation', () => {
    const json = synthJson((stack) => new AccountApiToken(stack, 'plain', { accountId: ACCOUNT_ID, name: 'Plain', policies: POLICIES }));
    expect(json.provider?.time).toBeUndefined();
  });
});
