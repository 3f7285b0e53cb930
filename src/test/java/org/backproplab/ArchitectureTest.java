package org.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;

/** The layering rules of DEVELOPERS.md, held by the build. */
@AnalyzeClasses(packages = "org.backproplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineIsPureJava = classes().that().resideInAPackage("org.backproplab.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backproplab.engine..", "java..")
            .because("the engine is read in one sitting and used by the CLI without any framework");

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositories = noClasses()
            .that().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .because("views call services; services own the data");

    @ArchTest
    static final ArchRule cliRunsWithoutTheWebStack = noClasses().that().resideInAPackage("org.backproplab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.boot..",
                    "org.springframework.context..", "org.springframework.stereotype..", "org.springframework.beans..")
            .because("commands run without starting the web server");
}
