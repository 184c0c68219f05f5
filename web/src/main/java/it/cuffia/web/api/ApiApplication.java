package it.cuffia.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; documented by MicroProfile OpenAPI at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Cuffia API", version = "1"))
public class ApiApplication extends Application {
}
