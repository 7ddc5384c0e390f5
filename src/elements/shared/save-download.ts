import type { ExportFrame } from '../../charts/export-layout.js';
import type { DownloadKind } from './download-menu.js';
import { serializeSvg, svgToPng } from './svg-export.js';

/**
 * Saves `csv()` as a CSV file, or `svg` as a standalone SVG or PNG file with `frame()` (title,
 * legend, notes, source) drawn around it (see `serializeSvg`), under `name`. Nothing is
 * saved as an image when there is no `svg`.
 */
export async function saveDownload(
  kind: DownloadKind,
  name: string,
  csv: () => string,
  svg: SVGSVGElement | null,
  frame?: () => ExportFrame,
): Promise<void> {
  let blob: Blob;
  if (kind === 'csv') blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
  else if (!svg) return;
  else {
    const out = serializeSvg(svg, frame?.());
    blob =
      kind === 'svg'
        ? new Blob([out.text], { type: 'image/svg+xml' })
        : await svgToPng(out.text, out.width, out.height);
  }
  // A temporary `<a download>` is navigation, so a strict CSP allows it.
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
}
