/** Import case, raw side: cdktf plus deep imports of the provider bindings a token stack needs. */
import { mark } from './report';

mark('start');
/* eslint-disable @typescript-eslint/no-require-imports */
require('cdktf');
require('@cdktf/provider-cloudflare/lib/account-token');
require('@cdktf/provider-cloudflare/lib/api-token');
require('@cdktf/provider-cloudflare/lib/r2-bucket');
require('@cdktf/provider-cloudflare/lib/provider');
mark('import');
