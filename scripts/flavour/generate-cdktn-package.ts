/**
 * Writes the cdktn flavour's package into flavours/cdktn/pkg/ (not in git) from the same sources as the cdktf
 * package: src/ and rosetta/ with the framework's imports rewritten (rewrite.ts), src/bindings/generated/
 * regenerated with @cdktn/provider-generator from the committed data/provider-schemas.json, and a
 * package.json that differs from the root's only in the names and the framework it peers on.
 * `bash scripts/flavour/cdktn.sh` compiles and packs it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { emitCdktnBindings } from './emit-cdktn-bindings';
import { CDKTF, CDKTN, rewritePython, rewriteSource } from './rewrite';
import { ProviderSchemas } from '../bindings/schema-subset';

const ROOT = resolve(__dirname, '..', '..');
export const FLAVOUR_DIR = join(ROOT, 'flavours', 'cdktn');
export const PACKAGE_DIR = join(FLAVOUR_DIR, 'pkg');

/** The framework line the flavour peers on, and the constructs range that line requires. */
export const CDKTN_PEER_RANGE = '~0.24.0';
export const CONSTRUCTS_PEER_RANGE = '>=10.6.0 <10.8.0';

const GENERATED_BINDINGS = join('src', 'bindings', 'generated');

export async function generateCdktnPackage(): Promise<void> {
  rmSync(PACKAGE_DIR, { recursive: true, force: true });
  for (const dir of ['src', 'rosetta']) {
    copyTree(join(ROOT, dir), join(PACKAGE_DIR, dir), (path) => !path.startsWith(GENERATED_BINDINGS));
  }
  const schemas: ProviderSchemas = JSON.parse(readFileSync(join(ROOT, 'data', 'provider-schemas.json'), 'utf8'));
  await emitCdktnBindings(FLAVOUR_DIR, schemas, join(PACKAGE_DIR, GENERATED_BINDINGS));
  for (const file of ['LICENSE', '.npmignore']) copyFileSync(join(ROOT, file), join(PACKAGE_DIR, file));
  writeFileSync(join(PACKAGE_DIR, 'README.md'), cdktnReadme(readFileSync(join(ROOT, 'README.md'), 'utf8')));
  writeFileSync(join(PACKAGE_DIR, 'package.json'), `${JSON.stringify(cdktnManifest(), null, 2)}\n`);
}

/**
 * The package page (npm, PyPI): the one README of both flavours under the cdktn package's title, with a note
 * that its examples are written for cdktf and how they read under cdktn.
 */
function cdktnReadme(rootReadme: string): string {
  const body = rootReadme.replace(/^# .*\n/, '');
  return [
    `# ${CDKTN.packageName}`,
    '',
    `The CDK Terrain (\`cdktn\` 0.24) flavour of \`${CDKTF.packageName}\`, built from the same source: the same constructs,`,
    'checks and Terraform output. The examples below are written for cdktf; under cdktn import `cdktn` instead of',
    `\`cdktf\` and \`${CDKTN.packageName}\` (Python: \`${CDKTN.pythonModule}\`) instead of \`${CDKTF.packageName}\``,
    '(see "Moving an app from cdktf to cdktn").',
    body,
  ].join('\n');
}

/** The root manifest with the cdktn names, peers and jsii targets; the version is the root's. */
export function cdktnManifest(): Record<string, unknown> {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const tools = JSON.parse(readFileSync(join(FLAVOUR_DIR, 'package.json'), 'utf8')).devDependencies;
  const python = root.jsii.targets.python;
  return {
    name: CDKTN.packageName,
    description: root.description.replace('CDK for Terraform', 'CDK Terrain (cdktn)'),
    repository: root.repository,
    author: root.author,
    keywords: root.keywords.map((k: string) => (k === CDKTF.framework ? CDKTN.framework : k)).sort(),
    engines: root.engines,
    main: root.main,
    license: root.license,
    version: root.version,
    types: root.types,
    stability: root.stability,
    peerDependencies: { cdktn: CDKTN_PEER_RANGE, constructs: CONSTRUCTS_PEER_RANGE },
    // Resolved from flavours/cdktn/node_modules (pkg/ lies below it); jsii wants every peer as a dev dependency.
    devDependencies: { cdktn: tools.cdktn, constructs: tools.constructs },
    jsii: {
      ...root.jsii,
      targets: { ...root.jsii.targets, python: { ...python, distName: CDKTN.packageName, module: CDKTN.pythonModule } },
    },
  };
}

/** Copies `from` to `to`, rewriting TypeScript sources and fixtures into the cdktn flavour. */
function copyTree(from: string, to: string, keep: (relativePath: string) => boolean): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const rel = relative(ROOT, source);
    if (!keep(rel)) continue;
    const target = join(to, relative(from, source));
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(source, 'utf8');
    const rewritten = /\.ts(-fixture)?$/.test(entry.name) ? rewriteSource(text, CDKTF, CDKTN)
      : entry.name.endsWith('.py') ? rewritePython(text, CDKTF, CDKTN) : text;
    writeFileSync(target, rewritten);
  }
}

