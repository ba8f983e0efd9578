export const childRegistrationFormDescription = `multipart/form-data, sent by a signed-in citizen (the parent)
with the text fields childBhxhNumber (10 digits), childFullName, officeCode (from GET /api/offices),
commitment ("true": the parent declares they are the child's parent or guardian and the details are true),
submissionId (a UUID the app makes once per form), and the files childPortrait (a portrait photo of the
child) and birthCertificate (a photo of the birth certificate), at most 10 MB each; JPEG, PNG or WebP.
Invalid fields are all reported together as errors[] with field "body.<name>". A child who is not in the
parent's household (or a name that does not match) gets one neutral 400 without field errors; a child of
18 or more a 400 saying so; 409 when the child already has an account or a dossier waiting for review.
The dossier's SMS go to the phone registered with the parent's account. Sending the same submissionId
again returns the same dossier (200). 401 without a citizen session.`;
