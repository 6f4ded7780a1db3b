package dev.viva.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Walks the compiled resources: every endpoint under /api names its roles, on the method or its class. */
class EveryApiEndpointStatesItsRolesTest {

    @Test
    void everyApiEndpointNamesItsRoles() throws IOException, ClassNotFoundException {
        var root = Paths.get("target/classes");
        List<String> unannotated = new ArrayList<>();
        int endpoints = 0;
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("dev/viva"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                Path path = type.getAnnotation(Path.class);
                if (path == null || !path.value().startsWith("/api")) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (!isEndpoint(m)) {
                        continue;
                    }
                    endpoints++;
                    if (!statesRoles(m) && !type.isAnnotationPresent(RolesAllowed.class)) {
                        unannotated.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(20);
        assertThat(unannotated).isEmpty();
    }

    private static boolean isEndpoint(Method m) {
        return Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class).anyMatch(m::isAnnotationPresent);
    }

    private static boolean statesRoles(Method m) {
        return m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class);
    }
}
