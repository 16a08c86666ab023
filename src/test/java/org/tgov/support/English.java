package org.tgov.support;

import java.util.Locale;
import java.util.Properties;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.tgov.shared.Refusal;
import org.tgov.shared.web.Sentences;

/**
 * The application's sentences for tests without Spring: the same messages files, read the same way
 * (application.yml's spring.messages.basename, {@link Sentences}), so that a unit test can check the
 * words a person reads rather than only a message code.
 */
public final class English {

    private static final MessageSource SOURCE = Sentences.source(basenames());

    private English() {
    }

    public static MessageSource source() {
        return SOURCE;
    }

    public static String of(String code, Object... values) {
        return SOURCE.getMessage(code, values, Locale.UK);
    }

    /** A rule's reason, as a page shows it. */
    public static String of(Refusal refusal) {
        return of(refusal.code(), refusal.argumentArray());
    }

    /** A form error's sentence as the page shows it, or a refusal's, or any other resolvable. */
    public static String of(MessageSourceResolvable resolvable) {
        return SOURCE.getMessage(resolvable, Locale.UK);
    }

    private static String basenames() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.messages.basename");
    }
}
