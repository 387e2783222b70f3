/** "Share a report with the project": the one public write of this type (multipart form). */
export default {
  routes: [
    {
      method: 'POST',
      path: '/reports/submit',
      handler: 'submit.submit',
      config: { auth: false },
    },
  ],
};
