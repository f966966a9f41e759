/**
 * Where a part of a spec is written, for go to definition: follows a JSON pointer (`paths`,
 * `/pets/{id}`, `get`) through the root file and through `$ref`s into other files. YAML files are
 * parsed with positions; JSON files are scanned (json-locations.ts), which is much faster on large
 * specs. Files are read on first use and kept.
 */
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { WorkspaceHost } from '../workspace/host';
import { JsonText } from './json-locations';
import { positionAt } from './text-position';
import type { SpecLocation } from './types';

/** One file, as the walk sees it: nodes, their `$ref`s and children, and offsets. */
interface SpecText<N> {
  root(): N | undefined;
  /** The `$ref` string of a node that is a reference object. */
  ref(node: N): string | undefined;
  /** The child at `segment`, with the offset to report for it (a member's key, an item's start). */
  child(node: N, segment: string): { node: N; at: number } | undefined;
  offset(node: N): number | undefined;
  location(offset: number): SpecLocation;
}

const MAX_HOPS = 32;

export class SpecLocator {
  private readonly files = new Map<string, SpecText<unknown> | undefined>();

  constructor(
    private readonly root: string,
    private readonly host: WorkspaceHost,
  ) {}

  /** The position of the node at `pointer` (unescaped segments) in the root file, if found. Never throws. */
  locate(pointer: readonly string[]): SpecLocation | undefined {
    try {
      return this.walk(this.root, pointer, 0);
    } catch {
      // Text that changed since the load, or that only the parser's YAML fallback accepted.
      return undefined;
    }
  }

  private walk(file: string, pointer: readonly string[], hops: number): SpecLocation | undefined {
    const spec = this.open(file);
    if (!spec || hops > MAX_HOPS) return undefined;
    let node = spec.root();
    if (node === undefined) return undefined;
    let at = spec.offset(node);
    for (let i = 0; i <= pointer.length; i++) {
      const ref = spec.ref(node);
      if (ref !== undefined) {
        const [target, fragment] = ref.split('#', 2);
        const targetFile = target ? resolve(dirname(file), decodeURIComponent(target)) : file;
        const fragmentSegments = (fragment ?? '').split('/').filter((s) => s !== '').map(unescapePointer);
        const found = this.walk(targetFile, [...fragmentSegments, ...pointer.slice(i)], hops + 1);
        if (found) return found;
        break;
      }
      if (i === pointer.length) break;
      const child = spec.child(node, pointer[i]);
      if (!child) return undefined;
      node = child.node;
      at = child.at;
    }
    return at === undefined ? { file, line: 0, col: 0 } : spec.location(at);
  }

  private open(file: string): SpecText<unknown> | undefined {
    if (!this.files.has(file)) {
      const text = this.host.readFile(file);
      let spec: SpecText<unknown> | undefined;
      if (text !== undefined) spec = (text.trimStart().startsWith('{') ? jsonSpec(file, text) : yamlSpec(file, text)) as SpecText<unknown>;
      this.files.set(file, spec);
    }
    return this.files.get(file);
  }
}

function yamlSpec(file: string, text: string): SpecText<unknown> {
  const lines = new LineCounter();
  const contents = parseDocument(text, { lineCounter: lines, uniqueKeys: false }).contents;
  return {
    root: () => contents ?? undefined,
    ref(node) {
      if (!isMap(node)) return undefined;
      const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === '$ref');
      return pair && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
    },
    child(node, segment) {
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === segment);
        const at = (pair?.key as Node | undefined)?.range?.[0];
        return pair && at !== undefined ? { node: pair.value, at } : undefined;
      }
      if (isSeq(node)) {
        const item = node.items[Number(segment)] as Node | undefined;
        const at = item?.range?.[0];
        return item && at !== undefined ? { node: item, at } : undefined;
      }
      return undefined;
    },
    offset: (node) => (node as Node | undefined)?.range?.[0],
    location(offset) {
      const { line, col } = lines.linePos(offset);
      return { file, line: line - 1, col: col - 1 };
    },
  };
}

function jsonSpec(file: string, text: string): SpecText<number> {
  const json = new JsonText(text);
  return {
    root: () => json.root(),
    ref(at) {
      const ref = json.members(at)?.find((m) => m.key === '$ref');
      return ref ? json.string(ref.valueAt) : undefined;
    },
    child(at, segment) {
      const member = json.members(at)?.find((m) => m.key === segment);
      if (member) return { node: member.valueAt, at: member.keyAt };
      const item = json.items(at)?.[Number(segment)];
      return item === undefined ? undefined : { node: item, at: item };
    },
    offset: (at) => at,
    location: (offset) => positionAt(file, text, offset),
  };
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}
