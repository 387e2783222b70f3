import type { StrapiApp } from '@strapi/strapi/admin';
import {
  DownloadSubmissionAction,
  EraseContactAction,
  ExportContactDataAction,
} from './document-actions';
import type { ContentManagerApis } from './content-manager';
import { ExportContactsButton } from './ExportContactsButton';

/**
 * Network managers' tools in the Content Manager: CSV export above the contacts list, data export
 * and erasure on each contact, the PDF of a shared report. The admin routes behind them check the
 * editor's permissions; these buttons only make them reachable.
 */
export function registerNetworkTools(app: StrapiApp): void {
  const contentManager = app.getPlugin('content-manager');
  (contentManager.apis as unknown as ContentManagerApis).addDocumentAction((actions) => [
    ...actions,
    ExportContactDataAction,
    EraseContactAction,
    DownloadSubmissionAction,
  ]);
  contentManager.injectComponent('listView', 'actions', {
    name: 'mdle-network-contacts-csv',
    Component: ExportContactsButton,
  });
}
