// Progressive enhancement only: every page works without JavaScript.
import { initAll } from "../build/govuk-frontend.min.js";

initAll();

// Submitting a facet checkbox on change saves the visitor a click; the
// "Apply filters" button stays for keyboard and no-JS users.
for (const form of document.querySelectorAll("[data-sh-autosubmit]")) {
  form.addEventListener("change", () => form.requestSubmit());
}
