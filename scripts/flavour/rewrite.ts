/**
 * The textual difference between the two flavours: which framework the source imports, and which package
 * (npm name, Python module) the examples in the docs import. Everything else is the same source.
 */

/** The names one flavour has and the other takes instead. */
export interface FrameworkNames {
  /** The framework's npm package and import specifier. */
  readonly framework: string;
  /** The library's npm and PyPI name. */
  readonly packageName: string;
  /** The library's Python module. */
  readonly pythonModule: string;
}

export const CDKTF: FrameworkNames = {
  framework: 'cdktf',
  packageName: 'cdktf-cloudflare-api-tokens',
  pythonModule: 'cdktf_cloudflare_api_tokens',
};

export const CDKTN: FrameworkNames = {
  framework: 'cdktn',
  packageName: 'cdktn-cloudflare-api-tokens',
  pythonModule: 'cdktn_cloudflare_api_tokens',
};

/**
 * Rewrites TypeScript source of the `from` flavour into the `to` flavour: module specifiers in
 * `import ... from`, `require()` and `import()` (in code and in doc examples), the Python module name in
 * doc examples, and the framework where the docs and messages name its CLI commands, its tokens or its types
 * (`cdktf deploy`, `cdktf tokens`, `the first cdktf import`, `cdktf's`). Other prose stays: `@cdktf/provider-cloudflare` is a real
 * package of cdktf with no cdktn counterpart on npm.
 */
export function rewriteSource(text: string, from: FrameworkNames, to: FrameworkNames): string {
  const specifier = (name: string) => new RegExp(`(['"])${escape(name)}(['"/])`, 'g');
  return text
    .replace(specifier(from.packageName), `$1${to.packageName}$2`)
    .replace(specifier(from.framework), `$1${to.framework}$2`)
    .replace(new RegExp(`\\b${escape(from.pythonModule)}\\b`, 'g'), to.pythonModule)
    .replace(new RegExp(`(?<![@/\\w-])${escape(from.framework)}(?= (?:deploy|synth|get|import|tokens?)\\b|'s\\b)`, 'g'), to.framework);
}

/** The prebuilt Cloudflare bindings on PyPI: cdktf's 13.x line, and cdktn's (cdktn-provider-cloudflare). */
const PYTHON_PROVIDER_MODULES: Record<string, string> = {
  cdktf: 'cdktf_cdktf_provider_cloudflare',
  cdktn: 'cdktn_provider_cloudflare',
};

/**
 * Rewrites Python source (the Python tests and their examples) of the `from` flavour into the `to` flavour:
 * the library's distribution and module names, the prebuilt Cloudflare bindings' module, and the framework's
 * module wherever it is named as a word (`import cdktf`, `from cdktf import`, `cdktf.App`).
 */
export function rewritePython(text: string, from: FrameworkNames, to: FrameworkNames): string {
  return text
    .split(PYTHON_PROVIDER_MODULES[from.framework]).join(PYTHON_PROVIDER_MODULES[to.framework])
    .split(from.packageName).join(to.packageName)
    .split(from.pythonModule).join(to.pythonModule)
    .replace(new RegExp(`(?<![\\w@/.-])${escape(from.framework)}(?![\\w-])`, 'g'), to.framework);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
