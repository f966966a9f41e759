/** A received response as expectations see it: its text, its JSON (parsed once, on first use) and its headers by name. */
import type { HttpResponse } from './http-client';

export class Response {
  private parsed?: { ok: true; value: unknown } | { ok: false; error: string };
  private decoded?: string;

  /** `sent` is the request body sent as text, when there was one (GraphQL checks read the query in it). */
  constructor(
    readonly http: HttpResponse,
    readonly sent?: string,
  ) {}

  get status(): number {
    return this.http.status;
  }

  get durationMs(): number {
    return Math.round(this.http.durationMs);
  }

  /** The body as UTF-8 text ("" without a body). */
  get text(): string {
    this.decoded ??= this.http.body.toString('utf8');
    return this.decoded;
  }

  /** The header's value (name case-insensitive), or undefined when absent. */
  header(name: string): string | undefined {
    return this.http.headers[name.toLowerCase()];
  }

  /** The body parsed as JSON, or why it is not JSON. */
  json(): { ok: true; value: unknown } | { ok: false; error: string } {
    if (!this.parsed) {
      if (this.http.body.length === 0) this.parsed = { ok: false, error: 'the response has no body' };
      else {
        try {
          this.parsed = { ok: true, value: JSON.parse(this.text) };
        } catch (e) {
          const cut = this.http.truncated ? ', as it was truncated at the size cap' : '';
          this.parsed = { ok: false, error: `the body is not valid JSON${cut} (${(e as Error).message})` };
        }
      }
    }
    return this.parsed;
  }
}
