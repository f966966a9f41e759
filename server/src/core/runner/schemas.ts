/**
 * Where `matches schema` gets its schemas at run time. `matches schema "./x.json"` reads a JSON Schema
 * file (relative to the `.assay` file, inside the workspace), cached per run. `response matches schema`
 * uses the schema bound with `use openapi|graphql`, loaded through the schema registry before the
 * files run (`prepare`): see `bound-schema.ts`.
 */
import type { SchemaCheck } from '../assertions';
import { jsonSchemaCheck } from '../assertions';
import { SchemaRegistry } from '../schema';
import { isInside, resolveFrom } from '../semantic/paths';
import type { WorkspaceHost } from '../workspace/host';
import { BoundSchemas } from './bound-schema';
import type { SchemaSource } from './predicates';
import type { Program } from './program';
import type { Response } from './response';

export class SchemaLoader {
  private readonly files = new Map<string, SchemaCheck>();
  private readonly bound: BoundSchemas;

  /** `registry` may be shared with an editor, which has loaded the schemas already; else one per run. */
  constructor(
    private readonly host: WorkspaceHost,
    private readonly program: Program,
    registry: SchemaRegistry = new SchemaRegistry(host),
  ) {
    this.bound = new BoundSchemas(registry);
  }

  /** Loads the schemas bound by the files at `paths` and by the files they import. */
  async prepare(paths: readonly string[]): Promise<void> {
    await this.bound.prepare([...new Set(paths.flatMap((path) => this.program.closure(path)))]);
  }

  /** The check of `response` against the schema the module at `modulePath` binds, or undefined when it binds none. */
  automatic(modulePath: string, response: Response): SchemaCheck | undefined {
    const module = this.program.module(modulePath);
    return this.bound.binds(module) ? this.bound.check(module, response) : undefined;
  }

  /** The schemas seen from the module at `modulePath`, for one response. */
  source(modulePath: string, response: Response): SchemaSource {
    return {
      file: (relative) => this.file(modulePath, relative),
      bound: () => this.bound.check(this.program.module(modulePath), response),
    };
  }

  private file(modulePath: string, relative: string): SchemaCheck {
    const path = resolveFrom(modulePath, relative);
    const cached = this.files.get(path);
    if (cached) return cached;
    const check = this.read(path, relative);
    this.files.set(path, check);
    return check;
  }

  private read(path: string, relative: string): SchemaCheck {
    const problem = (why: string): SchemaCheck => ({ name: relative, validate: () => [why] });
    if (!isInside(this.host.root, path)) return problem(`the schema file ${relative} is outside the workspace`);
    const text = this.host.readFile(path);
    if (text === undefined) return problem(`cannot read the schema file ${relative}`);
    try {
      return jsonSchemaCheck(relative, JSON.parse(text));
    } catch (e) {
      return problem(`the schema file ${relative} is not valid JSON (${(e as Error).message})`);
    }
  }
}
