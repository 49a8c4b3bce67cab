import { IResolvable, IResolveContext, Token, Tokenization } from 'cdktf';
import { escapeTemplate } from './terraform-text';
import { ValidationError } from './validation-error';

// A Terraform expression written as text, with cdktf tokens in its holes: the same `.tf.json` text that
// nesting cdktf's `Fn` and `Op` calls writes, from one token instead of one per call. Each of those calls
// creates a token that keeps the full stack trace of its creation for the life of the app; for the
// expressions every API token has, that was more than half of its synth time. This token keeps none.

/** Terraform text that goes into an expression as written (see `stringLiteral`). */
export class TerraformText {
  constructor(readonly text: string) {}
}

/**
 * The Terraform string literal of `text`, for a function argument: cdktf writes such arguments without
 * escaping `"` or `\`, and the expressions here keep its text, so they become `'` and `/`; control
 * characters become spaces, and `${` / `%{` are escaped so that Terraform reads no template in them.
 */
export function stringLiteral(text: string): TerraformText {
  const plain = text.replace(/"/g, "'").replace(/\\/g, '/').replace(/[\u0000-\u001f\u007f]/g, ' ');
  return new TerraformText(`"${escapeTemplate(plain)}"`);
}

/**
 * The expression the template spells, as a string token: write it as in a `.tf` file without `${ }`;
 * each `${hole}` is a string that is exactly one cdktf token (a reference, or another expression), or
 * `TerraformText`. It resolves in each stack that uses it, so a reference to another stack's resource
 * goes through remote state, as with `Fn`.
 */
export function terraformExpression(template: TemplateStringsArray, ...holes: Array<string | TerraformText>): string {
  holes.forEach((hole, index) => {
    if (typeof hole === 'string' && !isOneToken(hole)) {
      throw new ValidationError(`terraformExpression: hole ${index} of \`${template.join('…')}\` is not a single token: ${JSON.stringify(hole)}`, undefined);
    }
  });
  return Token.asString(new TemplateExpression(template, holes));
}

class TemplateExpression implements IResolvable {
  readonly creationStack: string[] = [];

  constructor(private readonly template: readonly string[], private readonly holes: ReadonlyArray<string | TerraformText>) {}

  resolve(context: IResolveContext): string {
    // The rules of cdktf's own expressions: inside an expression, a token resolves without `${ }`, and
    // only the outermost expression writes them.
    const outermost = !context.suppressBraces;
    context.suppressBraces = true;
    let text = this.template[0];
    this.holes.forEach((hole, index) => {
      text += (hole instanceof TerraformText ? hole.text : context.resolve(hole)) + this.template[index + 1];
    });
    return outermost ? `\${${text}}` : text;
  }

  toString(): string {
    return Token.asString(this);
  }
}

function isOneToken(value: string): boolean {
  const fragments = Tokenization.reverseString(value);
  return fragments.length === 1 && fragments.firstToken !== undefined;
}
