import type { LoadedSchema } from '../schema/types';

/**
 * What the core may ask of its host about files: the CLI answers from the disk, the language server
 * from open documents first and the disk second. The core never touches the file system itself.
 */
export interface WorkspaceHost {
  /** The workspace root: imports and data files must stay inside it. Absolute. */
  readonly root: string;
  /** The text of the file at an absolute path, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** True when a file exists at the absolute path (read or not). */
  exists(path: string): boolean;
  /**
   * The bytes of the file at an absolute path, or undefined when it cannot be read. For binary files
   * (uploads, `file` bodies); without it the runner sends the UTF-8 bytes of `readFile`.
   */
  readBytes?(path: string): Uint8Array | undefined;
  /**
   * The API schemas loaded so far (a `SchemaRegistry`), by absolute path. Checks read bound schemas
   * from it synchronously; without it, or before a schema has loaded, schema-aware checks stay silent.
   */
  readonly schemas?: { peek(path: string): LoadedSchema | undefined };
}
