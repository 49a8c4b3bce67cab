import { TerraformOutput, TerraformVariable } from 'cdktf';
import { R2Endpoint } from '../../src';
import { ACCOUNT_ID, synthJson } from '../support/synth';
import { applyAndReadOutputs } from '../support/terraform';

test('an endpoint whose jurisdiction is only known to Terraform evaluates like a literal one', () => {
  const json = synthJson((stack) => {
    for (const jurisdiction of ['default', 'eu', 'fedramp']) {
      const variable = new TerraformVariable(stack, `j_${jurisdiction}`, { type: 'string', default: jurisdiction });
      new TerraformOutput(stack, `endpoint_${jurisdiction}`, { value: R2Endpoint.s3(ACCOUNT_ID, variable.stringValue) });
    }
  });
  expect(applyAndReadOutputs(json)).toEqual({
    endpoint_default: R2Endpoint.s3(ACCOUNT_ID, 'default'),
    endpoint_eu: R2Endpoint.s3(ACCOUNT_ID, 'eu'),
    endpoint_fedramp: R2Endpoint.s3(ACCOUNT_ID, 'fedramp'),
  });
});
