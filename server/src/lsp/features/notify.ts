/**
 * Notifications that the server sends on its own (not in answer to a request): after a debounce, or as
 * a child process prints. By then the client may be gone; such a send must not become an unhandled
 * rejection that ends the server.
 */
import type { Connection } from 'vscode-languageserver';

/** Sends a notification, ignoring a connection that was closed meanwhile. */
export function notify(connection: Connection, method: string, params: object): void {
  try {
    connection.sendNotification(method, params).catch(() => undefined);
  } catch {
    // The connection is closed: nobody is left to tell.
  }
}

/** Runs `work`, logging what it throws instead of letting it end the server (a timer or an event has no guard). */
export function unguarded(connection: Connection, what: string, work: () => void): void {
  try {
    work();
  } catch (e) {
    try {
      connection.console.error(`assay: ${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } catch {
      // The connection is closed.
    }
  }
}
