import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import { ensureNetworkIndexes } from './database-indexes';
import { receiveReportsThroughIntake } from './lib/intake';
import policies from './policies';
import { queuePublicationsOnPublish } from './publish-hook';
import routes from './routes';
import services from './services';

/**
 * The network: people who asked to receive the project's publications, what was sent to them,
 * and the reports they share. Personal data, in one bounded context: the rest of the CMS talks to
 * it through its services (`strapi.plugin('network').service(…)`) only.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    queuePublicationsOnPublish(strapi);
    receiveReportsThroughIntake(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureNetworkIndexes(strapi);
    strapi.plugin('network').service('worker').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('network').service('worker').stop();
  },
  contentTypes,
  controllers,
  services,
  policies,
  routes,
};
