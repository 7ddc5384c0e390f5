// Loads a page of the CSP test server (test/server/csp.mjs) in an iframe and returns what its
// probe (test/hardening/fixtures/probe.js) saw: CSP violations, errors, and per element what a
// reader would see.

export interface TextReport {
  text: string;
  part: string | null;
  color: string;
  visible: boolean;
  fontSize: number;
}

export interface ElementReport {
  tag: string;
  id: string;
  defined: boolean;
  text: string;
  /** `<table>` elements in its shadow root (a table opened with `data-probe-table="<button selector>"`). */
  tables: number;
  width: number;
  height: number;
  adoptedStyleSheets: number;
  styleElements: number;
  texts: TextReport[];
}
export interface ProbeReport {
  violations: string[];
  errors: string[];
  results: ElementReport[];
  /** Worker scripts the page started. */
  workers: string[];
  /** JSON-LD blocks in the page. */
  jsonLd: number;
  /** `pantau-error` events the page saw, as `code url`. */
  pantauErrors: string[];
  /** Downloads picked from elements marked `data-probe-download="svg|png|csv"`: what was saved, or the error shown. */
  downloads: DownloadReport[];
}

export interface DownloadReport {
  id: string;
  name?: string;
  type?: string;
  bytes?: number;
  error?: string;
  role?: string;
}

export interface ProbePage {
  /** Markup of the page's body. */
  body?: string;
  css?: 'hostile';
  /** Trusted Types: `any` policy name, or the allowed names (comma-separated). */
  tt?: string;
  /** CDN files the page loads (comma-separated names); default `pantau`. */
  bundles?: string;
  /** `lonely`: the CDN folder without its geometry file and side files (the element files alone). */
  cdn?: 'lonely';
}

/** Loads a CSP page in an iframe and waits for its probe (test/hardening/fixtures/probe.js) to report. */
export async function probe(o: ProbePage = {}): Promise<ProbeReport> {
  const params = new URLSearchParams({ body: o.body ?? '' });
  for (const k of ['css', 'tt', 'bundles', 'cdn'] as const) if (o[k]) params.set(k, o[k]);
  const search = `?${params}`;
  const frame = document.createElement('iframe');
  frame.title = 'CSP probe';
  frame.width = '1000';
  frame.height = '2000';
  const report = new Promise<ProbeReport>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the CSP page never reported (probe.js blocked?)')),
      15000,
    );
    window.addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'pantau-csp-probe' || e.data.id !== search)
        return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(e.data as ProbeReport);
    });
  });
  frame.src = `/csp/page.html${search}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
