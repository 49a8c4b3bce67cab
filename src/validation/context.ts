/** Runs `check`, prefixing the message of any error it throws with `label`. */
export function withContext<T>(label: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    throw new Error(`${label}: ${(e as Error).message}`);
  }
}
