/**
 * The Assay syntax tree: the contract between the parser and everything else (checks, formatter,
 * runner, language server). It is plain data: no parser objects, no methods, safe to serialize.
 *
 * Every node has a `kind` and a `span` of UTF-16 offsets into the whole document (the same units as
 * LSP positions). Raw source pieces that the runner interpolates later (URLs, header values, JSON bodies)
 * are kept as `Template`s: their text as written plus the `{{...}}` references found in them.
 *
 * The parser behind this tree (Ohm today) can change without touching any consumer.
 */

/** A half-open range `[start, end)` of UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
}

export interface AssayFile {
  kind: 'File';
  span: Span;
  items: TopItem[];
}

export type TopItem = ImportDecl | UseDecl | VarsBlock | ComponentDecl | SetupBlock | TeardownBlock | TestDecl | BrokenItem;

/** `import "./auth.assay"`: components and vars of another file. */
export interface ImportDecl {
  kind: 'Import';
  span: Span;
  path: StringLit;
}

/** `use openapi "./spec.yaml"` or `use graphql "./schema.graphql"`: binds the file to a schema. */
export interface UseDecl {
  kind: 'Use';
  span: Span;
  schema: 'openapi' | 'graphql';
  path: StringLit;
}

/** `vars { name = value ... }`. */
export interface VarsBlock {
  kind: 'Vars';
  span: Span;
  vars: VarDecl[];
}

export interface VarDecl {
  kind: 'Var';
  span: Span;
  name: Ident;
  /** `secret` values are masked in every output. */
  secret: boolean;
  value: Literal | EnvCall;
}

/** `env("NAME", fallback)`: an environment variable, from the process or a `.env` file. */
export interface EnvCall {
  kind: 'Env';
  span: Span;
  name: StringLit;
  fallback?: Literal;
}

/** `component name(a, b) { ... }`: reusable steps with parameters. */
export interface ComponentDecl {
  kind: 'Component';
  span: Span;
  name: Ident;
  params: Ident[];
  /** The comment lines right above the component, without their `#`. */
  doc?: string;
  steps: Step[];
}

export interface SetupBlock {
  kind: 'Setup';
  span: Span;
  steps: Step[];
}

export interface TeardownBlock {
  kind: 'Teardown';
  span: Span;
  steps: Step[];
}

/** `@tag(smoke) test "name" [with rows] { steps }`. */
export interface TestDecl {
  kind: 'Test';
  span: Span;
  name: StringLit;
  decorators: Decorator[];
  doc?: string;
  /** Present for a parameterized test: one run per row. */
  data?: InlineRows | DataFile;
  steps: Step[];
}

/** `@tag(a, b)`, `@skip`, `@skip("why")`, `@only`. */
export interface Decorator {
  kind: 'Decorator';
  span: Span;
  name: Ident;
  args: Literal[];
}

/** `with [ { id: 1 }, { id: 2 } ]`. */
export interface InlineRows {
  kind: 'Rows';
  span: Span;
  rows: Literal[];
}

/** `with file "./rows.csv"` (or `.json`). */
export interface DataFile {
  kind: 'DataFile';
  span: Span;
  path: StringLit;
}

/**
 * A top-level block that did not parse. The parse error is in `errors`; what could be read of the
 * block's head is kept so that editors can still list it.
 */
export interface BrokenItem {
  kind: 'Broken';
  span: Span;
  /** The block's first word (`test`, `component`, ...), when there is one. */
  keyword?: string;
  /** The block's name (a test's name, a component's name), when its head is readable. */
  name?: string;
  /** The steps that could still be read, by skipping the broken lines. */
  steps: Step[];
}

// ---- Steps ------------------------------------------------------------------------------------------

