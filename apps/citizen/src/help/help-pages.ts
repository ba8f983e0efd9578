// "Trợ giúp"'s own pages, loaded when one is first opened: the chat, the petitions and the guides
// (with their Markdown, pictures and the Markdown renderer) are not part of the app shell.
export { ChatPage } from "./chat-page";
export { GuidePage } from "./guide-page";
export { GuidesPage } from "./guides-page";
export { PetitionFormPage } from "./petition-form-page";
export { PetitionPage } from "./petition-page";
export { PetitionsPage } from "./petitions-page";
