/** Roles of people; each is a Cognito group. Agency systems use OAuth scopes instead. */
export const ROLES = [
  'citizen',
  'representative',
  'officer',
  'supervisor',
  'admin',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];