/** A step: one request with what belongs to it, a component call, a delay, or a log line. */
export type Step = RequestStep | CallStep | DelayStep | LogStep;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A request line (`GET {{base}}/pets`) and the statements after it, up to the next step. */
export interface RequestStep {
  kind: 'Request';
  span: Span;
  method: HttpMethod;
  methodSpan: Span;
  url: Template;
  headers: Header[];
  query: Field[];
  auth?: Auth;
  body?: Body;
  timeout?: DurationLit;
  /** `redirects on|off|N`: follow (up to N) or not. */
  redirects?: RedirectsOption;
  retry?: Retry;
  /** Expectations and captures in source order; the runner applies them in this order. */
  checks: Check[];
}

/** `use login(user: "ada")`; expectations and captures after it apply to the component's last response. */
export interface CallStep {
  kind: 'Call';
  span: Span;
  name: Ident;
  args: Arg[];
  checks: Check[];
}

export interface Arg {
  kind: 'Arg';
  span: Span;
  name: Ident;
  value: Literal;
}

/** `delay 500ms`. */
export interface DelayStep {
  kind: 'Delay';
  span: Span;
  duration: DurationLit;
}

/** `log "text {{var}}"`: prints a line in the run's output. */
export interface LogStep {
  kind: 'Log';
  span: Span;
  value: Literal;
}

/** `Name: value` — the value is raw text up to the end of the line (or a ` #` comment). */
export interface Header {
  kind: 'Header';
  span: Span;
  name: string;
  nameSpan: Span;
  value: Template;
}

/** `name = value` inside `query { }`, `form { }`. */
export interface Field {
  kind: 'Field';
  span: Span;
  name: string;
  nameSpan: Span;
  value: Literal;
}

export interface Auth {
  kind: 'Auth';
  span: Span;
  scheme: 'basic' | 'bearer' | 'apikey';
  /** basic: user, password; bearer: token; apikey: header name, value. */
  args: Literal[];
}

export interface RedirectsOption {
  kind: 'Redirects';
  span: Span;
  follow: boolean;
  max?: number;
}

/** `retry 10 every 200ms until $.state == "done"`. Without `until`, retries until every expect passes. */
export interface Retry {
  kind: 'Retry';
  span: Span;
  count: number;
  interval?: DurationLit;
  until?: Condition;
}

// ---- Bodies -------------------------------------------------------------------------------------------

export type Body = JsonBody | FormBody | MultipartBody | TextBody | FileBody | GraphqlBody;

/** `json { ... }`: JSON text as written; `{{x}}` may stand for a whole value. */
export interface JsonBody {
  kind: 'Json';
  span: Span;
  json: Template;
}

export interface FormBody {
  kind: 'Form';
  span: Span;
  fields: Field[];
}

export interface MultipartBody {
  kind: 'Multipart';
  span: Span;
  parts: MultipartPart[];
}

export interface MultipartPart {
  kind: 'Part';
  span: Span;
  name: string;
  nameSpan: Span;
  /** A plain field value, or a file to upload. */
  value: Literal | FileRef;
}

/** `file "./a.png" as "image/png"`. */
export interface FileRef {
  kind: 'FileRef';
  span: Span;
  path: StringLit;
  contentType?: StringLit;
}

export interface TextBody {
  kind: 'Text';
  span: Span;
  text: StringLit;
}

/** `file "./payload.json"`: the body is a file's contents. */
export interface FileBody {
  kind: 'FileBody';
  span: Span;
  path: StringLit;
}

/** `graphql """..."""` with the `variables` and `operation` statements that follow it. */
export interface GraphqlBody {
  kind: 'Graphql';
  span: Span;
  document: StringLit;
  variables?: Template;
  operationName?: StringLit;
}

// ---- Expectations and captures -----------------------------------------------------------------------

export type Check = Expect | Capture;

/** `expect <subject> <predicate>`. */
export interface Expect {
  kind: 'Expect';
  span: Span;
  subject: Subject;
  predicate: Predicate;
}

/** A subject and predicate without `expect`, as in `retry ... until <condition>`. */
export interface Condition {
  subject: Subject;
  predicate: Predicate;
}

