import type { TestProject } from 'vitest/node';
import { startServers } from './stack';

/** One CMS + site for every e2e file that only reads (tests that stop or edit start their own). */
export default async function setup(project: TestProject) {
  const servers = await startServers();
  project.provide('webUrl', servers.web.url);
  project.provide('cmsUrl', servers.cms.url);
  return () => servers.stop();
}
