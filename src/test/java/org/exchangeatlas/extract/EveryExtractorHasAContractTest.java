package org.exchangeatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every extractor of the standard registry has its {@link ExtractorContract} subclass among the
 * tests, and every such subclass checks a registered kind: a new extractor registered without a
 * contract test fails here.
 */
class EveryExtractorHasAContractTest {
    @Test
    void theContractSubclassesCoverExactlyTheRegisteredKinds() throws Exception {
        Set<String> checked = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.exchangeatlas")) {
            if (c.isAssignableTo(ExtractorContract.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                Constructor<?> make = c.reflect().getDeclaredConstructor();
                make.setAccessible(true);
                checked.add(((ExtractorContract) make.newInstance()).kind().name());
            }
        }
        Set<String> registered = new TreeSet<>();
        ExtractorContract.registry().kinds().forEach(k -> registered.add(k.name()));
        assertEquals(Set.of("chinese-notice", "chinese-prose", "coded-table", "english-notice", "english-report"), registered);
        assertEquals(registered, checked);
    }
}
