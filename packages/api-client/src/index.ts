export * from './client';
export * from './generated/graphql';
export { operations } from './operations';
export * from './preview-token';
