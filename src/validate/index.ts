/** The validator: rules, SPOF graph analysis, estimates and what-if simulation (pure). */
export type { Finding, Severity, RuleMeta, FailureDomain, Disruption, Estimates, EntryPointEstimate, ValidationResult, ValidateOptions, IncrementalValidator, WhatIfResult, EntryPointOutcome, Takeover } from './types';
export { validateDesign, createIncrementalValidator, sortFindings } from './engine';
export { simulateFailure } from './whatif';
export { parseFailureDomain } from './graph/down';
export { RULES } from './registry';
export { AVAILABILITY_DEFAULTS, RECOVERY, ASSUMPTIONS } from './graph/defaults';
export { formatSeconds, MONTH_MINUTES } from './estimates';
export { toSarif } from './sarif';
