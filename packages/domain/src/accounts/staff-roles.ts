/**
 * The roles of back-office staff, each tied to one office: reviewers decide account dossiers and
 * requests, support answers citizens, data officers keep the registry, admins manage staff accounts.
 * One list for the database, the API's schemas and the console.
 */
export const staffRoles = ["reviewer", "support", "data_officer", "admin"] as const;

export type StaffRole = (typeof staffRoles)[number];
