import { Token } from 'cdktf';
import { planRotation } from '../../../src/rotation/private/rotation-plan';
import { thrownMessage } from '../../support/synth';

const times = { label: 'Stack/token', notBeforeName: 'notBefore' };
const plan = (rotation: unknown, extra: object = {}) => planRotation(rotation as any, { ...times, ...extra });
const error = (rotation: unknown, extra: object = {}) => thrownMessage(() => plan(rotation, extra));

describe('planRotation: the shape of rotation asked for', () => {
  test('none without rotation', () => {
    expect(plan(undefined)).toBeUndefined();
  });

  test('one token on a schedule, by version, or both', () => {
    expect(plan({ every: '2h' })).toEqual({ kind: 'single', every: { text: '2h', minutes: 120 }, version: undefined });
    expect(plan({ version: 'v7' })).toEqual({ kind: 'single', every: undefined, version: 'v7' });
    expect(plan({ every: '1d', version: '3' })).toEqual({ kind: 'single', every: { text: '1d', minutes: 1440 }, version: '3' });
  });

  test('two tokens on a schedule, or by whole versions, with an overlap', () => {
    expect(plan({ every: '30d', overlap: '7d' })).toEqual({ kind: 'scheduled-overlap', every: { text: '30d', minutes: 43_200 }, overlap: { text: '7d', minutes: 10_080 } });
    expect(plan({ version: '12', overlap: '90m' })).toEqual({ kind: 'versioned-overlap', version: '12', overlap: { text: '90m', minutes: 90 } });
  });

  test('a version Terraform resolves later is kept for the plan to check', () => {
    const version = Token.asString({ resolve: () => '${var.version}' });
    expect(plan({ version, overlap: '1h' })).toMatchObject({ kind: 'versioned-overlap', version });
  });
});

describe('planRotation: what it refuses, naming the construct and the fix', () => {
  test.each([
    [null, /rotation must be an object such as \{ every: "30d" \}/],
    [{ overlap: '1d' }, /rotation needs every .* or version .*, and overlap works with one of them/],
    [{ every: '1d', everey: '1d' }, /everey/],
    [{ every: '1d', version: '2', overlap: '1h' }, /takes every or version, not both.*Remove one of them/],
    [{ every: '1d', overlap: '1d' }, /rotation\.overlap "1d" is not shorter than rotation\.every "1d"/],
    [{ version: '1.5', overlap: '1d' }, /rotation\.version "1\.5" must be a whole number such as "2"/],
    [{ version: '' }, /rotation\.version is ""; give a non-empty string/],
    [{ every: '106752d' }, /rotation\.every "106752d" is past what Terraform can count.*Give at most "106751d"/],
    [{ every: '53376d', overlap: '1d' }, /Give at most "53375d"/],
    [{ version: '2', overlap: '106752d' }, /rotation\.overlap "106752d" is past what Terraform can count/],
  ])('%j', (rotation, message) => {
    const text = error(rotation);
    expect(text).toMatch(/^Stack\/token/);
    expect(text).toMatch(message);
  });

  test('expiresOn with every', () => {
    expect(error({ every: '30d' }, { expiresOn: '2030-01-01T00:00:00Z' })).toMatch(/expiresOn "2030-01-01T00:00:00Z" cannot be given with rotation\.every "30d".*Remove expiresOn/);
  });

  test('a literal notBefore after the first expiry the schedule gives; an earlier one passes', () => {
    const late = new Date(Date.now() + 3 * 60 * 60_000).toISOString();
    expect(error({ every: '1h' }, { notBefore: late })).toMatch(/notBefore ".*" is later than the first token's expiry, two periods \(2 × "1h"\)/);
    expect(error({ every: '1h', overlap: '30m' }, { notBefore: late })).toMatch(/one period plus the overlap \("1h" \+ "30m"\)/);
    expect(plan({ every: '2h' }, { notBefore: late })).toMatchObject({ kind: 'single' });
  });
});
