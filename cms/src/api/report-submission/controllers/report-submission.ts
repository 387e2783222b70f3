import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::report-submission.report-submission');
