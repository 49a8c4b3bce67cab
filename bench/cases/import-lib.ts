/**
 * Import case, library side: what a token app imports, cdktf (for App and TerraformStack) and the compiled
 * library (lib/index.js, whose exports load their modules on first use; the synth cases pay for that).
 */
import { LIB_DIR, mark } from './report';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
require('cdktf');
require(LIB_DIR);
mark('import');
