/** Runs `check`, prefixing the message of any error it throws with `where`. */
export function withContext<T>(where: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    throw new Error(`${where}: ${(e as Error).message}`);
  }
}
