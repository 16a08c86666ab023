package org.tgov.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The sentences users read. Those in the messages files are MessageFormat patterns, always (so an
 * apostrophe there is written twice, whether or not the sentence takes values). A sentence written
 * in the code instead, as a form field's default message, is shown exactly as written: it is not a
 * pattern, and formatting it would drop its apostrophes ("the programme's years").
 */
@Configuration(proxyBeanMethods = false)
public class Sentences {

    @Bean
    MessageSource messageSource(Environment environment) {
        String basenames = environment.getProperty("spring.messages.basename", "messages");
        ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
            @Override
            protected String renderDefaultMessage(String defaultMessage, Object[] args, Locale locale) {
                return defaultMessage;
            }
        };
        source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
