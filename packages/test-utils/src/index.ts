export * from './apps.ts';
export * from './counting-proxy.ts';
export * from './paths.ts';
export * from './ports.ts';
export * from './postgres.ts';
export * from './process.ts';
export * from './secrets.ts';
export * from './files.ts';
