'use strict';

/**
 * The network's content types moved from the app (`api::…`) into the network plugin
 * (`plugin::network.…`), keeping their tables. Databases made before hold the old uids in a few
 * places Strapi would otherwise clean up as belonging to deleted types: rename them there.
 * Strapi runs this (a documented user migration) once, before it syncs the schema.
 * Plain JavaScript: Strapi only reads `.js` and `.sql` files from this folder.
 */
const RENAMED = {
  'api::network-contact.network-contact': 'plugin::network.network-contact',
  'api::network-delivery.network-delivery': 'plugin::network.network-delivery',
  'api::distribution.distribution': 'plugin::network.distribution',
  'api::report-submission.report-submission': 'plugin::network.report-submission',
};

/** Columns that hold a content type's uid. */
const UID_COLUMNS = [
  ['admin_permissions', 'subject'],
  ['files_related_mph', 'related_type'],
  ['strapi_history_versions', 'content_type'],
  ['strapi_release_actions', 'content_type'],
];

const CONFIGURATION_KEY = 'plugin_content_manager_configuration_content_types::';

module.exports = {
  async up(knex) {
    for (const [table, column] of UID_COLUMNS) {
      if (!(await knex.schema.hasTable(table))) continue; // a new database: nothing to rename
      for (const [from, to] of Object.entries(RENAMED)) {
        await knex(table)
          .where(column, from)
          .update({ [column]: to });
      }
    }
    // The content manager's views of each type (editors' column and field arrangements).
    if (!(await knex.schema.hasTable('strapi_core_store_settings'))) return;
    for (const [from, to] of Object.entries(RENAMED)) {
      const rows = await knex('strapi_core_store_settings')
        .select('id', 'value')
        .where('key', CONFIGURATION_KEY + from);
      for (const row of rows) {
        await knex('strapi_core_store_settings')
          .where('id', row.id)
          .update({
            key: CONFIGURATION_KEY + to,
            value: row.value.split(`"${from}"`).join(`"${to}"`),
          });
      }
    }
  },
  async down() {
    throw new Error('The network plugin migration cannot be undone: restore a backup instead.');
  },
};
