import { github, JsonPatch, Project, TestFailureBehavior } from 'projen';

// What projen's release workflow (release.yml) does not do by itself:
// - the release job builds the cdktn flavour too (task release:cdktn, between bump and unbump: the same version), and
//   each publishing job repacks the cdktf package as projen does and takes the cdktn package from the release job;
// - each publishing job checks both packages (version in step with the release, `npm publish --dry-run`,
//   `twine check --strict`, none missing) right before its publib upload, so wrong metadata is refused before anything is uploaded;
// - after the GitHub release, the release's changelog entry is prepended to CHANGELOG.md on main by projen's own
//   `release/update-changelog` step (commit "chore(release): <version>"); that push does not start another release;
// - pull requests are built on Node.js 22 as well.
// `npm run release:local` runs the same steps against local registries (scripts/release/rehearse.sh).

/** The packages every release publishes, each to npm and PyPI, with one version. */
export const RELEASED_PACKAGES = ['cdktf-cloudflare-api-tokens', 'cdktn-cloudflare-api-tokens'] as const;

const CHECK_STEP = {
  name: 'Check the packages before upload',
  run: `bash .repo/scripts/release/check-artifacts.sh dist "$(cat dist.old/version.txt)" ${RELEASED_PACKAGES.join(' ')}`,
};

// projen's jobs unpack `dist/js/*.tgz`, which with two tarballs makes tar look for the second inside the first.
const EXTRACT_STEP = {
  name: 'Extract build artifact',
  run: 'tar --strip-components=1 -xzvf dist/js/cdktf-cloudflare-api-tokens@*.jsii.tgz -C .repo',
};

const CDKTN_STEP = {
  release_npm: { name: 'Add the cdktn package of the release job', run: 'cp dist.old/js/cdktn-cloudflare-api-tokens@*.jsii.tgz dist/js/' },
  release_pypi: { name: 'Add the cdktn packages of the release job', run: 'cp dist.old/python/cdktn_cloudflare_api_tokens-* dist/python/' },
};

/** Indexes of steps in the publishing jobs projen 0.99.80 generates (test/release/workflows.test.ts pins the result). */
const STEP_INDEX = {
  release_npm: { extract: 5, release: 9 },
  release_pypi: { extract: 6, release: 10 },
} as const;

/** The Node.js line pull requests are also built on (besides workflowNodeVersion). */
export const EXTRA_BUILD_NODE_VERSION = '22.x';

export const CHANGELOG_FILE = 'CHANGELOG.md';

export function addReleaseChecks(project: Project): void {
  const workflow = github.GitHub.of(project)?.tryFindWorkflow('release');
  if (!workflow?.file) {
    throw new Error('release.yml is missing: the release checks need `release: true` and `github: true`');
  }

  project.addTask('release:local', {
    description:
      'Rehearse the release: version, build and publish with the release workflow\'s commands to a local Verdaccio and pypiserver (--prove: install and synth from them)',
    exec: 'bash scripts/release/rehearse.sh',
    receiveArgs: true,
  });

  project.addTask('release:changelog', {
    description: `Prepend the release's changelog entry (dist/changelog.md) to ${CHANGELOG_FILE} and commit it (run after bump)`,
    env: { CHANGELOG: 'dist/changelog.md', PROJECT_CHANGELOG_FILE: CHANGELOG_FILE, VERSION_FILE: 'dist/version.txt' },
    steps: [{ builtin: 'release/update-changelog' }],
  });

  // Both flavours are built at the version bump wrote into package.json, before unbump resets it.
  const releaseCdktn = project.addTask('release:cdktn', {
    description:
      'The cdktn flavour for the release (the release task runs it between bump and unbump): compiled at the release version, its API checked against its last published version, packed into dist/',
    exec: 'bash scripts/flavour/cdktn.sh release',
  });
  const release = project.tasks.tryFind('release')!;
  const unbump = release.steps.findIndex((step) => step.spawn === 'unbump');
  if (unbump < 0) throw new Error('the release task has no unbump step');
  release.insertStep(unbump, { spawn: releaseCdktn.name });

  // jsii-pacmak packs the cdktn wheel in the release job (projen's own Python packing runs in release_pypi).
  workflow.file.patch(
    JsonPatch.test('/jobs/release/steps/2/name', 'Setup Node.js', TestFailureBehavior.FAIL_SYNTHESIS),
    JsonPatch.add('/jobs/release/steps/3', { name: 'Setup Python', uses: 'actions/setup-python@v6', with: { 'python-version': '3.x' } }),
  );
  for (const job of ['release_npm', 'release_pypi'] as const) {
    const at = STEP_INDEX[job];
    // Applied in order: after the insertion before Release, the indexes before it are unchanged.
    workflow.file.patch(
      JsonPatch.test(`/jobs/${job}/steps/${at.extract}/name`, EXTRACT_STEP.name, TestFailureBehavior.FAIL_SYNTHESIS),
      JsonPatch.replace(`/jobs/${job}/steps/${at.extract}`, EXTRACT_STEP),
      JsonPatch.test(`/jobs/${job}/steps/${at.release}/name`, 'Release', TestFailureBehavior.FAIL_SYNTHESIS),
      JsonPatch.add(`/jobs/${job}/steps/${at.release}`, CDKTN_STEP[job]),
      JsonPatch.add(`/jobs/${job}/steps/${at.release + 1}`, CHECK_STEP),
    );
  }

  workflow.addJobs({
    release_changelog: {
      name: `Record the release in ${CHANGELOG_FILE}`,
      needs: ['release', 'release_github'],
      runsOn: ['ubuntu-latest'],
      permissions: { contents: github.workflows.JobPermission.WRITE },
      if: "needs.release.outputs.tag_exists != 'true' && needs.release.outputs.latest_commit == github.sha && !inputs.dry_run",
      steps: [
        { name: 'Checkout', uses: 'actions/checkout@v6' },
        {
          name: 'Set git identity',
          run: 'git config user.name "github-actions[bot]"\ngit config user.email "41898282+github-actions[bot]@users.noreply.github.com"',
        },
        { name: 'Setup Node.js', uses: 'actions/setup-node@v6', with: { 'node-version': '20.x', 'package-manager-cache': false } },
        { name: 'Install dependencies', run: 'npm ci' },
        {
          name: 'Download build artifacts',
          uses: 'actions/download-artifact@v8',
          with: { 'artifact-ids': '${{ needs.release.outputs.artifact_id }}', 'path': 'dist' },
        },
        { name: `Prepend the release to ${CHANGELOG_FILE}`, run: 'npx projen release:changelog' },
        { name: 'Push', run: 'git push origin HEAD:${{ github.ref_name }}' },
      ],
    },
  });
  // The changelog commit is a push to main: it must not start another release.
  workflow.file.addOverride('on.push.paths-ignore', [CHANGELOG_FILE]);
}

