import { fileURLToPath } from 'node:url';

/** Absolute paths of the workspace, so helpers work from any package's working directory. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const cmsDir = fileURLToPath(new URL('../../../cms/', import.meta.url));
export const webDir = fileURLToPath(new URL('../../../web/', import.meta.url));
