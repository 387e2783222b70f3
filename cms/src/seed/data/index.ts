import type { SeedCollection } from '../types';
import { events } from './events';
import { global } from './global';
import { news } from './news';
import { organisations } from './organisations';
import { people } from './people';
import { project } from './project';
import { publications } from './publications';
import { topics } from './topics';

/** All starting content, in import order: every relation points to something imported before. */
export const dataset: readonly SeedCollection[] = [
  organisations,
  people,
  topics,
  events,
  publications,
  news,
  project,
  global,
];
