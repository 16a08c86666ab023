package org.tgov;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each direct sub-package of org.tgov is a module; modules use one another only through their APIs. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(TgovApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirApis() {
        modules.verify();
    }

    @Test
    void platformAdministrationSeesNoProgrammeDataAndNothingDependsOnIt() {
        ApplicationModule platform = modules.getModuleByName("platform").orElseThrow();
        assertThat(platform.getDirectDependencies(modules).containsModuleNamed("identity")).isTrue();
        assertThat(platform.getDirectDependencies(modules).containsModuleNamed("programme")).isFalse();
        assertThat(platform.getDirectDependencies(modules).containsModuleNamed("boards")).isFalse();
        assertThat(modules.stream().filter(module -> module.getDirectDependencies(modules).contains(platform)))
                .isEmpty();
    }

    @Test
    void writesTheModuleDocumentation() {
        String folder = "target/spring-modulith-docs";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation();

        assertThat(Path.of(folder, "components.puml")).isNotEmptyFile();
        assertThat(Path.of(folder, "module-identity.puml")).isNotEmptyFile();
        assertThat(Path.of(folder, "module-platform.adoc")).isNotEmptyFile();
    }
}
