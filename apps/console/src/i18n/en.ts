/** English, complete: the compiler rejects a missing or an extra key (see messages.ts). */
export const en = {
  "app.subtitle": "Staff console",

  "login.title": "Staff sign-in",
  "login.lead": "For staff of the social insurance agency.",
  "login.identifier.label": "Email or username",
  "login.identifier.required": "Enter your email or username",
  "login.identifier.format": "Enter an email address in the correct format, like name@example.vn",
  "login.password.label": "Password",
  "login.password.required": "Enter your password",
  "login.code.label": "Security code",
  "login.code.hint": "The 6-digit code from the authenticator app on your phone.",
  "login.code.required": "Enter the security code",
  "login.code.format": "The security code must be exactly 6 digits",
  "login.submit": "Sign in",
  "login.submitting": "Signing in…",

  "dashboard.title": "Dashboard",
  "dashboard.greeting": "Hello,",
  "dashboard.role": "Role",
  "dashboard.office": "Office",
  "dashboard.signOut": "Sign out",
  "dashboard.signingOut": "Signing out…",
  "dashboard.signOutFailed": "Signing out did not work, please try again.",
  "dashboard.lead":
    "Applications waiting for approval, support requests and your office's tasks will appear here.",

  "role.reviewer": "Application reviewer",
  "role.support": "Support officer",
  "role.data_officer": "Data officer",
  "role.admin": "System administrator",

  "notFound.title": "Page not found",
  "notFound.lead": "There is no page at this address in the staff console.",
  "notFound.back": "Go to the sign-in page",
} as const;
