package org.mitwirken.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The last word on the generated contract (configured as {@code mp.openapi.filter}): the shared error responses,
 * the GeoJSON schemas, generator-friendly schemas and the server a client talks to.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(ContractFilter::optionalLogin));
        }
        ProblemResponses.addTo(openAPI);
        GeoJsonSchemas.addTo(openAPI.getComponents());
        GeneratorFriendlySchemas.apply(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("{origin}")
                .description("A deployment of Mitwirken, e.g. https://mitwirken.kaiserslautern.de")
                .variables(Map.of("origin", OASFactory.createServerVariable().defaultValue(
                        "http://localhost:8080").description("Scheme, host and port of the deployment")))));
    }

    /** The marker lands on the operation, or, where responses or the request body are annotated too, on those. */
    private static void optionalLogin(Operation operation) {
        List<Extensible<?>> carriers = new ArrayList<>(List.of(operation));
        if (operation.getRequestBody() != null) {
            carriers.add(operation.getRequestBody());
        }
        if (operation.getResponses() != null) {
            carriers.add(operation.getResponses());
            carriers.addAll(operation.getResponses().getAPIResponses().values());
        }
        boolean marked = false;
        for (Extensible<?> carrier : carriers) {
            if (carrier.getExtensions() != null && carrier.getExtensions().containsKey(Login.OPTIONAL)) {
                carrier.removeExtension(Login.OPTIONAL);
                marked = true;
            }
        }
        if (marked) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("bearer")));
        }
    }
}
