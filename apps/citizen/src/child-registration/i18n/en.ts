/** English texts of "Đăng ký tài khoản cho con", complete: the compiler rejects a missing or an extra key. */
export const en = {
  "child.signInNeeded": "You need to sign in to register an account for your child.",
  "child.checking": "Checking that you are signed in…",

  "details.title": "Register an account for your child",
  "details.lead":
    "Your child must be under 18 and in the same household as you. Enter your child's social insurance (BHXH) number and full name exactly as on the child's health insurance card. Fields marked * are required.",
  "details.parent": "Registering: {name}, BHXH number {number}.",
  "details.childBhxhNumber.label": "Your child's BHXH number *",
  "details.childBhxhNumber.hint": "10 digits, printed on your child's health insurance card.",
  "details.childBhxhNumber.lookUp": "Look up a BHXH number",
  "details.childBhxhNumber.required": "Enter your child's BHXH number",
  "details.childBhxhNumber.format": "Your child's BHXH number must be exactly 10 digits",
  "details.childBhxhNumber.self": "This is your own BHXH number. Enter your child's number",
  "details.childFullName.label": "Your child's full name *",
  "details.childFullName.hint": "With Vietnamese marks, exactly as on the birth certificate.",
  "details.childFullName.required": "Enter your child's full name",
  "details.childFullName.tooLong": "Your child's full name must be shorter than 100 characters",

  "photos.title": "Photos of your child and the birth certificate",
  "photos.lead":
    "Take a portrait photo of your child (face clearly visible, looking at the camera) and a photo of the birth certificate (all four corners visible, text readable): a blurred photo will get the application returned.",
  "photos.childPortrait.label": "Portrait of your child",
  "photos.childPortrait.choose": "Take or choose a portrait of your child",
  "photos.childPortrait.retake": "Take again or choose another portrait",
  "photos.childPortrait.alt": "The portrait of your child you chose",
  "photos.childPortrait.required": "Take or choose a portrait photo of your child",
  "photos.birthCertificate.label": "Birth certificate",
  "photos.birthCertificate.choose": "Take or choose a photo of the birth certificate",
  "photos.birthCertificate.retake": "Take again or choose another photo of the birth certificate",
  "photos.birthCertificate.alt": "The photo of the birth certificate you chose",
  "photos.birthCertificate.required": "Take or choose a photo of your child's birth certificate",

  "office.lead":
    "Choose the social insurance office that will check your child's application. The office of the province or city of your own BHXH number is already selected.",

  "check.parentHeading": "Who is registering",
  "check.field.parent": "Parent or guardian",
  "check.childHeading": "Your child",
  "check.field.childBhxhNumber": "Your child's BHXH number",
  "check.field.childFullName": "Your child's full name",
  "check.photosHeading": "Photos",
  "check.field.photos": "Portrait and birth certificate",
  "check.sms":
    "Your child's login and temporary password will be sent by SMS to the phone number registered with your account.",
  "check.commitment.legend": "Declaration",
  "check.commitment.label":
    "I declare that I am the child's parent or guardian and that the details above are true.",
  "check.commitment.required": "Tick the declaration to send the application",

  "done.numberLabel": "Application number for your child",
  "done.nextSms":
    "A text message confirming receipt is sent to the phone number registered with your account.",
  "done.nextReview":
    "The social insurance office will check the application. Once it is approved, your child's login and temporary password will be sent by SMS to that phone.",
  "done.services": "Back to Public services",
} as const;
