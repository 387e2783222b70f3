import type { Core } from '@strapi/strapi';

/**
 * A change to a Strapi internal that no documented extension point offers. Each is listed in the
 * README's "Strapi patches" table with what it replaces, why, what it is worth and the Strapi
 * issue it waits for.
 */
export interface StrapiPatch {
  /** Its name in the README's table and in MDLE_STRAPI_PATCHES_OFF. */
  name: string;
  /**
   * `performance` patches may be turned off (MDLE_STRAPI_PATCHES_OFF, for `bench:patches`);
   * the others close a hole or bound memory and are always on.
   */
  kind: 'performance' | 'security';
  /** `bootstrap` when what it checks exists only once the database is initialised. */
  phase: 'register' | 'bootstrap';
  /** The internal it replaces, as a start-up error names it. */
  replaces: string;
  /** What is not as the patch expects (a newer Strapi), or undefined when all is in place. */
  mismatch(strapi: Core.Strapi): string | undefined;
  install(strapi: Core.Strapi): void;
}

/** The first of `names` that `owner` (reached as `path`) lacks as a function, described. */
export function missingFunction(owner: unknown, path: string, names: string[]): string | undefined {
  const missing = names.find(
    (name) => typeof (owner as Record<string, unknown> | undefined)?.[name] !== 'function',
  );
  return missing === undefined ? undefined : `${path}.${missing} is not a function`;
}

// Kept on the Strapi instance under a registered symbol, so that a second copy of this module
// (tests load the source beside the compiled app) sees what the first installed.
const INSTALLED = Symbol.for('mdle.strapiPatches.installed');
type WithInstalled = Core.Strapi & { [INSTALLED]?: Set<string> };

/** The performance patches MDLE_STRAPI_PATCHES_OFF names (comma-separated). */
export const patchesTurnedOff = (): Set<string> =>
  new Set(
    (process.env.MDLE_STRAPI_PATCHES_OFF ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );

/**
 * Installs each patch once per Strapi instance (running the lifecycle again adds nothing), after
 * checking that what it replaces is still there: if a Strapi upgrade moved it, the start fails
 * with a message naming the patch, instead of the patch silently doing the wrong thing.
 */
export function installStrapiPatches(
  strapi: Core.Strapi,
  patches: readonly StrapiPatch[],
  phase: StrapiPatch['phase'],
): void {
  const done = ((strapi as WithInstalled)[INSTALLED] ??= new Set<string>());
  const off = patchesTurnedOff();
  for (const patch of patches.filter((candidate) => candidate.phase === phase)) {
    if (done.has(patch.name)) continue;
    done.add(patch.name);
    if (off.has(patch.name) && patch.kind === 'performance') {
      strapi.log.warn(`Strapi patch "${patch.name}" is off (MDLE_STRAPI_PATCHES_OFF).`);
      continue;
    }
    const mismatch = patch.mismatch(strapi);
    if (mismatch) {
      throw new Error(
        `Strapi patch "${patch.name}" cannot be installed on Strapi ` +
          `${String(strapi.config.get('info.strapi') ?? '?')}: ${mismatch}. It replaces ` +
          `${patch.replaces}. Check the patch against this Strapi version (README, "Strapi patches").`,
      );
    }
    patch.install(strapi);
  }
}
