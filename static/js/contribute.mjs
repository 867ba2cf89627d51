// Contribution forms, progressively enhanced: without JavaScript the same
// forms work, and similar innovations appear on the preview page instead.

const DELAY_MS = 600;

// "Similar innovations already shared" while the title and summary are typed
// (or, on the notice board form, what may answer the question: the fields the
// region's data-fields names): fetches a fragment into an aria-live region.
export function initSimilar(root = document) {
  const region = root.querySelector("[data-sh-similar]");
  const form = region?.closest("form");
  if (!form || !window.fetch) return;
  const fields = (region.dataset.fields || "title summary")
    .split(" ")
    .map((name) => form.elements.namedItem(name))
    .filter(Boolean);
  let timer;
  let asked = "";
  let shown = "";
  let controller;

  async function update() {
    const query = fields.map((field) => field.value).join(" ").trim().slice(0, 500);
    if (query === asked) return;
    asked = query;
    controller?.abort();
    if (query.length < 3) {
      region.replaceChildren();
      shown = "";
      return;
    }
    controller = new AbortController();
    try {
      const url = new URL(region.dataset.url, window.location.href);
      url.searchParams.set("q", query);
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: "text/html" },
        credentials: "same-origin",
      });
      if (!response.ok) return;
      const html = (await response.text()).trim();
      if (html !== shown) {
        // Our own server-rendered, escaped fragment; replaced only when it
        // changes, so screen readers hear about new matches, not every keystroke.
        region.innerHTML = html;
        shown = html;
      }
    } catch (error) {
      if (error.name !== "AbortError") asked = ""; // try again on the next keystroke
    }
  }

  for (const field of fields) {
    field.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(update, DELAY_MS);
    });
  }
}

// "Where": unticking a region also unticks the local authorities it revealed,
// so nothing hidden is sent.
export function initPlaces(root = document) {
  for (const group of root.querySelectorAll("[data-sh-places]")) {
    group.addEventListener("change", (event) => {
      const input = event.target;
      const panelId = input.getAttribute("aria-controls") || input.dataset.ariaControls;
      if (input.checked || !panelId) return;
      const panel = document.getElementById(panelId);
      for (const box of panel?.querySelectorAll("input[type=checkbox]") ?? []) {
        box.checked = false;
      }
    });
  }
}
