package app.rolewise.health;

import app.rolewise.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ready when the database answers and carries the migrated schema; reports which database and which
 * schema version, so an operator can tell H2 from PostgreSQL at a glance.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            response.status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", schemaVersion(connection));
        } catch (SQLException e) {
            response.down().withData("error", e.getMessage());
        }
        return response.build();
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(
                    // Flyway creates its table with quoted lower-case names, on H2 as on PostgreSQL.
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                            + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
                return rows.next() ? rows.getString(1) : "none";
            }
        }
    }
}
