// "Useful" and "Save for later" (sharehub.community): with JavaScript the form is
// sent with fetch, the button changes in place and keeps the keyboard focus.
// Without it the form posts and the page comes back with the new state.
// Anything but a clean answer (a rate limit, a lost session) sends the form the
// ordinary way, so the person sees the server's page.

function label(button, pressed, count) {
  const template = pressed ? button.dataset.labelOn : button.dataset.labelOff;
  return template.replace("__N__", String(count));
}

export function initMarks(root = document) {
  for (const form of root.querySelectorAll("form[data-mark]")) {
    const field = form.dataset.mark;
    const button = form.querySelector("button[aria-pressed]");
    const input = form.querySelector(`input[name="${field}"]`);
    if (!button || !input || !window.fetch) continue;

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (button.getAttribute("aria-disabled") === "true") return;
      button.setAttribute("aria-disabled", "true");
      let state;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body: new FormData(form),
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          redirect: "error",
        });
        if (!response.ok) throw new Error(String(response.status));
        state = await response.json();
      } catch {
        form.submit();
        return;
      } finally {
        button.removeAttribute("aria-disabled");
      }
      const pressed = Boolean(state[field]);
      button.setAttribute("aria-pressed", String(pressed));
      input.value = pressed ? "0" : "1";
      if (button.dataset.labelOn) {
        button.textContent = label(button, pressed, state.useful_count);
      }
    });
  }
}
