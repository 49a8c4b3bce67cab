import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

// The part of the pre-upload check that needs no registry: the release's packages are exactly the ones named.
// npm is pointed at a closed port, so its dry run (which asks the registry) fails fast and the answer about the
// names is what these tests read.
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'release', 'check-artifacts.sh');
const BOTH = ['cdktf-cloudflare-api-tokens', 'cdktn-cloudflare-api-tokens'];

// Each case runs npm and tar a few times; a busy machine needs more than jest's 5 s.
jest.setTimeout(60_000);

let dist: string;
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'check-artifacts-'));
  mkdirSync(join(dist, 'js'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function tarball(name: string, version = '1.2.3'): void {
  const src = mkdtempSync(join(tmpdir(), 'check-artifacts-src-'));
  mkdirSync(join(src, 'package'));
  writeFileSync(join(src, 'package', 'package.json'), JSON.stringify({ name, version }));
  spawnSync('tar', ['-czf', join(dist, 'js', `${name}@${version}.jsii.tgz`), '-C', src, 'package']);
  rmSync(src, { recursive: true, force: true });
}

function check(...names: string[]) {
  const run = spawnSync('bash', [SCRIPT, dist, '1.2.3', ...names], {
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
    encoding: 'utf8',
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

test('both flavours present: the names pass', () => {
  BOTH.forEach((name) => tarball(name));
  expect(check(...BOTH).out).toContain(`check-artifacts: ok ${dist}/js (npm tarballs): ${BOTH.join(' ')} (the packages this release publishes)`);
});

test('a release that lost the cdktn package is refused', () => {
  tarball(BOTH[0]);
  const { status, out } = check(...BOTH);
  expect(status).toBe(1);
  expect(out).toContain(`REFUSED ${dist}/js (npm tarballs): holds ${BOTH[0]} but this release publishes exactly ${BOTH.join(' ')}`);
});

test('a stray package is refused', () => {
  [...BOTH, 'left-over-package'].forEach((name) => tarball(name));
  const { status, out } = check(...BOTH);
  expect(status).toBe(1);
  expect(out).toContain(`REFUSED ${dist}/js (npm tarballs): holds ${BOTH[0]} ${BOTH[1]} left-over-package but this release publishes exactly`);
});

test('a tarball of another version is refused', () => {
  tarball(BOTH[0], '1.2.2');
  expect(check().out).toContain(`REFUSED ${BOTH[0]}@1.2.2.jsii.tgz: version 1.2.2, but this release is 1.2.3`);
});