/**
 * The unit tests for the flavour: the same test files (and the examples, data, scripts and docs they read),
 * rewritten like src/, in pkg/, with a jest configuration that runs them there against pkg/src. The tests
 * stand in for a user's own resources with the prebuilt `@cdktf/provider-cloudflare` bindings; under this
 * configuration they load cdktn and its constructs in place of cdktf's (cdktn is cdktf's code, renamed), so a
 * bucket of those bindings is a resource of the same framework the library runs on.
 */
export function generateCdktnTests(): void {
  for (const dir of ['test', 'examples', 'data', 'scripts', 'docs']) {
    copyTree(join(ROOT, dir), join(PACKAGE_DIR, dir), (path) => !ROOT_ONLY_TESTS.includes(path));
  }
  const tools = (name: string) => dirname(require.resolve(`${name}/package.json`, { paths: [FLAVOUR_DIR] }));
  // The same compiler options as the root's tests; the prebuilt bindings' types see cdktn as jest's runtime does.
  const rootDev = JSON.parse(readFileSync(join(ROOT, 'tsconfig.dev.json'), 'utf8').replace(/^\/\/.*\n/, ''));
  rootDev.compilerOptions.paths = { 'cdktf': [tools('cdktn')], 'cdktf/*': [`${tools('cdktn')}/*`], 'constructs': [tools('constructs')] };
  writeFileSync(join(PACKAGE_DIR, 'tsconfig.dev.json'), `${JSON.stringify(rootDev, null, 2)}\n`);
  const rootJest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).jest;
  const config = {
    rootDir: PACKAGE_DIR,
    testMatch: rootJest.testMatch,
    testPathIgnorePatterns: rootJest.testPathIgnorePatterns.filter((p: string) => p !== '/flavours/'),
    setupFilesAfterEnv: rootJest.setupFilesAfterEnv,
    testEnvironment: rootJest.testEnvironment,
    moduleNameMapper: {
      '^cdktf$': tools('cdktn'),
      '^cdktf/(.*)$': `${tools('cdktn')}/$1`,
      '^constructs$': tools('constructs'),
    },
    transform: { '^.+\\.[t]sx?$': [require.resolve('ts-jest'), { tsconfig: join(PACKAGE_DIR, 'tsconfig.dev.json') }] },
  };
  writeFileSync(join(PACKAGE_DIR, 'jest.config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

/**
 * Tests that run once, in the root: those of the flavour build itself (their inputs spell both frameworks on
 * purpose), and those of the repository's release workflows and docs, which are not part of either package.
 */
const ROOT_ONLY_TESTS = [
  'test/scripts/flavour.test.ts',
  'test/release/workflows.test.ts',
  'test/release/check-artifacts.test.ts',
  'test/docs/code-blocks.test.ts',
  'test/docs/rotation-timeline.test.ts',
];

if (require.main === module) {
  generateCdktnPackage()
    .then(() => process.argv.includes('--tests') && generateCdktnTests())
    .then(() => console.log(`wrote ${relative(ROOT, PACKAGE_DIR)}/ (cdktn flavour, ${cdktnManifest().version})`))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
