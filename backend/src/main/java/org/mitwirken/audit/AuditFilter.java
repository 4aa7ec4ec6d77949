package org.mitwirken.audit;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mitwirken.common.Actor;
import org.mitwirken.common.Roles;
import org.mitwirken.common.privacy.SelfService;

/** Records every state-changing call made with a staff role, whether it succeeded or was refused. */
public class AuditFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    AuditService audit;

    @Inject
    ManagedExecutor executor;

    @ServerResponseFilter
    public void recordStaffAction(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return; // refused before any operation was chosen (404, 405, 406, 415): nothing was done
        }
        SecurityContext security = request.getSecurityContext();
        if (READS.contains(request.getMethod()) || security == null || security.getUserPrincipal() == null
                || selfService(resource)) {
            return;
        }
        String roles = Stream.of(Roles.ADMIN, Roles.MODERATOR).filter(security::isUserInRole)
                .collect(Collectors.joining(","));
        if (roles.isEmpty()) {
            return;
        }
        Actor actor = new Actor(security.getUserPrincipal().getName(), nameOf(security.getUserPrincipal()));
        String path = request.getUriInfo().getPath();
        String operation = operationOf(resource);
        String method = request.getMethod();
        int status = response.getStatus();
        Runnable record = () -> audit.record(actor, roles, method, operation, path, status);
        if (BlockingOperationControl.isBlockingAllowed()) {
            record.run();
        } else {
            executor.execute(record);
        }
    }

    /** The login name as a label; the principal's name is the subject. */
    private static String nameOf(Principal principal) {
        return principal instanceof JsonWebToken token && token.getClaim("preferred_username") instanceof String name
                ? name : principal.getName();
    }

    private static boolean selfService(ResourceInfo resource) {
        return resource.getResourceClass().isAnnotationPresent(SelfService.class)
                || resource.getResourceMethod().isAnnotationPresent(SelfService.class);
    }

    private static String operationOf(ResourceInfo resource) {
        Operation operation = resource.getResourceMethod().getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isEmpty() ? operation.operationId()
                : resource.getResourceMethod().getName();
    }
}
