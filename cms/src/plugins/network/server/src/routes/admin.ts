import { SUBMISSIONS } from '../uids';

/**
 * The network managers' tools (admin API, under `/network`): each route needs an admin login and
 * the content manager's permission on contacts, or on submissions for their files.
 */
const tool = (
  method: string,
  path: string,
  handler: string,
  action: 'read' | 'delete',
  subject?: string,
) => ({
  method,
  path,
  handler: `network-tools.${handler}`,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'plugin::network.can-manage-contacts', config: { action, subject } },
    ],
  },
});

export default {
  type: 'admin',
  routes: [
    tool('GET', '/contacts.csv', 'exportCsv', 'read'),
    tool('GET', '/contacts/:documentId/export', 'exportOne', 'read'),
    tool('DELETE', '/contacts/:documentId', 'erase', 'delete'),
    tool('GET', '/submissions/:documentId/file', 'submissionFile', 'read', SUBMISSIONS),
  ],
};
