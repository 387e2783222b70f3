import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useNotification, useQueryParams } from '@strapi/strapi/admin';
import { CONTACT_MODEL } from './content-manager';
import { csvQueryFromListFilters } from './csv-filters';
import { useDownload } from './useDownload';

/** "Export CSV" above the network contacts list: the contacts matching the list's filters. */
export function ExportContactsButton() {
  const { slug } = useParams<{ slug: string }>();
  const [{ query }] = useQueryParams<{ filters?: { $and?: Record<string, unknown>[] } }>();
  const { toggleNotification } = useNotification();
  const download = useDownload();
  const [busy, setBusy] = useState(false);
  if (slug !== CONTACT_MODEL) return null;

  const { params, ignored } = csvQueryFromListFilters(query.filters);
  const search = new URLSearchParams(params).toString();
  const filtered = search !== '';

  async function exportCsv() {
    setBusy(true);
    const saved = await download(
      `/network/contacts.csv${filtered ? `?${search}` : ''}`,
      `network-contacts-${new Date().toISOString().slice(0, 10)}.csv`,
    );
    setBusy(false);
    if (saved && ignored.length > 0) {
      toggleNotification({
        type: 'warning',
        message: `The CSV does not apply these filters: ${ignored.join(', ')}.`,
      });
    }
  }

  return (
    <Button variant="secondary" startIcon={<Download />} loading={busy} onClick={exportCsv}>
      {filtered ? 'Export filtered contacts (CSV)' : 'Export all contacts (CSV)'}
    </Button>
  );
}
