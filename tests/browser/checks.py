"""What the browser tests check on a page, with messages a person can act on."""

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.0, 2.1 and 2.2, levels A and AA; plus the best-practice rules behind the
# issue's "landmarks, one h1 and an ordered heading outline".
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
EXTRA_RULES = ["heading-order", "landmark-one-main", "landmark-unique", "region", "skip-link"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "rules": {rule: {"enabled": True} for rule in EXTRA_RULES},
    "resultTypes": ["violations"],
}
REFLOW_WIDTH = 320
VIEWPORT = {"width": 1280, "height": 800}

AXE_SCRIPT = Axe().axe_script


def load_axe_on_every_page(context) -> None:
    """Put axe-core in each page the context opens, before the page's own scripts
    (outside its CSP), rather than sending its half a megabyte again for every check."""
    context.add_init_script(AXE_SCRIPT)


def axe_violations(page) -> list[str]:
    """One readable block per violated rule: id, impact, help, where, and how to fix."""
    if not page.evaluate("typeof window.axe?.run === 'function'"):
        page.evaluate(AXE_SCRIPT)
    results = page.evaluate("options => axe.run(options)", AXE_OPTIONS)
    blocks = []
    for violation in results["violations"]:
        nodes = violation["nodes"]
        lines = [f"  {violation['id']} ({violation['impact']}): {violation['help']}"]
        lines += [f"      {' > '.join(map(str, node['target']))}" for node in nodes[:8]]
        if len(nodes) > 8:
            lines.append(f"      … and {len(nodes) - 8} more")
        lines.append(f"    {nodes[0]['failureSummary'].splitlines()[-1].strip()}")
        lines.append(f"    {violation['helpUrl']}")
        blocks.append("\n".join(lines))
    return blocks


_FOCUS_STYLE = """el => {
  const styles = [];
  const parts = [el, ...(el.labels ? Array.from(el.labels) : [])];
  for (const part of parts) {
    for (const pseudo of [null, "::before", "::after"]) {
      const s = getComputedStyle(part, pseudo);
      styles.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
                   s.backgroundColor, s.color, s.borderColor, s.borderWidth,
                   s.textDecorationLine, s.textDecorationThickness].join("|"));
    }
  }
  return styles.join("\\n");
}"""


def focus_is_visible(page) -> bool:
    """Whether the focused element (or its label: GOV.UK styles a checkbox's label)
    looks different from how it looks unfocused."""
    focused = page.evaluate_handle("document.activeElement")
    with_focus = page.evaluate(_FOCUS_STYLE, focused)
    page.evaluate("el => el.blur()", focused)
    without_focus = page.evaluate(_FOCUS_STYLE, focused)
    page.evaluate("el => el.focus()", focused)
    return with_focus != without_focus


def describe_focus(page) -> str:
    return page.evaluate(
        """() => { const el = document.activeElement;
        return el ? el.outerHTML.slice(0, 160) : "nothing"; }"""
    )


def tab_to(page, selector: str, *, limit: int = 150, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches `selector`."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate("s => document.activeElement?.matches(s) ?? false", selector):
            return
    raise AssertionError(f"{limit} presses of {key} never reached {selector}")


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page scrolls sideways at REFLOW_WIDTH (0 when it reflows)."""
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 800})
    width = page.evaluate("document.scrollingElement.scrollWidth")
    return max(0, width - REFLOW_WIDTH - 1)


def widest_elements(page) -> list[str]:
    return page.evaluate(
        """w => Array.from(document.querySelectorAll("body *"))
          .filter(el => el.getBoundingClientRect().right > w + 1)
          .slice(-3)
          .map(el => el.outerHTML.slice(0, 120))""",
        REFLOW_WIDTH,
    )
