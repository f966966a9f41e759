/**
 * Short Markdown documentation of the language's fixed words, in one table: keywords, operators,
 * assertion subjects, types, decorators and HTTP methods. Hover shows these texts and completion
 * attaches them to its items; docs/language.md is the long form.
 */
import type { HttpMethod } from '../ast';
import type { TypeName } from '../semantic/vocabulary';

/** The sections of the table. A word may be in several (`header` is a subject and a capture source). */
export interface LanguageDocs {
  keywords: Readonly<Record<string, string>>;
  operators: Readonly<Record<string, string>>;
  subjects: Readonly<Record<string, string>>;
  types: Readonly<Record<TypeName, string>>;
  decorators: Readonly<Record<string, string>>;
  methods: Readonly<Record<HttpMethod, string>>;
}

/** The documentation table. */
export const LANGUAGE_DOCS: LanguageDocs = {
  keywords: {
    test: '`test "name" [with rows] { ... }` — a test: a name and a block of steps. Steps run in order; a failed step ends the test.',
    component: '`component name(a, b) { ... }` — reusable steps with named parameters, called with `use name(a: ..., b: ...)`. Its captures are exported to the caller.',
    vars: '`vars { name = value ... }` — file variables, read as `{{name}}`. Values are literals or `env("NAME", fallback)`.',
    setup: '`setup { ... }` — runs once before the first test of the file; its captures are visible in every test and in teardown.',
    teardown: '`teardown { ... }` — runs once after the last test of the file, even when tests failed.',
    import: '`import "./other.assay"` — makes the vars and components of another file available here.',
    use: '`use name(param: value, ...)` — calls a component (every parameter by name). At the top level, `use openapi "spec.yaml"` / `use graphql "schema.graphql"` binds a schema.',
    openapi: '`use openapi "./spec.yaml"` — binds an OpenAPI document: the editor checks requests, and `expect response matches schema` validates responses.',
    graphql: '`graphql """..."""` — sends a GraphQL document as the JSON body `{ query, variables, operationName }`. `use graphql "schema.graphql"` binds a schema.',
    secret: '`name = secret env("NAME")` — the value is masked as `••••••` in every output, report and log line.',
    env: '`env("NAME")` or `env("NAME", fallback)` — an environment variable, from the process, `.env`, `.env.<environment>` or `--var NAME=value`.',
    with: '`with [ {...}, ... ]` or `with file "rows.csv"` — runs the test once per row; the row keys become variables.',
    file: '`file "./path"` — a file relative to this one: a request body, a multipart part, or the rows of `with file`.',
    as: '`file "./a.png" as "image/png"` — the content type of a multipart file part.',
    json: '`json { ... }` — a JSON body (`Content-Type: application/json`); `{{x}}` may stand for a whole value.',
    form: '`form { name = value ... }` — a URL-encoded form body.',
    multipart: '`multipart { name = value  file = file "./a.png" }` — a `multipart/form-data` body of fields and files.',
    text: '`text "..."` — a plain-text body (`text/plain; charset=utf-8`).',
    variables: '`variables { ... }` — the JSON variables of the `graphql` body before it.',
    operation: '`operation "Name"` — which operation of the `graphql` document to run.',
    query: '`query { name = value ... }` — URL-encoded query parameters added to the URL.',
    expect: '`expect <subject> <predicate>` — checks the step\'s response, e.g. `expect status == 200`, `expect $.id is integer`.',
    capture: '`capture name = <source>` — sets a variable for the lines after it: `$.path`, `header "Name"`, `status`, `body` or `regex /re/`.',
    regex: '`capture name = regex /re/` — the first group (or the whole match) of a regular expression over the body text.',
    retry: '`retry N [every D] [until <subject> <predicate>]` — sends the request again up to N more times.',
    every: '`retry N every D` — the pause between tries (default 1 s).',
    until: '`retry N until <subject> <predicate>` — retries until the condition holds.',
    delay: '`delay D` — a step that waits, e.g. `delay 500ms`.',
    timeout: '`timeout D` — the time allowed for the whole response (default 30 s).',
    redirects: '`redirects on | off | N` — follow redirects, don\'t, or follow at most N.',
    on: '`redirects on` — follow redirects (the default).',
    off: '`redirects off` — do not follow redirects: the 3xx is the response.',
    auth: '`auth bearer "token"`, `auth basic "user" "password"`, `auth apikey "Header" "key"` — sets one authentication header.',
    basic: '`auth basic "user" "password"` — `Authorization: Basic base64(user:password)`.',
    bearer: '`auth bearer "token"` — `Authorization: Bearer <token>`.',
    apikey: '`auth apikey "X-API-Key" "key"` — sends the key in the named header.',
    log: '`log <value>` — a step that prints the value (interpolated, secrets masked) in the run\'s output.',
    schema: '`matches schema` — `response` is valid for the bound OpenAPI operation or GraphQL selection; `matches schema "file.json"` validates against a JSON Schema.',
    true: 'The boolean `true`.',
    false: 'The boolean `false`.',
    null: 'The JSON `null`.',
  },
  operators: {
    '==': '`== v` — deep equality of JSON values, without type coercion (`1 != "1"`).',
    '!=': '`!= v` — not deeply equal.',
    '<': '`< v` — numeric order (a duration counts as milliseconds); strings compare by code point.',
    '<=': '`<= v` — less than or equal.',
    '>': '`> v` — greater than.',
    '>=': '`>= v` — greater than or equal.',
    contains: '`[not] contains v` — text contains a substring; an array has an element equal to `v`; an object has the key `v`.',
    matches: '`[not] matches /re/flags` — the text matches a regular expression; `matches schema` validates against a schema.',
    is: '`is [not] <type>` — the value has the type (`string`, `integer`, `uuid`, `date-time`, `empty` ...).',
    in: '`[not] in [a, b]` — the value equals one of the listed values.',
    exists: '`[not] exists` — the path matches something (`null` counts), the header is present, the variable is set.',
    not: '`not` — negates `contains`, `matches`, `in`, `exists`; after `is`: `is not <type>`.',
  },
  subjects: {
    status: '`status` — the response status code, a number.',
    duration: '`duration` — the response time in milliseconds.',
    body: '`body` — the response body as text (UTF-8).',
    response: '`response` — the whole response, for `matches schema` only.',
    header: '`header "Name"` — a response header\'s value as text (name case-insensitive).',
    count: '`count $.path` — how many values the path matches; for a path to one array, its length.',
  },
  types: {
    string: '`string` — a JSON string.',
    integer: '`integer` — a number without a fractional part.',
    number: '`number` — any number.',
    boolean: '`boolean` — `true` or `false`.',
    array: '`array` — a JSON array.',
    object: '`object` — a JSON object.',
    null: '`null` — the JSON `null`.',
    uuid: '`uuid` — a string `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` of hex digits.',
    email: '`email` — a string shaped like `name@domain.tld`.',
    'date-time': '`date-time` — an RFC 3339 date-time with a zone, e.g. `2024-05-01T12:30:00Z`.',
    date: '`date` — an RFC 3339 date `YYYY-MM-DD`.',
    uri: '`uri` — an absolute URI with a scheme, e.g. `https://example.com/x`.',
    empty: '`empty` — `""`, `[]`, `{}`, or a response without a body.',
  },
  decorators: {
    tag: '`@tag(a, b)` — labels for selecting tests in the CLI and the test explorer.',
    skip: '`@skip` or `@skip("reason")` — reported as skipped, with the reason; never sent.',
    only: '`@only` — when any test in a run has `@only`, only such tests run. For local use; do not commit.',
  },
  methods: {
    GET: '`GET url` — reads a resource.',
    POST: '`POST url` — creates a resource or submits data; usually with a body.',
    PUT: '`PUT url` — replaces a resource with the body.',
    PATCH: '`PATCH url` — changes part of a resource.',
    DELETE: '`DELETE url` — deletes a resource.',
    HEAD: '`HEAD url` — like `GET`, without the body.',
    OPTIONS: '`OPTIONS url` — asks which methods and headers the server allows.',
    TRACE: '`TRACE url` — echoes the request back, for diagnostics.',
  },
};

/** The documentation of `word` in `section`, or in the first section that has it. */
export function docFor(word: string, section?: keyof LanguageDocs): string | undefined {
  const sections: (keyof LanguageDocs)[] = section ? [section] : ['keywords', 'operators', 'subjects', 'types', 'decorators', 'methods'];
  for (const name of sections) {
    const table = LANGUAGE_DOCS[name] as Readonly<Record<string, string>>;
    if (Object.hasOwn(table, word)) return table[word];
  }
  return undefined;
}
