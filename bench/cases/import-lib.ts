/** Import case, library side: `require` of the compiled library (lib/index.js) and nothing else. */
import { LIB_DIR, mark } from './report';

mark('start');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(LIB_DIR);
mark('import');
