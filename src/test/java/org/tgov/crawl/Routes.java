package org.tgov.crawl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route the application answers, read from Spring MVC's own handler mappings. Public for the
 * browser tests that visit every page (the reflow check).
 */
public final class Routes {

    private final List<PathPattern> getPatterns = new ArrayList<>();
    private final List<PathPattern> allPatterns = new ArrayList<>();

    public Routes(RequestMappingHandlerMapping mapping) {
        Set<String> gets = new TreeSet<>();
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            all.addAll(patterns);
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                gets.addAll(patterns);
            }
        }
        gets.removeIf(pattern -> pattern.equals("/error"));
        gets.forEach(pattern -> getPatterns.add(PathPatternParser.defaultInstance.parse(pattern)));
        all.forEach(pattern -> allPatterns.add(PathPatternParser.defaultInstance.parse(pattern)));
        // most specific first, so that a path is attributed to the pattern that really handles it
        allPatterns.sort(PathPattern.SPECIFICITY_COMPARATOR);
        getPatterns.sort(Comparator.comparing(PathPattern::getPatternString));
    }

    public List<String> getRoutes() {
        return getPatterns.stream().map(PathPattern::getPatternString).toList();
    }

    /** The route pattern that handles this path (any method), if one does. */
    Optional<String> patternOf(String path) {
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        PathContainer container = PathContainer.parsePath(plain);
        return allPatterns.stream().filter(p -> p.matches(container)).findFirst().map(PathPattern::getPatternString);
    }

    /** The GET route that handles this path, if one does. */
    public Optional<String> getPatternOf(String path) {
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        PathContainer container = PathContainer.parsePath(plain);
        return getPatterns.stream().filter(p -> p.matches(container)).sorted(PathPattern.SPECIFICITY_COMPARATOR)
                .findFirst().map(PathPattern::getPatternString);
    }
}
