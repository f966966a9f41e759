/** `component-arguments`: a component call's named arguments against the component's parameters. */
import { closestWord } from '../text/closest';
import { suggest, type Check } from './check';

export const componentArguments: Check = {
  meta: { code: 'component-arguments', severity: 'error', scope: 'item', description: 'A component call with a missing, unknown or repeated argument.' },
  create(ctx) {
    return {
      Call(call) {
        const callee = ctx.model.components.get(call.name.name);
        if (!callee) return;
        const params = callee.decl.params.map((p) => p.name);
        const signature = `${call.name.name}(${params.join(', ')})`;
        const given = new Set<string>();
        // A misspelled argument stands for the parameter it is close to: that one is not also missing.
        const meant = new Set<string>();
        for (const arg of call.args) {
          const name = arg.name.name;
          if (given.has(name)) {
            ctx.report({ span: arg.name.span, message: `Argument \`${name}\` is given twice: expected each parameter of \`${signature}\` once` });
            continue;
          }
          given.add(name);
          if (params.includes(name)) continue;
          const message = `\`${call.name.name}\` has no parameter \`${name}\`: expected one of \`${signature}\``;
          const guess = closestWord(
            name,
            params.filter((p) => !call.args.some((a) => a.name.name === p)),
          );
          if (guess) meant.add(guess);
          ctx.report(guess ? { span: arg.name.span, message, ...suggest(arg.name.span, guess) } : { span: arg.name.span, message });
        }
        const missing = params.filter((p) => !given.has(p) && !meant.has(p));
        if (missing.length === 0) return;
        const list = missing.map((p) => `\`${p}\``).join(', ');
        ctx.report({
          span: call.name.span,
          message: `Missing argument${missing.length > 1 ? 's' : ''} ${list}: \`${signature}\` needs every parameter`,
          hint: `Add ${missing.map((p) => `\`${p}: ...\``).join(', ')}.`,
        });
      },
    };
  },
};
