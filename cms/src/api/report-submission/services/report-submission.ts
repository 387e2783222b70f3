import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::report-submission.report-submission');
