/**
 * Token rotation through the real `cdktf deploy`, the real Cloudflare and time providers, against the
 * local API, as real time passes (test/e2e/apps/rotation.ts): `scheduled` rotates every 3 minutes with a
 * 1-minute overlap, `ticking` every 3 minutes without one, `bumped` by version alone, `handover` by
 * version with a 1-minute overlap; a second stack reads `scheduled`'s current credentials.
 *
 * 1. version 1: every current credential works; no drift.
 * 2. version 2, `handover` with a 4-minute overlap: `bumped` is replaced (the old keys are gone),
 *    `handover`'s old keys become its previous ones and still work, `scheduled` and `ticking` are
 *    untouched; no drift.
 * 3. once `scheduled`'s and `ticking`'s next rotations are due, a deploy rotates them: `ticking`'s old
 *    keys are gone, `scheduled`'s become the previous ones, and the consumer stack follows; the same
 *    deploy shortens `handover`'s overlap back to 1 minute, more than a minute into the 4 minutes its
 *    previous keys were given: they still work; no drift.
 * 4. once `scheduled`'s overlap has ended, its previous keys still work until the next deploy, which
 *    disables them (the stand-in then refuses them); no drift (an expired previous token would be
 *    dropped and re-created by the provider: the library disables it instead).
 * 5. changes that cannot keep the credentials in use stop the plan (`scheduled`'s second token is
 *    current): a shorter `every`, and removing `overlap`; nothing changes, every key still works.
 * 6. `scheduled`'s first token's turn, deployed with changes that keep the credentials in use:
 *    `scheduled` gets a longer `every` and `overlap` (its first token becomes current, the previous keys
 *    work and live through the new overlap), `ticking` an overlap (the same current keys, and a second
 *    token's), `handover` loses its overlap (its first token is current, the previous one disabled: the
 *    same current keys, the disabled token gone); no drift.
 * 7. destroy leaves nothing behind.
 *
 * The time provider reads the wall clock and the stand-in runs on the real time, so the test sleeps until
 * instants computed from the deploys (the next rotation, a deploy's end plus the overlap), not for fixed
 * spans: about six minutes in all.
 */
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CloudflareProviderVersion } from '../../../src';
import { DeployResult, expectSuccess } from '../support/cdktf-project';
import { credentialsOf, E2E_ACCOUNT_ID, E2eEnvironment, S3Credentials, startEnvironment } from '../support/environment';
import { effectiveStatus } from '../support/fake-cloudflare/api/tokens-routes';
import { refusal } from '../support/s3-refusal';
import { tokenValuesIn } from '../support/token-state';

const PRODUCER = 'rotation-producer';
const CONSUMER = 'rotation-consumer';
const BUCKET = 'rotations';
const OVERLAP_MS = 60_000;
/** Past a computed instant by this much before acting on it (the clocks count whole seconds). */
const MARGIN_MS = 3_000;
/** The hashicorp/time version scripts/e2e-tools.sh puts in the mirror. */
const TIME_PROVIDER_VERSION = '0.14.2';
const ALLOWED = { status: 200, code: 'allowed' };
const GONE = { status: 403, code: 'InvalidAccessKeyId' };
const DISABLED = { status: 403, code: 'AccessDenied' };
const EVERY_MS = 3 * 60_000;
/** `handover`'s rotation at version 2, before its overlap is shortened to the app's 1 minute. */
const HANDOVER_LONGER = { version: '2', overlap: '4m' };

/** A deploy's outputs and when it ran. */
interface Deploy {
  readonly outputs: Record<string, Record<string, any>>;
  readonly started: number;
  readonly ended: number;
  /** What `cdktf deploy` printed (Terraform's apply log included). */
  readonly log: string;
}

/** The current and previous credentials of a token construct, from a deploy's outputs. */
interface Credentials {
  readonly current: S3Credentials;
  readonly previous?: S3Credentials;
}

const sleepUntil = (instant: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, instant - Date.now())));
const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;

