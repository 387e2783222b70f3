// Starting the apps lives in @mdle/launcher (./mdle start uses it too); tests reach it from here.
export * from '@mdle/launcher';
export * from './counting-proxy.ts';
export * from './postgres.ts';
export * from './files.ts';
