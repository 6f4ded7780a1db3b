package dev.viva.apidoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the generated document the contract clients use: every operation has its operationId
 * ({@link OperationIds}); security is declared as clients authenticate (an API key in X-API-Key, the
 * same key as a bearer token, or a web sign-in session), with the roles an operation allows named in
 * {@code x-roles} and its description rather than as scopes the schemes cannot have; and every
 * operation documents the problem+json answers any request can get (401, 403, 429, 500, and 400
 * where it takes input).
 */
public class OpenApiContract implements OASFilter {

    /** The scheme SmallRye makes from quarkus.smallrye-openapi.security-scheme; the static file declares the real ones. */
    private static final String GENERATED_SCHEME = "SecurityScheme";
    private static final List<String> SCHEMES = List.of("ApiKey", "BearerKey", "Session");

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) ->
                contract(method, path, op)));
        if (openApi.getComponents() != null && openApi.getComponents().getSecuritySchemes() != null) {
            openApi.getComponents().removeSecurityScheme(GENERATED_SCHEME);
        }
    }

    private static void contract(PathItem.HttpMethod method, String path, Operation op) {
        String key = method + " " + path;
        if (op.getOperationId() == null && OperationIds.BY_OPERATION.containsKey(key)) {
            op.setOperationId(OperationIds.BY_OPERATION.get(key));
        }
        List<String> roles = roles(op);
        if (!roles.isEmpty()) {
            op.addExtension("x-roles", roles);
            List<SecurityRequirement> ways = new ArrayList<>();
            SCHEMES.forEach(s -> ways.add(OASFactory.createSecurityRequirement().addScheme(s, List.of())));
            op.setSecurity(ways);
            String allowed = "Roles: " + String.join(", ", roles) + ".";
            String description = op.getDescription() == null || op.getDescription().isBlank() ? op.getSummary()
                    : op.getDescription();
            op.setDescription((description == null ? "" : description.strip() + "\n\n") + allowed);
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean takesInput = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty());
        Map<String, String> problems = new LinkedHashMap<>();
        if (takesInput) {
            problems.put("400", "Invalid request: the detail (and violations) name what to fix");
        }
        if (!roles.isEmpty()) {
            problems.put("401", "No or unknown credentials");
            problems.put("403", "The caller's role may not do this");
            problems.put("429", "A rate limit of the API key is used up (Retry-After says when to try again)");
        }
        problems.put("500", "Unexpected failure; the details are in the service's log");
        for (var problem : problems.entrySet()) {
            if (responses.getAPIResponse(problem.getKey()) == null) {
                responses.addAPIResponse(problem.getKey(), problem(problem.getValue()));
            }
        }
    }

    private static List<String> roles(Operation op) {
        List<String> roles = new ArrayList<>();
        if (op.getSecurity() != null) {
            for (SecurityRequirement requirement : op.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> scopes.stream()
                            .filter(r -> !roles.contains(r)).forEach(roles::add));
                }
            }
        }
        return roles;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
