import { cdktf, javascript } from "projen";
const project = new cdktf.ConstructLibraryCdktf({
  author: "Seed a76c5e5b maintainers",
  authorAddress: "maintainers@users.noreply.r-seed-a76c5e5b.example",
  cdktfVersion: "^0.13.0",
  defaultReleaseBranch: "main",
  jsiiVersion: "~5.9.0",
  name: "cdktf-cloudflare-api-tokens",
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  repositoryUrl: "https://github.com/maintainers/main.git",

  // deps: [],                /* Runtime dependencies of this module. */
  // description: undefined,  /* The description is just a string that helps people understand the purpose of the package. */
  // devDeps: [],             /* Build dependencies for this module. */
  // packageName: undefined,  /* The "name" in package.json. */
});
project.synth();