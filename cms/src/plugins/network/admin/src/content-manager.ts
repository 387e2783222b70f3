/**
 * The slice of the Content Manager's admin extension API these tools use. Its own types live in
 * @strapi/content-manager, which the app does not depend on directly.
 */
import type { ReactNode, SyntheticEvent } from 'react';

export { CONTACTS as CONTACT_MODEL, SUBMISSIONS as SUBMISSION_MODEL } from '../../server/src/uids';

export interface DocumentActionProps {
  model: string;
  documentId?: string;
  document?: Record<string, unknown>;
  collectionType: string;
}

export interface DocumentActionDescription {
  label: string;
  icon?: ReactNode;
  variant?: 'default' | 'secondary' | 'danger' | 'danger-light' | 'tertiary';
  position?: 'panel' | 'header' | 'table-row' | ('panel' | 'header' | 'table-row')[];
  onClick?: (event: SyntheticEvent) => Promise<boolean | void> | boolean | void;
  dialog?: {
    type: 'dialog';
    title: string;
    content?: ReactNode;
    variant?: 'danger' | 'default';
    confirmLabel?: string;
    onConfirm?: () => void | Promise<void>;
  };
}

export type DocumentAction = ((props: DocumentActionProps) => DocumentActionDescription | null) & {
  type?: string;
};

export interface ContentManagerApis {
  addDocumentAction(reducer: (actions: DocumentAction[]) => DocumentAction[]): void;
}
