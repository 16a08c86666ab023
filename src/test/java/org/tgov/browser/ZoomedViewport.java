package org.tgov.browser;

import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The shared Chromium as a 1280 by 1024 screen zoomed to 400%: a viewport of 320 by 256 CSS
 * pixels, the width WCAG 2.2's reflow criterion (1.4.10) asks pages to fit. Closing it gives the
 * browser its normal size back, for the tests that run after.
 */
final class ZoomedViewport implements AutoCloseable {

    static final int SCREEN_WIDTH = 1280;
    static final int SCREEN_HEIGHT = 1024;
    static final int ZOOM = 4;
    /** The width pages must fit into: 1280 px at 400%. */
    static final int WIDTH = SCREEN_WIDTH / ZOOM;

    private final HasCdp cdp;

    private ZoomedViewport(HasCdp cdp) {
        this.cdp = cdp;
    }

    static ZoomedViewport at400Percent(WebDriver driver) {
        HasCdp cdp = (HasCdp) driver;
        // Desktop (not mobile) emulation: the page is laid out in a 320 CSS px viewport, each CSS px
        // drawn as 4 device pixels, which is what zooming a desktop browser to 400% does.
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", SCREEN_HEIGHT / ZOOM,
                "deviceScaleFactor", ZOOM, "mobile", false));
        return new ZoomedViewport(cdp);
    }

    @Override
    public void close() {
        cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
