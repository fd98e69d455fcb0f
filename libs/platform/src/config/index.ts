export * from './config-variables';
export * from './load-config';
export * from './platform-config';
