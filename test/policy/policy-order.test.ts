import { Lazy, TerraformVariable } from 'cdktf';
import { UserApiToken } from '../../src';
import { ACCOUNT_ID, onlyResource, synthJson } from '../support/synth';

/** The number of the next cdktf token (cdktf counts tokens globally, for the whole process). */
function nextTokenNumber(): number {
  return Number(/TOKEN\.(\d+)/.exec(Lazy.stringValue({ produce: () => '' }))![1]) + 1;
}

/** Creates unrelated tokens until the next one cdktf makes has the number `target`. */
function advanceTokenCounterTo(target: number): void {
  while (nextTokenNumber() < target) continue;
}

/**
 * Synthesizes one token whose policies' keys hold two buckets' names, with the tokens of the first
 * bucket created when cdktf's counter is at `counterAtFirst`, and returns the rendered policies.
 */
function renderedWithCounterAt(counterAtFirst: number, gapBetween: number, reversed = false): any[] {
  return onlyResource(
    synthJson((stack) => {
      advanceTokenCounterTo(counterAtFirst);
      const first = new TerraformVariable(stack, 'first', { type: 'string' }).stringValue;
      advanceTokenCounterTo(nextTokenNumber() + gapBetween);
      const second = new TerraformVariable(stack, 'second', { type: 'string' }).stringValue;
      const groups = { 'Workers R2 Storage Bucket Item Read': true };
      const bucketKey = (name: string) => `com.cloudflare.edge.r2.bucket.${ACCOUNT_ID}_default_${name}`;
      new UserApiToken(stack, 't', {
        name: 't',
        createOutputs: false,
        resolvePermissionGroupsAtPlanTime: true,
        policies: [
          { effect: 'allow', permissionGroups: Object.keys(groups), resources: { [bucketKey(second)]: '*' } },
          { effect: 'allow', permissionGroups: ['Brand New Group', 'Zone Read'], resources: { [bucketKey(first)]: '*', [bucketKey(second)]: '*' } },
          { effect: 'allow', permissionGroups: Object.keys(groups), resources: { [bucketKey(first)]: '*' } },
        ][reversed ? 'reverse' : 'slice'](),
      });
    }),
    'cloudflare_api_token',
  ).policies;
}

describe('output order depends on the input only, not on cdktf token numbers', () => {
  test('the same input renders the same policies whether its tokens are numbered 9 and 10 or 98 and 99, and so on', () => {
    // Pick counter positions past what this process has used, on both sides of a power of ten.
    const base = 10 ** String(nextTokenNumber() + 100).length;
    const withinOneDecade = renderedWithCounterAt(base + 10, 5);
    const acrossDecades = renderedWithCounterAt(base * 10 - 3, 5);
    expect(acrossDecades).toEqual(withinOneDecade);
    // Nor on the input order: tokens compare by the Terraform expression they stand for (issue 12).
    expect(renderedWithCounterAt(base * 10 + 20, 5, true)).toEqual(withinOneDecade);
    // The two bucket-item policies stay apart: var.first and var.second may name the same bucket at plan
    // time, and one map holding both keys would then lose one (Terraform's zipmap keeps the last).
    expect(withinOneDecade.map((p) => p.resources)).toEqual([
      expect.stringMatching(/var\.first\]\), join.*var\.second\]\)\], \["\*", "\*"\]\)\)\}$/),
      expect.stringMatching(/var\.first\]\)\], \["\*"\]\)\)\}$/),
      expect.stringMatching(/var\.second\]\)\], \["\*"\]\)\)\}$/),
    ]);
    // A group looked up at plan time comes after the literal ids.
    expect(withinOneDecade[0].permission_groups.map((g: any) => g.id)).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}$/),
      expect.stringMatching(/^\$\{data\./),
    ]);
  });
});
