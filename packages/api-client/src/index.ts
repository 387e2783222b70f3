export * from './client';
export * from './generated/graphql';
export { operations } from './operations';
