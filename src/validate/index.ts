/** The validator: rules, SPOF graph analysis, estimates and what-if simulation (pure). */
/** Public types. */
export type { Finding, Severity, RuleMeta, FailureDomain, Disruption, Estimates, EntryPointEstimate, ValidationResult, ValidateOptions, IncrementalValidator, WhatIfResult, EntryPointOutcome, Takeover } from './types';
/** Validation: one-shot and incremental. */
export { validateDesign, createIncrementalValidator, sortFindings } from './engine';
/** What-if simulation of one failure domain. */
export { simulateFailure } from './whatif';
/** Parses a node id, AZ name or region code into a failure domain. */
export { parseFailureDomain } from './graph/down';
/** Metadata of every rule. */
export { RULES } from './registry';
/** Default figures and assumptions behind the estimates. */
export { AVAILABILITY_DEFAULTS, RECOVERY, ASSUMPTIONS } from './graph/defaults';
/** Formatting helpers for estimates. */
export { formatSeconds, MONTH_MINUTES } from './estimates';
/** SARIF 2.1.0 output. */
export { toSarif } from './sarif';
