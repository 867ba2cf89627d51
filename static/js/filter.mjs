// The filter panel on a phone, after the MOJ "filter a list" pattern: results
// come first and the filters wait behind a "Filter" button. The CSS hides the
// panel on narrow screens only when this script can run (govuk-frontend-supported);
// without JavaScript the panel is a plain form, shown as it is on a desktop.

// govuk-frontend's tablet breakpoint: from here on the panel is a sidebar.
const WIDE = "(min-width: 40.0625em)";

export function initFilter(root = document) {
  const wide = window.matchMedia(WIDE);
  for (const button of root.querySelectorAll("[data-sh-filter-toggle]")) {
    const panel = document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) continue;

    const show = (open) => {
      button.setAttribute("aria-expanded", String(open));
      panel.classList.toggle("sh-facets--open", open);
    };

    button.addEventListener("click", () => {
      show(button.getAttribute("aria-expanded") !== "true");
    });

    // Escape closes the open panel and puts the keyboard back on its button.
    panel.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || wide.matches) return;
      if (button.getAttribute("aria-expanded") !== "true") return;
      event.preventDefault();
      show(false);
      button.focus();
    });
  }
}
