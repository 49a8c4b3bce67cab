/** Environment variables to set; `undefined` removes the variable. */
export type EnvVars = Record<string, string | undefined>;

/**
 * Runs `fn` with `vars` set in `process.env`, then puts back what was there before: a variable that did
 * not exist is deleted again (assigning `undefined` to `process.env.X` would set the string "undefined").
 */
export function withEnv<T>(vars: EnvVars, fn: () => T): T {
  const previous = setEnv(vars);
  try {
    return fn();
  } finally {
    setEnv(previous);
  }
}

/** Sets `vars` before each test of the enclosing `describe` and restores the environment after each. */
export function useEnv(vars: EnvVars): void {
  let previous: EnvVars = {};
  beforeEach(() => {
    previous = setEnv(vars);
  });
  afterEach(() => {
    setEnv(previous);
  });
}

/** Applies `vars` and returns the values they replaced. */
function setEnv(vars: EnvVars): EnvVars {
  const previous: EnvVars = {};
  for (const [name, value] of Object.entries(vars)) {
    previous[name] = process.env[name];
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return previous;
}
