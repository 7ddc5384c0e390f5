import { cancelled, DataError } from '../errors.js';
import { trusted } from '../net/trusted-types.js';

let override: string | URL | undefined;

/**
 * Where the data worker is loaded from. Browsers start workers only from the page's own
 * origin: a page that loads pantau from another origin can host `pantau-data-worker.js`
 * itself and point here. `null` restores the default (next to the pantau module).
 */
export function setWorkerUrl(url: string | URL | null): void {
  override = url ?? undefined;
}

/** What worker/client.ts needs of the page's pantau to start a data worker and report on it. */
export interface WorkerStart {
  /** The page's worker URL (`setWorkerUrl`); absent: the worker beside pantau. */
  url?: string | URL;
  /** The script URL through pantau's Trusted Types policy. */
  trust: (url: string) => string;
  /** The data client's errors, so that `instanceof DataError` knows the worker's. */
  DataError: typeof DataError;
  cancelled: typeof cancelled;
}

/**
 * How to start a worker now. Made here, not in worker/client.ts: the client is a side file of
 * its own in the CDN build (loaded on first use), and its own copy of this module's state, of
 * the one Trusted Types policy or of the DataError class would not be the page's.
 */
export const workerStart = (): WorkerStart => ({
  url: override,
  trust: (url) => trusted('createScriptURL', url),
  DataError,
  cancelled,
});
