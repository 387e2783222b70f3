import { factories } from '@strapi/strapi';

// Personal data and unreviewed files: no generic REST routes; the one public route is below.
export default factories.createCoreRouter('api::report-submission.report-submission', { only: [] });
