package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * A knowledge base straight from the rule classes of an executable-model kjar: the kjar's {@code drools-model} file names
 * its model classes, which are loaded from the kjar's own bytes and handed to Drools' {@link KieBaseBuilder}. What a
 * {@code KieContainer} on the kjar gives, without what it takes to make one: reading the kjar's {@code kmodule.xml} (with
 * XStream) and {@code pom.xml}, a module in the {@code KieRepository} and a container around it. A start that loads the
 * three shipped tables so takes half the CPU and 1,800 fewer classes (README, "Benchmarks"). The knowledge base's
 * settings are Drools' defaults, which are what the kjar's {@code kmodule.xml} names ({@code StoredBuilds#build} writes
 * no other).
 */
final class KjarModels {

    /** The kjar entry that lists the model classes, one per line after the model version. */
    private static final String MODEL_LIST = "/drools-model";
    private static final String VERSION_LINE = "Drools-Model-Version";

    private KjarModels() {
    }

    /**
     * The knowledge base of {@code kjar}'s rules, their classes defined by a class loader of their own whose parent is
     * Meridian's (the rules call the fact classes).
     *
     * @throws IllegalStateException when the kjar names no model class or a model class is missing
     */
    static KieBase kieBase(byte[] kjar) {
        Map<String, byte[]> classes = new ConcurrentHashMap<>();
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (name.endsWith(MODEL_LIST)) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith(VERSION_LINE)).forEach(models::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the kjar cannot be read", e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the kjar names no model class (no " + MODEL_LIST.substring(1) + " entry)");
        }
        RuleClassLoader loader = new RuleClassLoader(classes, KjarModels.class.getClassLoader());
        List<Model> instances = new ArrayList<>();
        for (String model : models) {
            try {
                instances.add((Model) loader.loadClass(model).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the kjar's model class " + model + " cannot be made: " + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(instances);
    }

    /** Defines a kjar's classes from their bytes, each when first asked for. */
    private static final class RuleClassLoader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> classes;

        RuleClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("meridian-rules", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            // each class is defined once (the loader locks per name): its bytes are not needed after that
            byte[] bytes = classes.remove(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
