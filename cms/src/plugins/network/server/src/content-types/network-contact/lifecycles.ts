/** Emails are stored trimmed and lower-case, so lookups and the unique index agree. */
const normaliseEmail = (data: { email?: unknown } | undefined) => {
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase();
};

export default {
  beforeCreate(event: { params: { data?: { email?: unknown } } }) {
    normaliseEmail(event.params.data);
  },
  beforeUpdate(event: { params: { data?: { email?: unknown } } }) {
    normaliseEmail(event.params.data);
  },
};
