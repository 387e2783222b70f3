import { useFetchClient, useNotification } from '@strapi/strapi/admin';

/** Saves a Blob under a file name, the way a download link would. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke on the next tick: the click has handed the Blob to the browser by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads a file from an admin route with the editor's session (a plain link would not carry
 * the admin token), and reports a failure as a notification instead of failing silently.
 */
export function useDownload() {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  return async (path: string, fileName: string): Promise<boolean> => {
    try {
      const { data } = await get<Blob>(path, { responseType: 'blob' });
      saveBlob(data, fileName);
      return true;
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: `Download failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      return false;
    }
  };
}
