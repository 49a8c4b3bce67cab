import { useEnv, withEnv } from './env';

const NAME = 'CDKTF_CF_TOKENS_TEST_VARIABLE';

describe('withEnv', () => {
  test('sets the variables for the call and deletes the ones that did not exist before', () => {
    expect(NAME in process.env).toBe(false);
    expect(withEnv({ [NAME]: 'set' }, () => process.env[NAME])).toBe('set');
    expect(NAME in process.env).toBe(false);
  });

  test('puts back the previous value, also when the call throws, and can remove a variable for the call', () => {
    process.env[NAME] = 'before';
    try {
      expect(() => withEnv({ [NAME]: 'during' }, () => {
        throw new Error('boom');
      })).toThrow('boom');
      expect(process.env[NAME]).toBe('before');
      expect(withEnv({ [NAME]: undefined }, () => NAME in process.env)).toBe(false);
      expect(process.env[NAME]).toBe('before');
    } finally {
      delete process.env[NAME];
    }
  });
});

describe('useEnv', () => {
  describe('inside', () => {
    useEnv({ [NAME]: 'each' });
    test('the variable is set during each test', () => {
      expect(process.env[NAME]).toBe('each');
    });
  });

  test('and removed after', () => {
    expect(NAME in process.env).toBe(false);
  });
});
