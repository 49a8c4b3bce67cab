// The examples as one cdktf app: `npx cdktf synth` (or `npm run synth:examples`) writes every stack to cdktf.out/.
import { buildExamplesApp } from './app';

buildExamplesApp().synth();
