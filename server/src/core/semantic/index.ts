/** The semantic model of Assay files: symbols, scopes, imports. What checks and editor features build on. */
export { BUILTIN_DEFINITIONS, BUILTIN_NAMES, BUILTIN_VARIABLES } from './builtins';
export { dataColumns, type DataColumns } from './data-files';
export {
  buildFileModel,
  rootSpan,
  type BlockScope,
  type DataFileLink,
  type FileModel,
  type ImportLink,
  type ModelOptions,
  type SchemaLink,
  type ScopeEntry,
} from './file-model';
export { moduleOf, type ComponentSymbol, type Module, type ModuleImport } from './module';
export { ModuleCache } from './module-cache';
export { displayPath, isInside, resolveFrom } from './paths';
export { blockAt, symbolAt, visibleAt } from './queries';
export type { Definition, DefinitionNode, Reference, ReferenceRole, SymbolKind } from './symbols';
export { classifyUnresolved, type Unresolved } from './unresolved';
export { SUBJECT_FORMS, SUBJECT_WORDS, TYPE_NAMES, type TypeName } from './vocabulary';
export { mergeVisitors, walk, type AstVisitor } from './walk';
