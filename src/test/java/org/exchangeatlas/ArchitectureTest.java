package org.exchangeatlas;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on its classes: the packages depend on each other one way along
 * the road (STYLE.md, "Our road"), with no cycles.
 */
class ArchitectureTest {
    /**
     * The road, bottom first: each tier may use the tiers before it, never one after it, and
     * packages in one tier never use each other. {@code model} and {@code vocab} are the shared
     * bottom (names, IRIs, vocabularies); {@code source} to {@code infer} is the build's road;
     * {@code server} reads the store and {@code pipeline} drives a build, side by side; the tools
     * ({@code eval}, {@code generate}, {@code push}, {@code bench}) stand on those; {@code cli}
     * wires everything.
     */
    private static final List<List<String>> ROAD = List.of(
            List.of("model"),
            List.of("vocab"),
            List.of("source"),
            List.of("extract"),
            List.of("resolve"),
            List.of("graph"),
            List.of("store"),
            List.of("consolidate", "infer"),
            List.of("server", "pipeline", "generate"),
            List.of("eval", "push", "bench"),
            List.of("cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.exchangeatlas");
    }

    @Test
    void packagesDependOneWayAlongTheRoad() {
        LayeredArchitecture road = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : ROAD) {
            for (String p : tier) {
                road = road.layer(p).definedBy("org.exchangeatlas." + p + "..");
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> tier : ROAD) {
            for (String p : tier) {
                road = below.isEmpty() ? road.whereLayer(p).mayNotAccessAnyLayer()
                        : road.whereLayer(p).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(tier);
        }
        road.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.exchangeatlas.(*)..").should().beFreeOfCycles().check(classes);
    }
}
