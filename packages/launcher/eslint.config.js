export { default } from '@mdle/eslint-config';
