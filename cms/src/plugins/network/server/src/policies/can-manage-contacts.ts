import type { Core } from '@strapi/strapi';
import { CONTACTS } from '../uids';

type PolicyContext = Parameters<Core.MiddlewareHandler>[0];

/**
 * Lets an admin user through only with the given content-manager permission on network contacts
 * (what the Network manager role and super admins hold), or on `subject` when given.
 */
export default (
  policyContext: PolicyContext,
  config: { action: 'read' | 'delete'; subject?: string },
) => {
  const ability = policyContext.state.userAbility as
    { can(action: string, subject: string): boolean } | undefined;
  return Boolean(
    ability?.can(`plugin::content-manager.explorer.${config.action}`, config.subject ?? CONTACTS),
  );
};
