/** Public types of the validator: findings, rule metadata, estimates, what-if results. */
import type { Design } from '../model';

/** How bad a finding is; `--fail-on` and the UI group by it. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found in a design. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Node ids involved, most relevant first (the UI focuses the first). */
  readonly resources: readonly string[];
  /** One sentence naming the failure mode. */
  readonly message: string;
  /** A concrete fix. */
  readonly fix: string;
  /** Checkers and guidance that back the rule, e.g. "Security Hub ELB.13". */
  readonly references?: readonly string[];
}

/** Metadata of a rule (for docs, SARIF rule descriptors and the UI). */
export interface RuleMeta {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly description: string;
  readonly references: readonly string[];
  /** Longer help text: why it matters and how to fix it (SARIF `help`). */
  readonly help: string;
}

/** A failure domain: one resource, one availability zone, or one region. */
export type FailureDomain =
  | { readonly type: 'resource'; readonly id: string }
  | { readonly type: 'az'; readonly zone: string }
  | { readonly type: 'region'; readonly region: string };

/** The three disruption classes objectives are expressed in. */
export type Disruption = 'instance' | 'az' | 'region';

/** Availability estimate of one entry point. */
export interface EntryPointEstimate {
  readonly id: string;
  readonly name: string;
  /** Fraction, e.g. 0.9993. */
  readonly availability: number;
  readonly availabilityPercent: number;
  readonly downtimeMinutesPerMonth: number;
  /** Recovery time per disruption class in seconds; null = no automatic or planned recovery (unbounded). */
  readonly rtoSeconds: Readonly<Record<Disruption, number | null>>;
  /** Data loss per disruption class in seconds; null = unbounded. */
  readonly rpoSeconds: Readonly<Record<Disruption, number | null>>;
  /** Components multiplied into the availability, with their keys and values. */
  readonly components: readonly { readonly key: string; readonly id: string; readonly availability: number }[];
}

/** Estimates for the whole design: per entry point, the worst of them, and the assumptions used. */
export interface Estimates {
  readonly entryPoints: readonly EntryPointEstimate[];
  /** The lowest entry point availability (fraction), or null when the design has no entry point. */
  readonly availability: number | null;
  readonly availabilityPercent: number | null;
  readonly downtimeMinutesPerMonth: number | null;
  readonly rtoSeconds: Readonly<Record<Disruption, number | null>>;
  readonly rpoSeconds: Readonly<Record<Disruption, number | null>>;
  /** Every assumption behind the figures, as sentences. */
  readonly assumptions: readonly string[];
}

/** Result of validating a design. */
export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly estimates: Estimates;
}

/** Options of `validateDesign`. */
export interface ValidateOptions {
  /** Rule ids to skip. */
  readonly disabledRules?: readonly string[];
}

/** A validator that reuses work between successive values of one design. */
export interface IncrementalValidator {
  run(design: Design, options?: ValidateOptions): ValidationResult;
}

/** How one entry point fares in a what-if. */
export interface EntryPointOutcome {
  readonly id: string;
  readonly name: string;
  readonly up: boolean;
  /** Seconds until it serves again (0 = unaffected); null = not without manual work. */
  readonly recoverySeconds: number | null;
  /** When down: the broken path, entry point first, and why. */
  readonly brokenPath?: readonly string[];
  readonly reason?: string;
}

/** A takeover: which node takes over for which, how, and how long it takes. */
export interface Takeover {
  readonly id: string;
  readonly for: string;
  readonly mechanism: string;
  readonly seconds: number;
}

/** What a failure does to the design. */
export interface WhatIfResult {
  readonly domain: FailureDomain;
  readonly label: string;
  /** Nodes lost with the domain. */
  readonly failed: readonly string[];
  /** Nodes still serving with less capacity or fewer paths. */
  readonly degraded: readonly string[];
  readonly takingOver: readonly Takeover[];
  readonly entryPoints: readonly EntryPointOutcome[];
  /** Worst recovery time over entry points; null when some entry point does not recover on its own. */
  readonly recoverySeconds: number | null;
}
