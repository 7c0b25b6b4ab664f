package io.meridian.sqlmappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ReflectUtil;

/**
 * Camunda's SQL mappings, parsed once per kind ({@link MappingKind}) and JVM. The parsed mappings
 * hold no environment (no data source): each engine opens its sessions through
 * {@link EngineSessions} on its own data source, so nothing that asked the mappings for a
 * connection could reach another engine's database.
 */
public final class SqlMappings {

    private static final Map<MappingKind, Configuration> PARSED = new ConcurrentHashMap<>();

    private SqlMappings() {
    }

    /**
     * The plugin that gives an engine its sessions over the shared mappings, for an engine built by
     * hand (the server's engine gets it as a bean). An engine that already has a session factory keeps it.
     */
    public static ProcessEnginePlugin plugin() {
        return new Plugin();
    }

    /** The mappings of this kind: parsed now, taken from an earlier parse, or waited for while one is under way. */
    static Configuration of(MappingKind kind) {
        return PARSED.computeIfAbsent(kind, SqlMappings::parse);
    }

    static boolean parsed(MappingKind kind) {
        return PARSED.containsKey(kind);
    }

    /** As Camunda's {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses them, without an environment. */
    private static Configuration parse(MappingKind kind) {
        try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE)) {
            if (in == null) {
                throw new ProcessEngineException("Camunda's SQL mappings are not on the classpath: "
                    + ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            Properties properties = new Properties();
            properties.put("prefix", kind.tablePrefix());
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, kind.tablePrefix(), kind.databaseType());
            Configuration configuration = new XMLConfigBuilder(reader, "", properties).parse();
            configuration.setDefaultStatementTimeout(kind.statementTimeout());
            if (kind.batch()) {
                configuration.setDefaultExecutorType(ExecutorType.BATCH);
            }
            return configuration;
        } catch (IOException e) {
            throw new ProcessEngineException("Cannot read Camunda's SQL mappings: " + e.getMessage(), e);
        }
    }

    static final class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            if (configuration.getSqlSessionFactory() == null) {
                configuration.setSqlSessionFactory(new EngineSessions(configuration));
            }
        }

        @Override
        public String toString() {
            return "SqlMappings.Plugin";
        }
    }
}
