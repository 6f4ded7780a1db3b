package dev.viva.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.viva.security.SignIn;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Started as a user who overrides the JDBC URL would start it (QUARKUS_DATASOURCE_JDBC_URL without
 * currentSchema): the ORM and the pages' native queries both find the tables in the schema of
 * {@code viva.db.schema}.
 */
@QuarkusTest
@TestProfile(SchemaFromOneSettingTest.UrlWithoutSchema.class)
class SchemaFromOneSettingTest {

    public static class UrlWithoutSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        }
    }

    @Test
    void theReviewQueueAndTheDashboardReadTheConfiguredSchema() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui").then().statusCode(200)
                .body(containsString("Review queue"));
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/ui/dashboard").then().statusCode(200);
    }

    @Test
    void theApiReadsTheSameSchema() {
        String admin = SignIn.session(SignIn.ADMIN, SignIn.ADMIN_PASSWORD);
        given().cookie(SignIn.SESSION_COOKIE, admin).get("/api/questions/what-event-loop").then().statusCode(200);
    }
}
