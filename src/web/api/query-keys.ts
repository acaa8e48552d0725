/** Every TanStack Query key of the app, in one place so invalidation stays consistent. */
export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
  company: (id: string) => ['companies', id] as const,
};
