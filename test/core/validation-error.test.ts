import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { App, TerraformStack } from 'cdktf';
import { AccountApiToken, Resources } from '../../src';
import { labelOf, tokenLabel, ValidationError } from '../../src/core/validation-error';
import { ACCOUNT_ID } from '../support/synth';

describe('ValidationError', () => {
  const stack = new TerraformStack(new App(), 'app');

  test('starts with its subject: a construct by class and path, a label as given, nothing for a static factory', () => {
    expect(new ValidationError('name is missing.', stack).message).toBe('TerraformStack "app": name is missing.');
    expect(new ValidationError('effect is missing.', 'AccountApiToken "app/t" policy #1').message).toBe('AccountApiToken "app/t" policy #1: effect is missing.');
    expect(new ValidationError('Invalid zone id "x".', undefined).message).toBe('Invalid zone id "x".');
    expect(String(new ValidationError('m', undefined))).toBe('Error: m');
  });

  test('a construct being built is named as it will be once it exists', () => {
    expect(tokenLabel('AccountApiToken', stack, 'deploy')).toBe('AccountApiToken "app/deploy"');
    expect(labelOf('a label')).toBe('a label');
  });

  test('a check in a construct and a static factory both throw it', () => {
    const build = () => new AccountApiToken(new TerraformStack(new App(), 'app'), 'bad', { accountId: ACCOUNT_ID, name: 't', policies: [], status: 'paused' });
    expect(build).toThrow(ValidationError);
    expect(build).toThrow(/^AccountApiToken "app\/bad": status "paused"/);
    expect(() => Resources.zone('nope')).toThrow(ValidationError);
  });

  test('src throws no other error type', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
    const src = join(__dirname, '..', '..', 'src');
    const offenders = files(src)
      .filter((file) => file.endsWith('.ts') && !file.includes(`${join('bindings', 'generated')}`))
      .filter((file) => /throw new (?!ValidationError\()/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
