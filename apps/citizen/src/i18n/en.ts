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
  "personal.menu": "Your insurance details",
  "personal.menu.profile": "Personal details",
  "personal.menu.profile.text": "Name, date of birth, address, household",
  "personal.menu.card": "Health insurance card",
  "personal.menu.card.text": "Card details, benefit level, card image with its QR code",
  "personal.menu.history": "Contribution history",
  "personal.menu.history.text":
    "The periods you paid social, unemployment and health insurance, and the amounts",
  "personal.menu.benefits": "Benefits",
  "personal.menu.benefits.text": "Sickness, maternity, unemployment, pension and other payments",
  "personal.menu.visits": "Medical visits",
  "personal.menu.visits.text": "The visits paid with your health insurance card, and their cost",
  "personal.menu.accessLog": "Who has seen my data",
  "personal.menu.accessLog.text": "Which Social Security staff opened your details, when and why",
  "personal.kept.title": "You are offline",
  "personal.kept.text":
    "You can still see your health insurance card and the details you opened before on this phone.",
  "personal.unreachable": "The server cannot be reached. Your phone may be offline.",
  "personal.signOut": "Sign out",
  "personal.signingOut": "Signing out…",
  "personal.signOutFailed": "You could not be signed out. Please try again.",
  "personal.signedOutNow": "You have signed out.",

  "services.title": "Public services",
  "services.lead":
    "Where you will apply online and follow your application until it is decided, for example to replace a health insurance card or a social insurance book, or to change where your pension is paid.",
  "services.checking": "Checking whether you are signed in…",
  "services.loading": "Loading…",
  "services.signedOut": "Sign in to apply online.",
  "services.signIn": "Sign in",
  "services.childAccount": "Register an account for your child",
  "services.childAccount.text":
    "For a child under 18 in your household. The child's account is sent to your phone.",

  "notifications.link": "Notifications",
  "notifications.linkUnread": "Notifications, {n} unread",

  "lookUp.title": "Look-up",
  "lookUp.lead": "Anyone can look things up here, without an account.",
  "lookUp.listHeading": "What would you like to look up?",
  "lookUp.number": "BHXH number",
  "lookUp.number.text":
    "Forgotten your social insurance number? Find it with your name and date of birth or CCCD",
  "lookUp.household": "Household",
  "lookUp.household.text": "The members of a household covered by health insurance",
  "lookUp.offices": "Social insurance offices",
  "lookUp.offices.text": "Addresses and phone numbers of the provincial and local offices",
  "lookUp.employers": "Participating employers",
  "lookUp.employers.text": "Companies, agencies and organisations that insure their staff",
  "lookUp.collectionPoints": "Collection points and agents",
  "lookUp.collectionPoints.text":
    "Where to pay voluntary social insurance and household health insurance, near you",
  "lookUp.facilities": "Hospitals and clinics",
  "lookUp.facilities.text":
    "Places that accept the health insurance card; those that issue sick-leave certificates",

  "help.title": "Help",
  "help.lead":
    "Common questions and how-to guides, a chat with social insurance staff, complaints and suggestions.",
  "help.callHeading": "Need help now?",
  "help.callText": "The Vietnam Social Security helpline:",
  "help.menuHeading": "Ask the social insurance office",
  "help.readHeading": "Find the answer yourself",
  "help.chat": "Chat with social insurance staff",
  "help.chat.text": "Ask the staff of the office that manages your record; you can attach a picture",
  "help.chat.unread": "{n} new messages",
  "help.petitions": "Complaints and suggestions",
  "help.petitions.text":
    "About procedures, benefits, your health-insurance card or how you were served; follow the answer",
  "help.guides": "How-to guides",
  "help.guides.text":
    "Registering an account, finding your BHXH number, reading your health card, replacing it, renewing household health insurance",
  "help.email.heading": "E-mail the social insurance office",
  "help.email.text":
    "The e-mail goes to {office}, the office that manages your record. Your BHXH number is already written in it.",
  "help.email.link": "Write an e-mail to {office}",
  "help.email.none": "{office} has no e-mail address. Chat with the staff or call the helpline instead.",
  "help.email.subject": "Request for help - BHXH number {number}",
  "help.email.body": "Dear {office},\n\nMy BHXH number is {number}. I need help with the following:\n\n",
  "help.email.loading": "Loading the office's e-mail address…",
  "help.email.failed":
    "The office's e-mail address could not be loaded. Check your connection and reload the page.",
  "help.signIn.heading": "Ask the social insurance office",
  "help.signIn.text":
    "Sign in to chat with social insurance staff, send complaints and suggestions, and e-mail the office that manages your record.",
  "help.signIn.link": "Sign in",

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

  "login.notice.sessionReplaced":
    "Your account has just been signed in on another device, so your session on this device has ended. If that was not you, change your password or call 1900 9068.",
  "login.notice.passwordReset": "Your new password is set. Sign in with your new password.",
  "login.device.noCrypto":
    "This browser cannot create the security key that ties your account to this phone, so you cannot sign in with it. Open AnSinh in an up-to-date Chrome, Safari, Firefox or Cốc Cốc, at an address that starts with https://.",
  "login.device.noStorage":
    "This browser does not let AnSinh keep this device's security key (usually because of a private window, or because site data is blocked), so you cannot sign in with it. Leave private browsing or allow site data, then try again.",

  "deviceChange.title": "Your account is in use on another device",
  "deviceChange.lead":
    "An AnSinh account can be used on one phone only. Your account is in use on another device.",
  "deviceChange.warning":
    "If you continue, the other device will be signed out and will no longer be able to use this account. The device you are holding will become your account's device.",
  "deviceChange.smsNote":
    "To make sure it is you, we will send a 6-digit code to your registered phone number {phone}.",
  "deviceChange.notYou":
    "If you use no other device, someone else may know your password: continue and then change your password, or call 1900 9068.",
  "deviceChange.continue": "Continue",
  "deviceChange.continuing": "Sending the code…",
  "deviceChange.cancel": "Cancel, do not sign in",
  "deviceChange.code.title": "Enter the code",
  "deviceChange.code.lead":
    "We have sent a text message with a 6-digit code to {phone}. The code is valid for {minutes} minutes.",
  "deviceChange.code.submit": "Confirm and sign in",
  "deviceChange.code.submitting": "Confirming…",
  "deviceChange.startAgain": "Start signing in again",

  "otp.code.label": "Verification code",
  "otp.code.hint": "The 6-digit code in the text message sent to {phone}.",
  "otp.code.required": "Enter the verification code",
  "otp.code.format": "The verification code has 6 digits",
  "otp.notReceived": "No text message?",
  "otp.notReceivedText":
    "Text messages can take a few minutes. If yours has not come, you can ask for a new code.",
  "otp.resend": "Send a new code",
  "otp.resendIn": "Send a new code in {seconds} seconds",
  "otp.resending": "Sending a new code…",
  "otp.resent": "A new code has been sent to {phone}.",
  "otp.resendUnavailable": "A new code could not be sent. Please try again later.",

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
    "Enter your social insurance (BHXH) number, or your CCCD number, and the phone number registered with your account. We will send a 6-digit code to that phone so that you can set a new password.",
  "forgotPassword.phone.label": "Registered phone number",
  "forgotPassword.phone.hint": "The number you gave when you registered, for example 0912345678.",
  "forgotPassword.phone.required": "Enter your registered phone number",
  "forgotPassword.phone.format": "A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09",
  "forgotPassword.submit": "Send me a code",
  "forgotPassword.submitting": "Sending…",
  "forgotPassword.noPhone":
    "No longer have the registered phone number? Call the helpline or visit your nearest social insurance office.",
  "forgotPassword.reset.title": "Set a new password",
  "forgotPassword.reset.lead":
    "If the number and the phone you entered match an account, we have sent a text message with a 6-digit code to {phone}. The code is valid for {minutes} minutes.",
  "forgotPassword.reset.submit": "Save the new password",
  "forgotPassword.reset.submitting": "Saving…",
  "forgotPassword.startAgain": "Enter the number and phone again",

  "notFound.title": "Page not found",
  "notFound.lead":
    "There is no page at this address. Check the address, or choose a section from the bar at the bottom.",
} as const;
