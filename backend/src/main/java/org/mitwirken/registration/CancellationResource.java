package org.mitwirken.registration;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mitwirken.common.openapi.Login;
import org.mitwirken.common.privacy.SelfService;

@Path("/api/v1/registrations/cancel")
@Tag(name = "Event registration")
public class CancellationResource {

    @Inject
    RegistrationService service;

    @POST
    @SelfService
    @PermitAll
    @Extension(name = Login.OPTIONAL, value = "true")
    @Operation(operationId = "cancelRegistration", summary = "Give a seat or waiting place back: the registration "
            + "is deleted", description = "The token is in every registration mail. A seat given back goes to the "
                    + "first on the waiting list, who is told by mail. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Cancelled, or cancelled already")
    @APIResponse(responseCode = "404", description = "`cancellation-link-invalid`: not a token of this server")
    public void cancel(@QueryParam("token") @NotBlank @Size(max = 100) @Parameter(required = true,
            description = "The token from the mail's cancellation link") String token) {
        service.cancel(token);
    }
}
