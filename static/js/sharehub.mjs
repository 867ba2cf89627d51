// Progressive enhancement only: every page works without JavaScript.
// Filters and sorting apply when the visitor presses the button, never on
// change (WCAG 2.2 3.2.2 On Input).
import { initAll } from "../build/govuk-frontend.min.js";
import { initPlaces, initSimilar } from "./contribute.mjs";
import { initFilter } from "./filter.mjs";
import { initMarks } from "./marks.mjs";

initAll();
initSimilar();
initPlaces();
initFilter();
initMarks();
