/** Auto-layout of designs (elkjs) and the canvas geometry every face agrees on. */
export * from './sizes';
export * from './layout';
export * from './fit';
