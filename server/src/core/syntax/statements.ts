/**
 * Groups the flat statements of a block into steps: a request line opens a request step and the
 * headers, body, options, expectations and captures after it belong to it. Statements that cannot
 * belong anywhere (a header before any request line, a second body) become diagnostics.
 */
import type {
  Auth,
  Body,
  Check,
  DurationLit,
  Field,
  Header,
  HttpMethod,
  RedirectsOption,
  RequestStep,
  Retry,
  Span,
  Step,
  StringLit,
  Template,
} from '../ast';
import { error, type Diagnostic } from '../diagnostics';

/** What the parser produces for one statement line, before grouping. */
export type Statement =
  | { kind: 'RequestLine'; span: Span; method: HttpMethod; methodSpan: Span; url: Template }
  | Header
  | Body
  | { kind: 'Variables'; span: Span; json: Template }
  | { kind: 'Operation'; span: Span; name: StringLit }
  | { kind: 'Query'; span: Span; fields: Field[] }
  | Check
  | Step
  | Retry
  | { kind: 'Timeout'; span: Span; duration: DurationLit }
  | RedirectsOption
  | Auth;

const STATEMENT_NAMES: Record<string, string> = {
  Header: 'a header',
  Json: 'a body',
  Form: 'a body',
  Multipart: 'a body',
  Text: 'a body',
  FileBody: 'a body',
  Graphql: 'a body',
  Variables: '`variables`',
  Operation: '`operation`',
  Query: '`query`',
  Retry: '`retry`',
  Timeout: '`timeout`',
  Redirects: '`redirects`',
  Auth: '`auth`',
  Expect: '`expect`',
  Capture: '`capture`',
};

export function groupSteps(statements: Statement[], errors: Diagnostic[]): Step[] {
  const steps: Step[] = [];
  let request: RequestStep | undefined;
  let checksTarget: { checks: Check[] } | undefined;

  const outside = (s: Statement): void => {
    errors.push(
      error(
        'statement-outside-request',
        s.span,
        `${capitalize(STATEMENT_NAMES[s.kind] ?? 'this statement')} must follow a request line`,
        'Start the step with a request line such as `GET {{baseUrl}}/path`.',
      ),
    );
  };
  const once = (s: Statement, what: string): void => {
    errors.push(error('duplicate-statement', s.span, `A request has only one ${what}; this one repeats it`));
  };

  for (const s of statements) {
    switch (s.kind) {
      case 'RequestLine':
        request = { kind: 'Request', span: s.span, method: s.method, methodSpan: s.methodSpan, url: s.url, headers: [], query: [], checks: [] };
        checksTarget = request;
        steps.push(request);
        continue;
      case 'Call':
        request = undefined;
        checksTarget = s;
        steps.push(s);
        continue;
      case 'Delay':
      case 'Log':
        request = undefined;
        checksTarget = undefined;
        steps.push(s);
        continue;
      case 'Expect':
      case 'Capture':
        if (checksTarget) {
          checksTarget.checks.push(s);
          extendSpan(steps[steps.length - 1], s.span);
        } else outside(s);
        continue;
    }
    if (!request) {
      outside(s);
      continue;
    }
    extendSpan(request, s.span);
    switch (s.kind) {
      case 'Header':
        request.headers.push(s);
        break;
      case 'Query':
        request.query.push(...s.fields);
        break;
      case 'Variables':
      case 'Operation':
        if (request.body?.kind !== 'Graphql') {
          errors.push(error('graphql-option-without-query', s.span, `${STATEMENT_NAMES[s.kind]} needs a \`graphql\` body before it`));
        } else if (s.kind === 'Variables') {
          if (request.body.variables) once(s, '`variables` block');
          else request.body.variables = s.json;
        } else if (request.body.operationName) once(s, '`operation`');
        else request.body.operationName = s.name;
        break;
      case 'Retry':
        if (request.retry) once(s, '`retry`');
        else request.retry = s;
        break;
      case 'Timeout':
        if (request.timeout) once(s, '`timeout`');
        else request.timeout = s.duration;
        break;
      case 'Redirects':
        if (request.redirects) once(s, '`redirects`');
        else request.redirects = s;
        break;
      case 'Auth':
        if (request.auth) once(s, '`auth`');
        else request.auth = s;
        break;
      case 'Json':
      case 'Form':
      case 'Multipart':
      case 'Text':
      case 'FileBody':
      case 'Graphql':
        if (request.body) once(s, 'body');
        else request.body = s;
    }
  }
  return fitted(steps);
}

/**
 * The lists built by `push` above, copied at their final size: `push` leaves room for at least 17
 * elements, and the tree of a large file holds hundreds of thousands of these short lists.
 */
function fitted(steps: Step[]): Step[] {
  for (const step of steps) {
    if (step.kind === 'Request') {
      if (step.headers.length > 0) step.headers = step.headers.slice();
      if (step.query.length > 0) step.query = step.query.slice();
    }
    if ((step.kind === 'Request' || step.kind === 'Call') && step.checks.length > 0) step.checks = step.checks.slice();
  }
  return steps.slice();
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

function extendSpan(step: Step, span: Span): void {
  if (span.end > step.span.end) step.span.end = span.end;
}
