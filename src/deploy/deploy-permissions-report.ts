import { writeFileSync } from 'fs';
import { join } from 'path';
import { Annotations, App, ISynthesisSession, TerraformStack } from 'cdktf';
import { reportJson, reportText } from './private/report-render';
import { cloudflareElements } from './private/stack-elements';
import { stackNeeds } from './private/stack-needs';

const REPORTED = Symbol.for('cdktf-cloudflare-api-tokens.DeployPermissionsReport');

/**
 * A report, at synth, of the Cloudflare permission groups each stack needs to deploy and to plan, and
 * where (which account, which zone). For every stack with Cloudflare resources or data sources (matched by
 * Terraform type, whichever bindings made them), it writes `deploy-permissions.json` and a readable
 * `deploy-permissions.txt` beside the stack's `cdk.tf.json`, and adds the summary as an info annotation.
 * Types the table cannot answer for are named as unknown, with a warning.
 *
 * @exampleMetadata fixture=deploy
 * @example
 * DeployPermissionsReport.forEveryStack(app); // after the stacks, before app.synth()
 * app.synth(); // then: cat cdktf.out/stacks/app/deploy-permissions.txt
 */
export class DeployPermissionsReport {
  /** File name of the JSON report in the stack's output directory. */
  public static readonly JSON_FILE = 'deploy-permissions.json';
  /** File name of the readable summary in the stack's output directory. */
  public static readonly TEXT_FILE = 'deploy-permissions.txt';

  /** Adds the report to every stack the app holds now; call it after creating the stacks. */
  public static forEveryStack(app: App): void {
    for (const construct of app.node.findAll()) {
      if (TerraformStack.isStack(construct)) DeployPermissionsReport.addTo(construct);
    }
  }

  /** Adds the report to one stack (once, however often it is called). */
  public static addTo(stack: TerraformStack): void {
    const marked = stack as unknown as Record<symbol, boolean>;
    if (marked[REPORTED]) return;
    marked[REPORTED] = true;
    const original = stack.synthesizer;
    stack.synthesizer = {
      synthesize: (session: ISynthesisSession) => {
        // Runs after every stack's prepareStack(): cross-stack references are wired by now.
        const report = cloudflareElements(stack).length > 0 ? reportJson(stackNeeds(stack)) : undefined;
        if (report) annotate(stack, report);
        original.synthesize(session);
        if (report) {
          const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
          writeFileSync(join(dir, DeployPermissionsReport.JSON_FILE), JSON.stringify(report, null, 2) + '\n');
          writeFileSync(join(dir, DeployPermissionsReport.TEXT_FILE), reportText(report));
        }
      },
    };
  }

  private constructor() {}
}

function annotate(stack: TerraformStack, report: ReturnType<typeof reportJson>): void {
  Annotations.of(stack).addInfo(reportText(report));
  for (const u of report.unknownTypes) {
    Annotations.of(stack).addWarning(`Deploy permissions: ${u.kind} type ${u.type} is unknown to the table (${u.reason}); the report does not cover what it needs`);
  }
}
