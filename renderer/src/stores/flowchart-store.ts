import { createStore } from 'zustand';
import type { ExportFile } from '../../../electron/contract/schemas/files';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

/** A flowchart drawn by the core, ready for an <img>. */
export interface FlowchartImage {
  /**
   * `data:image/svg+xml;base64,…`: an SVG loaded as an image runs no script and reaches nothing
   * outside itself, even though it is our own; the page's CSP allows data: images only.
   */
  src: string;
  /** The drawing's own size in CSS pixels (from the SVG's width/height), null when it has none. */
  width: number | null;
  height: number | null;
}

export interface FlowchartView {
  image: FlowchartImage | null;
  loading: boolean;
  error: AppError | null;
}

export interface FlowchartState {
  /** The published workflow (工作流程图), drawn from the current template. */
  template: FlowchartView;
  /** The path one case took; `caseId` says which. */
  caseId: string | null;
  case: FlowchartView;
  loadTemplate(): Promise<void>;
  /** A second call for the same case refreshes without blanking the drawing. */
  loadCase(caseId: string): Promise<void>;
}

/** The SVG's width/height attributes on its root element (numbers, or numbers in px). */
function svgSize(svg: string): { width: number | null; height: number | null } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const read = (name: string) => {
    const m = new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root);
    return m ? Number(m[1]) : null;
  };
  return { width: read('width'), height: read('height') };
}

/** Turns the core's SVG export into an image source and its natural size. */
export function toFlowchartImage(file: ExportFile): FlowchartImage {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const svg = new TextDecoder().decode(bytes);
  return { src: `data:image/svg+xml;base64,${file.contentBase64}`, ...svgSize(svg) };
}

const EMPTY: FlowchartView = { image: null, loading: false, error: null };

/**
 * The flowcharts shown on screen (Settings → 工作流程, the case page's 流程图 tab). They come as the
 * SVG export itself, so the screen shows exactly what a saved file holds.
 */
export function createFlowchartStore(client: Client) {
  let latestTemplate = 0;
  let latestCase = 0;
  return createStore<FlowchartState>()((set, get) => ({
    template: EMPTY,
    caseId: null,
    case: EMPTY,

    async loadTemplate() {
      const request = ++latestTemplate;
      set({ template: { ...get().template, loading: true } });
      try {
        const file = await client.call('flowchart.template', { format: 'svg', preview: true });
        if (request === latestTemplate) set({ template: { image: toFlowchartImage(file), loading: false, error: null } });
      } catch (error) {
        if (request === latestTemplate) set({ template: { ...get().template, loading: false, error: toAppError(error) } });
      }
    },

    async loadCase(caseId) {
      const request = ++latestCase;
      const same = get().caseId === caseId;
      set(same ? { case: { ...get().case, loading: true } } : { caseId, case: { ...EMPTY, loading: true } });
      try {
        const file = await client.call('flowchart.case', { caseId, format: 'svg', preview: true });
        if (request === latestCase) set({ case: { image: toFlowchartImage(file), loading: false, error: null } });
      } catch (error) {
        if (request === latestCase) set({ case: { ...get().case, loading: false, error: toAppError(error) } });
      }
    },
  }));
}

export type FlowchartStore = ReturnType<typeof createFlowchartStore>;
