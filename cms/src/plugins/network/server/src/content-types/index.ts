import distributionSchema from './distribution/schema.json';
import contactLifecycles from './network-contact/lifecycles';
import contactSchema from './network-contact/schema.json';
import deliverySchema from './network-delivery/schema.json';
import submissionSchema from './report-submission/schema.json';

/** Keyed by singular name, which makes the uids `plugin::network.<key>` (see ../uids.ts). */
export default {
  'network-contact': { schema: contactSchema, lifecycles: contactLifecycles },
  'network-delivery': { schema: deliverySchema },
  distribution: { schema: distributionSchema },
  'report-submission': { schema: submissionSchema },
};
