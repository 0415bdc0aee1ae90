// The shape of the one renderer store, split into slices (see ARCHITECTURE.md, "The renderer").
import type { Design, DesignChange } from '../../src/model';

export interface HistoryEntry {
  /** Unique per recorded step: the saved marker points at one. */
  readonly id: number;
  readonly label: string;
  readonly changes: readonly DesignChange[];
  readonly inverse: readonly DesignChange[];
  /** Edits with the same key in quick succession merge into one undo step (typing in a field). */
  readonly coalesceKey?: string;
  readonly at: number;
}

export type ApplyResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export interface ApplyOptions {
  readonly label?: string;
  readonly coalesceKey?: string;
  /** Show failures as a toast (default true). */
  readonly toastOnError?: boolean;
}

export interface DesignSlice {
  readonly design: Design;
  /** Id of the history entry on top of `past` when the design was last saved or opened (0: none); dirty when the top differs. */
  readonly savedHead: number;
  readonly path: string | undefined;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  apply(changes: readonly DesignChange[], options?: ApplyOptions): ApplyResult;
  undo(): boolean;
  redo(): boolean;
  load(design: Design, path?: string): void;
  markSaved(path: string): void;
}

export interface SelectionSlice {
  /** Selected node and edge ids (ids are unique across both). */
  readonly selected: ReadonlySet<string>;
  select(ids: Iterable<string>, mode?: 'replace' | 'add' | 'toggle' | 'remove'): void;
  clearSelection(): void;
}

export interface Finding {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly resources: readonly string[];
  readonly message: string;
  readonly fix?: string;
}

export interface NodeFindings {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly top?: string;
}

export interface ValidationSlice {
  readonly findings: readonly Finding[];
  readonly findingsByNode: ReadonlyMap<string, NodeFindings>;
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  readonly estimates: unknown;
  readonly validatedDesign: Design | undefined;
  readonly validating: boolean;
  setValidation(design: Design, result: { readonly findings: readonly Finding[]; readonly estimates?: unknown }): void;
  setValidating(on: boolean): void;
}

/** The live health of a node, as the monitor reports it (src/health/types.ts): six states, drawn distinctly. */
export type HealthState = 'ok' | 'degraded' | 'down' | 'unknown' | 'stale' | 'not-deployed';
export interface NodeHealth {
  readonly state: HealthState;
  /** Tooltip: the state, its reason in words, since when. */
  readonly detail?: string;
  /** ISO time the node entered this state. */
  readonly at?: string;
  /** For stale nodes: the last state actually observed (drawn greyed). */
  readonly lastKnown?: Exclude<HealthState, 'stale'>;
  /** ISO time of the last successful observation (a stale node's age). */
  readonly observedAt?: string;
}

export interface HealthSlice {
  readonly health: ReadonlyMap<string, NodeHealth>;
  setHealth(updates: Readonly<Record<string, NodeHealth | null>>): void;
}

export type ProvisionState = 'planned' | 'creating' | 'updating' | 'deleting' | 'ready' | 'failed' | 'skipped';
export interface NodeProvision { readonly state: ProvisionState; readonly detail?: string }

export interface ProvisionSlice {
  readonly provision: ReadonlyMap<string, NodeProvision>;
  setProvision(updates: Readonly<Record<string, NodeProvision | null>>): void;
}

export interface Toast { readonly id: number; readonly kind: 'info' | 'error' | 'success'; readonly text: string }

export type Dialog =
  | { readonly type: 'open' }
  | { readonly type: 'save' }
  | { readonly type: 'export'; readonly format: 'png' | 'svg'; readonly data: string }
  | { readonly type: 'template' }
  | { readonly type: 'recovery'; readonly key: string; readonly text: string; readonly savedAt: string }
  | { readonly type: 'error'; readonly title: string; readonly message: string; readonly detail?: string; readonly tone?: 'info' };

export interface ClipboardData {
  readonly nodes: readonly Design['nodes'][number][];
  readonly edges: readonly Design['edges'][number][];
  readonly pasteCount: number;
}

export interface UiSlice {
  readonly minimap: boolean;
  readonly snapToGrid: boolean;
  readonly bottomOpen: boolean;
  readonly bottomTab: string | undefined;
  /** Height of the open bottom panel in px (dragged by its top edge; remembered across launches). */
  readonly bottomHeight: number;
  readonly toasts: readonly Toast[];
  readonly dialog: Dialog | null;
  readonly clipboard: ClipboardData | null;
  readonly recent: readonly string[];
  readonly host: 'electron' | 'web' | undefined;
  setUi(patch: Partial<Pick<UiSlice, 'minimap' | 'snapToGrid' | 'bottomOpen' | 'bottomTab' | 'bottomHeight' | 'dialog' | 'clipboard' | 'recent' | 'host'>>): void;
  toast(kind: Toast['kind'], text: string): void;
  dismissToast(id: number): void;
}

export type State = DesignSlice & SelectionSlice & ValidationSlice & HealthSlice & ProvisionSlice & UiSlice;
