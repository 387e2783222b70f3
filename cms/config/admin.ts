import type { Core, UID } from '@strapi/strapi';
import { previewUrl } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  flags: {
    // No survey pop-ups or upsell banners for editors.
    nps: false,
    promoteEE: false,
  },
  // Editors see drafts on the site as visitors will (src/preview/preview-url.ts). Off without
  // PREVIEW_SECRET, which the site shares to check the preview links.
  preview: {
    enabled: Boolean(env('PREVIEW_SECRET')),
    config: {
      allowedOrigins: [new URL(env('SITE_PUBLIC_URL') || 'http://localhost:3000').origin],
      handler: (uid: string, params: { documentId: string; locale?: string; status?: string }) =>
        previewUrl(strapi, uid as UID.ContentType, params),
    },
  },
});

export default config;
