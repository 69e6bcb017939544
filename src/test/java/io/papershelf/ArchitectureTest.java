package io.papershelf;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md (from the house style): ui -> library -> storage, library -> listing
 * and export, everyone -> model; app and cli see all. export may use listing's exception type, because
 * reading a Papershelf backup reports bad input the way every listing reader does. ranking (TF-IDF terms and
 * the linear models, no I/O but streams) is used by library alone: the window and the command line reach the
 * "For you" models through library's Recommender and Ranking, and ranking knows nothing of SQLite or files.
 *
 * <p>Inside ui, each panel is a feature package (list, detail, sidebar, and one per view added later) with
 * its view beside its view model; ui.common is what they share and ui.window composes them. Feature
 * packages meet only through view models, so a view can change without the others noticing.
 */
@AnalyzeClasses(packages = "io.papershelf", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
            .layer("model").definedBy("io.papershelf.model..")
            .layer("listing").definedBy("io.papershelf.listing..")
            .layer("storage").definedBy("io.papershelf.storage..")
            .layer("export").definedBy("io.papershelf.export..")
            .layer("ranking").definedBy("io.papershelf.ranking..")
            .layer("library").definedBy("io.papershelf.library..")
            .layer("ui").definedBy("io.papershelf.ui..")
            .layer("cli").definedBy("io.papershelf.cli..")
            .layer("app").definedBy("io.papershelf.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("library").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("storage").mayOnlyBeAccessedByLayers("library", "app")
            .whereLayer("export").mayOnlyBeAccessedByLayers("library", "cli", "app")
            .whereLayer("ranking").mayOnlyBeAccessedByLayers("library")
            .whereLayer("listing").mayOnlyBeAccessedByLayers("library", "export", "cli", "app")
            .whereLayer("model").mayOnlyBeAccessedByLayers("listing", "storage", "export", "ranking", "library", "ui", "cli", "app");

    @ArchTest
    static final ArchRule rankingTouchesNoFilesOrDatabase = noClasses().that().resideInAPackage("io.papershelf.ranking..")
            .should().dependOnClassesThat().resideInAnyPackage("io.papershelf.listing..", "io.papershelf.storage..",
                    "io.papershelf.export..", "io.papershelf.library..", "java.sql..", "java.nio.file..")
            .because("the ranking engine is computation; the library decides where its data comes from and goes");

    @ArchTest
    static final ArchRule modelDependsOnNothing = noClasses().that().resideInAPackage("io.papershelf.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.papershelf.listing..", "io.papershelf.storage..",
                    "io.papershelf.export..", "io.papershelf.library..", "io.papershelf.ui..", "io.papershelf.cli..",
                    "io.papershelf.app..", "java.sql..", "java.io..", "java.nio.file..", "com.fasterxml..");

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that()
            .resideOutsideOfPackages("io.papershelf.ui..", "io.papershelf.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp..", "org.fxmisc..", "org.reactfx..");

    @ArchTest
    static final ArchRule onlyStorageUsesSql = noClasses().that()
            .resideOutsideOfPackages("io.papershelf.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..")
            .because("SQLite is storage's business");

    @ArchTest
    static final ArchRule noCycles = slices().matching("io.papershelf.(*)..").should().beFreeOfCycles();

    /** A class of a view model, or nested in one (DetailViewModel.Change); the window's own is not one to share. */
    private static final DescribedPredicate<JavaClass> SHARED_VIEW_MODEL = DescribedPredicate.describe(
            "a view model outside ui.window", c -> c.getName().matches(".*ViewModel(\\$.*)?")
                    && !c.getPackageName().startsWith("io.papershelf.ui.window"));

    @ArchTest
    static final ArchRule uiFeaturesMeetOnlyThroughViewModels = slices().matching("io.papershelf.ui.(*)..")
            .namingSlices("ui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("io.papershelf.ui.window.."), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAPackage("io.papershelf.ui.common.."))
            .ignoreDependency(alwaysTrue(), SHARED_VIEW_MODEL)
            .because("ui.window composes the panels; the others share ui.common and each other's view models only");

    @ArchTest
    static final ArchRule everyUiClassLivesInAFeaturePackage = noClasses().should()
            .resideInAPackage("io.papershelf.ui");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..", "atlantafx..")
            .because("view models are tested as plain objects, without a window");

    @ArchTest
    static final ArchRule uiFeaturesFreeOfCycles = slices().matching("io.papershelf.ui.(*)..").should()
            .beFreeOfCycles();
}
