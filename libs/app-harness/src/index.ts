export * from './app-harness';
export * from './chromium';
