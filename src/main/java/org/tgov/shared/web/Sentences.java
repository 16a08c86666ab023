package org.tgov.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.tgov.shared.FieldName;

/**
 * The sentences users read, all in the messages files: messages.properties for the shared ones and
 * messages/&lt;module&gt;.properties for each module's. Every one is a MessageFormat pattern, always
 * (so an apostrophe there is written twice, whether or not the sentence takes values). A value may
 * itself be a message ({@link FieldName}, a record's name), resolved in turn; a {@link FieldName.AtStart}
 * starts its sentence and gets a capital first letter.
 *
 * <p>Spring Boot's validator interpolates the messages of Bean Validation annotations through this
 * message source, so an annotation names its sentence by code: {@code @NotBlank(message = "{code}")}.
 */
@Configuration(proxyBeanMethods = false)
public class Sentences {

    @Bean
    MessageSource messageSource(Environment environment) {
        return source(environment.getProperty("spring.messages.basename", "messages"));
    }

    /** @param basenames the messages files, comma-separated, as spring.messages.basename lists them */
    public static MessageSource source(String basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource() {
            @Override
            protected String renderDefaultMessage(String defaultMessage, Object[] args, Locale locale) {
                // a default message is never a pattern: the code's sentence is missing, and MessagesTest says so
                return defaultMessage;
            }

            @Override
            protected Object[] resolveArguments(Object[] args, Locale locale) {
                Object[] resolved = super.resolveArguments(args, locale);
                for (int i = 0; args != null && i < args.length && i < resolved.length; i++) {
                    if (args[i] instanceof FieldName.AtStart && resolved[i] instanceof String name && !name.isEmpty()) {
                        resolved[i] = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
                    }
                }
                return resolved;
            }
        };
        source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
