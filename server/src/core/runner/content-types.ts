/** Guesses a file's content type from its extension, for `file` bodies and multipart file parts. */
import { extname } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xml': 'application/xml',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.graphql': 'application/graphql',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.gz': 'application/gzip',
};

/** The content type of the file at `path`, or `application/octet-stream` when the extension is unknown. */
export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** True when a body of this content type is text worth showing in a preview. */
export function isTextual(contentType: string): boolean {
  return /^text\/|[/+](json|xml|yaml|graphql|x-www-form-urlencoded)\b/i.test(contentType);
}
