// Progressive enhancement for GOV.UK Frontend components. Loaded as a module from our own origin:
// the Content-Security-Policy allows no inline script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
