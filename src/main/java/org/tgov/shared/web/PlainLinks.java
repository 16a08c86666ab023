package org.tgov.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as they are, not passed through the resource chain.
 *
 * <p>webjars-locator-lite switches the resource chain on, and with it Spring Boot registers a
 * {@link ResourceUrlEncodingFilter}: every {@code @{...}} link a page renders (a cost lines list has
 * hundreds) was then looked up as a classpath resource inside the application's nested jar, and
 * since a page's link is no resource the miss was never cached. That was most of a request's time
 * at national size. The filter only rewrites links to versioned assets, and this application
 * versions none, so it is registered disabled (Boot then adds none of its own). Version-less
 * WebJar paths ({@code /webjars/govuk-frontend/...}) are still resolved when the asset is served.
 */
@Configuration(proxyBeanMethods = false)
class PlainLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterSwitchedOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
