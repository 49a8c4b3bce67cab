import { TerraformVariable } from 'cdktf';
import { AccountApiToken, UserApiToken } from '../../src';
import { ACCOUNT_ID, onlyResource, synthError, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

const withResources = (resources: object) => ({ accountId: ACCOUNT_ID, name: 't', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources }] });

describe('resource keys are what Cloudflare accepts, or a synth error', () => {
  const refused: [string, object][] = [
    ['a Terraform interpolation', { 'com.cloudflare.api.account.zone.${local.x}': '*' }],
    ['a Terraform directive', { 'com.cloudflare.api.account.zone.%{if true}x%{endif}': '*' }],
    ['a double quote', { 'com.cloudflare.api.account.zone."x"': '*' }],
    ['a backslash', { 'com.cloudflare.api.account.zone.a\\nb': '*' }],
    ['a newline', { 'com.cloudflare.api.account.zone.a\nb': '*' }],
    ['a space', { 'com.cloudflare.api.account.zone.a b': '*' }],
    ['an empty segment', { 'com.cloudflare.api..account': '*' }],
    ['a trailing dot', { 'com.cloudflare.api.account.': '*' }],
    ['another prefix', { 'zone.*': '*' }],
    ['a nested bad key', { [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { 'com.cloudflare.api.account.zone.${x}': '*' } }],
  ];
  test.each(refused)('%s', (_, resources) => {
    expect(synthError((scope) => new AccountApiToken(scope, 't', withResources(resources)))).toMatch(
      /policy #1: resources(\[".*"\])? has the key .*, which is not a Cloudflare resource key\. A key is "com\.cloudflare\." and dot-separated words/,
    );
  });

  test('a token in a key is checked only in its literal parts', () => {
    expect(
      synthError((scope) => {
        const bucket = new TerraformVariable(scope, 'bucket', { type: 'string' });
        new AccountApiToken(scope, 't', withResources({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_"${bucket.stringValue}`]: '*' }));
      }),
    ).toMatch(/has the key "com\.cloudflare\.edge\.r2\.bucket\.0123456789abcdef0123456789abcdef_\\"\$\{TfToken\[TOKEN\.\d+\]\}", which is not/);
    const json = synthJson((stack) => {
      const bucket = new TerraformVariable(stack, 'bucket', { type: 'string' });
      new AccountApiToken(stack, 't', withResources({ [`com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_${bucket.stringValue}`]: '*' }));
    });
    expect(onlyResource(json, 'cloudflare_account_token').policies[0].resources).toContain('var.bucket');
  });

  test('nesting deeper than an account holding zone or bucket keys is refused', () => {
    const tooDeep = { [`com.cloudflare.api.account.${ACCOUNT_ID}`]: { 'com.cloudflare.api.account.zone.*': { 'com.cloudflare.api.account.zone.dns.*': '*' } } };
    expect(synthError((scope) => new AccountApiToken(scope, 't', withResources(tooDeep)))).toMatch(
      /resources\["com\.cloudflare\.api\.account\.0123456789abcdef0123456789abcdef"\]\["com\.cloudflare\.api\.account\.zone\.\*"\] nests resources 3 levels deep; Cloudflare takes at most 2/,
    );
    // An account-owned token nests top-level zone keys under its account: a nested map there would be a third level.
    const nestedZone = { 'com.cloudflare.api.account.zone.*': { 'com.cloudflare.api.account.zone.dns.*': '*' } };
    expect(synthError((scope) => new AccountApiToken(scope, 't', withResources(nestedZone)))).toMatch(/nests resources 3 levels deep/);
    // A user-owned token keeps it at the top, where only an account may hold a nested map.
    expect(synthError((scope) => new UserApiToken(scope, 'u', { name: 'u', policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: nestedZone }] }))).toMatch(
      /resources\["com\.cloudflare\.api\.account\.zone\.\*"\] holds a nested map, but only a specific account/,
    );
  });

  test('every accepted key character survives the token-key rendering, as Terraform evaluates it', () => {
    const everyCharacter = 'com.cloudflare.api.account.ABCDEFGHIJKLMNOPQRSTUVWXYZ.abcdefghijklmnopqrstuvwxyz.0123456789._-.*';
    const json = synthJson((stack) => {
      const zone = new TerraformVariable(stack, 'zone', { type: 'string', default: 'z-1_Z' });
      const tree = { [everyCharacter]: '*', [`com.cloudflare.api.account.zone.${zone.stringValue}`]: '*', 'com.cloudflare.api.account.worker.route.*': '*' };
      new UserApiToken(stack, 't', { name: 't', createOutputs: false, policies: [{ effect: 'allow', permissionGroups: ['Zone Read'], resources: tree }] });
    });
    const rendered = onlyResource(json, 'cloudflare_api_token').policies[0].resources;
    const expected = JSON.stringify({ [everyCharacter]: '*', 'com.cloudflare.api.account.worker.route.*': '*', 'com.cloudflare.api.account.zone.z-1_Z': '*' });
    expect(applyAndReadOutputs({ variable: json.variable, output: { rendered: { value: rendered } } })).toEqual({ rendered: expected });
  });
});
