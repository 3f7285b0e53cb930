package org.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Repository;

/** The layering rules of the README's "For developers" section, held by the build. */
@AnalyzeClasses(packages = "org.backproplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ENGINE = "org.backproplab.engine";

    @ArchTest
    static final ArchRule engineIsPureJava = classes().that().resideInAPackage(ENGINE + "..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(ENGINE + "..", "java..")
            .because("the engine is read in one sitting and used by the CLI without any framework");

    @ArchTest
    static final ArchRule engineLayers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage(ENGINE + "..")
            .layer("Core").definedBy(ENGINE)
            .layer("Language").definedBy(ENGINE + ".lang")
            .layer("Networks").definedBy(ENGINE + ".network")
            .whereLayer("Language").mayNotBeAccessedByAnyLayer()
            .whereLayer("Networks").mayNotBeAccessedByAnyLayer()
            .because("the core (graph, values, ops) knows neither the language nor networks; the two build on it side by side");

    /**
     * One direction of dependency inside the exercise feature: content and model at the bottom, then
     * variants, grading and file formats, the library, practice, quizzes, and the pages on top.
     */
    @ArchTest
    static final ArchRule exerciseLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Content").definedBy("org.backproplab.content..")
            .layer("Model").definedBy("org.backproplab.exercise.model..")
            .layer("Variant").definedBy("org.backproplab.exercise.variant..")
            .layer("Grading").definedBy("org.backproplab.exercise.grading..")
            .layer("Format").definedBy("org.backproplab.exercise.format..")
            .layer("Library").definedBy("org.backproplab.exercise.library..")
            .layer("Practice").definedBy("org.backproplab.exercise.practice..")
            .layer("Quiz").definedBy("org.backproplab.exercise.quiz..")
            .layer("Views").definedBy("org.backproplab.exercise.ui..")
            .layer("Cli").definedBy("org.backproplab.cli..")
            .layer("Shell").definedBy("org.backproplab.ui..")
            .whereLayer("Views").mayOnlyBeAccessedByLayers("Shell")
            .whereLayer("Quiz").mayOnlyBeAccessedByLayers("Views")
            .whereLayer("Practice").mayOnlyBeAccessedByLayers("Views", "Quiz", "Shell")
            .whereLayer("Library").mayOnlyBeAccessedByLayers("Practice", "Views", "Quiz", "Shell")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Library", "Cli")
            .whereLayer("Grading").mayOnlyBeAccessedByLayers("Practice", "Views", "Quiz", "Cli")
            .whereLayer("Variant").mayOnlyBeAccessedByLayers("Grading", "Format", "Library", "Practice", "Views", "Quiz", "Cli")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Variant", "Grading", "Format", "Library", "Practice", "Views",
                    "Quiz", "Cli", "Shell")
            .because("each exercise sub-package builds on the ones below it and none reaches up");

    /**
     * One direction inside the lesson feature: the course model, then reading and checking files,
     * rendering, progress, the links other features use, and the pages on top.
     */
    @ArchTest
    static final ArchRule lessonLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("LessonDomain").definedBy("org.backproplab.lesson.domain..")
            .layer("LessonFormat").definedBy("org.backproplab.lesson.format..")
            .layer("LessonRender").definedBy("org.backproplab.lesson.render..")
            .layer("LessonProgress").definedBy("org.backproplab.lesson.progress..")
            .layer("LessonLink").definedBy("org.backproplab.lesson.link..")
            .layer("LessonViews").definedBy("org.backproplab.lesson.ui..")
            .layer("ExerciseViews").definedBy("org.backproplab.exercise.ui..")
            .layer("Cli").definedBy("org.backproplab.cli..")
            .layer("Shell").definedBy("org.backproplab.ui..")
            .whereLayer("LessonViews").mayOnlyBeAccessedByLayers("Shell")
            .whereLayer("LessonLink").mayOnlyBeAccessedByLayers("LessonViews", "ExerciseViews")
            .whereLayer("LessonProgress").mayOnlyBeAccessedByLayers("LessonViews")
            .whereLayer("LessonRender").mayOnlyBeAccessedByLayers("LessonLink", "LessonViews")
            .whereLayer("LessonFormat").mayOnlyBeAccessedByLayers("LessonRender", "LessonProgress", "LessonLink", "LessonViews", "Cli")
            .because("lesson sub-packages build on the ones below them; exercise pages reach lessons only through the links");

    @ArchTest
    static final ArchRule fsrsIsPureJava = classes().that().resideInAPackage("org.backproplab.flashcard.fsrs..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backproplab.flashcard.fsrs..", "java..")
            .because("the scheduler is the published algorithm alone, used alike by the app and the schedule command");

    /** The flashcard feature in one direction: scheduler, decks, review service, pages. */
    @ArchTest
    static final ArchRule flashcardLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Fsrs").definedBy("org.backproplab.flashcard.fsrs..")
            .layer("Deck").definedBy("org.backproplab.flashcard.deck..")
            .layer("Review").definedBy("org.backproplab.flashcard.review..")
            .layer("FlashcardViews").definedBy("org.backproplab.flashcard.ui..")
            .whereLayer("FlashcardViews").mayNotBeAccessedByAnyLayer()
            .whereLayer("Review").mayOnlyBeAccessedByLayers("FlashcardViews")
            .whereLayer("Deck").mayOnlyBeAccessedByLayers("Review", "FlashcardViews")
            .because("each flashcard sub-package builds on the ones below it and none reaches up");

    /** The teacher dashboard: domain at the bottom (pure Java), then its queries, the CSV export, the pages. */
    @ArchTest
    static final ArchRule dashboardLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("org.backproplab.dashboard.domain..")
            .layer("Service").definedBy("org.backproplab.dashboard.service..")
            .layer("Export").definedBy("org.backproplab.dashboard.export..")
            .layer("Pages").definedBy("org.backproplab.dashboard.ui..")
            .whereLayer("Pages").mayNotBeAccessedByAnyLayer()
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Pages")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Export", "Pages")
            .because("the dashboard's statistics know nothing of SQL, and its queries nothing of pages or files");

    @ArchTest
    static final ArchRule dashboardDomainIsPureJava = classes().that().resideInAPackage("org.backproplab.dashboard.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.backproplab.dashboard.domain..", "java..")
            .because("the statistics are tested on hand-checked numbers without a database or a framework");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.backproplab.(**)").should().beFreeOfCycles()
            .because("a cycle makes two packages one; split the shared part out instead");

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositories = noClasses()
            .that().areAssignableTo(com.vaadin.flow.component.Component.class)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("views call services; services own the data");

    @ArchTest
    static final ArchRule cliRunsWithoutTheWebStack = noClasses().that().resideInAPackage("org.backproplab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework.boot..",
                    "org.springframework.context..", "org.springframework.stereotype..", "org.springframework.beans..")
            .because("commands run without starting the web server");

    @ArchTest
    static final ArchRule theWebAppNeverLoadsTheBenchmarks = noClasses().that().resideOutsideOfPackage("org.backproplab.cli..")
            .and().doNotHaveFullyQualifiedName("org.backproplab.Application")
            .should().dependOnClassesThat().resideInAPackage("org.backproplab.cli..")
            .because("the benchmark harness ships in the jar for the bench command but is never loaded by the web app");
}
