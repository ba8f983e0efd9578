/** English, complete: the compiler rejects a missing or an extra key (see messages.ts). */
export const en = {
  skipLink: "Skip to main content",
  "nav.label": "Main sections",
  "tabs.personal": "Personal",
  "tabs.services": "Public services",
  "tabs.lookUp": "Look-up",
  "tabs.help": "Help",
  "common.comingSoon": "This part is still being built.",
  "common.hotline": "Call the helpline 1900 9068",

  "personal.title": "Personal",
  "personal.lead":
    "Where you will see your own insurance details: your health insurance card, your social insurance contributions, the benefits you have received and your medical visits.",
  "personal.signedOut": "Sign in to see your details.",
  "personal.signIn": "Sign in",
  "personal.noAccount": "No account yet?",
  "personal.register": "Register for an account",
  "personal.checking": "Checking whether you are signed in…",
  "personal.greeting": "Hello, {name}",
  "personal.bhxhNumber": "Social insurance (BHXH) number",
  "personal.nextRelease":
    "Your health insurance card, social insurance contributions, benefits and medical visits will be shown here in the next release. AnSinh does not show this information yet.",
  "personal.signOut": "Sign out",
  "personal.signingOut": "Signing out…",
  "personal.signOutFailed": "You could not be signed out. Please try again.",
  "personal.signedOutNow": "You have signed out.",

  "services.title": "Public services",
  "services.lead":
    "Where you will apply online and follow your application until it is decided, for example to replace a health insurance card or a social insurance book, or to change where your pension is paid.",

  "lookUp.title": "Look-up",
  "lookUp.lead": "Anyone can look things up here, without an account.",
  "lookUp.listHeading": "Coming soon",
  "lookUp.number": "Your social insurance (BHXH) number",
  "lookUp.offices": "Social insurance offices near you",
  "lookUp.facilities": "Hospitals and clinics that accept the health insurance card",
  "lookUp.employers": "Employers that pay social insurance for their staff",
  "lookUp.collectionPoints": "Places and agents where you can pay social and health insurance",

  "help.title": "Help",
  "help.lead": "Common questions, how-to guides and a chat with our support staff will be here.",
  "help.callHeading": "Need help now?",
  "help.callText": "The Vietnam Social Security helpline:",

  "login.title": "Sign in",
  "login.identifier.label": "Social insurance (BHXH) number or citizen ID (CCCD) number",
  "login.identifier.hint": "A BHXH number has 10 digits. A CCCD number has 12 digits.",
  "login.identifier.required": "Enter your BHXH number or your CCCD number",
  "login.identifier.format":
    "Enter a BHXH number of 10 digits, a CCCD number of 12 digits or an old ID card (CMND) number of 9 digits",
  "login.password.label": "Password",
  "login.password.required": "Enter your password",
  "login.submit": "Sign in",
  "login.submitting": "Signing in…",
  "login.forgotPassword": "Forgot your password?",
  "login.register": "Register for an account",
  "login.publicHeading": "No sign-in needed",
  "login.publicLink": "Look up your BHXH number, social insurance offices, hospitals and clinics",

  "changePassword.title": "Change your password",
  "changePassword.lead":
    "You are using the temporary password sent to you by text message. Choose a new password of your own before you continue.",
  "changePassword.rulesHeading": "Your new password must:",
  "changePassword.rule.length": "have at least 8 characters;",
  "changePassword.rule.common": "not be a common, easy-to-guess password (such as 12345678 or matkhau123);",
  "changePassword.rule.number":
    "not contain your social insurance (BHXH) number or citizen ID (CCCD) number.",
  "changePassword.current.label": "Current password",
  "changePassword.current.hint": "The temporary password in the text message you received.",
  "changePassword.current.required": "Enter your current password",
  "changePassword.new.label": "New password",
  "changePassword.new.required": "Enter a new password",
  "changePassword.new.short": "The new password must have at least 8 characters",
  "changePassword.repeat.label": "Repeat the new password",
  "changePassword.repeat.required": "Enter the new password again",
  "changePassword.repeat.different": "The two new passwords are not the same",
  "changePassword.submit": "Change password",
  "changePassword.submitting": "Changing your password…",

  "forgotPassword.title": "Forgot your password",
  "forgotPassword.lead":
    "Getting a new password online is still being built. Until then, call the helpline or visit your nearest social insurance office.",

  "notFound.title": "Page not found",
  "notFound.lead":
    "There is no page at this address. Check the address, or choose a section from the bar at the bottom.",
} as const;
