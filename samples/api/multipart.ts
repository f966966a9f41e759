// A small, binary-safe multipart/form-data parser (RFC 7578) working on a fully read body Buffer.
import { badRequest, parseHeaderValue, type HttpError } from './http-util.js';

export interface MultipartPart {
  /** The `name` parameter of the part's Content-Disposition. */
  name: string;
  /** The `filename` parameter, or null for a plain field. */
  filename: string | null;
  /** The part's Content-Type header, or null when it has none. */
  contentType: string | null;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const DASH = 0x2d;

function malformed(reason: string): HttpError {
  return badRequest(`malformed multipart body: ${reason}`);
}

function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw malformed(`bad part header line "${line}"`);
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parsePart(part: Buffer): MultipartPart {
  let headerText = '';
  let data: Buffer;
  if (part.subarray(0, 2).equals(CRLF)) {
    data = part.subarray(2);
  } else {
    const end = part.indexOf(HEADER_END);
    if (end === -1) throw malformed('part headers are not terminated by an empty line');
    headerText = part.subarray(0, end).toString('utf8');
    data = part.subarray(end + HEADER_END.length);
  }
  const headers = headerText === '' ? new Map<string, string>() : parseHeaders(headerText);
  const disposition = parseHeaderValue(headers.get('content-disposition'));
  const name = disposition.params.get('name');
  if (disposition.value !== 'form-data' || name === undefined) {
    throw malformed('every part needs "Content-Disposition: form-data; name=..."');
  }
  return { name, filename: disposition.params.get('filename') ?? null, contentType: headers.get('content-type') ?? null, data };
}

/** Splits `body` into its parts; throws a 400 HttpError when it is not well-formed. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let position = body.indexOf(delimiter);
  if (position === -1) throw malformed('opening boundary not found');
  const parts: MultipartPart[] = [];
  for (;;) {
    position += delimiter.length;
    if (body[position] === DASH && body[position + 1] === DASH) return parts;
    while (body[position] === 0x20 || body[position] === 0x09) position += 1;
    if (!body.subarray(position, position + 2).equals(CRLF)) throw malformed('boundary line not followed by CRLF');
    const start = position + CRLF.length;
    const end = body.indexOf(nextDelimiter, start);
    if (end === -1) throw malformed('closing boundary not found');
    parts.push(parsePart(body.subarray(start, end)));
    position = end + CRLF.length;
  }
}
