package io.meridian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.testsupport.RunsBeside;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house's rooms: each top-level package under {@code io.meridian} is a module; modules depend
 * one way (no cycles), and a module's public types are exactly the ones its {@code package-info.java}
 * names after "Public surface:" (everything else is package-private).
 */
@RunsBeside
class ModuleBoundariesTest {

    private static final String ROOT = "io.meridian";
    private static final Path SOURCES = Path.of("src/main/java/io/meridian");
    private static final Pattern SURFACE = Pattern.compile("Public surface:(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\{@link\\s+([A-Za-z0-9_.]+)\\s*}");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void modulesDependOnEachOtherOneWayOnly() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyModuleNamesItsPublicSurfaceInItsPackageInfo() throws IOException {
        Map<String, Set<String>> publicTypes = new TreeMap<>();
        for (JavaClass type : classes) {
            String module = module(type);
            if (module != null && type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
                && !type.getSimpleName().equals("package-info")) {
                publicTypes.computeIfAbsent(module, m -> new TreeSet<>()).add(type.getSimpleName());
            }
        }
        Map<String, Set<String>> named = new TreeMap<>();
        try (var modules = Files.list(SOURCES)) {
            for (Path folder : modules.filter(Files::isDirectory).toList()) {
                named.put(folder.getFileName().toString(), surface(folder.resolve("package-info.java")));
            }
        }
        Map<String, String> problems = new TreeMap<>();
        for (String module : named.keySet()) {
            Set<String> actual = publicTypes.getOrDefault(module, Set.of());
            Set<String> listed = named.get(module);
            Set<String> unnamed = new TreeSet<>(actual);
            unnamed.removeAll(listed);
            Set<String> notPublic = new TreeSet<>(listed);
            notPublic.removeAll(actual);
            if (!unnamed.isEmpty() || !notPublic.isEmpty()) {
                problems.put(module, (unnamed.isEmpty() ? "" : "public but not named: " + unnamed + " ")
                    + (notPublic.isEmpty() ? "" : "named but not a public type: " + notPublic));
            }
        }
        assertThat(problems).as("each module's public types and the surface its package-info names").isEmpty();
    }

    private static String module(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The simple names linked after "Public surface:" in the package's javadoc; none when it has no such line. */
    private static Set<String> surface(Path packageInfo) throws IOException {
        if (!Files.exists(packageInfo)) {
            return Set.of();
        }
        Matcher surface = SURFACE.matcher(Files.readString(packageInfo));
        if (!surface.find()) {
            return Set.of();
        }
        Matcher link = LINK.matcher(surface.group(1));
        Set<String> names = new TreeSet<>();
        while (link.find()) {
            String name = link.group(1);
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
