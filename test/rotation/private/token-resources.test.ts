import { App, TerraformResource, TerraformStack } from 'cdktf';
import { planRotation } from '../../../src/rotation/private/rotation-plan';
import { TokenResources, TokenSlotSettings } from '../../../src/rotation/private/token-resources';
import { expressionOf } from '../../support/synth';

const times = { label: 'test/token', notBeforeName: 'notBefore', status: 'active' };

/** The resources of `rotation`, made by a factory that records what each slot was given. */
function resourcesOf(rotation: object | undefined) {
  const stack = new TerraformStack(new App(), 'test');
  const made: Array<{ id: string; slot: TokenSlotSettings }> = [];
  const resources = TokenResources.create(stack, planRotation(rotation as any, times), times, (id, slot) => {
    made.push({ id, slot });
    return new TerraformResource(stack, id, { terraformResourceType: 'cloudflare_account_token' });
  });
  return { stack, made, resources };
}

describe('TokenResources', () => {
  test('without an overlap: one resource, made with the user\'s settings; current is its attribute; no previous', () => {
    const { stack, made, resources } = resourcesOf(undefined);
    expect(made).toEqual([{ id: 'Resource', slot: { expiresOn: undefined, status: 'active', lifecycle: undefined } }]);
    expect(resources.all).toHaveLength(1);
    expect(resources.first).toBe(resources.all[0]);
    expect(resources.hasPrevious).toBe(false);
    expect(expressionOf(stack, resources.current('id'))).toBe('${cloudflare_account_token.Resource.id}');
    expect(resources.previous('id')).toBeUndefined();
    expect(resources.nextRotation).toBeUndefined();
  });

  test('with an overlap by a literal version: two resources; which is current is decided at synth', () => {
    const { stack, made, resources } = resourcesOf({ version: '3', overlap: '1h' });
    expect(made.map((m) => m.id)).toEqual(['Resource', 'ResourceB']);
    expect(made[1].slot.lifecycle).toMatchObject({ createBeforeDestroy: true });
    expect(resources.hasPrevious).toBe(true);
    expect(expressionOf(stack, resources.current('value'))).toBe('${cloudflare_account_token.ResourceB.value}');
    expect(expressionOf(stack, resources.previous('value')!)).toBe('${cloudflare_account_token.Resource.value}');
  });

  test('with an overlap on a schedule: current and previous are Terraform conditions; the next rotation is known', () => {
    const { stack, resources } = resourcesOf({ every: '1d', overlap: '1h' });
    expect(expressionOf(stack, resources.current('id'))).toMatch(/^\$\{\(timecmp\(.*\) == 1\) \? cloudflare_account_token\.Resource\.id : cloudflare_account_token\.ResourceB\.id\}$/);
    expect(expressionOf(stack, resources.previous('id')!)).toMatch(/\? cloudflare_account_token\.ResourceB\.id : cloudflare_account_token\.Resource\.id\}$/);
    expect(expressionOf(stack, resources.nextRotation!)).toMatch(/time_rotating\.RotationB\.rotation_rfc3339/);
  });
});
