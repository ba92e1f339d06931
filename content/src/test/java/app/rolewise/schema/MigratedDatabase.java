package app.rolewise.schema;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * The real schema in an in-memory H2 (every Flyway migration on the test's classpath, so each module sees
 * the tables of the modules it builds on) and Hibernate over it, counting the statements it sends: for
 * tests that fail when a page's data path reads rows one at a time. No caches unless {@code settings}
 * configure them.
 */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    public static SessionFactory of(String name, Map<String, String> settings, Class<?>... entities) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "sa")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .setProperty("hibernate.cache.use_second_level_cache", "false")
                .setProperty("hibernate.cache.use_query_cache", "false")
                .setProperty("hibernate.generate_statistics", "true");
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        settings.forEach(configuration::setProperty);
        return configuration.buildSessionFactory();
    }

    /** Fills a field as the container would: boundaries keep them package-private to their own package. */
    public static void inject(Object bean, String field, Object value) {
        try {
            Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
