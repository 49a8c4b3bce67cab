import { cdktf, javascript } from 'projen';
import { addReleaseChecks } from './projenrc/release';

const CDKTF_VERSION = '0.21.0';
const CONSTRUCTS_VERSION = '10.4.2';
const PROVIDER_CLOUDFLARE_VERSION = '13.9.1';
// Rotation uses hashicorp/time (time_rotating, time_static); its cdktf 0.21 bindings are the 11.x line.
const PROVIDER_TIME_VERSION = '11.0.1';
// The release workflow and `npm run release:local` publish with this exact publib (publib-npm, publib-pypi).
const PUBLIB_VERSION = '0.2.1061';

const project = new cdktf.ConstructLibraryCdktf({
  name: 'cdktf-cloudflare-api-tokens',
  description:
    'CDK for Terraform constructs for Cloudflare API tokens (account- and user-owned) from a typed policy model, with R2 S3 credentials as sensitive outputs.',
  author: 'cdktf-cloudflare-api-tokens maintainers',
  authorAddress: 'maintainers@users.noreply.r-seed-a76c5e5b.example',
  repositoryUrl: 'https://github.com/maintainers/cdktf-cloudflare-api-tokens.git',
  keywords: ['cdk', 'cdktf', 'cloudflare', 'api-token', 'r2', 's3', 'terraform'],
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,

  // Fixed choices (see DESIGN.md): projen 0.99 is the last line with ConstructLibraryCdktf.
  projenVersion: '0.99.80',
  jsiiVersion: '~5.9.0',
  // TypeScript 7 (the native port) is `latest` on npm; jsii 5.9 compiles with TypeScript 5.9.
  typescriptVersion: '~5.9.3',
  minNodeVersion: '20.0.0',
  cdktfVersion: CDKTF_VERSION,
  constructsVersion: CONSTRUCTS_VERSION,
  peerDeps: [`@cdktf/provider-cloudflare@^${PROVIDER_CLOUDFLARE_VERSION}`, `@cdktf/provider-time@^${PROVIDER_TIME_VERSION}`],
  devDeps: [
    `cdktf-cli@${CDKTF_VERSION}`,
    '@aws-sdk/client-s3@^3',
    '@aws-sdk/s3-request-presigner@^3',
    '@smithy/signature-v4@^5',
    '@smithy/protocol-http@^5',
    '@aws-crypto/sha256-js@^5',
    // test/release reads the generated workflows
    'yaml@^2',
  ],

  // Not released yet: the API may still change (the wheel says "Development Status :: 4 - Beta").
  stability: 'experimental',
  publishToPypi: {
    distName: 'cdktf-cloudflare-api-tokens',
    module: 'cdktf_cloudflare_api_tokens',
  },

  // `npm test` runs eslint and must not rewrite the tree: no --fix (run `npx eslint --fix ...` by hand).
  eslintOptions: { dirs: ['src'], devdirs: ['test', 'examples', 'scripts', 'bench'], commandOptions: { fix: false } },
  // GitHub Actions: build.yml checks pull requests, release.yml releases main to npm and PyPI (CONTRIBUTING.md › Releasing).
  github: true,
  mergify: false,
  // A build that changes committed files fails; nothing pushes fixes back to a pull request.
  buildWorkflowOptions: { mutableBuild: false },
  // The Node.js line CI runs here (minNodeVersion would pin the workflows to exactly 20.0.0).
  workflowNodeVersion: '20.x',
  release: true,
  releaseToNpm: true,
  jsiiReleaseVersion: PUBLIB_VERSION,
  // No release tag yet: the first release is 0.1.0 (projen would publish 0.0.0); after that, commits decide.
  nextVersionCommand: 'bash scripts/release/next-version.sh',
  depsUpgrade: false,
  pullRequestTemplate: false,

  jestOptions: {
    // Snapshots are only ever rewritten on purpose (`npx jest -u`), never by the test task.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
      // The end-to-end scenarios run with test/e2e/jest.config.json; the local API stand-in's own tests
      // need no Terraform, so they run here.
      testPathIgnorePatterns: ['/node_modules/', '/test/e2e/(?!support/fake-cloudflare/__tests__/)', '/cdktf.out/'],
    },
  },
  gitignore: ['.jsii.tabl.json', 'cdktf.out/', '.terraform/', '*.tfstate', '*.tfstate.*', '.e2e-work/', 'bench/.work/', '.venv-python-test/'],
  npmignoreEnabled: true,
  npmIgnoreOptions: {
    ignorePatterns: [
      '/examples/',
      '/scripts/',
      '/bench/',
      '/data/',
      '/api/',
      '/rosetta/',
      'cdktf.json',
      '/.ci/',
      '/cdktf.out/',
      '/.scratch/',
      '/.compatignore',
      '/.venv-python-test/',
      '*.tfstate',
      '*.tfstate.*',
      '.terraform/',
    ],
  },
});

