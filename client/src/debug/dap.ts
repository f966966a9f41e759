/**
 * The few Debug Adapter Protocol messages the Assay adapter speaks, typed (the protocol's own type
 * package is not a dependency): requests in, responses and events out.
 */

export interface DapRequest {
  seq: number;
  type: 'request';
  command: string;
  arguments?: unknown;
}

export interface DapResponse {
  seq: number;
  type: 'response';
  request_seq: number;
  command: string;
  success: boolean;
  message?: string;
  body?: unknown;
}

export interface DapEvent {
  seq: number;
  type: 'event';
  event: string;
  body?: unknown;
}

/** The body of an `output` event: a line for the Debug Console, linked to a place in a source when given. */
export interface OutputBody {
  category: 'console' | 'stdout' | 'stderr' | 'important';
  output: string;
  source?: { name: string; path: string };
  line?: number;
  column?: number;
}
