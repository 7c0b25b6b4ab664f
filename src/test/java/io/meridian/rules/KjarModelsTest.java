package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * A stored build's knowledge base is made from the rule classes of its kjar, without a {@code KieContainer}: the rules the
 * build lists are all there, Drools' repository is left as it was, and a kjar that names no model class is refused with
 * a message that says so. The answers of the rules so loaded are checked against the workbooks' scenarios in
 * {@link StoredBuildsTest}.
 */
class KjarModelsTest {

    /** The builds the Maven build made of the shipped workbooks (ShippedBuilds, in process-classes). */
    private static final Path SHIPPED = Path.of("target/classes", StoredBuilds.SHIPPED);

    @Test
    void eachShippedBuildLoadsWithEveryRuleItListsAndNothingInDroolsRepository() throws IOException {
        List<Path> builds = shippedBuilds();
        assertThat(builds).as("the shipped builds in " + SHIPPED).hasSizeGreaterThanOrEqualTo(3);
        for (Path build : builds) {
            Map<String, byte[]> entries = entries(Files.readAllBytes(build));
            Set<String> listed = new String(entries.get("rules.tsv"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isEmpty()).map(line -> line.split("\t", -1)[0]).collect(Collectors.toSet());
            String releaseId = releaseId(entries.get("kjar"));

            KieBase kieBase = KjarModels.kieBase(entries.get("kjar"));

            assertThat(StoredBuilds.ruleNames(kieBase)).as(build.getFileName().toString()).isNotEmpty().isEqualTo(listed);
            assertThat(KieServices.Factory.get().getRepository().getKieModule(KieServices.Factory.get().newReleaseId(
                "io.meridian.rules.built", releaseId.split(":")[1], releaseId.split(":")[2])))
                .as("a module of " + releaseId + " in Drools' repository").isNull();
        }
    }

    @Test
    void aKjarThatNamesNoModelClassIsRefusedSayingSo() throws IOException {
        byte[] kjar = entries(Files.readAllBytes(shippedBuilds().get(0))).get("kjar");
        byte[] withoutList = rewritten(kjar, name -> name.endsWith("/drools-model") ? null : name);

        assertThatThrownBy(() -> KjarModels.kieBase(withoutList)).isInstanceOf(IllegalStateException.class)
            .hasMessage("the kjar names no model class (no drools-model entry)");
    }

    @Test
    void aKjarWhoseModelClassIsMissingIsRefusedNamingTheClass() throws IOException {
        byte[] kjar = entries(Files.readAllBytes(shippedBuilds().get(0))).get("kjar");
        String model = new String(entries(kjar).entrySet().stream().filter(e -> e.getKey().endsWith("/drools-model"))
            .findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("Drools-Model-Version"))
            .findFirst().orElseThrow().strip();
        byte[] withoutModel = rewritten(kjar, name -> name.equals(model.replace('.', '/') + ".class") ? null : name);

        assertThatThrownBy(() -> KjarModels.kieBase(withoutModel)).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("the kjar's model class " + model + " cannot be made: java.lang.ClassNotFoundException");
    }

    private static List<Path> shippedBuilds() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            return files.filter(f -> f.toString().endsWith(StoredBuilds.SUFFIX)).sorted().toList();
        }
    }

    /** The kjar's group:artifact:version, from its pom.properties. */
    private static String releaseId(byte[] kjar) throws IOException {
        String pom = new String(entries(kjar).entrySet().stream().filter(e -> e.getKey().endsWith("/pom.properties"))
            .findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8);
        Map<String, String> values = pom.lines().filter(l -> l.contains("=")).collect(Collectors.toMap(
            l -> l.substring(0, l.indexOf('=')).strip(), l -> l.substring(l.indexOf('=') + 1).strip()));
        return String.join(":", values.get("groupId"), values.get("artifactId"), values.get("version"));
    }

    private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** The zip with each entry renamed by {@code rename}, or left out where it gives null. */
    private static byte[] rewritten(byte[] zipBytes, UnaryOperator<String> rename) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(zipBytes).entrySet()) {
                String name = rename.apply(entry.getKey());
                if (name != null) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
        }
        assertThat(out.size()).isPositive();
        return Arrays.copyOf(out.toByteArray(), out.size());
    }
}
