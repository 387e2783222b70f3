// Strapi loads a local plugin's server from `strapi-server.js` at its root (config/plugins.ts).
export { default } from './server/src';
