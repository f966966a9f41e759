/** The Assay language core: what the CLI, the language server and the extension build on. */
export * from './ast';
export * from './diagnostics';
export { parse, DocumentParser, type ParseResult, type TextEdit, type TextSource } from './syntax/document-parser';
export { LineIndex } from './text/line-index';
export type { WorkspaceHost } from './workspace/host';
export { format, type ChunkLender } from './format/index';
export { checkFile, CHECKS, type CheckOptions } from './checks';
export * from './semantic';
export { AssayDocument, type AssayDocumentOptions, type DocumentState } from './document/assay-document';
