import { github, JsonPatch, Project } from 'projen';

// What projen's release workflow (release.yml) does not do by itself:
// - each publishing job checks its packages (version in step with the release, `npm publish --dry-run`,
//   `twine check --strict`) right before its publib upload, so wrong metadata is refused before anything is uploaded;
// - after the GitHub release, the release's changelog entry is prepended to CHANGELOG.md on main by projen's own
//   `release/update-changelog` step (commit "chore(release): <version>"); that push does not start another release.
// `npm run release:local` runs the same steps against local registries (scripts/release/rehearse.sh).

const CHECK_STEP = (dist: string) => ({
  name: 'Check the packages before upload',
  run: `bash .repo/scripts/release/check-artifacts.sh ${dist} "$(cat dist.old/version.txt)"`,
});

/** Index of the `Release` step (the publib upload) in the publishing jobs projen 0.99.80 generates. */
const RELEASE_STEP_INDEX = { release_npm: 9, release_pypi: 10 } as const;

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

  // Inserted before the Release step; the step after it must still be the upload (test/release/workflows.test.ts).
  workflow.file.patch(
    JsonPatch.add(`/jobs/release_npm/steps/${RELEASE_STEP_INDEX.release_npm}`, CHECK_STEP('dist')),
    JsonPatch.add(`/jobs/release_pypi/steps/${RELEASE_STEP_INDEX.release_pypi}`, CHECK_STEP('dist')),
  );

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
