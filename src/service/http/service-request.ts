/**
 * A request and an answer as the service sees them, without Web `Request`/`Response` objects:
 * the Web handler and the Node listener both translate to and from these, so the Node path
 * skips building objects it would take apart again at once.
 */
export interface ServiceRequest {
  method: string;
  /** The URL's path, as `new URL()` resolves it (dot segments removed), still percent-encoded. */
  path: string;
  /** The same path with its dot segments left in (`/api/tracking/%2e%2e`, `path` `/api/`), when the adapter has it. */
  unresolvedPath?: string;
  /** A request header (lower-case name), or null. */
  header(name: string): string | null;
  /** The connection's peer address, when the platform knows it. */
  clientAddress?: string;
}

export interface ServiceAnswer {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** Null for `HEAD`, 204 and the like. */
  body: string | null;
}
