// Preloaded (node --require) where the cdktn flavour's tests run TypeScript outside jest (the Python suite's
// TypeScript reference): the prebuilt cdktf bindings the tests use for a user's own resources (root
// node_modules/@cdktf/...) load cdktn and its constructs in place of cdktf's, as jest's moduleNameMapper does
// for the unit tests. Nothing else is redirected, so the jsii kernel that runs the wheel is untouched.
const Module = require('module');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const prebuilt = path.join(root, 'node_modules', '@cdktf') + path.sep;
const flavourTools = path.join(root, 'flavours', 'cdktn');
const original = Module._resolveFilename;

Module._resolveFilename = function resolveCdktfAsCdktn(request, parent, ...rest) {
  if (parent && parent.filename && parent.filename.startsWith(prebuilt)) {
    if (request === 'cdktf' || request.startsWith('cdktf/')) {
      return original.call(this, `cdktn${request.slice('cdktf'.length)}`, parent, false, { paths: [flavourTools] });
    }
    if (request === 'constructs') return original.call(this, request, parent, false, { paths: [flavourTools] });
  }
  return original.call(this, request, parent, ...rest);
};
