/**
 * Encodes a request body: JSON, form fields, multipart (fields and files), text, a file's bytes, or a
 * GraphQL request. Input: the body as written, the scope, and file access. Output: the bytes, the default
 * content type, and a text preview for the run's events. Throws `EvalError` when it cannot be built.
 */
import { basename } from 'node:path';
import type { Body, MultipartPart } from '../ast';
import { contentTypeOf, isTextual } from './content-types';
import { evaluate, interpolateJson, interpolateText } from './interpolate';
import type { Lookup } from './scope';
import { toText } from './values';

/** Reads the files a body names, relative to the `.assay` file; throws `EvalError` when it cannot. */
export interface FileAccess {
  bytes(relative: string): { path: string; bytes: Uint8Array };
}

export interface EncodedBody {
  bytes: Uint8Array | string;
  contentType: string;
  /** What people see of the body: the text, or a description of binary parts. */
  preview: string;
}

export function encodeBody(body: Body, scope: Lookup, files: FileAccess): EncodedBody {
  switch (body.kind) {
    case 'Json': {
      const text = interpolateJson(body.json.text, scope);
      return { bytes: text, contentType: 'application/json', preview: text };
    }
    case 'Text': {
      const text = interpolateText(body.text.value, scope);
      return { bytes: text, contentType: 'text/plain; charset=utf-8', preview: text };
    }
    case 'Form': {
      const form = new URLSearchParams();
      for (const f of body.fields) form.append(f.name, toText(evaluate(f.value, scope)));
      const text = form.toString();
      return { bytes: text, contentType: 'application/x-www-form-urlencoded', preview: text };
    }
    case 'FileBody': {
      const file = files.bytes(interpolateText(body.path.value, scope));
      const contentType = contentTypeOf(file.path);
      return { bytes: file.bytes, contentType, preview: describeBytes(file.bytes, contentType, basename(file.path)) };
    }
    case 'Graphql': {
      const request: Record<string, unknown> = { query: interpolateText(body.document.value, scope) };
      if (body.variables) request.variables = JSON.parse(interpolateJson(body.variables.text, scope));
      if (body.operationName) request.operationName = interpolateText(body.operationName.value, scope);
      const text = JSON.stringify(request);
      return { bytes: text, contentType: 'application/json', preview: text };
    }
    case 'Multipart':
      return encodeMultipart(body.parts, scope, files);
  }
}

function describeBytes(bytes: Uint8Array, contentType: string, name: string): string {
  return isTextual(contentType) ? Buffer.from(bytes).toString('utf8') : `<${name}: ${bytes.length} bytes of ${contentType}>`;
}

function encodeMultipart(parts: readonly MultipartPart[], scope: Lookup, files: FileAccess): EncodedBody {
  // The global Web Crypto, loaded on first use: `node:crypto` at start-up costs every run a few ms.
  const boundary = `----AssayBoundary${Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString('hex')}`;
  const chunks: Buffer[] = [];
  const preview: string[] = [];
  const quote = (s: string): string => s.replace(/["\r\n\\]/g, (c) => encodeURIComponent(c));
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${quote(part.name)}"`;
    let data: Buffer;
    if (part.value.kind === 'FileRef') {
      const file = files.bytes(interpolateText(part.value.path.value, scope));
      const type = part.value.contentType ? interpolateText(part.value.contentType.value, scope) : contentTypeOf(file.path);
      const name = basename(file.path);
      head += `; filename="${quote(name)}"\r\nContent-Type: ${type}`;
      data = Buffer.from(file.bytes);
      preview.push(`${part.name} = file ${name} (${data.length} bytes, ${type})`);
    } else {
      data = Buffer.from(toText(evaluate(part.value, scope)), 'utf8');
      preview.push(`${part.name} = ${data.toString('utf8')}`);
    }
    chunks.push(Buffer.from(`${head}\r\n\r\n`, 'utf8'), data, Buffer.from('\r\n', 'utf8'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
  return { bytes: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}`, preview: preview.join('\n') };
}