export type Subject =
  | { kind: 'Status'; span: Span }
  /** `duration`: the response time in milliseconds. */
  | { kind: 'ResponseTime'; span: Span }
  | { kind: 'BodyText'; span: Span }
  /** `response`: the whole response, for `matches schema`. */
  | { kind: 'Response'; span: Span }
  | HeaderRef
  | { kind: 'Count'; span: Span; path: JsonPath }
  | JsonPath
  | { kind: 'Value'; span: Span; value: Interp }
  /** A word that is not a subject; the checks report it. */
  | { kind: 'UnknownSubject'; span: Span; name: string };

/** `header "Content-Type"`. */
export interface HeaderRef {
  kind: 'HeaderRef';
  span: Span;
  name: StringLit;
}

export type Predicate =
  | { kind: 'Compare'; span: Span; op: CompareOp; value: Literal }
  | { kind: 'Contains'; span: Span; negated: boolean; value: Literal }
  | { kind: 'Matches'; span: Span; negated: boolean; regex: RegexLit }
  | { kind: 'MatchesSchema'; span: Span; negated: boolean; file?: StringLit }
  | { kind: 'Is'; span: Span; negated: boolean; type: string; typeSpan: Span }
  | { kind: 'In'; span: Span; negated: boolean; values: ArrayLit }
  | { kind: 'Exists'; span: Span; negated: boolean };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/** `capture name = <source>`: sets a variable for the rest of the test. */
export interface Capture {
  kind: 'Capture';
  span: Span;
  name: Ident;
  source: CaptureSource;
}

export type CaptureSource =
  | JsonPath
  | HeaderRef
  /** `regex /re/`: the first group (or the whole match) in the body text. */
  | { kind: 'RegexCapture'; span: Span; regex: RegexLit }
  | { kind: 'Status'; span: Span }
  | { kind: 'BodyText'; span: Span };

/** `$.items[0].id`, kept as written. */
export interface JsonPath {
  kind: 'JsonPath';
  span: Span;
  path: string;
}

// ---- Values -------------------------------------------------------------------------------------------

export type Literal = StringLit | NumberLit | BoolLit | NullLit | DurationLit | Interp | ArrayLit | ObjectLit;

export interface Ident {
  kind: 'Ident';
  span: Span;
  name: string;
}

/** A string literal: `value` is unescaped; `{{...}}` references stay in it and are listed in `interps`. */
export interface StringLit {
  kind: 'String';
  span: Span;
  value: string;
  /** True for `"""..."""`. */
  triple: boolean;
  interps: Interp[];
}

export interface NumberLit {
  kind: 'Number';
  span: Span;
  value: number;
}

export interface BoolLit {
  kind: 'Bool';
  span: Span;
  value: boolean;
}

export interface NullLit {
  kind: 'Null';
  span: Span;
}

/** `300ms`, `2s`, `1m`, in milliseconds. */
export interface DurationLit {
  kind: 'Duration';
  span: Span;
  ms: number;
}

/** `{{name}}`, `{{user.id}}`, `{{items[0]}}` or a built-in like `{{$uuid}}`. */
export interface Interp {
  kind: 'Interp';
  span: Span;
  /** The expression inside the braces, trimmed. */
  expr: string;
  /** The variable it reads (`user` for `user.id`), or the built-in with its `$`. */
  root: string;
}

export interface ArrayLit {
  kind: 'Array';
  span: Span;
  items: Literal[];
}

export interface ObjectLit {
  kind: 'Object';
  span: Span;
  entries: ObjectEntry[];
}

export interface ObjectEntry {
  kind: 'Entry';
  span: Span;
  key: string;
  keySpan: Span;
  value: Literal;
}

/** `/pattern/flags`. */
export interface RegexLit {
  kind: 'Regex';
  span: Span;
  pattern: string;
  flags: string;
}

/** Raw text with `{{...}}` references: URLs, header values, JSON bodies. */
export interface Template {
  kind: 'Template';
  span: Span;
  text: string;
  interps: Interp[];
}
