/**
 * Where a part of a spec is written, for go to definition: follows a JSON pointer (`paths`,
 * `/pets/{id}`, `get`) through the root file parsed with positions (JSON is YAML, so one parser serves
 * both), and through `$ref`s into other files. Files are parsed on first use and kept.
 */
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { WorkspaceHost } from '../workspace/host';
import type { SpecLocation } from './types';

interface Parsed {
  contents: unknown;
  lines: LineCounter;
}

const MAX_HOPS = 32;

export class SpecLocator {
  private readonly parsed = new Map<string, Parsed | undefined>();

  constructor(
    private readonly root: string,
    private readonly host: WorkspaceHost,
  ) {}

  /** The position of the node at `pointer` (unescaped segments) in the root file, if found. */
  locate(pointer: readonly string[]): SpecLocation | undefined {
    return this.walk(this.root, undefined, pointer, 0);
  }

  private walk(file: string, start: unknown, pointer: readonly string[], hops: number): SpecLocation | undefined {
    const parsed = this.parse(file);
    if (!parsed || hops > MAX_HOPS) return undefined;
    let node = start ?? parsed.contents;
    let at: number | undefined = (node as Node | undefined)?.range?.[0];
    for (let i = 0; i <= pointer.length; i++) {
      const ref = refOf(node);
      if (ref !== undefined) {
        const [target, fragment] = ref.split('#', 2);
        const targetFile = target ? resolve(dirname(file), decodeURIComponent(target)) : file;
        const fragmentSegments = (fragment ?? '').split('/').filter((s) => s !== '').map(unescapePointer);
        const found = this.walk(targetFile, undefined, [...fragmentSegments, ...pointer.slice(i)], hops + 1);
        if (found) return found;
        break;
      }
      if (i === pointer.length) break;
      const segment = pointer[i];
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) return undefined;
        at = (pair.key as Node).range?.[0];
        node = pair.value;
      } else if (isSeq(node)) {
        node = node.items[Number(segment)];
        at = (node as Node | undefined)?.range?.[0];
      } else {
        return undefined;
      }
    }
    if (at === undefined) return { file, line: 0, col: 0 };
    const { line, col } = parsed.lines.linePos(at);
    return { file, line: line - 1, col: col - 1 };
  }

  private parse(file: string): Parsed | undefined {
    if (!this.parsed.has(file)) {
      const text = this.host.readFile(file);
      let parsed: Parsed | undefined;
      if (text !== undefined) {
        const lines = new LineCounter();
        const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, keepSourceTokens: false });
        parsed = { contents: doc.contents, lines };
      }
      this.parsed.set(file, parsed);
    }
    return this.parsed.get(file);
  }
}

function refOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === '$ref');
  return pair && isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value : undefined;
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}