// jsii adds only a bare "License :: OSI Approved"; name the license.
project.package.addField('jsii', {
  ...project.package.manifest.jsii,
  targets: {
    ...project.package.manifest.jsii.targets,
    python: { ...project.package.manifest.jsii.targets.python, classifiers: ['License :: OSI Approved :: Apache Software License'] },
  },
});

for (const dir of ['examples', 'scripts', 'bench']) {
  project.tsconfigDev.addInclude(`${dir}/**/*.ts`);
}

// The public API is checked against the last published version, and against a committed baseline assembly until
// there is one: a change that breaks it fails the build (and so the release) unless it is declared (CONTRIBUTING.md).
const compat = project.tasks.tryFind('compat')!;
compat.reset('bash scripts/api-compat.sh check');
project.postCompileTask.spawn(compat);
project.addTask('api:baseline', {
  description: 'Accept the current public API (the compiled .jsii) as the baseline that `compat` checks against',
  exec: 'bash scripts/api-compat.sh baseline',
});

project.addTask('synth:examples', {
  description: 'Synthesize the example stacks (examples/) with the cdktf CLI',
  exec: 'cdktf synth',
});

project.addTask('catalog:generate', {
  description: 'Regenerate src/policy/permission-group-catalog.generated.ts from data/permission-groups.json',
  exec: 'ts-node --project tsconfig.dev.json scripts/generate-permission-group-catalog.ts',
});

project.addTask('catalog:fetch', {
  description:
    'Refresh data/permission-groups.json from the live Cloudflare API (needs CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID)',
  exec: 'ts-node --project tsconfig.dev.json scripts/fetch-permission-groups.ts',
  receiveArgs: true,
});

project.addTask('test:e2e', {
  description: 'End-to-end tests: real Terraform, the real Cloudflare provider and a local Cloudflare API (see test/e2e/)',
  exec: 'bash scripts/test-e2e.sh',
  receiveArgs: true,
});

project.addTask('dist', {
  description: 'Build the npm tarball (dist/js/) and the Python wheel and sdist (dist/python/) from a clone',
  steps: [{ spawn: 'pre-compile' }, { spawn: 'compile' }, { spawn: 'post-compile' }, { spawn: 'package-all' }],
});

project.addTask('test:python', {
  description: 'Build the Python package with jsii-pacmak and run the pytest suite against it in a fresh venv',
  exec: 'bash scripts/test-python.sh',
  receiveArgs: true,
});

project.addTask('bench:tools', {
  description: 'Benchmark the end-to-end tools build (scripts/e2e-tools.sh) cold, with empty Go caches, and warm; writes bench/tools-results.json',
  exec: 'bash bench/tools-build.sh',
  receiveArgs: true,
});

project.addTask('bench', {
  description: 'Benchmarks against the raw provider bindings; prints a table and writes bench/results.json',
  exec: 'ts-node --transpile-only --project tsconfig.dev.json bench/run.ts',
  receiveArgs: true,
});

addReleaseChecks(project);

project.preCompileTask.spawn(project.tasks.tryFind('catalog:generate')!);
// Docstring examples are TypeScript; jsii-rosetta compiles each against rosetta/default.ts-fixture and
// translates it, so the Python package's docstrings show Python. An example that stops compiling fails here.
project.postCompileTask.exec('jsii-rosetta extract --compile --fail .jsii');

project.synth();
