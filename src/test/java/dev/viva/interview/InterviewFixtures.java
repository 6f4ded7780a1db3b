package dev.viva.interview;

import static io.restassured.RestAssured.given;

import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.StoredEvaluations;
import dev.viva.security.Roles;
import dev.viva.security.UserRepository;
import dev.viva.security.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Learners who sign in as a person does (form sign-in, session cookie), and the clean-up after a test. */
@ApplicationScoped
public class InterviewFixtures {

    public static final String PASSWORD = "learner-password-1";

    private final UserService users;
    private final UserRepository userRows;
    private final InterviewRepository interviews;
    private final InterviewQuestionRepository asked;
    private final EvaluationRepository evaluations;

    public InterviewFixtures(UserService users, UserRepository userRows, InterviewRepository interviews,
            InterviewQuestionRepository asked, EvaluationRepository evaluations) {
        this.users = users;
        this.userRows = userRows;
        this.interviews = interviews;
        this.asked = asked;
        this.evaluations = evaluations;
    }

    /** A learner account, signed in: requests with its session cookie. */
    public Session learner(String name) {
        if (QuarkusTransaction.requiringNew().call(() -> userRows.findByUsername(name).isEmpty())) {
            users.create(name, PASSWORD, Roles.LEARNER);
        }
        return signIn(name, PASSWORD);
    }

    public static Session signIn(String name, String password) {
        String cookie = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams(Map.of("j_username", name, "j_password", password))
                .post("/j_security_check").then().statusCode(302).extract().cookie("viva-session");
        return new Session(name, cookie);
    }

    public void removeAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            asked.deleteAll();
            interviews.deleteAll();
            StoredEvaluations.removeAll(evaluations);
            userRows.delete("username <> ?1", "admin");
        });
        dev.viva.support.Caches.emptyAll();
    }

    /** A signed-in person's requests. */
    public record Session(String name, String cookie) {
        public RequestSpecification given() {
            return io.restassured.RestAssured.given().cookie("viva-session", cookie).contentType(ContentType.JSON);
        }
    }
}
