/**
 * Whether a staff member is signed in. The API has no session endpoint yet, so nobody is, and every
 * protected page sends people to the sign-in page. Ask the server here once that endpoint exists.
 */
export function hasStaffSession(): boolean {
  return false;
}
