// The diagram as a standalone SVG built from the model (absolute positions, AWS group styles, icons embedded as data URIs).
import type { Design, DesignNode } from '../../src/model';
import { isContainer } from '../../src/model';
import { absoluteRects, type Rect } from '../canvas/geometry';
import { EDGE_COLOURS, edgeLabel, orderedNodes } from '../canvas/derive';
import { iconOf, subLabel } from '../kinds/catalog';

const GROUP_STYLE: Record<string, { stroke: string; dash?: string; fill: string; text: string }> = {
  region: { stroke: '#00a4a6', dash: '8 5', fill: 'none', text: '#00a4a6' },
  vpc: { stroke: '#8c4fff', fill: 'none', text: '#8c4fff' },
  az: { stroke: '#0073bb', dash: '8 5', fill: 'none', text: '#0073bb' },
  public: { stroke: '#7aa116', fill: '#f2f6e8', text: '#248814' },
  private: { stroke: '#0073bb', fill: '#e6f2f8', text: '#0073bb' },
};
const MARGIN = 40;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function groupSvg(n: DesignNode, r: Rect, icons: ReadonlyMap<string, string>): string {
  const st = GROUP_STYLE[n.kind === 'subnet' ? (n.public ? 'public' : 'private') : n.kind]!;
  const icon = iconOf(n);
  const href = icon ? icons.get(icon) : undefined;
  const textX = href ? r.x + 40 : r.x + 12;
  return [
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${st.fill}" stroke="${st.stroke}" stroke-width="1.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/>`,
    href ? `<image href="${href}" x="${r.x}" y="${r.y}" width="32" height="32"/>` : '',
    `<text x="${textX}" y="${r.y + 20}" fill="${st.text}" font-size="13" font-weight="600">${esc(n.name)}<tspan fill="#545b64" font-weight="400" dx="8">${esc(n.name === subLabel(n) ? '' : subLabel(n))}</tspan></text>`,
  ].join('');
}

function resourceSvg(n: DesignNode, r: Rect, icons: ReadonlyMap<string, string>): string {
  const icon = iconOf(n);
  const href = icon ? icons.get(icon) : undefined;
  return [
    `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" rx="6" fill="#ffffff" stroke="#d5dbdb"/>`,
    href ? `<image href="${href}" x="${r.x + 10}" y="${r.y + 12}" width="40" height="40"/>` : '',
    `<text x="${r.x + 58}" y="${r.y + 29}" fill="#16191f" font-size="12" font-weight="600">${esc(n.name.slice(0, 16))}</text>`,
    `<text x="${r.x + 58}" y="${r.y + 45}" fill="#545b64" font-size="10.5">${esc(subLabel(n).slice(0, 19))}</text>`,
  ].join('');
}

/** Builds the SVG text of a design; `icons` maps icon URLs to data URIs (see embedIcons). */
export function designToSvg(design: Design, icons: ReadonlyMap<string, string>): string {
  const rects = absoluteRects(design);
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rects.values()) {
    minX = Math.min(minX, r.x); minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width); maxY = Math.max(maxY, r.y + r.height);
  }
  if (!Number.isFinite(minX)) { minX = 0; minY = 0; maxX = 200; maxY = 100; }
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN);
  const parts: string[] = [];
  for (const n of orderedNodes(design)) {
    const r = rects.get(n.id)!;
    parts.push(isContainer(n) ? groupSvg(n, r, icons) : resourceSvg(n, r, icons));
  }
  for (const e of design.edges) {
    const s = rects.get(e.source);
    const t = rects.get(e.target);
    if (!s || !t) continue;
    const x1 = s.x + s.width, y1 = s.y + s.height / 2, x2 = t.x, y2 = t.y + t.height / 2;
    const c = Math.max(40, Math.abs(x2 - x1) / 2);
    const colour = EDGE_COLOURS[e.kind];
    const dash = e.kind === 'dependency' ? ' stroke-dasharray="7 5"' : e.kind === 'replication' ? ' stroke-dasharray="2 5"' : '';
    const marker = e.kind === 'link' ? '' : ` marker-end="url(#arrow-${e.kind})"`;
    parts.push(`<path d="M${x1},${y1} C${x1 + c},${y1} ${x2 - c},${y2} ${x2},${y2}" fill="none" stroke="${colour}" stroke-width="${e.kind === 'link' ? 4 : 1.75}"${dash}${marker}/>`);
    const label = edgeLabel(e);
    if (label) {
      const w = label.length * 6.4 + 12;
      const mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
      parts.push(`<rect x="${mx - w / 2}" y="${my - 9}" width="${w}" height="18" rx="9" fill="#fff" stroke="${colour}"/><text x="${mx}" y="${my + 3.5}" text-anchor="middle" fill="${colour}" font-size="11">${esc(label)}</text>`);
    }
  }
  const markers = Object.entries(EDGE_COLOURS).map(([k, c]) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX - MARGIN} ${minY - MARGIN} ${width} ${height}" font-family="'Amazon Ember', 'Helvetica Neue', Arial, sans-serif">`
    + `<defs>${markers}</defs><rect x="${minX - MARGIN}" y="${minY - MARGIN}" width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`;
}

/** Fetches the icons a design uses and returns them as data URIs (an SVG drawn into a canvas may not load external images). */
export async function embedIcons(design: Design): Promise<Map<string, string>> {
  const urls = new Set<string>();
  for (const n of design.nodes) { const i = iconOf(n); if (i) urls.add(i); }
  const out = new Map<string, string>();
  await Promise.all([...urls].map(async (url) => {
    if (url.startsWith('data:')) { out.set(url, url); return; }
    const text = await (await fetch(url)).text();
    out.set(url, `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(text)))}`);
  }));
  return out;
}
