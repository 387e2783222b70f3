import type { Core } from '@strapi/strapi';
import { runInBackground, settleBackgroundWork } from '../../../../../utils/background';

/**
 * The distribution worker: sends queued emails in batches every NETWORK_DISTRIBUTION_INTERVAL_MS
 * (0: no worker, e.g. in tests that drive batches themselves). The queue lives in the database, so
 * a restart resumes it. Started by the plugin's bootstrap, stopped by its destroy.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let timer: NodeJS.Timeout | undefined;
  return {
    start(): void {
      const interval = Number(process.env.NETWORK_DISTRIBUTION_INTERVAL_MS ?? 15_000);
      const batch = Number(process.env.NETWORK_DISTRIBUTION_BATCH ?? 50);
      if (!interval || timer) return;
      let running = false;
      timer = setInterval(() => {
        if (running) return;
        running = true;
        runInBackground(
          () =>
            strapi
              .plugin('network')
              .service('distribution')
              .sendBatch(batch)
              .finally(() => {
                running = false;
              }),
          (error) => strapi.log.error(`Network distribution batch: ${(error as Error).message}`),
        );
      }, interval);
      timer.unref();
    },

    /**
     * Stops the worker and waits for the network's work under way (queueing, emails): called
     * before the database closes. Safe to call twice.
     */
    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      await settleBackgroundWork();
    },
  };
};
