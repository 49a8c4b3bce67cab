import { App, Op, TerraformStack, TerraformVariable } from 'cdktf';
import { planRotation } from '../../../src/rotation/private/rotation-plan';
import { choose, rotationLayout } from '../../../src/rotation/private/rotation-slots';
import { expressionOf } from '../../support/synth';

const times = { label: 'test/token', notBeforeName: 'notBefore' };
const layoutOf = (rotation: object | undefined, extra: object = {}) => {
  const stack = new TerraformStack(new App(), 'test');
  const settings = { ...times, ...extra };
  return { stack, layout: rotationLayout(stack, planRotation(rotation as any, settings), settings) };
};
const timeResources = (stack: TerraformStack) => stack.node.findAll().filter((c) => /^time_/.test((c as any).terraformResourceType ?? '')).map((c) => c.node.id);

describe('rotationLayout', () => {
  test('without rotation: one slot with the user\'s expiry and status, no time resources', () => {
    const { stack, layout } = layoutOf(undefined, { expiresOn: '2030-01-01T00:00:00Z', status: 'disabled' });
    expect(layout).toEqual({ slots: [{ id: 'Resource', expiresOn: '2030-01-01T00:00:00Z', status: 'disabled' }], firstIsCurrent: true });
    expect(timeResources(stack)).toEqual([]);
  });

  test('one token on a schedule: its clock, the clock\'s turn and the handover; the next rotation is the clock\'s', () => {
    const { stack, layout } = layoutOf({ every: '1d' });
    expect(timeResources(stack)).toEqual(['RotationHandover', 'Rotation', 'RotationTurn']);
    expect(layout.slots.map((slot) => slot.id)).toEqual(['Resource']);
    expect(layout.firstIsCurrent).toBe(true);
    expect(expressionOf(stack, layout.nextRotation!)).toMatch(/^\$\{time_rotating\.Rotation\.rotation_rfc3339\}$/);
    expect(expressionOf(stack, layout.slots[0].expiresOn!)).toBe('${timeadd(time_rotating.Rotation.rotation_rfc3339, "1440m")}');
    expect(layout.slots[0].lifecycle).toMatchObject({ createBeforeDestroy: true, precondition: [expect.objectContaining({ errorMessage: expect.stringContaining('rotation.overlap was removed') })] });
  });

  test('one token by version: a time_static of the version, the user\'s expiry; no next rotation', () => {
    const { stack, layout } = layoutOf({ version: '4' }, { expiresOn: '2030-01-01T00:00:00Z' });
    expect(timeResources(stack)).toEqual(['RotationHandover', 'Rotation']);
    expect(layout.slots[0].expiresOn).toBe('2030-01-01T00:00:00Z');
    expect(layout.nextRotation).toBeUndefined();
  });

  test('two tokens by a literal version: which one is current is known at synth (A holds even versions)', () => {
    expect(layoutOf({ version: '4', overlap: '1h' }).layout.firstIsCurrent).toBe(true);
    const { stack, layout } = layoutOf({ version: '5', overlap: '1h' }, { status: 'active' });
    expect(layout.firstIsCurrent).toBe(false);
    expect(layout.slots.map((slot) => slot.id)).toEqual(['Resource', 'ResourceB']);
    expect(layout.slots[1].status).toBe('active');
    expect(expressionOf(stack, layout.slots[0].status!)).toMatch(/^\$\{\(timecmp\(timeadd\(time_static\.RotationB\.rfc3339, .*\) \? "active" : "disabled"\}$/);
  });

  test('two tokens on a schedule: which one is current is a Terraform condition; both expire with the clocks', () => {
    const { stack, layout } = layoutOf({ every: '1d', overlap: '1h' });
    expect(typeof layout.firstIsCurrent).toBe('object');
    expect(timeResources(stack)).toEqual(['RotationA', 'RotationB', 'RotationHandover', 'RotationATurn', 'RotationBTurn']);
    expect(expressionOf(stack, layout.slots[1].expiresOn!)).toMatch(/^\$\{timeadd\(time_rotating\.RotationB\.rotation_rfc3339, /);
  });

  test('with a schedule and notBefore, each token\'s plan checks that it becomes valid before it expires', () => {
    const { layout } = layoutOf({ every: '1d', overlap: '1h' }, { notBefore: '2020-01-01T00:00:00Z' });
    for (const slot of layout.slots) {
      expect(slot.lifecycle!.precondition!.map((p) => String(p.errorMessage))).toContainEqual(expect.stringContaining('it would expire before it is valid'));
    }
  });
});

describe('choose', () => {
  test('a condition known at synth picks a branch', () => {
    expect(choose(true, 'a', 'b')).toBe('a');
    expect(choose(false, 'a', undefined)).toBeUndefined();
  });

  test('a Terraform condition becomes a conditional; an undefined branch is null', () => {
    const stack = new TerraformStack(new App(), 'test');
    const condition = Op.eq(new TerraformVariable(stack, 'x', {}).stringValue, 1);
    expect(expressionOf(stack, choose<string | undefined>(condition, 'a', undefined)!)).toBe('${(var.x == 1) ? "a" : null}');
  });
});
