import type { Core } from '@strapi/strapi';
import { INTERNAL_CONTENT_TYPES, PRIVATE_CONTENT_TYPES } from '../access/content-visibility';

export const NETWORK_MANAGER_ROLE = {
  code: 'mdle-network-manager',
  name: 'Network manager',
  description: 'Manages the network contacts (personal data). Sees nothing else.',
};

const EDITOR_CODE = 'strapi-editor';
const CONTENT_MANAGER = 'plugin::content-manager.explorer';

interface Permission {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/**
 * Admin roles as code: the Editor role manages every public content type and never the private
 * ones; a Network manager role manages network contacts only; any other role (e.g. a custom one
 * made in the admin) loses access to private content types at start.
 */
export async function enforceAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const contentTypeService = strapi.service('admin::content-type');
  const { actionProvider } = strapi.service('admin::permission');
  const contentTypeActions = actionProvider
    .values()
    .filter((action: { section: string }) => action.section === 'contentTypes');

  const hidden = Object.values(strapi.contentTypes)
    .filter(
      (type) =>
        (type.pluginOptions?.['content-manager'] as { visible?: boolean })?.visible === false,
    )
    .map((type) => type.uid);
  const publicContent: Permission[] = contentTypeService.getPermissionsWithNestedFields(
    contentTypeActions,
    {
      restrictedSubjects: [
        'plugin::users-permissions.user',
        ...PRIVATE_CONTENT_TYPES,
        ...INTERNAL_CONTENT_TYPES,
        ...hidden,
      ],
    },
  );
  // Distribution statuses: read-only, for editors and network managers alike.
  const readInternal: Permission[] = contentTypeService.getPermissionsWithNestedFields(
    contentTypeActions.filter(
      (action: { actionId: string }) => action.actionId === `${CONTENT_MANAGER}.read`,
    ),
    {
      restrictedSubjects: Object.keys(strapi.contentTypes).filter(
        (uid) => !INTERNAL_CONTENT_TYPES.includes(uid as never),
      ),
    },
  );

  const editor = await roles.findOne({ code: EDITOR_CODE });
  if (editor) {
    const uploads = [
      'read',
      'configure-view',
      'assets.create',
      'assets.update',
      'assets.download',
      'assets.copy-link',
    ];
    await roles.assignPermissions(editor.id, [
      ...publicContent,
      ...readInternal,
      ...uploads.map((action) => ({ action: `plugin::upload.${action}` })),
    ]);
  }

  let manager = await roles.findOne({ code: NETWORK_MANAGER_ROLE.code });
  if (!manager) manager = await roles.create(NETWORK_MANAGER_ROLE);
  const privateContent: Permission[] = contentTypeService.getPermissionsWithNestedFields(
    // Contacts have no drafts: publishing means nothing for them.
    contentTypeActions.filter(
      (action: { actionId: string }) =>
        action.actionId.startsWith(CONTENT_MANAGER) &&
        action.actionId !== `${CONTENT_MANAGER}.publish`,
    ),
    {
      restrictedSubjects: Object.keys(strapi.contentTypes).filter(
        (uid) => !PRIVATE_CONTENT_TYPES.includes(uid as never),
      ),
    },
  );
  // Interests are topics: the relation picker needs to read them.
  const readTopics = publicContent.filter(
    (permission) =>
      permission.subject === 'api::topic.topic' && permission.action === `${CONTENT_MANAGER}.read`,
  );
  await roles.assignPermissions(manager.id, [...privateContent, ...readTopics, ...readInternal]);

  // No other role may touch personal data.
  const superAdmin = await roles.getSuperAdmin();
  const leaks = await strapi.db.query('admin::permission').findMany({
    where: {
      subject: { $in: [...PRIVATE_CONTENT_TYPES] },
      role: { id: { $notIn: [superAdmin?.id, manager.id].filter(Boolean) } },
    },
    select: ['id'],
  });
  if (leaks.length > 0) {
    await strapi
      .service('admin::permission')
      .deleteByIds(leaks.map((permission: { id: number }) => permission.id));
  }
}
