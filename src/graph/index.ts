/** The dependency graph: DAG, cycle report, critical path and the bounded-concurrency walk. */
export * from './dag';
export * from './walk';
