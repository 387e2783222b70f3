export * from './apps.ts';
export * from './paths.ts';
export * from './process.ts';
export * from './secrets.ts';
export * from './ports.ts';