describe('token rotation, deployed with cdktf against the local Cloudflare API', () => {
  let env: E2eEnvironment;
  const timeline: string[] = [];
  const t0 = Date.now();
  /** Every raw token value the producer's state has held, to check that none reaches the consumer. */
  const rawValues = new Set<string>();

  async function deploy(version: string, changes: object = {}): Promise<Deploy> {
    const started = Date.now();
    const variables = { ROTATION_VERSION: version, ROTATION_CHANGES: JSON.stringify(changes) };
    const run: DeployResult = await env.project.deploy([PRODUCER, CONSUMER], variables);
    const ended = Date.now();
    timeline.push(`deploy version ${version} ${JSON.stringify(changes)}: ${seconds(started - t0)}..${seconds(ended - t0)}`);
    expectSuccess(run.run, `cdktf deploy ${PRODUCER} ${CONSUMER} (ROTATION_VERSION=${version}, ROTATION_CHANGES=${JSON.stringify(changes)})`);
    for (const value of await tokenValuesIn(env, PRODUCER)) rawValues.add(value);
    return { outputs: run.outputs, started, ended, log: run.run.output };
  }

  /** A deploy that must stop at plan: what it printed. */
  async function refusedDeploy(changes: object): Promise<string> {
    const started = Date.now();
    const run: DeployResult = await env.project.deploy([PRODUCER, CONSUMER], { ROTATION_VERSION: '2', ROTATION_CHANGES: JSON.stringify(changes) });
    timeline.push(`refused deploy ${JSON.stringify(changes)}: ${seconds(started - t0)}..${seconds(Date.now() - t0)}`);
    expect(run.run.code).not.toBe(0);
    return run.run.output.replace(/\s+/g, ' ');
  }

  async function waitUntil(instant: number, why: string): Promise<void> {
    const from = Date.now();
    await sleepUntil(instant);
    timeline.push(`waited ${seconds(Date.now() - from)} (${why})`);
  }

  function keysOf(deployed: Deploy, id: string): Credentials {
    const outputs = deployed.outputs[PRODUCER][id];
    const previous = outputs.previous_access_key_id === undefined
      ? undefined
      : { accessKeyId: outputs.previous_access_key_id, secretAccessKey: outputs.previous_secret_access_key };
    return { current: credentialsOf(deployed.outputs[PRODUCER], id), previous };
  }

  /** How a write and a read-back with `credentials` end at the local R2 endpoint. */
  function access(credentials: S3Credentials | undefined): Promise<{ status: number | undefined; code: string }> {
    if (credentials === undefined) throw new Error('no credentials');
    const s3 = env.s3(credentials);
    const key = `by/${credentials.accessKeyId}`;
    return refusal((async () => {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'rotated' }));
      const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      if ((await object.Body!.transformToString()) !== 'rotated') throw new Error(`read back something else from ${key}`);
    })());
  }

  /** `terraform plan -detailed-exitcode` of both stacks: exit 0 for each, or the plan's tail. */
  async function expectNoDrift(): Promise<void> {
    const plans = [];
    for (const stack of [PRODUCER, CONSUMER]) {
      const plan = await env.project.terraform(stack, ['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false']);
      plans.push({ stack, code: plan.code, output: plan.code === 0 ? '' : plan.output.slice(-4000) });
    }
    expect(plans).toEqual([PRODUCER, CONSUMER].map((stack) => ({ stack, code: 0, output: '' })));
  }

  /** The stand-in's token with access key id `id`: its status now and its expiry. */
  function storedToken(id: string): { status: string; expiresOn?: string } | undefined {
    const token = env.fake.state.tokens.get(id);
    return token && { status: effectiveStatus(token, env.now()), expiresOn: token.expires_on };
  }

  /** The previous token is active, and does not expire before the overlap after `rotation` has ended. */
  function expectValidThroughTheOverlap(id: string, rotation: Deploy, overlapMs = OVERLAP_MS): void {
    const stored = storedToken(id)!;
    expect(stored.status).toBe('active');
    if (stored.expiresOn !== undefined) expect(Date.parse(stored.expiresOn)).toBeGreaterThan(rotation.ended + overlapMs);
  }

  let first: Deploy;
  let second: Deploy;
  let third: Deploy;
  let fourth: Deploy;
  let sixth: Deploy;

  beforeAll(async () => {
    env = await startEnvironment('test/e2e/apps/rotation.ts');
  });
  afterAll(async () => {
    if (timeline.length > 0) process.stdout.write(`rotation e2e timeline (from the start):\n  ${timeline.join('\n  ')}\n`);
    await env?.close();
  });

  describe('1. version 1', () => {
    beforeAll(async () => {
      first = await deploy('1');
    });

    test('no drift in either stack', async () => {
      await expectNoDrift();
    });

    test('the producer runs the tested Cloudflare provider and hashicorp/time 0.14.2', async () => {
      const run = await env.project.terraform(PRODUCER, ['version', '-json']);
      expectSuccess(run, `terraform version in ${PRODUCER}`);
      expect(JSON.parse(run.stdout).provider_selections).toEqual({
        'registry.terraform.io/cloudflare/cloudflare': CloudflareProviderVersion.TESTED,
        'registry.terraform.io/hashicorp/time': TIME_PROVIDER_VERSION,
      });
    });

    test("every token's current credentials work; the consumer has scheduled's", async () => {
      for (const id of ['scheduled', 'ticking', 'bumped', 'handover']) {
        expect({ id, result: await access(keysOf(first, id).current) }).toEqual({ id, result: ALLOWED });
      }
      const consumer = first.outputs[CONSUMER];
      expect({ accessKeyId: consumer.app_access_key_id, secretAccessKey: consumer.app_secret_access_key }).toEqual(keysOf(first, 'scheduled').current);
    });

    test("scheduled's next rotation is one period (3 minutes) after the deploy", () => {
      const next = Date.parse(first.outputs[PRODUCER].scheduled.next_rotation);
      expect(next).toBeGreaterThanOrEqual(Math.floor(first.started / 1000) * 1000 + EVERY_MS);
      expect(next).toBeLessThanOrEqual(first.ended + EVERY_MS);
    });
  });

  describe('2. version 2', () => {
    beforeAll(async () => {
      second = await deploy('2', { handover: HANDOVER_LONGER });
    });

    test('no drift in either stack', async () => {
      await expectNoDrift();
    });

    test('bumped: the new token was created before the old one was destroyed', () => {
      // cdktf prints Terraform's apply log, with the construct path after each address (and without
      // Terraform's "deposed object" marker). Destroy-then-create would print the destruction first.
      const events = second.log
        .split('\n')
        .filter((line) => /cloudflare_account_token\.bumped_/.test(line))
        .map((line) => (/Creation complete/.test(line) ? 'new token created' : /Destruction complete/.test(line) ? 'old token destroyed' : undefined))
        .filter((event) => event !== undefined);
      expect(events).toEqual(['new token created', 'old token destroyed']);
    });

    test('bumped: new keys that work; the old ones are gone', async () => {
      const before = keysOf(first, 'bumped').current;
      const after = keysOf(second, 'bumped').current;
      expect(after.accessKeyId).not.toBe(before.accessKeyId);
      expect(after.secretAccessKey).not.toBe(before.secretAccessKey);
      expect(await access(after)).toEqual(ALLOWED);
      expect(await access(before)).toEqual(GONE);
    });

    test('handover: new current keys that work; the old ones are now the previous ones, and still work until the overlap ends', async () => {
      const before = keysOf(first, 'handover');
      const after = keysOf(second, 'handover');
      expect(after.current.accessKeyId).not.toBe(before.current.accessKeyId);
      expect(after.current.accessKeyId).not.toBe(before.previous!.accessKeyId);
      expect(after.previous).toEqual(before.current);
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(await access(after.previous)).toEqual(ALLOWED);
      expect(storedToken(after.current.accessKeyId)!.expiresOn).toBeUndefined();
      expectValidThroughTheOverlap(after.previous!.accessKeyId, second, 4 * OVERLAP_MS);
    });

    test('scheduled and ticking: unchanged', () => {
      expect(keysOf(second, 'ticking')).toEqual(keysOf(first, 'ticking'));
      expect(keysOf(second, 'scheduled')).toEqual(keysOf(first, 'scheduled'));
      expect(second.outputs[PRODUCER].scheduled.next_rotation).toBe(first.outputs[PRODUCER].scheduled.next_rotation);
      expect(second.outputs[CONSUMER]).toEqual(first.outputs[CONSUMER]);
    });
  });

  describe("3. scheduled's rotation is due", () => {
    beforeAll(async () => {
      const due = Math.max(...['scheduled', 'ticking'].map((id) => Date.parse(second.outputs[PRODUCER][id].next_rotation)));
      await waitUntil(due + MARGIN_MS, "until scheduled's and ticking's next rotations");
      third = await deploy('2');
    });

    test('no drift in either stack', async () => {
      await expectNoDrift();
    });

    test('scheduled: new current keys that work; the old ones are now the previous ones, and still work', async () => {
      const before = keysOf(second, 'scheduled');
      const after = keysOf(third, 'scheduled');
      expect(after.current.accessKeyId).not.toBe(before.current.accessKeyId);
      expect(after.current.secretAccessKey).not.toBe(before.current.secretAccessKey);
      expect(after.previous).toEqual(before.current);
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(await access(after.previous)).toEqual(ALLOWED);
      expectValidThroughTheOverlap(after.previous!.accessKeyId, third);
      expect(Date.parse(third.outputs[PRODUCER].scheduled.next_rotation)).toBeGreaterThan(third.ended);
    });

    test("the consumer stack's outputs are scheduled's new current keys, and they work", async () => {
      const consumer = third.outputs[CONSUMER];
      const used = { accessKeyId: consumer.app_access_key_id, secretAccessKey: consumer.app_secret_access_key };
      expect(used).toEqual(keysOf(third, 'scheduled').current);
      expect(await access(used)).toEqual(ALLOWED);
    });

    test('ticking, on the same schedule without an overlap: new keys that work; the old ones are gone', async () => {
      const before = keysOf(second, 'ticking').current;
      const after = keysOf(third, 'ticking');
      expect(after.previous).toBeUndefined();
      expect(after.current.accessKeyId).not.toBe(before.accessKeyId);
      expect(after.current.secretAccessKey).not.toBe(before.secretAccessKey);
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(await access(before)).toEqual(GONE);
      // It expires one period after its next rotation: two after its creation.
      const next = Date.parse(third.outputs[PRODUCER].ticking.next_rotation);
      expect(Date.parse(storedToken(after.current.accessKeyId)!.expiresOn!)).toBe(next + EVERY_MS);
    });

    test('bumped and handover: unchanged', () => {
      expect(keysOf(third, 'bumped')).toEqual(keysOf(second, 'bumped'));
      expect(keysOf(third, 'handover')).toEqual(keysOf(second, 'handover'));
    });

    test('handover: this deploy shortened its overlap to 1 minute more than a minute into the 4 minutes its previous keys were given: they still work', async () => {
      expect(third.started).toBeGreaterThan(second.ended + OVERLAP_MS);
      expect(third.ended).toBeLessThan(second.started + 4 * OVERLAP_MS);
      const previous = keysOf(third, 'handover').previous!;
      expect(await access(previous)).toEqual(ALLOWED);
      expect(storedToken(previous.accessKeyId)?.status).toBe('active');
      expect(await access(keysOf(third, 'handover').current)).toEqual(ALLOWED);
    });

    test("the consumer's state holds the secret it uses, and no raw token value the producer ever held", async () => {
      const pull = await env.project.terraform(CONSUMER, ['state', 'pull']);
      expectSuccess(pull, `terraform state pull (${CONSUMER})`);
      expect(pull.stdout).toContain(third.outputs[CONSUMER].app_secret_access_key);
      expect(rawValues.size).toBeGreaterThanOrEqual(6);
      for (const value of rawValues) expect(pull.stdout).not.toContain(value);
    });
  });

  describe("4. scheduled's overlap has ended", () => {
    const previousKeys = () => keysOf(third, 'scheduled').previous!;

    beforeAll(async () => {
      // The overlap runs from the creation of the current token, within the deploy that made it.
      await waitUntil(third.ended + OVERLAP_MS + MARGIN_MS, "until scheduled's overlap has ended");
    });

    test('until the next deploy, the previous keys still work', async () => {
      expect(previousKeys()).toEqual(keysOf(second, 'scheduled').current);
      expect(await access(previousKeys())).toEqual(ALLOWED);
    });

    describe('the next deploy', () => {
      beforeAll(async () => {
        fourth = await deploy('2');
        // The no-drift check below must run before the next rotations, or it would see them.
        for (const id of ['scheduled', 'ticking']) expect(fourth.ended + 30_000).toBeLessThan(Date.parse(fourth.outputs[PRODUCER][id].next_rotation));
      });

      test('disables the previous token: the stand-in refuses its keys', async () => {
        expect(keysOf(fourth, 'scheduled').previous).toEqual(previousKeys());
        expect(await access(previousKeys())).toEqual(DISABLED);
        expect(storedToken(previousKeys().accessKeyId)?.status).toBe('disabled');
      });

      test('keeps every current key, and they work', async () => {
        for (const id of ['scheduled', 'ticking', 'bumped', 'handover']) {
          expect(keysOf(fourth, id).current).toEqual(keysOf(third, id).current);
          expect({ id, result: await access(keysOf(fourth, id).current) }).toEqual({ id, result: ALLOWED });
        }
      });

      test('no drift in either stack', async () => {
        await expectNoDrift();
      });
    });
  });

  describe("5. changes that cannot keep the credentials in use (scheduled's second token is current)", () => {
    const scheduledNow = () => keysOf(fourth, 'scheduled');
    let shorter: string;
    let removed: string;

    beforeAll(async () => {
      shorter = await refusedDeploy({ scheduled: { every: '2m', overlap: '1m' } });
      removed = await refusedDeploy({ scheduled: { every: '3m' } });
    });

    test('a shorter every stops the plan, with the steps', () => {
      expect(shorter).toMatch(/rotation\.every "2m" is shorter than the period the token's clocks were created with \(3 minutes\).*To shorten every: remove rotation\.overlap/);
    });

    test('removing the overlap stops the plan while the second token holds the current credentials, with the steps', () => {
      expect(removed).toMatch(/rotation\.overlap was removed while the token's second credentials are in use \(current token: B;.*Put rotation\.overlap back and deploy/);
    });

    test('nothing changed: every current key still works', async () => {
      for (const id of ['scheduled', 'ticking', 'bumped', 'handover']) {
        expect({ id, result: await access(keysOf(fourth, id).current) }).toEqual({ id, result: ALLOWED });
      }
      expect(storedToken(scheduledNow().current.accessKeyId)?.status).toBe('active');
    });
  });

  describe("6. scheduled's first token's turn, deployed with changes that keep the credentials in use", () => {
    const changes = {
      scheduled: { every: '4m', overlap: '2m' },
      ticking: { every: '3m', overlap: '1m' },
      handover: { version: '2' },
    };

    beforeAll(async () => {
      const due = Math.max(...['scheduled', 'ticking'].map((id) => Date.parse(fourth.outputs[PRODUCER][id].next_rotation)));
      // Removing handover's overlap waits for the 4 minutes its previous keys were given at version 2.
      await waitUntil(Math.max(due, second.ended + 4 * OVERLAP_MS) + MARGIN_MS, "until scheduled's and ticking's next rotations and handover's overlap");
      sixth = await deploy('2', changes);
    });

    test('no drift in either stack', async () => {
      await expectNoDrift();
    });

    test('scheduled, longer every and overlap: its first token is new and current; the second one is previous, works, and lives through the new overlap', async () => {
      const before = keysOf(fourth, 'scheduled');
      const after = keysOf(sixth, 'scheduled');
      expect(after.previous).toEqual(before.current);
      expect(after.current.accessKeyId).not.toBe(before.previous!.accessKeyId);
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(await access(after.previous)).toEqual(ALLOWED);
      expectValidThroughTheOverlap(after.previous!.accessKeyId, sixth, 2 * OVERLAP_MS);
      // The first token's clock runs two of the new periods.
      expect(Date.parse(sixth.outputs[PRODUCER].scheduled.next_rotation)).toBeGreaterThan(sixth.ended);
      const consumer = sixth.outputs[CONSUMER];
      expect([consumer.app_access_key_id, consumer.app_secret_access_key]).toEqual([after.current.accessKeyId, after.current.secretAccessKey]);
    });

    test('ticking, overlap added: the same current keys, still working; a new second token gives previous keys that work', async () => {
      const after = keysOf(sixth, 'ticking');
      expect(after.current).toEqual(keysOf(fourth, 'ticking').current);
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(after.previous!.accessKeyId).not.toBe(after.current.accessKeyId);
      expect(await access(after.previous)).toEqual(ALLOWED);
      // The kept token now expires with the first of the two clocks: two periods from now, plus the overlap.
      expect(Date.parse(storedToken(after.current.accessKeyId)!.expiresOn!)).toBeGreaterThan(sixth.ended + EVERY_MS);
    });

    test('handover, overlap removed while its first token is current and the previous one disabled: the same current keys; the disabled token is gone', async () => {
      const before = keysOf(fourth, 'handover');
      const after = keysOf(sixth, 'handover');
      expect(after.current).toEqual(before.current);
      expect(after.previous).toBeUndefined();
      expect(await access(after.current)).toEqual(ALLOWED);
      expect(await access(before.previous)).toEqual(GONE);
    });
  });

  describe('7. destroy', () => {
    test('consumer first, then the producer: the stand-in holds no token and no bucket', async () => {
      const last = { ROTATION_VERSION: '2', ROTATION_CHANGES: JSON.stringify({ scheduled: { every: '4m', overlap: '2m' }, ticking: { every: '3m', overlap: '1m' }, handover: { version: '2' } }) };
      expectSuccess(await env.project.destroy([CONSUMER], [], last), `cdktf destroy ${CONSUMER}`);
      // Cloudflare refuses to delete a bucket that holds objects: empty it first.
      env.fake.state.getBucket(E2E_ACCOUNT_ID, 'default', BUCKET)?.objects.clear();
      expectSuccess(await env.project.destroy([PRODUCER], ['--ignore-missing-stack-dependencies'], last), `cdktf destroy ${PRODUCER}`);
      const left = env.fake.state.accountTokens(E2E_ACCOUNT_ID)
        .map((t) => ({ name: t.name, status: effectiveStatus(t, env.now()), expiresOn: t.expires_on }));
      expect(left).toEqual([]);
      expect(env.fake.state.summary()).toMatchObject({ accountTokens: 0, userTokens: 0, buckets: 0 });
    });
  });
});
