package org.tgov.browser;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.tgov.browser.pages.Browser;

/**
 * Whether the page the browser shows reflows (WCAG 2.2 1.4.10): nothing makes it wider than the
 * viewport, except what scrolls inside a {@code .tgov-table-scroll} region; every such region is
 * a region the keyboard can reach, named by its table's caption; and nothing else scrolls sideways
 * out of the keyboard's reach.
 */
final class ReflowCheck {

    private static final String PROBLEMS = """
            const width = window.innerWidth;
            const root = document.documentElement;
            const problems = [];
            const text = e => (e.textContent || '').trim().replace(/\\s+/g, ' ');
            const describe = e => {
              let what = '<' + e.tagName.toLowerCase() + (e.id ? ' id="' + e.id + '"' : '')
                  + (typeof e.className === 'string' && e.className.trim() ? ' class="' + e.className.trim() + '"' : '') + '>';
              const words = text(e).slice(0, 50);
              return what + (words ? ' "' + words + '"' : '');
            };
            if (root.scrollWidth > width) {
              // the culprits: elements sticking out of the viewport whose parent does not, and positioned
              // elements that escape a scroll region (their containing block is outside it)
              const culprits = [];
              for (const e of document.body.querySelectorAll('*')) {
                const escapes = ['absolute', 'fixed'].includes(getComputedStyle(e).position);
                if (e.parentElement.closest('.tgov-table-scroll') && !escapes) continue;
                const right = e.getBoundingClientRect().right;
                if (right > width + 0.5 && (escapes || e.parentElement.getBoundingClientRect().right <= width + 0.5)) {
                  culprits.push(describe(e) + (escapes ? ' (positioned)' : '') + ' reaches ' + Math.round(right) + ' px');
                }
              }
              problems.push('the page is ' + root.scrollWidth + ' px wide, more than ' + width + ': '
                  + culprits.slice(0, 6).join('; '));
            }
            for (const e of [root, document.body]) {
              const overflow = getComputedStyle(e).overflowX;
              if (overflow === 'hidden' || overflow === 'clip') {
                problems.push(describe(e).slice(0, 40) + ' hides what does not fit (overflow-x: ' + overflow + ')');
              }
            }
            for (const region of document.querySelectorAll('.tgov-table-scroll')) {
              const labels = (region.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                  .map(id => document.getElementById(id)).filter(Boolean);
              const name = labels.map(text).join(' ').trim();
              const caption = region.querySelector('caption');
              if (region.getAttribute('role') !== 'region') {
                problems.push(describe(region) + ' is not a region (role="region")');
              }
              if (region.tabIndex < 0) {
                problems.push(describe(region) + ' cannot be reached by keyboard (tabindex="0")');
              }
              if (!name) {
                problems.push(describe(region) + ' has no accessible name (aria-labelledby its caption)');
              } else if (caption === null || name !== text(caption)) {
                problems.push(describe(region) + ' is named "' + name + '", not by its table\\'s caption');
              }
            }
            for (const e of document.body.querySelectorAll('*')) {
              if (e.matches('.tgov-table-scroll, textarea, select, input')) continue;
              const overflow = getComputedStyle(e).overflowX;
              if ((overflow === 'auto' || overflow === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                problems.push(describe(e) + ' scrolls sideways but is not a named scroll region the keyboard can reach');
              }
            }
            return problems;""";

    private ReflowCheck() {
    }

    /** What stops the page reflowing, in words; empty when it reflows. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(PROBLEMS);
    }

    /** The HTTP status of the page the browser shows (after any redirect). */
    static long status(Browser browser) {
        Object status = ((JavascriptExecutor) browser.driver())
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
        return status == null ? 0 : ((Number) status).longValue();
    }
}