/**
 * Pull requests are built on Node.js `EXTRA_BUILD_NODE_VERSION` as well as on workflowNodeVersion (Node.js 20 is at its end of
 * life): the same `npx projen build`, without the mutation check and the packaging jobs of the main build job.
 */
export function addBuildOnNewerNode(project: Project): void {
  const major = EXTRA_BUILD_NODE_VERSION.split('.')[0];
  addPullRequestJob(project, `build-node-${major}`, `build (Node.js ${EXTRA_BUILD_NODE_VERSION})`, EXTRA_BUILD_NODE_VERSION, [
    { name: 'build', run: 'npx projen build' },
  ]);
}

/**
 * Pull requests also build the cdktn flavour as CI does (.ci/run): packed, compared with the cdktf package's
 * assembly and synth, checked against its API baseline, and its unit tests run. Without it a change that
 * breaks only the flavour would first show in the release job.
 */
export function addCdktnFlavourBuild(project: Project): void {
  addPullRequestJob(project, 'build-cdktn', 'build (cdktn flavour)', '20.x', [
    // The flavour's assembly is compared with the cdktf package's, which the compile writes.
    { name: 'Compile the cdktf package', run: 'npx projen pre-compile && npx projen compile' },
    { name: 'Build and pack the cdktn flavour', run: 'npm run dist:cdktn' },
    { name: 'Assembly parity, synth parity and its API baseline', run: 'bash scripts/flavour/cdktn.sh check' },
    { name: 'The unit tests against the flavour', run: 'npm run test:cdktn' },
  ], [{ name: 'Setup Python', uses: 'actions/setup-python@v6', with: { 'python-version': '3.x' } }]);
}

/** A job of build.yml on the pull request's head: checkout, Node.js, `npm ci` (after `setup`), then `steps`. */
function addPullRequestJob(
  project: Project,
  id: string,
  name: string,
  nodeVersion: string,
  steps: github.workflows.JobStep[],
  setup: github.workflows.JobStep[] = [],
): void {
  const build = github.GitHub.of(project)?.tryFindWorkflow('build');
  if (!build) throw new Error('build.yml is missing: it needs `github: true` and the build workflow');
  build.addJobs({
    [id]: {
      name,
      runsOn: ['ubuntu-latest'],
      permissions: { contents: github.workflows.JobPermission.READ },
      env: { CI: 'true' },
      steps: [
        {
          name: 'Checkout',
          uses: 'actions/checkout@v6',
          with: { ref: '${{ github.event.pull_request.head.ref }}', repository: '${{ github.event.pull_request.head.repo.full_name }}' },
        },
        { name: 'Setup Node.js', uses: 'actions/setup-node@v6', with: { 'node-version': nodeVersion, 'package-manager-cache': false } },
        ...setup,
        { name: 'Install dependencies', run: 'npm ci' },
        ...steps,
      ],
    },
  });
}
