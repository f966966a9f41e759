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
}
