/**
 * `generateOpenApiSuite`: a loaded OpenAPI document → a suite of `.assay` files, one per tag (or, for
 * untagged operations, per first path segment), each bound to the spec with `use openapi`, with a
 * `vars` block for the base URL (`env("BASE_URL", <the spec's first server>)`) and the credentials its
 * tests use, and the tests of every operation in spec order (openapi-tests.ts).
 */
import type { ApiOperation, LoadedOpenApi } from '../schema/types';
import { Chains } from './chaining';
import { quoted } from './literals';
import type { GeneratedFile, GeneratedSuite, GeneratedTest, GeneratedVar } from './model';
import { fileSlug, unique } from './naming';
import { operationKey, operationTests, operationTitle, type OperationContext } from './openapi-tests';
import { Security } from './security';

type Obj = Record<string, unknown>;

export interface OpenApiOptions {
  /** The spec's path as the generated files write it in `use openapi "..."` (relative to them). */
  specPath: string;
  /** Seeds synthesized values (default 1). */
  seed?: number;
  /** Also write negative tests. */
  negative?: boolean;
}

export function generateOpenApiSuite(spec: LoadedOpenApi, options: OpenApiOptions): GeneratedSuite {
  const document = (spec.document ?? {}) as Obj;
  const ctx: OperationContext = {
    document,
    chains: new Chains(spec.operations, document),
    security: new Security(document, new Set(['baseUrl'])),
    seed: options.seed ?? 1,
    negative: options.negative ?? false,
  };
  const groups = new Map<string, { label: string; operations: ApiOperation[] }>();
  for (const op of spec.operations) {
    const label = op.tags[0] ?? op.path.split('/').find((s) => s && !s.startsWith('{')) ?? 'default';
    const slug = fileSlug(label);
    const group = groups.get(slug) ?? { label, operations: [] };
    group.operations.push(op);
    groups.set(slug, group);
  }
  const info = (document.info ?? {}) as Obj;
  const title = typeof info.title === 'string' ? `${info.title.replace(/\s+/g, ' ').trim()}${typeof info.version === 'string' ? ` ${info.version}` : ''}` : 'the API';
  const files: GeneratedFile[] = [];
  const notes = spec.operations.length === 0 ? [`${options.specPath} has no operations under \`paths\` (webhooks are not tested)`] : [];
  for (const [slug, group] of groups) {
    const names = new Set<string>();
    const vars = new Map<string, GeneratedVar>([['baseUrl', { name: 'baseUrl', value: `env("BASE_URL", ${quoted(baseUrl(document))})`, secret: false }]]);
    const tests = group.operations.flatMap((op) => {
      let made: ReturnType<typeof operationTests>;
      try {
        made = operationTests(op, ctx, names);
      } catch (e) {
        // A spec shape the generator does not handle must not cost the other operations their tests.
        notes.push(`${op.method} ${op.path}: only a bare request was generated (${e instanceof Error ? e.message : String(e)})`);
        made = { tests: [bareTest(op, names)], vars: [] };
      }
      for (const v of made.vars) if (!vars.has(v.name)) vars.set(v.name, v);
      return made.tests;
    });
    files.push({
      path: `${slug}.assay`,
      header: [`Tests of the ${group.label} operations of ${title}, generated from ${options.specPath} by \`assay generate openapi\`.`, 'Edit freely: regenerating keeps the tests you change (docs/generate.md).'],
      uses: [`use openapi ${quoted(options.specPath)}`],
      vars: [...vars.values()],
      tests,
    });
  }
  return { files, notes };
}

/** The first server's URL with its variables at their defaults (Swagger 2.0: scheme, https if listed, host and base path). */
export function baseUrl(document: Obj): string {
  const servers = document.servers as Obj[] | undefined;
  let url: string;
  if (Array.isArray(servers) && servers.length > 0 && typeof servers[0]?.url === 'string') {
    const variables = (servers[0].variables ?? {}) as Record<string, Obj>;
    url = (servers[0].url as string).replace(/\{([^}]+)\}/g, (_, name: string) => String(variables[name]?.default ?? name));
  } else if (typeof document.swagger === 'string') {
    const schemes = Array.isArray(document.schemes) ? document.schemes.filter((x): x is string => typeof x === 'string') : [];
    const scheme = schemes.includes('https') || schemes.length === 0 ? 'https' : schemes[0];
    url = `${scheme}://${typeof document.host === 'string' ? document.host : 'localhost'}${typeof document.basePath === 'string' ? document.basePath : ''}`;
  } else url = '';
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) url = `http://localhost${url.startsWith('/') ? url : url ? `/${url}` : ''}`;
  return url.replace(/\/+$/, '');
}

/** The request line alone, expecting no error status: what an operation gets when generating more failed. */
function bareTest(op: ApiOperation, names: Set<string>): GeneratedTest {
  const url = `{{baseUrl}}${encodeURI(op.path.replace(/\{[^}]*\}/g, '1'))}`;
  const step = { method: op.method, url, headers: [], query: [], options: [], checks: ['expect status < 400'] };
  return { key: operationKey(op), name: unique(operationTitle(op), names), doc: [`${op.method} ${op.path}`], tags: [], steps: [step] };
}
