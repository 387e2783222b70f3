import { useNavigate } from 'react-router-dom';
import { Typography } from '@strapi/design-system';
import { Download, Trash } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { CONTACT_MODEL, SUBMISSION_MODEL, type DocumentAction } from './content-manager';
import { useDownload } from './useDownload';

/** Right of access: everything held about this person (contact + delivery history) as JSON. */
export const ExportContactDataAction: DocumentAction = ({ model, documentId }) => {
  const download = useDownload();
  if (model !== CONTACT_MODEL || !documentId) return null;
  return {
    label: 'Export personal data (JSON)',
    icon: <Download />,
    position: ['panel', 'table-row'],
    onClick: () => download(`/network/contacts/${documentId}/export`, `contact-${documentId}.json`),
  };
};

/**
 * Right to be forgotten: deletes the contact and their delivery history, after a confirmation.
 * (The built-in "Delete" keeps the delivery rows, which still name the person.)
 */
export const EraseContactAction: DocumentAction = ({ model, documentId, collectionType }) => {
  const { del } = useFetchClient();
  const { toggleNotification } = useNotification();
  const navigate = useNavigate();
  if (model !== CONTACT_MODEL || !documentId) return null;
  return {
    label: 'Erase this person (right to be forgotten)',
    icon: <Trash />,
    variant: 'danger',
    // Not in the list's row menu: the list would still show the erased row until reloaded.
    position: 'panel',
    dialog: {
      type: 'dialog',
      title: 'Erase this person?',
      content: (
        <Typography>
          Their contact details, consent record and the history of publications sent to them are
          deleted for good. This cannot be undone.
        </Typography>
      ),
      variant: 'danger',
      confirmLabel: 'Erase',
      async onConfirm() {
        try {
          await del(`/network/contacts/${documentId}`);
          toggleNotification({ type: 'success', message: 'The person has been erased.' });
          navigate(`/content-manager/${collectionType}/${CONTACT_MODEL}`);
        } catch (error) {
          toggleNotification({
            type: 'danger',
            message: `Erasure failed: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      },
    },
  };
};

/** A shared report's PDF, kept outside the public uploads: downloaded with the editor's session. */
export const DownloadSubmissionAction: DocumentAction = ({ model, documentId, document }) => {
  const download = useDownload();
  if (model !== SUBMISSION_MODEL || !documentId) return null;
  const fileName =
    typeof document?.fileName === 'string' ? document.fileName : `submission-${documentId}.pdf`;
  return {
    label: 'Download the PDF',
    icon: <Download />,
    position: ['panel', 'table-row'],
    onClick: () => download(`/network/submissions/${documentId}/file`, fileName),
  };
};
