import canManageContacts from './can-manage-contacts';

export default { 'can-manage-contacts': canManageContacts };
