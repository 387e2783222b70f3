/**
 * What a plain form post (no JavaScript) leaves for the page it is sent back to: the CMS's answer
 * and, when fields were refused, what the visitor typed, to fill the form again.
 */
export interface FormAnswerFlash {
  answer: CmsFormAnswer;
  values?: Record<string, string | string[] | boolean>;
}

declare module 'h3' {
  interface H3EventContext {
    /** Set by server/middleware/form-answer.ts on the page a form post was sent back to. */
    formAnswer?: FormAnswerFlash;
  }
}
