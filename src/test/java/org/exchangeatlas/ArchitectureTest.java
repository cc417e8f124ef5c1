package org.exchangeatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exchangeatlas.model.AtlasNodes;
import org.exchangeatlas.model.AtlasTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on its classes: the packages depend on each other one way along
 * the road (STYLE.md, "Our road"), with no cycles, and {@code model} alone spells a claim or a
 * document's IRI ({@code model.Claims}, {@code model.Iris}).
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

    /** The terms that make up a claim's shape (its statement, passage, supersession and rules). */
    private static final Set<String> CLAIM_SHAPE = Set.of("RDF_SUBJECT", "RDF_PREDICATE", "RDF_OBJECT",
            "OA_HAS_SELECTOR", "OA_START", "OA_END", "OA_EXACT", "OA_POSITION_SELECTOR", "OA_QUOTE_SELECTOR",
            "SUPERSEDED_BY", "EXTRACTED_BY");

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

    @Test
    void onlyTheModelReadsOrWritesTheTermsOfAClaim() {
        DescribedPredicate<JavaFieldAccess> claimTerm = DescribedPredicate.describe("a term of a claim's shape",
                a -> a.getTargetOwner().isEquivalentTo(AtlasNodes.class) && CLAIM_SHAPE.contains(a.getName()));
        noClasses().that().resideOutsideOfPackage("org.exchangeatlas.model..")
                .should().accessFieldWhere(claimTerm)
                .because("claims are written and read by model.Claims")
                .check(classes);
    }

    @Test
    void onlyTheModelSpellsAClaimOrADocumentIri() {
        classes().that().resideOutsideOfPackage("org.exchangeatlas.model..")
                .should(notSpellByHand())
                .because("claims are written and read by model.Claims, and document IRIs minted by model.Iris")
                .check(classes);
    }

    /**
     * Uses no claim term's IRI (as {@code AtlasTerms}' strings, which javac copies into the user),
     * no document IRI's prefix, and not the kind "document" or "claim" in a class that mints IRIs
     * with {@code AtlasTerms.id}.
     */
    private static ArchCondition<JavaClass> notSpellByHand() {
        List<String> iris = new ArrayList<>(List.of(AtlasTerms.ID + "document/"));
        for (String term : CLAIM_SHAPE) {
            try {
                iris.add((String) AtlasTerms.class.getField(term).get(null));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        Set<String> kinds = Set.of("document", "claim");
        return new ArchCondition<>("not spell a claim's terms or a document's IRI by hand") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean mints = c.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isEquivalentTo(AtlasTerms.class) && call.getName().equals("id"));
                for (String constant : ClassConstants.strings(c)) {
                    if ((mints && kinds.contains(constant)) || iris.stream().anyMatch(constant::contains)) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " spells \"" + constant + "\""));
                    }
                }
            }
        };
    }
}
