/** Platform strings shared by every widget (English). Its type is the contract for other locales. */
export const en = {
  retry: 'Try again',
  loading: 'Loading…',
  /** The request id line shown under an error, to quote to support. */
  reference: (requestId: string) => `Reference: ${requestId}`,
  errorOffline: 'We could not reach the service. Check your internet connection and try again.',
  errorTimeout: 'The service took too long to answer. Please try again.',
  errorSession: 'Your session has ended. Please sign in again or reload the page.',
  errorPermission: 'This page is not allowed to do that. Please ask the site for help.',
  errorRateLimited: 'Too many requests right now. Please wait a moment and try again.',
  errorServer: 'Something went wrong on our side. Please try again in a moment.',
  errorUnknown: 'Something went wrong. Please try again.',
};

/** The shape every platform catalogue must have. */
export type PlatformMessages = typeof en;
